import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/synth";

/**
 * Offline synth never serializes a closure, so it never needs the TypeScript
 * compiler and npm's Arborist the SDK loads eagerly (lib/plan/lazy-sdk.ts).
 * Each case is a fresh Node process (a test worker has loaded the SDK
 * already) running the build, which the tests' global setup keeps fresh.
 */
function inFreshNode(script: string): string {
  const run = spawnSync(process.execPath, ["--no-warnings", "-e", script], {
    cwd: projectRoot,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return run.stdout.trim();
}

/** `loaded()`: which of the two libraries the process has loaded so far. */
const loadedLibraries = `const loaded = () => ["typescript/lib/typescript.js", "@npmcli/arborist/lib/index.js"]
  .filter((f) => Object.keys(require.cache).some((k) => k.replaceAll("\\\\", "/").endsWith("/node_modules/" + f)))
  .join("+") || "none";`;

const sdkFile = (file: string) =>
  fs.readFileSync(path.join(path.dirname(require.resolve("@pulumi/pulumi/package.json")), file), "utf8");

describe("the closure serializer's libraries in a synth process", () => {
  it("the SDK still requires them where the hook looks, and uses them as it expects", () => {
    expect(sdkFile("typescript-shim.js")).toContain('module.exports = require("typescript");');
    const codePaths = sdkFile("runtime/closure/codePaths.js");
    expect(codePaths).toContain('const arborist = __importStar(require("@npmcli/arborist"));');
    expect(codePaths).toContain("if (mod && mod.__esModule) return mod;");
    expect(codePaths.match(/arborist\.\w+/g)).toEqual(["arborist.Arborist"]);
  });

  it("GIVEN the synth module THEN its first import installs the hook, before anything loads the SDK", () => {
    const source = fs.readFileSync(path.join(projectRoot, "lib", "plan", "synth.ts"), "utf8");
    expect(source.match(/^import .*$/m)?.[0]).toBe('import "./lazy-sdk";');
  });

  it("GIVEN the hook THEN loading the SDK loads neither; their first use loads the real ones, and they work", () => {
    const out = inFreshNode(
      `${loadedLibraries}
require("./dist/lib/plan/lazy-sdk.js");
const pulumi = require("@pulumi/pulumi");
const seen = [loaded()];
pulumi.runtime
  .serializeFunction(() => 6 * 7)
  .then((f) => {
    seen.push(loaded(), /6 \\* 7/.test(f.text));
    return pulumi.runtime.computeCodePaths({ extraIncludePackages: ["yaml"] });
  })
  .then((paths) => {
    seen.push(loaded(), [...paths.keys()].some((k) => k.includes("node_modules/yaml")));
    console.log(seen.join(" "));
  });`,
    );
    expect(out).toBe(
      "none typescript/lib/typescript.js true typescript/lib/typescript.js+@npmcli/arborist/lib/index.js true",
    );
  });
});
