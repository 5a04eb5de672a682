import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { TestProject } from "vitest/node";

const root = path.resolve(__dirname, "..", "..");

/**
 * Builds dist/ first when a source changed since the last build (as `npm ci`
 * does through `prepare`): every CLI the tests spawn then runs the build, as
 * an installed one does, rather than each transpiling the sources through
 * tsx (about twice a synth's CPU), and a diff's base program is bundled from
 * the built program.
 */
function buildIfStale(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildIsFresh } = require(path.join(root, "bin", "freshness.js")) as {
    buildIsFresh(root: string): boolean;
  };
  if (buildIsFresh(root)) return;
  const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}

/**
 * Vitest global setup: a fresh build (see buildIfStale), and one folder per
 * test run, removed after it, holding every test's temporary folders
 * (test/support/temp-dirs.ts: each is removed after its file too, but a file
 * whose after-hooks never run, skipped or failed while loading, leaves its
 * own to this) and `shipped/`, where each shipped stack is synthesized once
 * (test/support/synth.ts, `shippedSynth`), by the first test file that asks
 * for it, and read by every other one.
 */
export default function setup(project: TestProject): () => void {
  buildIfStale();
  const run = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-test-run-")));
  const shipped = path.join(run, "shipped");
  fs.mkdirSync(shipped);
  project.provide("testTempRoot", run);
  project.provide("shippedSynthDir", shipped);
  return () => fs.rmSync(run, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of this run's shipped-stack synths (see test/support/global-synth.ts). */
    shippedSynthDir: string;
    /** The folder of this run's temporary folders (see test/support/temp-dirs.ts). */
    testTempRoot: string;
  }
}
