import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../lib/plan/synth";

/**
 * synth finds bin/freshness.js (whether to run the compiled program) from
 * the package's own folder, resolved by name (issue 14: it used to walk up
 * the folders from wherever the module ran).
 */

const root = path.resolve(__dirname, "..", "..");
const distSynth = path.join(root, "dist", "lib", "plan", "synth.js");

describe("packageRoot", () => {
  it("from the sources (lib/plan/synth.ts): the repository's folder", () => {
    expect(packageRoot()).toBe(root);
  });

  it("resolves the same from the build's folder, and not from outside the package", () => {
    const from = (file: string) => createRequire(file).resolve("flink-platform/package.json");
    expect(from(distSynth)).toBe(path.join(root, "package.json"));
    expect(() => from(path.join(os.tmpdir(), "elsewhere", "synth.js"))).toThrow(/flink-platform/);
  });

  it("from the build (dist/lib/plan/synth.js): the same folder", () => {
    const script = `process.stdout.write(require(${JSON.stringify(distSynth)}).packageRoot())`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: os.tmpdir(), encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(root);
  });
});
