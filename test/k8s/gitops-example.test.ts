import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { ConfigError } from "../../lib/core/errors";
import { planOssPlatform } from "../../lib/k8s";
import { haveReference, operatorReferenceDir } from "../support/reference";
import { validateBuiltIn, validateFlinkResource } from "../support/schemas";
import { tempDir } from "../support/temp-dirs";

/**
 * examples/gitops-cdk8s: the OSS platform's Kubernetes objects as plain YAML
 * from the cdk8s charts alone. It runs in a child process exactly as a user
 * runs it (tsx, `flink-platform/k8s` resolved by name), which also proves that
 * no Pulumi module is loaded on the way.
 */

const root = path.resolve(__dirname, "..", "..");
const exampleDir = path.join(root, "examples", "gitops-cdk8s");
const out = tempDir("flink-platform-gitops-");

// Synthesize, then list every loaded module (tsx registers .ts in require.cache).
const script = `
require("tsx/cjs/api").register();
const { synthesize } = require(${JSON.stringify(path.join(exampleDir, "index.ts"))});
const file = synthesize(${JSON.stringify(out)});
process.stdout.write(JSON.stringify({ file, modules: Object.keys(require.cache) }));
`;
const run = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
const result = (run.status === 0 ? JSON.parse(run.stdout) : { file: "", modules: [] }) as {
  file: string;
  modules: string[];
};
const manifests =
  run.status === 0
    ? parseAllDocuments(fs.readFileSync(result.file, "utf8")).map(
        (d) => d.toJSON() as Record<string, unknown> & { kind: string; apiVersion: string },
      )
    : [];
const isFlink = (m: { apiVersion: string }) => m.apiVersion.startsWith("flink.apache.org/");

describe("examples/gitops-cdk8s", () => {
  it("runs with the cdk8s charts alone: exit 0, one YAML file", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(path.relative(out, result.file)).toBe("platform.k8s.yaml");
  });

  it("imports nothing from Pulumi, in its source or at runtime", () => {
    const source = fs.readFileSync(path.join(exampleDir, "index.ts"), "utf8");
    expect(source).not.toMatch(/@pulumi\//);
    // The package root holds the Pulumi components; the example uses only the k8s subpath.
    expect(source).not.toMatch(/from "flink-platform"/);
    expect(source).toMatch(/from "flink-platform\/k8s"/);
    expect(result.modules.filter((m) => m.includes(`${path.sep}@pulumi${path.sep}`))).toEqual([]);
    expect(result.modules).toContain(path.join(root, "lib", "k8s.ts"));
  });

  it("emits the platform's objects in apply order: namespaces first, then RBAC, quota and Flink CRs", () => {
    expect(manifests.map((m) => `${m.kind} ${(m.metadata as { name: string }).name}`)).toEqual([
      "Namespace flink-operator",
      "Namespace flink-jobs",
      "ServiceAccount flink",
      "Role flink",
      "RoleBinding flink",
      "ResourceQuota flink-platform-quota",
      "NetworkPolicy default-deny-all",
      "NetworkPolicy allow-same-namespace",
      "NetworkPolicy allow-control-plane-to-rest",
      "NetworkPolicy allow-dns",
      "NetworkPolicy allow-kube-api-and-object-store",
      // prod: metrics on by default (issue 17), so the scraper's policy and the dashboard.
      "NetworkPolicy allow-metrics-scraper",
      "ConfigMap flink-platform-dashboard",
      "FlinkDeployment flink-smoke-test",
      "FlinkDeployment shared",
    ]);
    const pool = manifests.find((m) => m.kind === "FlinkDeployment" && !("job" in (m.spec as object)));
    expect(pool?.spec).toMatchObject({
      flinkVersion: "v1_20",
      flinkConfiguration: { "taskmanager.numberOfTaskSlots": "2" },
      taskManager: { replicas: 2 },
    });
  });

  it("every built-in object validates against the Kubernetes schemas (kubernetes-models)", () => {
    const builtIn = manifests.filter((m) => !isFlink(m));
    expect(builtIn.length).toBeGreaterThan(0);
    expect(builtIn.map((m) => [m.kind, validateBuiltIn(m)])).toEqual(builtIn.map((m) => [m.kind, undefined]));
  });

  it.skipIf(!haveReference("operator CRDs", path.join(operatorReferenceDir, "crds")))(
    "every Flink custom resource validates against the operator 1.15.0 CRD",
    () => {
      const flink = manifests.filter(isFlink);
      expect(flink).toHaveLength(2);
      expect(flink.map((m) => validateFlinkResource(m))).toEqual(flink.map(() => undefined));
    },
  );

  it("planOssPlatform validates args with the platform schema, naming args.<path>", () => {
    const bad = () =>
      planOssPlatform({ environment: { name: "prod-eu1", tier: "prod" }, size: "XL" as "S", storage: {} });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/args\.size/);
    expect(bad).toThrow(/args\.storage\.checkpoints/);
  });
});
