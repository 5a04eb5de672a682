import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { isBuiltin } from "node:module";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleProgram, type BundleMetafile } from "../../lib/plan/bundle";
import { isHelmRelease, isKubernetesObject, manifestOf } from "../../lib/plan/write";
import type { PlanResource } from "../../lib/plan/recorder";
import { haveReference, operatorReferenceDir } from "../support/reference";
import { validateBuiltIn, validateFlinkDeploymentSpec, validateFlinkResource } from "../support/schemas";
import { runCli } from "../support/cli";
import { plainProgramProject, scratchProject } from "../support/project";
import { inBatches, shippedSynth, synthRun, type SynthRun } from "../support/synth";
import { tempDir } from "../support/temp-dirs";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "flink-platform.js");
const goldenDir = path.join(__dirname, "golden");

function tmp(): string {
  return tempDir("flink-platform-synth-");
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The target of each shipped stack. */
const targetOf: Record<string, "oss" | "cp" | "cloud"> = {
  dev: "oss",
  "oss-prod": "oss",
  staging: "cp",
  prod: "cp",
  "cloud-dev": "cloud",
  "cloud-prod": "cloud",
};

const shipped = ["dev", "oss-prod", "staging", "prod", "cloud-dev", "cloud-prod"];
/** The stacks synthesized from the TypeScript sources too, one per target (slow: tsx transpiles every file). */
const fromSource = ["dev", "prod", "cloud-prod"];

/**
 * The shipped program as scratch projects, and one second synth of every
 * shipped stack, side by side: from source for {@link fromSource}, the
 * bundled program otherwise. The first synth of each stack is the test run's
 * shared one (`shippedSynth`, the build's bundle).
 */
const projects = {} as Record<"bundle" | "source", { dir: string; meta?: BundleMetafile }>;
const bundled: Record<string, SynthRun> = {};
const sourced: Record<string, SynthRun> = {};
beforeAll(async () => {
  projects.bundle = await programProject("bundle");
  projects.source = await programProject("source");
  const jobs = [
    ...shipped
      .filter((stack) => !fromSource.includes(stack))
      .map((stack) => async () => {
        bundled[stack] = await synthRun(stack, path.join(tmp(), "out"), projects.bundle.dir);
      }),
    ...fromSource.map((stack) => async () => {
      sourced[stack] = await synthRun(stack, path.join(tmp(), "out"), projects.source.dir);
    }),
  ];
  await inBatches(jobs);
});

describe.each(shipped)("synth %s", (stack) => {
  const run = shippedSynth(stack);
  const out = run.dir;
  const target = targetOf[stack];

  it("exits 0 and prints the summary", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^\\d+ resources in stack ${stack}:`));
  });

  it("matches the reviewed golden plan", () => {
    const actual = fs.readFileSync(path.join(out, "plan.json"), "utf8");
    const golden = path.join(goldenDir, `${stack}.plan.json`);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, actual);
    expect(actual).toBe(fs.readFileSync(golden, "utf8"));
  });

  it("is deterministic: a second run writes byte-identical files", () => {
    // The second run is the program from source (so the bundle and the sources write the same
    // files), or else the bundled program in a scratch project (what `npm run build` writes).
    const second = fromSource.includes(stack) ? sourced[stack] : bundled[stack];
    const again = second.dir;
    expect(second.status, second.stderr).toBe(0);
    const files = filesUnder(out);
    expect(filesUnder(again)).toEqual(files);
    for (const f of files) {
      expect(fs.readFileSync(path.join(again, f), "utf8"), f).toBe(
        fs.readFileSync(path.join(out, f), "utf8"),
      );
    }
  });

  it("writes one manifest per Kubernetes object and one file per Helm release", () => {
    const plan = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as {
      resources: { type: string }[];
    };
    const objects = plan.resources.filter(
      (r) => r.type.startsWith("kubernetes:") && !/^kubernetes:(helm\.sh|yaml)\//.test(r.type),
    );
    expect(fs.readdirSync(path.join(out, "manifests"))).toHaveLength(objects.length);
    const releases = plan.resources.filter((r) => r.type === "kubernetes:helm.sh/v3:Release");
    expect(fs.readdirSync(path.join(out, "helm"))).toHaveLength(releases.length);
    if (target === "oss") {
      const operator = parse(
        fs.readFileSync(path.join(out, "helm", "flink-kubernetes-operator.yaml"), "utf8"),
      );
      expect(operator).toMatchObject({
        chart: "flink-kubernetes-operator",
        repo: "https://downloads.apache.org/flink/flink-kubernetes-operator-1.15.0/",
        version: "1.15.0",
        namespace: "flink-operator",
      });
    }
    if (target === "cp") {
      const helm = (release: string) =>
        parse(fs.readFileSync(path.join(out, "helm", `${release}.yaml`), "utf8")) as Record<string, unknown>;
      expect(helm("cp-flink-kubernetes-operator")).toMatchObject({
        release: "cp-flink-kubernetes-operator",
        chart: "flink-kubernetes-operator",
        repo: "https://packages.confluent.io/helm",
        version: "1.150.3",
        namespace: "confluent",
      });
      expect(helm("cmf")).toMatchObject({
        release: "cmf",
        chart: "confluent-manager-for-apache-flink",
        repo: "https://packages.confluent.io/helm",
        version: "2.4.2",
        namespace: "confluent",
      });
    }
  });

  it("manifests and Helm values read back under YAML 1.1 (kubectl, Helm) as exactly what was registered", () => {
    expectYaml11ReadsBackThePlan(out);
  });

  it("every built-in manifest validates against the Kubernetes schemas", () => {
    const dir = path.join(out, "manifests");
    const errors = fs
      .readdirSync(dir)
      .map((f) => [f, parse(fs.readFileSync(path.join(dir, f), "utf8"))] as const)
      .filter(([, m]) => !String(m.apiVersion).startsWith("flink.apache.org") && m.kind !== "Secret")
      .map(([f, m]) => [f, validateBuiltIn(m)])
      .filter(([, e]) => e);
    expect(errors).toEqual([]);
  });

  it.skipIf(!haveReference("operator CRDs", path.join(operatorReferenceDir, "crds")))(
    "every Flink custom resource validates against the operator 1.15.0 CRD",
    () => {
      const dir = path.join(out, "manifests");
      const flink = fs
        .readdirSync(dir)
        .map((f) => parse(fs.readFileSync(path.join(dir, f), "utf8")))
        .filter((m) => String(m.apiVersion).startsWith("flink.apache.org"));
      // Smoke test and session pools on OSS stacks; on CP they are CMF objects; none on Confluent Cloud.
      expect(flink.length > 0).toBe(target === "oss");
      expect(flink.map((m) => validateFlinkResource(m))).toEqual(flink.map(() => undefined));
      // CP: CMF's FlinkApplication spec and the environments' application defaults are FlinkDeployment specs.
      const plan = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as {
        resources: { type: string; inputs: Record<string, unknown> }[];
      };
      const specs = plan.resources.flatMap((r) =>
        r.type === "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication"
          ? [r.inputs.spec as Record<string, unknown>]
          : r.type === "pulumi-nodejs:dynamic/cmf:CmfEnvironment"
            ? [(r.inputs.flinkApplicationDefaults as { spec: Record<string, unknown> }).spec]
            : [],
      );
      expect(specs.length > 0).toBe(target === "cp");
      expect(specs.map((spec) => validateFlinkDeploymentSpec(spec))).toEqual(specs.map(() => undefined));
    },
  );

  it("no secret-marked value appears in plain text anywhere in the output", () => {
    // Offline fakes give generated secrets recognisable values: none may leak.
    const text = filesUnder(out)
      .map((f) => fs.readFileSync(path.join(out, f), "utf8"))
      .join("\n");
    expect(text).not.toMatch(/offline-[a-z0-9-]*(secret|password|access-key)/);
    // The stack files' secure: placeholders are never decrypted or echoed.
    expect(text).not.toContain("REPLACE-WITH");
  });
});

describe("synth cloud-prod: secrets and protection", () => {
  const { dir: out, status } = shippedSynth("cloud-prod");
  expect(status).toBe(0);
  const plan = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as {
    resources: { type: string; name: string; protect: boolean; inputs: Record<string, unknown> }[];
  };
  const byType = (t: string) => plan.resources.filter((r) => r.type === t);

  it("shows every credential input as [secret]", () => {
    expect(
      byType("pulumi:providers:confluentcloud").map((r) => [r.inputs.cloudApiKey, r.inputs.cloudApiSecret]),
    ).toEqual([["[secret]", "[secret]"]]);
    expect(
      byType("confluentcloud:index/flinkStatement:FlinkStatement").map((r) => r.inputs.credentials),
    ).toEqual(["[secret]", "[secret]"]);
  });

  it("protects the prod environment and runs two maxCfu 50 pools", () => {
    expect(byType("confluentcloud:index/environment:Environment").map((r) => r.protect)).toEqual([true]);
    expect(
      byType("confluentcloud:index/flinkComputePool:FlinkComputePool").map((r) => r.inputs.maxCfu),
    ).toEqual([50, 50]);
  });
});

describe("synth prod (CP): releases, exposure, CMF objects and secrets", () => {
  const { dir: out, status } = shippedSynth("prod");
  expect(status).toBe(0);
  const plan = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as {
    resources: { type: string; name: string; dependsOn: string[]; inputs: Record<string, unknown> }[];
  };
  const byType = (t: string) => plan.resources.filter((r) => r.type === t);
  const index = (name: string) => plan.resources.findIndex((r) => r.name === name);

  it("has both Helm releases, the exposure objects and the CMF resources, in order", () => {
    expect(byType("kubernetes:helm.sh/v3:Release").map((r) => r.name)).toEqual([
      "prod-flink-operator",
      "prod-cmf",
    ]);
    expect(byType("kubernetes:networking.k8s.io/v1:Ingress").map((r) => r.name)).toEqual([
      "prod:confluent/cmf",
    ]);
    expect(
      byType("kubernetes:networking.k8s.io/v1:NetworkPolicy")
        .map((r) => r.name)
        .filter((n) => n.startsWith("prod:confluent/")),
    ).toEqual(["prod:confluent/cmf-api-ingress"]);
    expect(byType("pulumi-nodejs:dynamic/cmf:CmfEnvironment").map((r) => r.inputs.name)).toEqual([
      "prod-flink-analytics",
      "prod-flink-jobs",
    ]);
    expect(byType("pulumi-nodejs:dynamic/cmf:CmfComputePool").map((r) => r.inputs.name)).toEqual([
      "analytics",
      "critical",
    ]);
    expect(byType("pulumi-nodejs:dynamic/cmf:CmfFlinkApplication").map((r) => r.inputs.name)).toEqual([
      "flink-smoke-test",
    ]);
    expect(index("prod-flink-operator")).toBeLessThan(index("prod-cmf"));
    expect(index("prod-cmf")).toBeLessThan(index("prod:confluent/cmf"));
    expect(index("prod:confluent/cmf")).toBeLessThan(index("prod-cmf-env-flink-jobs"));
    expect(index("prod-cmf-env-flink-jobs")).toBeLessThan(index("prod-smoke-test"));
  });

  it("guards the install-time choices and shows every CMF credential as [secret]", () => {
    expect(byType("pulumi-nodejs:dynamic/cmf:CmfInstallChoices").map((r) => r.inputs)).toEqual([
      {
        __provider: "[dynamic provider]",
        allowInstallTimeChanges: false,
        cmfVersion: "2.4.2",
        databaseType: "jdbc",
        encryption: true,
      },
    ]);
    const cmf = byType("kubernetes:helm.sh/v3:Release").find((r) => r.name === "prod-cmf")!;
    expect((cmf.inputs.values as { cmf: { ssl: Record<string, unknown> } }).cmf.ssl).toMatchObject({
      "keystore-password": "[secret]",
      "trust-store-password": "[secret]",
    });
    for (const r of plan.resources.filter((x) => x.inputs.connection !== undefined)) {
      expect(r.inputs.connection, r.name).toEqual({
        endpoint: "https://cmf.prod.example.com",
        auth: { type: "mtls", clientCertPem: "[secret]", clientKeyPem: "[secret]" },
      });
    }
  });
});

/** A scratch project running the shipped program with one stack, `bad`, of the given text. */
function project(stackYaml: string): string {
  return scratchProject(tmp(), { bad: stackYaml });
}

/** `synth bad` in that project, with the default output directory (`out/bad`). */
function synthBad(dir: string) {
  return spawnSync(process.execPath, [bin, "--project-dir", dir, "synth", "bad"], { encoding: "utf8" });
}

/** Synth of that stack text exits 1 with exactly these lines on stderr (no stack trace) and writes nothing. */
function expectRejected(stackYaml: string, stderrLines: string[], dir = project(stackYaml)): void {
  const run = synthBad(dir);
  expect(run.status).toBe(1);
  expect(run.stderr).toBe([...stderrLines, ""].join("\n"));
  expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
}

/**
 * `check` of that stack text, in this process: the config rule's message
 * exactly as synth prints it (test/security/hostile-cli.test.ts holds synth
 * and check to the same stderr for every refused stack), without a synth
 * child per rule. Returns stderr's lines.
 */
async function checkRejected(stackYaml: string): Promise<string[]> {
  const run = await runCli(["--project-dir", project(stackYaml), "check", "bad"]);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  return run.stderr.split("\n");
}

/** Reads every written manifest and Helm values file as YAML 1.1 (kubectl, Helm) and compares it with the plan. */
function expectYaml11ReadsBackThePlan(out: string): void {
  const plan = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as {
    resources: PlanResource[];
  };
  const dir = path.join(out, "manifests");
  const read = fs
    .readdirSync(dir)
    .map((f) => parse(fs.readFileSync(path.join(dir, f), "utf8"), { version: "1.1" }) as unknown);
  expect(read).toEqual(
    plan.resources
      .filter(isKubernetesObject)
      .map((r) => JSON.parse(JSON.stringify(manifestOf(r))) as unknown),
  );
  for (const r of plan.resources.filter(isHelmRelease)) {
    const file = path.join(out, "helm", `${String(r.inputs.name)}.yaml`);
    const values = (parse(fs.readFileSync(file, "utf8"), { version: "1.1" }) as { values: unknown }).values;
    expect(values, file).toEqual(r.inputs.values ?? {});
  }
}

describe("synth runs the program on a stack of its own", () => {
  it("GIVEN a program that records its call stack THEN no CLI or async frame is beneath it", () => {
    // The SDK captures and parses the whole call stack of every resource it
    // registers: each frame beneath the program is paid once per resource.
    const dir = plainProgramProject(tmp(), "probe", "config: {}\n", [
      `const pulumi = require(${JSON.stringify(require.resolve("@pulumi/pulumi"))});`,
      "Error.stackTraceLimit = Infinity;",
      'const frames = new Error().stack.split("\\n").slice(1).map((line) => line.trim());',
      'new pulumi.CustomResource("probe:index:Probe", "probe", { frames });',
    ]);
    const out = path.join(dir, "out");
    const run = spawnSync(process.execPath, [bin, "--project-dir", dir, "synth", "probe", "--out", out], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    const plan = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as {
      resources: { inputs: { frames: string[] } }[];
    };
    const frames = plan.resources[0].inputs.frames;
    expect(frames[0]).toMatch(/index\.js/);
    expect(frames.filter((f) => /commander|[/\\]cli\.[jt]s|^at async /.test(f))).toEqual([]);
  });
});

describe("synth errors", () => {
  it("a prod stack without a checkpoint URI exits 1 naming the key, without a stack trace (the bundled program's ConfigError crosses module copies)", () => {
    expectRejected(
      "config:\n  flink-platform:environment:\n    name: prod\n  flink-platform:storage:\n    savepoints: s3://b/sp\n    haStorageDir: s3://b/ha\n",
      [
        "Invalid flink-platform stack configuration (1 problem):",
        "  - flink-platform:storage.checkpoints",
        "      got:     (not set)",
        "      allowed: required when the tier is prod: a durable URI such as s3://bucket/checkpoints",
        "      hint:    Checkpoints must survive pod and node loss; use an object store (s3://, gs://, abfss://). The cookbook: durable storage is not optional in production.",
      ],
    );
  });

  it("a prod CP stack with sql.production and no encryption key Secret is refused naming the key", async () => {
    expect(
      await checkRejected(
        [
          "config:",
          "  flink-platform:target: cp",
          "  flink-platform:environment: { name: prod }",
          "  flink-platform:storage:",
          "    checkpoints: s3://b/cp",
          "    savepoints: s3://b/sp",
          "    haStorageDir: s3://b/ha",
          "  flink-platform:cmf:",
          "    license: { secretRef: cmf-license }",
          "    sql: { production: true }",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      "Invalid flink-platform stack configuration (1 problem):",
      "  - flink-platform:cmf.sql.encryptionKeySecret",
      "      got:     (not set)",
      "      allowed: required when cmf.sql.production is true: an existing Secret {name, key} in the CMF namespace holding the database encryption key",
      "      hint:    CMF encrypts the secrets in its database with this key; it is fixed when the database is created and CMF keeps no copy. Create it once (openssl rand -out cmf.key 32; kubectl create secret generic cmf-encryption-key --from-file=encryption-key=cmf.key -n <CMF namespace>) and back it up.",
      "",
    ]);
  });

  it("a CP stack with mTLS but no client certificate secrets names both keys", async () => {
    const stderr = await checkRejected(
      [
        "config:",
        "  flink-platform:target: cp",
        "  flink-platform:environment: { name: staging }",
        "  flink-platform:cmf:",
        "    authentication: { type: mtls }",
        "    tls: { secretName: cmf-tls }",
        "",
      ].join("\n"),
    );
    expect(stderr.filter((l) => l.startsWith("  - ") || l.includes("hint:"))).toEqual([
      "  - flink-platform:cmfClientCert",
      "      hint:    set it with: pulumi config set --secret flink-platform:cmfClientCert <value>",
      "  - flink-platform:cmfClientKey",
      "      hint:    set it with: pulumi config set --secret flink-platform:cmfClientKey <value>",
    ]);
  });

  it("never decrypts secure: values: they reach the program as [secret] secrets", () => {
    // The stack of the YAML 1.1 test below: its kubeconfig is a secure: value (one synth for both).
    const { run, out } = trickySynth();
    expect(run.status).toBe(0);
    // Everything under the project's out/, as the whole --out folder was read before.
    const all = path.dirname(out);
    const text = filesUnder(all)
      .map((f) => fs.readFileSync(path.join(all, f), "utf8"))
      .join("\n");
    expect(text).not.toContain("AAAABBBBCCCC");
  });

  it("maxCfu: 15 is refused naming the key and listing the allowed values", async () => {
    const stderr = await checkRejected(
      [
        "config:",
        "  flink-platform:target: cloud",
        "  flink-platform:environment: { name: dev }",
        "  flink-platform:confluentCloudApiKey: { secure: v1:x }",
        "  flink-platform:confluentCloudApiSecret: { secure: v1:y }",
        "  flink-platform:cloud:",
        "    cloud: AWS",
        "    region: us-east-1",
        "    pools: [{ name: default, maxCfu: 15 }]",
        "",
      ].join("\n"),
    );
    expect(stderr.slice(0, 4)).toEqual([
      "Invalid flink-platform stack configuration (1 problem):",
      "  - flink-platform:cloud.pools[0].maxCfu",
      "      got:     15",
      "      allowed: one of 5, 10, 20, 30, 40, 50 (a standard pool), or a whole number from 51 to 1000 (a Limited Availability pool: the organization must be enrolled)",
    ]);
  });

  it("a Kubernetes key in a cloud stack is an error naming the key", async () => {
    const stderr = await checkRejected(
      [
        "config:",
        "  flink-platform:target: cloud",
        "  flink-platform:environment: { name: dev }",
        "  flink-platform:size: M",
        "",
      ].join("\n"),
    );
    expect(stderr.filter((l) => l.startsWith("  - "))).toEqual([
      "  - flink-platform:size",
      "  - flink-platform:cloud",
      "  - flink-platform:confluentCloudApiKey",
      "  - flink-platform:confluentCloudApiSecret",
    ]);
  });

  it("a stack file that is not valid YAML exits 1 naming the file (from the project folder), line and column, and writes nothing", async () => {
    // Refused before any program runs: the CLI in this process.
    const dir = project("config:\n  flink-platform:size: [M\n");
    const run = await runCli(["--project-dir", dir, "synth", "bad"]);
    expect(run.code).toBe(1);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
    expect(run.stderr.split("\n")).toEqual([
      "Cannot read a YAML file (1 problem):",
      "  - stacks/Pulumi.bad.yaml:3:1",
      '      got:     "Flow sequence in block collection must be sufficiently indented and end with a ]"',
      "      allowed: valid YAML with one document",
      "",
    ]);
  });

  it("an unknown stack exits 1 and lists the known ones", async () => {
    // Refused before any program runs: the CLI in this process (test/support/cli.ts) says the same.
    const run = await runCli(["synth", "nope"], root);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").slice(0, 3)).toEqual([
      "Unknown stack (1 problem):",
      "  - <stack>",
      '      got:     "nope"',
    ]);
    expect(run.stderr).toMatch(/allowed: one of .*\bdev\b.*\boss-prod\b/);
  });
});

/**
 * One synth (`out/bad` of a scratch project) checked by two tests: an
 * application whose args and options look like YAML 1.1 booleans and numbers,
 * and a secure: kubeconfig that must never be decrypted. Run on first use.
 */
let tricky: { run: ReturnType<typeof synthBad>; out: string } | undefined;
function trickySynth(): { run: ReturnType<typeof synthBad>; out: string } {
  if (tricky) return tricky;
  const dir = project(
    [
      "config:",
      "  flink-platform:environment:",
      "    name: dev",
      "  kubernetes:kubeconfig:",
      "    secure: v1:AAAABBBBCCCC",
      "  flink-platform:applications:",
      "    - name: tricky",
      "      jarURI: local:///opt/flink/usrlib/job.jar",
      "      parallelism: 1",
      "      stateful: false",
      "      upgradeMode: stateless",
      '      args: ["--enabled", "on", "--batch", "1_000", "--at", "12:30", "--mode", "0777"]',
      "      configuration:",
      '        pipeline.auto-watermark-interval: "+.5"',
      '        execution.checkpointing.unaligned.enabled: "yes"',
      "",
    ].join("\n"),
  );
  tricky = { run: synthBad(dir), out: path.join(dir, "out", "bad") };
  return tricky;
}

describe("synth quotes what YAML 1.1 would misread", () => {
  it("GIVEN an application whose args and options look like booleans and numbers THEN its manifest reads back as strings", () => {
    const { run, out } = trickySynth();
    expect(run.status, run.stderr).toBe(0);
    const tricky = fs
      .readdirSync(path.join(out, "manifests"))
      .find((f) => f.includes("FlinkDeployment") && f.endsWith("-tricky.yaml"));
    expect(tricky).toBeDefined();
    const text = fs.readFileSync(path.join(out, "manifests", tricky!), "utf8");
    for (const s of ['"on"', '"1_000"', '"12:30"', '"0777"', '"+.5"', '"yes"']) expect(text).toContain(s);
    expectYaml11ReadsBackThePlan(out);
  });
});

/**
 * A scratch project running the shipped program with the shipped stacks: as
 * `npm run build` bundles it (what `synth` runs after `npm ci`) or from its
 * TypeScript sources (what `pulumi up` runs), whatever the state of dist/.
 */
async function programProject(kind: "bundle" | "source"): Promise<{ dir: string; meta?: BundleMetafile }> {
  const dir = tmp();
  // A copy: a statement's SQL file must resolve inside the project, symlinks followed.
  fs.cpSync(path.join(root, "stacks"), path.join(dir, "stacks"), { recursive: true });
  // The bundle leaves the Pulumi SDK and providers to node_modules.
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  const main = kind === "bundle" ? "program.js" : "program.ts";
  fs.writeFileSync(
    path.join(dir, "Pulumi.yaml"),
    `name: flink-platform\nruntime: nodejs\nmain: ${main}\nstackConfigDir: stacks\n`,
  );
  if (kind === "source") {
    const source = path.join(root, "stacks", "index.ts");
    fs.writeFileSync(path.join(dir, main), `module.exports = require(${JSON.stringify(source)});\n`);
    return { dir };
  }
  return { dir, meta: await bundleProgram(path.join(root, "stacks", "index.ts"), path.join(dir, main)) };
}

/** The first node_modules segment of each file: a package's own nested copies count as that package. */
function packagesOf(files: string[]): Set<string> {
  return new Set(
    files.map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1]).filter((p) => p !== undefined),
  );
}

/** What a synth process loaded (its hook listed require.cache at exit). */
function loadedBy(run: SynthRun): { packages: Set<string>; files: string[] } {
  expect(run.status, run.stderr).toBe(0);
  return { packages: packagesOf(run.modules), files: run.modules };
}

describe("the shipped program, bundled and from source", () => {
  it.each(fromSource)("%s: both synthesize the reviewed golden plan", (stack) => {
    for (const kind of ["bundle", "source"] as const) {
      // The bundle: the build's, which this repo's synth runs while the build is fresh (below).
      const run = kind === "bundle" ? shippedSynth(stack) : sourced[stack];
      expect(run.stderr, kind).toBe("");
      expect(fs.readFileSync(path.join(run.dir, "plan.json"), "utf8"), kind).toBe(
        fs.readFileSync(path.join(goldenDir, `${stack}.plan.json`), "utf8"),
      );
    }
  });

  it("the bundle inlines zod, cdk8s, cdk8s-plus and constructs and requires only Node and the Pulumi SDKs", () => {
    const [, output] = Object.entries(projects.bundle.meta!.outputs).find(([file]) => file.endsWith(".js"))!;
    expect([...packagesOf(Object.keys(output.inputs))].sort()).toEqual([
      "cdk8s",
      "cdk8s-plus-28",
      "constructs",
      "zod",
    ]);
    const required = output.imports.filter((i) => i.external).map((i) => i.path);
    expect(required.filter((p) => !isBuiltin(p) && !p.startsWith("@pulumi/"))).toEqual([]);
    expect(required).toContain("@pulumi/pulumi");
  });

  it("FLINK_PLATFORM_DEBUG maps a crash in a bundled program to its TypeScript lines", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "crash.ts"), "const n: number = 1;\nthrow new Error(`boom ${n}`);\n");
    await bundleProgram(path.join(dir, "crash.ts"), path.join(dir, "program.js"));
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: crash\nruntime: nodejs\nmain: program.js\n");
    fs.writeFileSync(path.join(dir, "Pulumi.crash.yaml"), "config: {}\n");
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, "--project-dir", dir, "synth", "crash"], {
        encoding: "utf8",
        env: { ...process.env, ...env },
      });
    expect(run({}).stderr).toBe("error: boom 1\n");
    expect(run({ FLINK_PLATFORM_DEBUG: "1" }).stderr).toMatch(/crash\.ts:2:7/);
  });

  it("synth of this repo's stacks runs the bundle while the build is fresh, the sources otherwise", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildIsFresh } = require("../../bin/freshness.js") as { buildIsFresh(root: string): boolean };
    const { files } = loadedBy(shippedSynth("cloud-dev"));
    const bundle = path.join(root, "dist", "stacks", "index.js");
    const sources = path.join(root, "stacks", "index.ts");
    expect([files.includes(bundle), files.includes(sources)]).toEqual(
      buildIsFresh(root) ? [true, false] : [false, true],
    );
  });

  /** The other commands' modules (the config editor). */
  const otherCommands = /\/lib\/(core\/(edit|estimate)|plan\/(diff|graph|stack-ops))\.[jt]s$/;

  it("from source, a Confluent Cloud stack never loads cdk8s, cdk8s-plus, the Kubernetes provider or the config editor", () => {
    const { packages, files } = loadedBy(sourced["cloud-prod"]);
    expect(packages.has("@pulumi/confluentcloud")).toBe(true);
    for (const pkg of ["cdk8s", "cdk8s-plus-28", "@pulumi/kubernetes"])
      expect(packages.has(pkg), pkg).toBe(false);
    expect(files.filter((f) => otherCommands.test(f))).toEqual([]);
  });

  it("from source, a Kubernetes stack loads cdk8s and the provider (the check above can fail), still not the editor", () => {
    const { packages, files } = loadedBy(sourced.dev);
    for (const pkg of ["cdk8s", "cdk8s-plus-28", "@pulumi/kubernetes"])
      expect(packages.has(pkg), pkg).toBe(true);
    expect(files.filter((f) => otherCommands.test(f))).toEqual([]);
  });

  it("bundled, a Kubernetes stack loads none of the inlined libraries from node_modules, nor the editor", () => {
    const { packages, files } = loadedBy(bundled["oss-prod"]);
    expect(packages.has("@pulumi/kubernetes")).toBe(true);
    for (const pkg of ["zod", "cdk8s", "cdk8s-plus-28", "constructs"])
      expect(packages.has(pkg), pkg).toBe(false);
    expect(files.filter((f) => otherCommands.test(f))).toEqual([]);
  });
});
