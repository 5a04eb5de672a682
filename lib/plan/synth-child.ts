import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { withCleanUp } from "./clean-up";
import { checkStackName } from "./stack-name";
import type { Plan } from "./synth";

/**
 * Synth in a child process, asynchronously. Pulumi's runtime is global to a
 * process, so a command that compares two plans runs one of them in a
 * child, side by side with the other, which runs in the command's own process
 * (synth-here.ts): `diff` its base (which may run another version of the
 * program), `scale` its plan before.
 */

/** One synth a command asks for. */
export interface SynthRequest {
  /** Directory of the project's `Pulumi.yaml`. */
  readonly projectDir: string;
  readonly stack: string;
  /** The CLI to run. @default this installation's bin/flink-platform.js */
  readonly bin?: string;
  /**
   * The stack config's text to synthesize instead of its `Pulumi.<stack>.yaml`
   * (`SynthOptions.stackText`): for a synth in the command's own process
   * (scale's plan after); {@link synthInChild} refuses it, since a child
   * reads the stack file itself.
   */
  readonly stackText?: string;
  /** Stops the child after this many milliseconds ({@link SynthTimeoutError}). @default no limit */
  readonly timeoutMs?: number;
  /** Stops the child when aborted (the synth then rejects with the signal's reason). */
  readonly signal?: AbortSignal;
}

/** Runs one synth and returns its plan. */
export type SynthRunner = (request: SynthRequest) => Promise<Plan>;

/** The `bin/flink-platform.js` of this installation (source checkout or package). */
function cliBin(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "bin", "flink-platform.js");
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error("cannot find bin/flink-platform.js");
}

/** A synth child stopped at its {@link SynthRequest.timeoutMs}. */
export class SynthTimeoutError extends Error {
  constructor(
    readonly request: SynthRequest,
    readonly timeoutMs: number,
  ) {
    super(`synth ${request.stack} in ${request.projectDir} did not finish within ${timeoutMs / 1000} s`);
    this.name = "SynthTimeoutError";
  }
}

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Why the child was killed: at the time limit, or aborted. */
  stopped?: "timeout" | "abort";
}

function run(args: string[], timeoutMs?: number, signal?: AbortSignal): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stopped: RunResult["stopped"];
    // SIGKILL: a program that never exits may also ignore or handle SIGTERM. The promise
    // settles on "close", after the child has exited; a stopped child's pipes are closed
    // on our side once it exits, since a process it started may hold them open for good.
    const stop = (why: "timeout" | "abort") => {
      stopped ??= why;
      child.kill("SIGKILL");
    };
    const onAbort = () => stop("abort");
    // The command's process may end first (a program it runs calls process.exit): the child goes with it.
    const onExit = () => child.kill("SIGKILL");
    process.prependListener("exit", onExit);
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => stop("timeout"), timeoutMs);
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) stop("abort");
    const done = () => {
      process.off("exit", onExit);
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    child.stdout.on("data", (b: Buffer) => stdout.push(b));
    child.stderr.on("data", (b: Buffer) => stderr.push(b));
    child.on("exit", () => {
      if (stopped === undefined) return;
      child.stdout.destroy();
      child.stderr.destroy();
    });
    child.on("error", (err) => {
      done();
      reject(err);
    });
    child.on("close", (status) => {
      done();
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        stopped,
      });
    });
  });
}

/** Runs `synth` in a child process and returns its plan. */
export async function synthInChild(request: SynthRequest): Promise<Plan> {
  const { projectDir, stack } = request;
  checkStackName(stack);
  if (request.stackText !== undefined) {
    throw new Error(
      "synthInChild: a synth child reads the stack file; stackText is for a synth in this process",
    );
  }
  // `--out` inside a folder of its own, removed whole: a synth stopped mid-write (at its time limit,
  // or aborted) leaves writePlan's staging folders beside `--out`, which go with it.
  // Absolute: a synth in this process changes the working directory while it runs.
  const work = fs.mkdtempSync(path.join(path.resolve(os.tmpdir()), "flink-platform-plan-"));
  const out = path.join(work, "out");
  // Also when the command's process ends first, after the child is killed (run's own exit listener comes first).
  return withCleanUp(
    () => fs.rmSync(work, { recursive: true, force: true }),
    async () => {
      // Only plan.json is read back. A base program run by its own older CLI (the `source`
      // path, request.bin) may not know the flag: it writes everything, as before.
      const planOnly = request.bin === undefined ? ["--plan-only"] : [];
      const result = await run(
        [request.bin ?? cliBin(), "--project-dir", projectDir, "synth", stack, "--out", out, ...planOnly],
        request.timeoutMs,
        request.signal,
      );
      if (result.stopped === "abort") throw request.signal!.reason;
      if (result.stopped === "timeout") throw new SynthTimeoutError(request, request.timeoutMs!);
      if (result.status !== 0) {
        throw new Error(
          `synth ${stack} in ${projectDir} failed:\n${result.stderr.trim() || result.stdout.trim()}`,
        );
      }
      return JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as Plan;
    },
  );
}

/**
 * Awaits every promise (none is left running, so no child outlives the
 * command and every temporary folder is removed), then returns their values
 * or throws the error of the first that failed, in the order given: the
 * error a serial run would have stopped at.
 */
export async function settledInOrder<T extends readonly unknown[]>(
  promises: readonly [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
