import { defineConfig } from "vitest/config";

export default defineConfig({
  // `flink-platform`, `flink-platform/k8s` and `flink-platform/plan` (used by examples/) resolve to
  // lib/ through the `paths` of tsconfig.json, as they do for tsc.
  resolve: { tsconfigPaths: true },
  test: {
    include: ["test/**/*.test.ts"],
    // Pulumi's runtime keeps its mock monitor and config in module state:
    // every test file gets its own process so setMocks() never leaks.
    pool: "forks",
    setupFiles: ["test/support/require-ts.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
