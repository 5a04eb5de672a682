import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyShippedDeclarations, shippedDeclarations } from "./support/declarations";
import { tempDir } from "./support/temp-dirs";

/**
 * The package as a consumer repo gets it: `npm pack`, installed into a fresh
 * project that has only the peer dependencies (symlinked from this repo's
 * node_modules, so nothing is downloaded), a program compiled with tsc (strict,
 * against the shipped .d.ts, with both the classic `node` and the `node16`
 * module resolution), then synthesized offline through the public API
 * (`flink-platform/plan`) and through the package's own bin.
 */

const root = path.resolve(__dirname, "..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const subpaths = [".", "./k8s", "./plan"] as const;

const work = tempDir("flink-platform-consumer-");
const project = path.join(work, "consumer");
const installed = path.join(project, "node_modules", "flink-platform");

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_loglevel: "error" },
  });
}

/** Like {@link run}, without blocking: independent steps run in parallel. */
function runAsync(cmd: string, args: string[], cwd: string): Promise<SpawnSyncReturns<string>> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status, signal) =>
      resolve({ pid: child.pid ?? 0, output: [null, stdout, stderr], stdout, stderr, status, signal }),
    );
  });
}

function check(what: string, r: SpawnSyncReturns<string>): SpawnSyncReturns<string> {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Every example's program (examples/<name>/index.ts), as a path in the consumer project. */
const examplesDir = path.join(root, "examples");
const exampleFiles = fs
  .readdirSync(examplesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(examplesDir, e.name, "index.ts")))
  .map((e) => `examples/${e.name}/index.ts`)
  .sort();

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "consumer", version: "0.0.0", private: true }, null, 2),
  "Pulumi.yaml":
    "name: consumer\nruntime:\n  name: nodejs\n  options:\n    typescript: true\nmain: index.ts\n",
  "Pulumi.dev.yaml": "config:\n  consumer:size: M\n",
  "tsconfig.json": JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        module: "commonjs",
        moduleResolution: "node",
        lib: ["ES2022"],
        types: ["node"],
        strict: true,
        noImplicitOverride: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        noFallthroughCasesInSwitch: true,
        esModuleInterop: true,
        // Not the dependencies' declarations (@pulumi/kubernetes alone is some 200,000 lines, most of
        // this compile's time, and not this package's to check): the shipped ones are checked as
        // sources instead, under shipped-declarations/ (see copyShippedDeclarations).
        skipLibCheck: true,
        outDir: "build",
        rootDir: ".",
      },
      // examples/ are consumer programs too: compiled here, against the shipped .d.ts, as a user would.
      files: ["index.ts", "synth.ts", ...exampleFiles],
      include: [`${shippedDeclarations}/**/*.ts`],
    },
    null,
    2,
  ),
  "tsconfig.node16.json": JSON.stringify({
    extends: "./tsconfig.json",
    // Resolution through package.json "exports" (types conditions); the .d.ts were checked above.
    compilerOptions: { module: "node16", moduleResolution: "node16", noEmit: true },
    files: ["index.ts", "synth.ts"],
    include: [],
  }),
  // The Pulumi program of the consumer repo: the root and the k8s subpath.
  "index.ts": `
import * as pulumi from "@pulumi/pulumi";
import {
  ComputePool,
  ComputePoolTarget,
  ConfigError,
  FlinkPlatformOSS,
  Size,
  sizes,
  type ComputePoolArgs,
  type FlinkPlatformOSSArgs,
} from "flink-platform";
import { planOssPlatform, type PlatformPlan } from "flink-platform/k8s";

const config = new pulumi.Config();
const size = config.get("size") ?? Size.S;
if (!(sizes as readonly string[]).includes(size)) {
  throw new ConfigError([{ path: "consumer:size", got: size, allowed: sizes.join(", ") }]);
}

const args: FlinkPlatformOSSArgs = {
  environment: { name: pulumi.getStack() },
  size: size as Size,
  storage: { minio: { enabled: true } },
  pools: [{ name: "default", taskManagers: 1 }],
};
// The same validation and sizing the component applies, without Pulumi.
const plan: PlatformPlan = planOssPlatform(args);

const platform = new FlinkPlatformOSS("consumer", args);
const extra: ComputePoolArgs = {
  target: ComputePoolTarget.Oss,
  oss: {
    poolName: "extra",
    namespace: plan.flinkNamespaces[0],
    serviceAccount: plan.flink.serviceAccount,
    flinkVersion: plan.flink.versionEnum,
    image: plan.flink.image,
    taskManagers: 2,
    slots: plan.taskManager.slots,
    taskManager: { cpu: plan.taskManager.cpu, memory: plan.taskManager.memory },
    jobManager: plan.jobManager,
  },
};
const pool = new ComputePool("consumer-extra", extra, { dependsOn: [platform] });

export const operatorVersion = platform.operatorVersion;
export const extraSlots = pool.slotCapacity;
`,
  // Offline synth through the plan subpath (and the CP construct's types, checked at compile time).
  "synth.ts": `
import * as path from "node:path";
import { CmfAuthenticationType, ConfigError, FlinkPlatformCP, type FlinkPlatformCPArgs } from "flink-platform";
import { diffPlans, renderGraph, summarize, synthStack, writePlan, type Plan } from "flink-platform/plan";

const cpArgs: FlinkPlatformCPArgs = {
  environment: { name: "cp" },
  cmf: { authentication: { type: CmfAuthenticationType.OAuth } },
  cmfCredentials: { token: "token" },
};

async function main(): Promise<number> {
  const [stack = "dev", out = "out"] = process.argv.slice(2);
  try {
    const plan: Plan = await synthStack(stack);
    const written = await writePlan(plan, path.resolve(out));
    const diff = diffPlans(undefined, plan, "nothing");
    process.stdout.write(
      JSON.stringify({
        summary: summarize(plan),
        manifests: written.manifests,
        helmReleases: written.helmReleases,
        creates: diff.changes.filter((c) => c.kind === "create").length,
        graph: renderGraph(plan).split("\\n")[0],
        constructs: [FlinkPlatformCP.name, Object.keys(cpArgs).length],
      }),
    );
    return 0;
  } catch (err) {
    if (ConfigError.isConfigError(err)) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

void main().then((code) => process.exit(code));
`,
};

interface Packed {
  filename: string;
  files: { path: string }[];
}

let packed: Packed;
let compile: SpawnSyncReturns<string>;
let apiSynth: SpawnSyncReturns<string>;
let binSynth: SpawnSyncReturns<string>;
let resolved: Record<string, string>;
let declarationsChecked: number;

beforeAll(async () => {
  // `npm pack` ships dist/, which the tests' global setup keeps fresh (prepare would build it again: skip scripts).
  const pack = check(
    "npm pack",
    run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], root),
  );
  packed = (JSON.parse(pack.stdout) as Packed[])[0];

  // A project with only the peers (and the package's own dependencies): every entry of this repo's
  // node_modules except flink-platform itself, symlinked. Then the tarball, unpacked.
  const modules = path.join(project, "node_modules");
  fs.mkdirSync(modules, { recursive: true });
  for (const entry of fs.readdirSync(path.join(root, "node_modules"))) {
    if (entry === "flink-platform" || entry.startsWith(".")) continue;
    fs.symlinkSync(path.join(root, "node_modules", entry), path.join(modules, entry), "junction");
  }
  check("tar", run("tar", ["-xzf", path.join(work, packed.filename), "-C", work], work));
  fs.renameSync(path.join(work, "package"), installed);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(project, name), text);
  for (const file of exampleFiles) {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(project, file));
  }
  declarationsChecked = copyShippedDeclarations(installed, project);

  // How Node resolves the package from the consumer project (a child process: from inside this
  // repo, "flink-platform" would resolve to the repo itself through package self-reference).
  const specifiers = [
    ...subpaths.map((s) => `flink-platform${s.slice(1)}`),
    "flink-platform/dist/lib/cli.js",
  ];
  const resolve = `const out = {};
for (const s of ${JSON.stringify(specifiers)}) {
  try { out[s] = require.resolve(s); } catch (e) { out[s] = e.code; }
}
process.stdout.write(JSON.stringify(out));`;
  resolved = JSON.parse(check("resolve", run(process.execPath, ["-e", resolve], project)).stdout);

  // Both resolutions in one tsc: build mode parses each declaration file once for the two programs
  // (the SDKs' are most of the work: about 30% less CPU than two processes), and it goes on to the
  // second project when the first has errors, printing both.
  compile = await runAsync(
    process.execPath,
    [tsc, "--build", "tsconfig.json", "tsconfig.node16.json"],
    project,
  );
  if (compile.status === 0) {
    [apiSynth, binSynth] = await Promise.all([
      runAsync(process.execPath, [path.join("build", "synth.js"), "dev", "out-api"], project),
      runAsync(
        process.execPath,
        [path.join(installed, "bin", "flink-platform.js"), "synth", "dev", "--out", "out-bin"],
        project,
      ),
    ]);
  }
});

afterAll(() => {
  // Unlink the symlinks first, so removing the project can never reach this repo's node_modules.
  const modules = path.join(project, "node_modules");
  if (fs.existsSync(modules)) {
    for (const entry of fs.readdirSync(modules)) {
      const link = path.join(modules, entry);
      if (fs.lstatSync(link).isSymbolicLink()) fs.unlinkSync(link);
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
});

describe("npm pack", () => {
  it("ships bin/, dist/lib/ and README.md only: no sources, stacks, tests or build stamp", () => {
    const paths = packed.files.map((f) => f.path).sort();
    expect(paths.filter((p) => !p.startsWith("dist/lib/"))).toEqual([
      "README.md",
      "bin/flink-platform.js",
      "bin/freshness.js",
      "package.json",
    ]);
    expect(paths).toEqual(
      expect.arrayContaining(["dist/lib/cli.js", "dist/lib/index.js", "dist/lib/index.d.ts"]),
    );
    expect(paths.filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts"))).toEqual([]);
  });

  it("has no pulumi.resource field and keeps the SDKs as peer dependencies", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
    expect(pkg.pulumi).toBeUndefined();
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual([
      "@pulumi/confluentcloud",
      "@pulumi/kubernetes",
      "@pulumi/pulumi",
      "@pulumi/random",
      "cdk8s",
      "cdk8s-plus-28",
      "constructs",
    ]);
    expect(
      Object.keys(pkg.dependencies ?? {}).some((d) => d.startsWith("@pulumi/") || d.startsWith("cdk8s")),
    ).toBe(false);
  });
});

describe("the installed package", () => {
  it("exports exactly the root, k8s and plan entry points, each with JavaScript and types", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")) as {
      exports: Record<string, { types: string; default: string } | string>;
    };
    expect(Object.keys(pkg.exports).sort()).toEqual([...subpaths, "./package.json"].sort());
    for (const sub of subpaths) {
      const target = pkg.exports[sub] as { types: string; default: string };
      const specifier = `flink-platform${sub.slice(1)}`;
      // Node resolves the specifier from the consumer project to the shipped file.
      expect(resolved[specifier]).toBe(fs.realpathSync(path.join(installed, target.default)));
      expect(fs.existsSync(path.join(installed, target.types)), target.types).toBe(true);
    }
    // Internals stay internal.
    expect(resolved["flink-platform/dist/lib/cli.js"]).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });

  it("a strict consumer program compiles against the shipped .d.ts (moduleResolution node and node16)", () => {
    // The compile checked every shipped declaration file too, as a source: each copy was emitted.
    expect(declarationsChecked).toBe(packed.files.filter((f) => f.path.endsWith(".d.ts")).length);
    const emitted = fs.readdirSync(path.join(project, "build", shippedDeclarations), { recursive: true });
    expect(emitted.filter((f) => String(f).endsWith(".js")).length).toBe(declarationsChecked);
    // Both projects' errors, unlabelled: `tsc -p tsconfig.node16.json` in the project shows one alone.
    expect([compile.stdout + compile.stderr, compile.status]).toEqual(["", 0]);
    // Both projects were built, not found up to date: each wrote its build info.
    for (const config of ["tsconfig", "tsconfig.node16"]) {
      expect(fs.existsSync(path.join(project, "build", `${config}.tsbuildinfo`)), config).toBe(true);
    }
  });

  it("every example compiles (strict) against the shipped .d.ts, in the same tsc run", () => {
    // The compile above had every example among its files and printed nothing.
    expect(exampleFiles).toEqual([
      "examples/cloud/index.ts",
      "examples/cp-multi-cluster/index.ts",
      "examples/cp/index.ts",
      "examples/gitops-cdk8s/index.ts",
      "examples/library-quickstart/index.ts",
      "examples/multi-env/index.ts",
      "examples/oss/index.ts",
    ]);
    for (const file of exampleFiles) {
      expect(fs.existsSync(path.join(project, "build", file.replace(/\.ts$/, ".js"))), file).toBe(true);
    }
  });

  it("the compiled consumer uses every entry point", () => {
    const js = ["index.js", "synth.js"]
      .map((f) => fs.readFileSync(path.join(project, "build", f), "utf8"))
      .join("\n");
    for (const sub of subpaths) expect(js).toContain(`require("flink-platform${sub.slice(1)}")`);
  });

  it("synthesizes offline through flink-platform/plan", () => {
    expect(apiSynth, "not run: the compile failed (the test above)").toBeDefined();
    expect(apiSynth.stderr).toBe("");
    expect(apiSynth.status).toBe(0);
    const result = JSON.parse(apiSynth.stdout) as {
      summary: string;
      manifests: number;
      helmReleases: number;
      creates: number;
      graph: string;
      constructs: [string, number];
    };
    expect(result.summary).toMatch(/^\d+ resources in stack dev:/);
    expect(result.summary).toMatch(/flink-platform:index:FlinkPlatformOSS\s+1\n/);
    expect(result.summary).toMatch(/flink-platform:index:ComputePool\s+2\n/);
    expect(result.summary).toMatch(/kubernetes:flink\.apache\.org\/v1beta1:FlinkDeployment\s+2\n/);
    expect(result.helmReleases).toBe(2);
    expect(result.manifests).toBeGreaterThan(10);
    expect(result.creates).toBe(Number(/^(\d+)/.exec(result.summary)![1]));
    expect(result.graph).toMatch(/^(flowchart|graph) /);
    expect(result.constructs).toEqual(["FlinkPlatformCP", 3]);

    const plan = JSON.parse(fs.readFileSync(path.join(project, "out-api", "plan.json"), "utf8")) as {
      project: string;
      resources: { type: string; name: string; inputs: Record<string, unknown> }[];
    };
    expect(plan.project).toBe("consumer");
    // Stack config reached the program: size M sizes the extra pool's TaskManagers.
    const extra = plan.resources.find((r) => r.name === "consumer-extra:flink/extra");
    expect(extra?.inputs).toMatchObject({
      spec: {
        taskManager: { replicas: 2 },
        flinkConfiguration: { "taskmanager.numberOfTaskSlots": "2" },
      },
    });
  });

  it("its bin synthesizes the same plan (the compiled CLI, with only dist/lib shipped)", () => {
    expect(binSynth, "not run: the compile failed (the test above)").toBeDefined();
    expect(binSynth.stderr).toBe("");
    expect(binSynth.status).toBe(0);
    expect(binSynth.stdout).toMatch(/^\d+ resources in stack dev:/);
    expect(fs.readFileSync(path.join(project, "out-bin", "plan.json"), "utf8")).toBe(
      fs.readFileSync(path.join(project, "out-api", "plan.json"), "utf8"),
    );
  });
});
