import * as fs from "node:fs";
import * as path from "node:path";
import { inject } from "vitest";

/**
 * Temporary folders for tests, inside the run's folder (made and removed by
 * the global setup, test/support/global-synth.ts), each removed after the
 * tests of the file that made it (test/support/temp-dirs-setup.ts, a setup
 * file, removes them), so a run leaves nothing in the system's temporary
 * folder however a file ends. Every test folder comes from here: before, some
 * sixty were left behind by every run.
 */

/**
 * Folders made by the current test file (a worker runs its files one at a
 * time). On the global object: the setup file and the test file must share
 * it even if vitest evaluates this module again for a setup file.
 */
const key = Symbol.for("flink-platform.test.tempDirs");
const made: string[] = ((globalThis as { [key]?: string[] })[key] ??= []);

/**
 * A fresh temporary folder named `<prefix>...`, as its real path (so it
 * compares with what the code resolves), removed after the current file's
 * tests. Callable anywhere: at a file's top level, in a hook or in a test.
 */
export function tempDir(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(inject("testTempRoot"), prefix)));
  made.push(dir);
  return dir;
}

/** {@link tempDir} with its prefix bound, for a file that makes many. */
export function tmpRoots(prefix: string): () => string {
  return () => tempDir(prefix);
}

/** Removes every folder {@link tempDir} made since the last call (the setup file's `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
