import { synthInChild, SynthRunner } from "./synth-child";
import type * as SynthModule from "./synth";
import type { Plan } from "./synth";
import type * as WriteModule from "./write";

/**
 * Synth in the command's own process (`scale`'s plan after): the plan as a
 * child's `plan.json` reads (a JSON round trip), refused for its output paths
 * as a child's synth refuses it. What the program prints is kept from the
 * command's output, as a child's is: written only when the synth fails, to
 * stderr, beside its error. Its warnings are recorded in the plan, not
 * printed (the command prints its own). Once per process: Pulumi's runtime is
 * global.
 */
export const synthInThisProcess: SynthRunner = async ({ projectDir, stack, stackText }) => {
  // Loaded on first use (the SDK): not while the edit is made beside the child.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { synthStack } = require("./synth") as typeof SynthModule;
  const { planOutputPaths } = require("./write") as typeof WriteModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const printed: string[] = [];
  const streams = [process.stdout, process.stderr] as const;
  const writes = streams.map((s) => s.write);
  for (const s of streams) {
    s.write = ((chunk: string | Uint8Array) => {
      printed.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof s.write;
  }
  let plan: Plan;
  try {
    plan = await synthStack(stack, { projectDir, stackText, printWarnings: false });
  } catch (err) {
    restore();
    process.stderr.write(printed.join(""));
    throw err;
  }
  restore();
  planOutputPaths(plan);
  return JSON.parse(JSON.stringify(plan)) as Plan;

  function restore(): void {
    streams.forEach((s, i) => (s.write = writes[i]));
  }
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
 * concurrently; the stack file is untouched until both succeed. Returns both
 * plans and the edited text. Errors: `edit`'s; else the plan after's (the
 * child is then stopped at once: its own error, if it has one, would only
 * repeat a program's failure); else the plan before's.
 *
 * The plan before needs no edit, so its synth child starts first and `edit`
 * (the edited stack file, checked with the config schemas, which the command
 * loads only now) runs beside it. The plan after is synthesized in this
 * process: a second child would cost a Node start, the CLI and its YAML
 * parser again, about a third of a synth, on a machine that runs the two
 * synths on its two cores. This module stays light (no config schema, no
 * SDK until the plan after) for that reason: the command loads it first.
 */
export async function scalePlans(
  projectDir: string,
  stack: string,
  edit: () => string,
  synths: ScaleSynths = { before: synthInChild, after: synthInThisProcess },
): Promise<{ before: Plan; after: Plan; edited: string }> {
  const stop = new AbortController();
  const planBefore = synths.before({ projectDir, stack, signal: stop.signal });
  // Handled from the start: a plan before that fails while the edit or the plan after is
  // still under way is awaited below, never an unhandled rejection (which would end the
  // process, or count as the in-process program's own).
  planBefore.catch(() => undefined);
  let edited: string;
  try {
    edited = edit();
  } catch (err) {
    await stopped(stop, planBefore, err);
    throw err;
  }
  let after: Plan;
  try {
    after = await synths.after({ projectDir, stack, stackText: edited });
  } catch (err) {
    await stopped(stop, planBefore, err);
    throw err;
  }
  return { before: await planBefore, after, edited };
}

/** Stops the plan before's synth and waits for it: no child outlives the command. */
async function stopped(stop: AbortController, planBefore: Promise<Plan>, reason: unknown): Promise<void> {
  stop.abort(reason);
  await planBefore.catch(() => undefined);
}
