import * as fs from "node:fs";

/**
 * Runs `body`, then `cleanUp` once it settles, and also when the process
 * exits first: a program synthesized in this process may end it, or leave
 * nothing to wait for while a promise of `body` never settles, and what a
 * command made in the temporary folder (a synth child's output, diff's
 * scratch project or git worktree) must not outlive it. `cleanUp` runs once
 * and must be synchronous, as an exit listener is.
 */
export async function withCleanUp<T>(cleanUp: () => void, body: () => Promise<T>): Promise<T> {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cleanUp();
  };
  // At exit, a failed clean-up is said and the next exit listener still runs.
  const atExit = () => {
    try {
      once();
    } catch (err) {
      fs.writeSync(2, `warning: could not clean up: ${(err as Error)?.message ?? String(err)}\n`);
    }
  };
  process.on("exit", atExit);
  try {
    return await body();
  } finally {
    process.off("exit", atExit);
    once();
  }
}
