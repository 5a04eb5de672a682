import * as fs from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { defineConfig } from "vitest/config";

const testFiles = fs
  .readdirSync("test", { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => path.posix.join("test", f.split(path.sep).join("/")))
  .sort();

/**
 * What a test file may do to its process that the next file in the same
 * process would see: Pulumi's runtime keeps its mock monitor, config and stack
 * in module state (setMocks, the recording mocks of test/support/pulumi.ts and
 * cloud-mocks.ts, runtime.*); environment variables, the working directory,
 * spies and fake timers are process-wide. A file that mentions any of them
 * gets a process of its own.
 */
const touchesProcessState =
  /setMocks|installRecordingMocks|support\/(pulumi|cloud-mocks|cli|yaml)"|\brecord\(|runtime\.|vi\.(mock|stub|spyOn|useFakeTimers)|process\.chdir|process\.env(\.\w+|\[[^\]]+\])? *=(?!=)|delete process\.env|process\.exitCode|globalThis/;
const isolated = testFiles.filter((f) => touchesProcessState.test(fs.readFileSync(f, "utf8")));
const shared = testFiles.filter((f) => !isolated.includes(f));

export default defineConfig({
  // `flink-platform`, `flink-platform/k8s` and `flink-platform/plan` (used by examples/) resolve to
  // lib/ through the `paths` of tsconfig.json, as they do for tsc.
  resolve: { tsconfigPaths: true },
  test: {
    pool: "forks",
    // Most test time is spent waiting on child processes (synth, git, npm),
    // not in the worker: one worker more than there are cores keeps both cores
    // of a 2-core machine busy, where vitest's default (cores - 1) ran one
    // file at a time.
    maxWorkers: availableParallelism() + 1,
    // The shipped stacks are synthesized once per run and shared (test/support/synth.ts).
    globalSetup: ["test/support/global-synth.ts"],
    setupFiles: ["test/support/require-ts.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      // Every test file gets its own process so setMocks() and the like never leak.
      { extends: true, test: { name: "isolated", include: isolated } },
      // Files that only call functions and read what they return share their
      // worker process: @pulumi/pulumi (with grpc and protobuf) and the rest of
      // node_modules load once per worker instead of once per file (~2 s CPU each).
      { extends: true, test: { name: "shared", include: shared, isolate: false } },
    ],
  },
});
