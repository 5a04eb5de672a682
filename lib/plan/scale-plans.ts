import { synthInChild, SynthRunner } from "./synth-child";
import { synthInThisProcess } from "./synth-here";
import type { Plan } from "./synth";

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
