import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Pulumi's runtime keeps its mock monitor and config in module state:
    // every test file gets its own process so setMocks() never leaks.
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
