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
  // Both vitest projects (vitest.config.mts) run this setup in the same main
  // process: they share one folder, so each stack is still synthesized once
  // per run, and the last teardown removes it.
  const shared = ((globalThis as Record<symbol, { dir: string; users: number } | undefined>)[runKey] ??= {
    dir: fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-shipped-")),
    users: 0,
  });
  shared.users++;
  project.provide("shippedSynthDir", shared.dir);
  return () => {
    if (--shared.users > 0) return;
    fs.rmSync(shared.dir, { recursive: true, force: true });
    delete (globalThis as Record<symbol, unknown>)[runKey];
  };
}

const runKey = Symbol.for("flink-platform.shippedSynthDir");

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of this run's shipped-stack synths (see test/support/global-synth.ts). */
    shippedSynthDir: string;
  }
}
