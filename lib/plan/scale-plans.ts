import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { settledInOrder, synthInChild, SynthRunner } from "./synth-child";
import type * as SynthModule from "./synth";
import type { Plan } from "./synth";

/** The temporary folder and file the edited stack text is read from by the plan after. */
const scaleEditPrefix = "flink-platform-scale-";
const scaleEditFile = "edited.yaml";

/**
 * Synth in the command's own process: the plan as a child's `plan.json`
 * reads (a JSON round trip), without printing the program's warnings (the
 * command prints its own). Once per process: Pulumi's runtime is global.
 */
export const synthInThisProcess: SynthRunner = async ({ projectDir, stack, stackConfig }) => {
  // Loaded on first use (the SDK): not while the edit is made beside the child.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { synthStack } = require("./synth") as typeof SynthModule;
  const plan = await synthStack(stack, { projectDir, stackConfig, printWarnings: false });
  return JSON.parse(JSON.stringify(plan)) as Plan;
};

/** Who synthesizes each of {@link scalePlans}' two plans. */
export interface ScaleSynths {
  /** The plan of the stack file as it is. @default a synth child ({@link synthInChild}) */
  readonly before: SynthRunner;
  /** The plan of the edited text. @default this process ({@link synthInThisProcess}) */
  readonly after: SynthRunner;
}

/**
 * The plans of `scale` (and of `estimate`'s edit): the stack as its file is
 * (`before`) and with the edited text as its config (`after`), synthesized
 * concurrently; the edited text is read from a temporary file (synth's
 * `stackConfig`), so the stack file is untouched until both succeed.
 * Errors as if run one after the other: `edit`'s, then the plan before's,
 * then the plan after's. Returns both plans and the edited text.
 *
 * The plan before needs no edit, so its synth child starts first and `edit`
 * (the edited stack file, checked with the config schemas, which the command
 * loads only now) runs beside it. The plan after is synthesized in this
 * process: a second child would cost a Node start, the CLI and its YAML
 * parser again, about a third of a synth, on a machine that runs the two
 * synths on its two cores. When `edit` throws or the plan after fails, the
 * child is stopped before the error is thrown. This module stays light (no
 * config schema, no SDK until the plan after) for that reason: the command
 * loads it first.
 */
export async function scalePlans(
  projectDir: string,
  stack: string,
  edit: () => string,
  synths: ScaleSynths = { before: synthInChild, after: synthInThisProcess },
): Promise<{ before: Plan; after: Plan; edited: string }> {
  const stop = new AbortController();
  const planBefore = synths.before({ projectDir, stack, signal: stop.signal });
  let dir: string | undefined;
  try {
    const edited = edit();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), scaleEditPrefix));
    const stackConfig = path.join(dir, scaleEditFile);
    fs.writeFileSync(stackConfig, edited);
    const planAfter = synths.after({ projectDir, stack, stackConfig });
    // A failed plan after stops the child at once rather than when it is done.
    planAfter.catch((err: unknown) => stop.abort(err));
    const [before, after] = await settledInOrder([planBefore, planAfter]);
    return { before, after, edited };
  } catch (err) {
    // Still running only when the edit was refused (or not written): no child outlives the command.
    stop.abort(err);
    await planBefore.catch(() => undefined);
    throw err;
  } finally {
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  }
}
