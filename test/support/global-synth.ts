import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { TestProject } from "vitest/node";

/**
 * Vitest global setup: one folder per test run where each shipped stack is
 * synthesized once (test/support/synth.ts, `shippedSynth`), by the first test
 * file that asks for it, and read by every other one. Removed after the run.
 */
export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-shipped-"));
  project.provide("shippedSynthDir", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of this run's shipped-stack synths (see test/support/global-synth.ts). */
    shippedSynthDir: string;
  }
}
