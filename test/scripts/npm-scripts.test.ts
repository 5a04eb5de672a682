import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..", "..");

/**
 * `npm run synth -- <stack>` in a clone of this repository: npm puts only
 * node_modules/.bin on PATH, and a package's own bin is never linked there,
 * so the script must run the CLI by its path (it said `flink-platform synth`,
 * which failed with "flink-platform: not found").
 */
describe("npm run synth", () => {
  it("runs this repository's CLI", () => {
    const npm = process.env.npm_execpath
      ? [process.execPath, process.env.npm_execpath]
      : [process.platform === "win32" ? "npm.cmd" : "npm"];
    const run = spawnSync(npm[0], [...npm.slice(1), "run", "-s", "synth", "--", "--help"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Usage: flink-platform synth [options] <stack>");
  });
});
