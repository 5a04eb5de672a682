import { keepProgramsOffStdout } from "./command-stdout";
import type * as SynthModule from "./synth";
import type { Plan } from "./synth";
import type { SynthRunner } from "./synth-child";
import type * as WriteModule from "./write";

/**
 * Synth in the command's own process (`scale`'s plan after, `diff`'s working
 * tree's plan), beside a synth child: a second child would cost a Node start,
 * the CLI and its YAML parser again, about a third of a synth, on a machine
 * that runs the two synths on its two cores. The plan as a child's
 * `plan.json` reads (a JSON round trip), refused for its output paths as a
 * child's synth refuses it. What the program prints is kept from the
 * command's output, as a child's is: written only when the synth fails, to
 * stderr, beside its error. So are the warnings the SDK prints: the plan
 * records them, and the command prints its own. What it prints after its
 * synth (from a timer), failed or not, goes to stderr under a CLI command,
 * never into the command's output (lib/plan/command-stdout.ts). Once per
 * process: Pulumi's runtime is global.
 */
export const synthInThisProcess: SynthRunner = async ({ projectDir, stack, stackText }) => {
  // Loaded on first use (the SDK): not before the synth child beside it has started.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { synthStack } = require("./synth") as typeof SynthModule;
  const { planOutputPaths } = require("./write") as typeof WriteModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const printed: string[] = [];
  const streams = [process.stdout, process.stderr] as const;
  const writes = streams.map((s) => s.write);
  for (const s of streams) {
    s.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      printed.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      // As a stream does: a program that awaits its write's callback goes on.
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    }) as typeof s.write;
  }
  const synthesized = synthStack(stack, { projectDir, stackText }).finally(() => {
    // The streams' own writes back; then, under a CLI command, what the program prints later goes to stderr.
    streams.forEach((s, i) => (s.write = writes[i]));
    keepProgramsOffStdout();
  });
  let plan: Plan;
  try {
    plan = await synthesized;
  } catch (err) {
    process.stderr.write(printed.join(""));
    throw err;
  }
  planOutputPaths(plan);
  return JSON.parse(JSON.stringify(plan)) as Plan;
};
