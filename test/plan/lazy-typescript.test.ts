import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/synth";

/**
 * Offline synth never serializes a closure, so it never needs the TypeScript
 * compiler the SDK loads eagerly (lib/plan/lazy-typescript.ts). Each case is
 * a fresh Node process: a test worker may have loaded the SDK already.
 */
function inFreshNode(script: string): string {
  const run = spawnSync(process.execPath, ["--no-warnings", "--require", "tsx/cjs", "-e", script], {
    cwd: projectRoot,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return run.stdout.trim();
}

const typescriptLoaded =
  "const loaded = () => Object.keys(require.cache).some((f) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]lib[\\\\/]typescript\\.js$/.test(f));";

describe("the TypeScript compiler in a synth process", () => {
  it("the SDK's shim is still where the hook looks: @pulumi/pulumi/typescript-shim.js requires typescript", () => {
    const shim = fs.readFileSync(require.resolve("@pulumi/pulumi/typescript-shim.js"), "utf8");
    expect(shim).toContain('module.exports = require("typescript");');
  });

  it("GIVEN the synth module THEN its first import installs the hook, before anything loads the SDK", () => {
    const source = fs.readFileSync(path.join(projectRoot, "lib", "plan", "synth.ts"), "utf8");
    expect(source.match(/^import .*$/m)?.[0]).toBe('import "./lazy-typescript";');
  });

  it("GIVEN the hook THEN the first use loads the real compiler and closures still serialize", () => {
    const out = inFreshNode(
      `${typescriptLoaded}
require("./lib/plan/lazy-typescript");
const pulumi = require("@pulumi/pulumi");
const before = loaded();
const ts = require("@pulumi/pulumi/typescript-shim");
const kind = typeof ts.createSourceFile;
const after = loaded();
pulumi.runtime.serializeFunction(() => 6 * 7).then((f) => {
  console.log([before, kind, after, /6 \\* 7/.test(f.text)].join(" "));
});`,
    );
    expect(out).toBe("false function true true");
  });
});
