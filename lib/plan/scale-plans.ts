import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { scaleEditFile, scaleEditPrefix } from "./scale-edit";
import { settledInOrder, synthInChild, SynthRunner } from "./synth-child";
import type { Plan } from "./synth";

/**
 * The plans of `scale` (and of `estimate`'s edit): the stack as its file is
 * (`before`) and with the edited text as its config (`after`), synthesized
 * concurrently; the edited text is read from a temporary file (synth's
 * `--stack-config`), so the stack file is untouched until both succeed.
 * Errors as if run one after the other: `edit`'s, then the plan before's.
 * Returns both plans and the edited text.
 *
 * The plan before needs no edit, so its synth starts first and `edit` (the
 * edited stack file, checked with the config schemas, which the command loads
 * only now: about a third of a synth's CPU) runs beside it. When `edit`
 * throws, that synth is stopped before the error is thrown. This module stays
 * light (no config schema) for that reason: the command loads it first.
 */
export async function scalePlans(
  projectDir: string,
  stack: string,
  edit: () => string,
  synth: SynthRunner = synthInChild,
): Promise<{ before: Plan; after: Plan; edited: string }> {
  const stop = new AbortController();
  const planBefore = synth({ projectDir, stack, signal: stop.signal });
  let dir: string | undefined;
  try {
    const edited = edit();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), scaleEditPrefix));
    const stackConfig = path.join(dir, scaleEditFile);
    fs.writeFileSync(stackConfig, edited);
    const [before, after] = await settledInOrder([planBefore, synth({ projectDir, stack, stackConfig })]);
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
