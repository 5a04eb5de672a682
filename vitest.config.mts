import { availableParallelism } from "node:os";
import * as path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that wait longest on child processes (npm pack and tsc, diffs,
 * synths), longest first. vitest starts the longest files first when it has
 * timings from an earlier run, but a fresh clone has none and it falls back to
 * file size, which started these late and left one of them running alone at
 * the end. Only the order changes.
 */
const longestFirst = [
  "test/consumer.test.ts",
  "test/cli.test.ts",
  "test/plan/synth.test.ts",
  "test/platform/cp.test.ts",
  "test/plan/base-plan.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = longestFirst.indexOf(
        path.relative(f.project.config.root, f.moduleId).split(path.sep).join("/"),
      );
      return i === -1 ? longestFirst.length : i;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Node reads and parses the NODE_EXTRA_CA_CERTS bundle at every start: about 60 ms of CPU per process on
// the CI machine, which sets it (to the system bundle), and a run starts over a hundred Node processes
// (workers, CLIs, synth children, tsc). Nothing a test runs talks TLS to a server the system trusts: every
// server the tests start is on loopback, the TLS ones with their own test certificates. So the workers, and
// every process they start, go without it.
delete process.env.NODE_EXTRA_CA_CERTS;

export default defineConfig({
  // `flink-platform`, `flink-platform/k8s` and `flink-platform/plan` (used by examples/) resolve to
  // lib/ through the `paths` of tsconfig.json, as they do for tsc.
  resolve: { tsconfigPaths: true },
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    // Files share their worker process and its module cache, so the Pulumi
    // SDK, cdk8s and the sources load once per worker, not once per file
    // (about a third of the suite's CPU). That holds because every file that
    // runs a program under mocks installs its own (setMocks, or synthStack in
    // a child process), and restores what it changes (cwd, fs wrappers). A
    // file that needs a fresh process (a program run by synthStack, a module
    // mock) spawns one.
    isolate: false,
    // One worker per core. Most test time is spent waiting on child processes
    // (synth, git, npm, tsc), and those children, with `npm test`'s static
    // checks beside vitest, keep the cores busy: vitest's default (cores - 1)
    // ran one file at a time on a 2-core machine, and one worker more than the
    // cores loaded the SDK and the sources once more and ran more processes
    // than cores. `npm test` on the 2-core machine, cores + 1 against cores,
    // in pairs: from a clean clone 132/119 s, 154/142 s and 147/144 s; with
    // the caches kept 113/105 s and 117/101 s; about 20 s more CPU each time.
    maxWorkers: availableParallelism(),
    // The shipped stacks are synthesized once per run and shared (test/support/synth.ts).
    globalSetup: ["test/support/global-synth.ts"],
    sequence: { sequencer: LongestFirst },
    setupFiles: ["test/support/require-ts.ts", "test/support/temp-dirs-setup.ts"],
    // Timeouts are there to end a hang, not to judge speed (the bench does
    // that): a 2-core machine running tsc and eslint beside the suite, or
    // under other load, must not fail a test that spawns synths.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
