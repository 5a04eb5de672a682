import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/synth";
import { tempDir } from "../support/temp-dirs";

/**
 * Offline synth never serializes a closure, so it never needs the TypeScript
 * compiler and npm's Arborist the SDK loads eagerly; a program never uses
 * the SDK's Automation API, and the CLI never uses zod's locales
 * (lib/plan/lazy-sdk.ts).
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

/** `loaded()`: which of the closure serializer's libraries the process has loaded so far. */
const loadedLibraries = `const loaded = () => ["typescript/lib/typescript.js", "@npmcli/arborist/lib/index.js", "normalize-package-data/lib/normalize.js"]
  .filter((f) => Object.keys(require.cache).some((k) => k.replaceAll("\\\\", "/").endsWith("/node_modules/" + f)))
  .join("+") || "none";`;

/** \`automationLoaded()\`: whether the process has loaded the SDK's Automation API. */
const automationLoaded = `const automationLoaded = () =>
  Object.keys(require.cache).some((k) => k.replaceAll("\\\\", "/").endsWith("/@pulumi/pulumi/automation/index.js"));`;

const sdkFile = (file: string) =>
  fs.readFileSync(path.join(path.dirname(require.resolve("@pulumi/pulumi/package.json")), file), "utf8");

describe("what the SDK and zod load eagerly and the CLI never uses", () => {
  it("the SDK still requires them where the hook looks, and uses them as it expects", () => {
    expect(sdkFile("typescript-shim.js")).toContain('module.exports = require("typescript");');
    expect(sdkFile("typescript-shim.js")).toContain(
      'const typescriptRequire = path.join(__dirname, "vendor", "typescript@3.8.3", "typescript.js");',
    );
    const codePaths = sdkFile("runtime/closure/codePaths.js");
    expect(codePaths).toContain('const arborist = __importStar(require("@npmcli/arborist"));');
    expect(codePaths).toContain("if (mod && mod.__esModule) return mod;");
    expect(codePaths.match(/arborist\.\w+/g)).toEqual(["arborist.Arborist"]);
    const index = sdkFile("index.js");
    expect(index).toContain('const automation = __importStar(require("./automation"));');
    expect(index).toContain("if (mod && mod.__esModule) return mod;");
    expect(index.match(/require\("\.\/automation"\)/g)).toHaveLength(1);
  });

  it("the SDK requires gRPC and its service clients where the hook looks, through __importStar, and nowhere else a program loads", () => {
    const grpcRequirers = [
      "errors.js",
      "provider/server.js",
      "runtime/callbacks.js",
      "runtime/invoke.js",
      "runtime/resource.js",
      "runtime/settings.js",
    ];
    for (const file of grpcRequirers) {
      const text = sdkFile(file);
      expect(text, file).toContain('const grpc = __importStar(require("@grpc/grpc-js"));');
      expect(text, file).toContain("if (mod && mod.__esModule) return mod;");
    }
    const clients = {
      "runtime/settings.js": ["engine", "resource"],
      "runtime/callbacks.js": ["callback"],
      "provider/server.js": ["provider"],
    };
    for (const [file, services] of Object.entries(clients)) {
      for (const service of services)
        expect(sdkFile(file), file).toMatch(
          new RegExp(`const \\w+ = __importStar\\(require\\("\\.\\./proto/${service}_grpc_pb"\\)\\);`),
        );
    }
    // Every other file that requires them: the generated clients themselves, the Automation API
    // (lazy already) and the dynamic provider's host, which a program never loads.
    const sdkDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    const requiring = (pattern: RegExp) =>
      fs
        .readdirSync(sdkDir, { recursive: true, encoding: "utf8" })
        .map((f) => f.replaceAll("\\", "/"))
        .filter((f) => f.endsWith(".js") && !f.startsWith("node_modules/") && !f.startsWith("proto/"))
        .filter((f) => !f.startsWith("automation/") && pattern.test(sdkFile(f)))
        .sort();
    expect(requiring(/require\(["']@grpc\/grpc-js["']\)/)).toEqual([
      "cmd/dynamic-provider/index.js",
      ...grpcRequirers,
    ]);
    expect(requiring(/require\(["'][./]*proto\/\w+_grpc_pb(\.js)?["']\)/)).toEqual([
      "cmd/dynamic-provider/index.js",
      "provider/server.js",
      "runtime/callbacks.js",
      "runtime/settings.js",
    ]);
    const codePaths = sdkFile("runtime/closure/codePaths.js");
    expect(codePaths).toContain(
      'const normalize_package_data_1 = __importDefault(require("normalize-package-data"));',
    );
    expect(codePaths.match(/normalize_package_data_1\.\w+/g)).toEqual(["normalize_package_data_1.default"]);
  });

  it("zod still requires its locales where the hook looks, through __importStar, and nowhere else", () => {
    const zodDir = path.dirname(require.resolve("zod/package.json"));
    const requirers = ["v4/classic/external.cjs", "v4/mini/external.cjs", "v4/core/index.cjs"];
    for (const file of requirers) {
      const text = fs.readFileSync(path.join(zodDir, file), "utf8");
      expect(text, file).toContain('exports.locales = __importStar(require("../locales/index.cjs"));');
      expect(text, file).toContain("if (mod && mod.__esModule) return mod;");
    }
    const all = fs
      .readdirSync(path.join(zodDir, "v4"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".cjs"))
      .filter((f) => fs.readFileSync(path.join(zodDir, "v4", f), "utf8").includes('"../locales/index.cjs"'));
    expect(all.map((f) => `v4/${f.replaceAll("\\", "/")}`).sort()).toEqual([...requirers].sort());
  });

  it("GIVEN the CLI module THEN its first import installs the hook, before any command loads zod", () => {
    const source = fs.readFileSync(path.join(projectRoot, "lib", "cli.ts"), "utf8");
    expect(source.match(/^import .*$/m)?.[0]).toBe('import "./plan/lazy-sdk";');
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
      "none typescript/lib/typescript.js true typescript/lib/typescript.js+@npmcli/arborist/lib/index.js+normalize-package-data/lib/normalize.js true",
    );
  });

  it("GIVEN the hook THEN a program under mocks never loads gRPC; the engine's clients load it, and are the real ones", () => {
    const out = inFreshNode(
      `const grpcLoaded = () =>
  Object.keys(require.cache).filter((k) => /[\\\\/](@grpc[\\\\/]grpc-js|normalize-package-data)[\\\\/]/.test(k)).length > 0;
require("./dist/lib/plan/lazy-sdk.js");
const pulumi = require("@pulumi/pulumi");
const seen = [];
pulumi.runtime
  .setMocks({ newResource: (a) => ({ id: a.name + "-id", state: a.inputs }), call: () => ({}) }, "p", "s")
  .then(() => {
    const r = new pulumi.CustomResource("test:index:Thing", "thing", { size: 3 });
    return new Promise((resolve) => r.urn.apply(resolve));
  })
  .then((urn) => {
    seen.push(urn, grpcLoaded());
    // What pulumi up does (its language host sets the addresses): gRPC clients of the engine.
    const { resetOptions, getMonitor, getEngine } = require("@pulumi/pulumi/runtime/settings");
    resetOptions("p", "s", 1, "127.0.0.1:1", "127.0.0.1:1", false, "");
    const monitor = getMonitor();
    const engine = getEngine();
    const { isGrpcError } = require("@pulumi/pulumi/errors");
    seen.push(
      grpcLoaded(),
      monitor instanceof require("@pulumi/pulumi/proto/resource_grpc_pb").ResourceMonitorClient,
      engine instanceof require("@pulumi/pulumi/proto/engine_grpc_pb").EngineClient,
      isGrpcError({ code: 14 }),
    );
    monitor.close();
    engine.close();
    console.log(seen.join(" "));
  });`,
    );
    expect(out).toBe("urn:pulumi:s::p::test:index:Thing::thing false true true true true");
  });

  it("GIVEN a module that cannot be found THEN its require throws at once, or its stand-in loads the SDK's fallback", () => {
    // The SDK's TypeScript shim falls back to its vendored copy when require("typescript") throws:
    // the stand-in loads that copy, on first use. A module without a fallback throws at once, as without the hook.
    const dir = tempDir("flink-platform-shim-");
    try {
      const sdk = path.join(dir, "node_modules", "@pulumi", "pulumi");
      fs.mkdirSync(path.join(sdk, "vendor", "typescript@3.8.3"), { recursive: true });
      fs.writeFileSync(path.join(sdk, "typescript-shim.js"), sdkFile("typescript-shim.js"));
      fs.writeFileSync(
        path.join(sdk, "vendor", "typescript@3.8.3", "typescript.js"),
        "globalThis.vendoredLoaded = true;\nexports.vendored = true;\n",
      );
      fs.writeFileSync(
        path.join(sdk, "errors.js"),
        'try { require("@grpc/grpc-js"); module.exports = "found"; } catch (e) { module.exports = e.code; }\n',
      );
      const out = inFreshNode(
        `require("./dist/lib/plan/lazy-sdk.js");
const shim = require(${JSON.stringify(path.join(sdk, "typescript-shim.js"))});
const seen = [String(globalThis.vendoredLoaded), shim.vendored, globalThis.vendoredLoaded];
seen.push(require(${JSON.stringify(path.join(sdk, "errors.js"))}));
console.log(seen.join(" "));`,
      );
      expect(out).toBe("undefined true true MODULE_NOT_FOUND");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("GIVEN the hook THEN loading the SDK does not load its Automation API; the first use of pulumi.automation does", () => {
    const out = inFreshNode(
      `${automationLoaded}
require("./dist/lib/plan/lazy-sdk.js");
const pulumi = require("@pulumi/pulumi");
const seen = [automationLoaded()];
seen.push(typeof pulumi.automation.LocalWorkspace, automationLoaded(), "LocalWorkspace" in pulumi.automation);
console.log(seen.join(" "));`,
    );
    expect(out).toBe("false function true true");
  });

  it("GIVEN the hook THEN loading zod does not load its locales; z.locales loads them on first use; messages stay English", () => {
    const out = inFreshNode(
      `const zodFiles = () => Object.keys(require.cache).filter((k) => k.replaceAll("\\\\", "/").includes("/zod/v4/locales/")).length;
require("./dist/lib/plan/lazy-sdk.js");
const z = require("zod");
const seen = [zodFiles(), z.string().safeParse(1).error.issues[0].message];
seen.push(typeof z.locales.fr, zodFiles() > 60, typeof z.core.locales.de);
console.log(seen.join(" | "));`,
    );
    expect(out).toBe("1 | Invalid input: expected string, received number | function | true | function");
  });

  it("GIVEN a stand-in THEN writes, definitions and deletions reach the real module, and it refuses what the module does", () => {
    const out = inFreshNode(
      `"use strict";
require("./dist/lib/plan/lazy-sdk.js");
const pulumi = require("@pulumi/pulumi");
const real = require("@pulumi/pulumi/automation");
pulumi.automation.extra = 1;
Object.defineProperty(pulumi.automation, "defined", { value: 2, configurable: true, enumerable: true });
const seen = [real.extra, real.defined, pulumi.automation.extra];
delete pulumi.automation.extra;
seen.push("extra" in real, "extra" in pulumi.automation);
// zod's locales module is frozen: a write fails on the stand-in as on the module.
try { require("zod").locales.extra = 1; seen.push("written"); } catch (e) { seen.push(e.constructor.name); }
console.log(seen.join(" "));`,
    );
    expect(out).toBe("1 2 1 false false TypeError");
  });
});

describe("what diff's own process loads", () => {
  it("GIVEN the plan diff and its renderers THEN neither zod nor the Pulumi SDK is loaded (the two synths load them)", () => {
    const out = inFreshNode(
      `require("./dist/lib/plan/lazy-sdk.js");
require("./dist/lib/plan/diff.js");
require("./dist/lib/plan/diff-render.js");
require("./dist/lib/plan/graph.js");
const loaded = Object.keys(require.cache)
  .map((k) => k.replaceAll("\\\\", "/"))
  .filter((k) => /\\/node_modules\\/(zod|@pulumi)\\//.test(k));
console.log(loaded.length === 0 ? "none" : loaded.slice(0, 3).join(" "));`,
    );
    expect(out).toBe("none");
  });
});
