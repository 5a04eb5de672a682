import * as fs from "node:fs";
import * as path from "node:path";
import { syncBuiltinESMExports } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOutDir, OUT_MARKER } from "../../lib/plan/out-dir";
import { tempDir } from "../support/temp-dirs";

/**
 * The check before a synth replaces its output folder reads the folder in
 * several steps (its entries, then its marker). Another synth may replace
 * the folder between two steps. The CI run of 2026-11-30 failed on exactly
 * that: a writer read the old output's entries, another moved it aside, and
 * the marker was gone when it looked, so it refused "not empty and holds no
 * marker". Here that interleaving is made deterministic: the first read of
 * the folder's entries is followed by a swap, as another synth does it.
 */
const hook: { afterReaddir?: (dir: string) => void; beforeRealpath?: (p: string) => void } = {};
// Node's own fs object, wrapped for this file's tests and synced into the ES
// module namespace that lib/plan/out-dir.ts imports (no module mock, so the
// file runs in a shared worker too).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require("node:fs") as typeof fs;
const realReaddirSync = nodeFs.readdirSync;
const realRealpathSync = nodeFs.realpathSync;
beforeAll(() => {
  nodeFs.realpathSync = Object.assign(
    (p: fs.PathLike, o?: unknown) => {
      const h = hook.beforeRealpath;
      if (h) {
        hook.beforeRealpath = undefined;
        h(String(p));
      }
      return realRealpathSync(p, o as undefined);
    },
    { native: realRealpathSync.native },
  ) as typeof fs.realpathSync;
  nodeFs.readdirSync = ((p: fs.PathLike, o?: unknown) => {
    const out = realReaddirSync(p, o as undefined);
    const h = hook.afterReaddir;
    if (h) {
      hook.afterReaddir = undefined;
      h(String(p));
    }
    return out;
  }) as typeof fs.readdirSync;
  syncBuiltinESMExports();
});
afterAll(() => {
  nodeFs.readdirSync = realReaddirSync;
  nodeFs.realpathSync = realRealpathSync;
  syncBuiltinESMExports();
});

function synthOutput(dir: string, stack: string): void {
  fs.mkdirSync(path.join(dir, "manifests"), { recursive: true });
  fs.writeFileSync(path.join(dir, OUT_MARKER), JSON.stringify({ tool: "flink-platform", stack }));
  fs.writeFileSync(path.join(dir, "plan.json"), "{}");
  fs.writeFileSync(path.join(dir, "manifests", "a.yaml"), "a: 1\n");
}

describe("checkOutDir while another synth replaces the folder", () => {
  const root = tempDir("flink-platform-race-");

  it("GIVEN the folder is moved aside between reading its entries and its marker THEN it is accepted", () => {
    const out = path.join(root, "moved");
    synthOutput(out, "dev");
    hook.afterReaddir = (dir) => {
      if (dir === out) fs.renameSync(out, path.join(root, ".moved.synth-old-x"));
    };
    expect(checkOutDir(out, { flag: "--out" })).toBe(out);
  });

  it("GIVEN the folder is replaced by another synth's whole output THEN it is accepted", () => {
    const out = path.join(root, "replaced");
    synthOutput(out, "dev");
    const next = path.join(root, ".replaced.synth-new-y");
    hook.afterReaddir = (dir) => {
      if (dir !== out) return;
      fs.renameSync(out, path.join(root, ".replaced.synth-old-y"));
      synthOutput(next, "staging");
      fs.renameSync(next, out);
    };
    expect(checkOutDir(out, { flag: "--out" })).toBe(out);
  });

  it("GIVEN the folder is moved aside after it was seen and before its real path is read THEN it is taken as new", () => {
    // The full suite of 2026-11-30 (session 6): a writer printed a bare "ENOENT ... lstat '<out>'",
    // from fs.realpathSync on a folder another writer had just moved aside.
    const out = path.join(root, "vanishing");
    synthOutput(out, "dev");
    hook.beforeRealpath = (p) => {
      if (p === out) fs.renameSync(out, path.join(root, ".vanishing.synth-old-z"));
    };
    expect(checkOutDir(out, { flag: "--out" })).toBe(out);
    expect(hook.beforeRealpath).toBeUndefined();
  });

  it("GIVEN a folder that stays unmarked THEN it is still refused, naming --out", () => {
    const out = path.join(root, "kept");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "KEEP"), "mine");
    hook.afterReaddir = () => undefined;
    expect(() => checkOutDir(out, { flag: "--out" })).toThrow(
      /--out[\s\S]*is not empty and holds no \.flink-platform-synth/,
    );
    expect(fs.readFileSync(path.join(out, "KEEP"), "utf8")).toBe("mine");
  });
});
