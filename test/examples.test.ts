import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanResource } from "../lib/plan/recorder";
import { record } from "./support/pulumi";

/**
 * examples/ are consumer programs: they import "flink-platform" by name. In this
 * repo the name resolves to lib/ through tsconfig.json `paths` (tsc, eslint,
 * tsx) and vitest's `resolve.tsconfigPaths`; installed, through package.json
 * `exports` (test/consumer.test.ts, which also compiles every example with tsc
 * against the shipped .d.ts). Each Pulumi example is synthesized offline under
 * the recording mocks here. examples/gitops-cdk8s has its
 * own test (test/k8s/gitops-example.test.ts).
 */

const root = path.resolve(__dirname, "..");
const examplesDir = path.join(root, "examples");
const pulumiExamples = ["cloud", "cp", "cp-multi-cluster", "library-quickstart", "multi-env", "oss"];

function countTypes(resources: readonly PlanResource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of [...resources].sort((a, b) => a.type.localeCompare(b.type))) {
    counts[r.type] = (counts[r.type] ?? 0) + 1;
  }
  return counts;
}

describe("examples/", () => {
  it("every example is a directory with an index.ts; Pulumi examples have a Pulumi.yaml", () => {
    const dirs = fs
      .readdirSync(examplesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(dirs).toEqual([...pulumiExamples, "gitops-cdk8s"].sort());
    for (const dir of dirs) expect(fs.existsSync(path.join(examplesDir, dir, "index.ts")), dir).toBe(true);
    for (const dir of pulumiExamples) {
      expect(fs.readFileSync(path.join(examplesDir, dir, "Pulumi.yaml"), "utf8")).toMatch(
        /runtime:\n {2}name: nodejs/,
      );
    }
  });

  it("tsconfig paths mirror package.json exports (lib/X.ts here, dist/lib/X.js installed)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      exports: Record<string, string | { types: string; default: string }>;
    };
    // Plain JSON (no comments), so the TypeScript compiler need not load for it.
    const tsconfig = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.json"), "utf8")) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const fromExports = Object.entries(pkg.exports)
      .filter(([sub]) => sub !== "./package.json")
      .map(([sub, target]) => {
        const { types, default: js } = target as { types: string; default: string };
        expect(types.replace(/\.d\.ts$/, ".js")).toBe(js);
        return [`flink-platform${sub.slice(1)}`, [js.replace(/^\.\/dist\//, "./").replace(/\.js$/, ".ts")]];
      });
    expect(tsconfig.compilerOptions.paths).toEqual(Object.fromEntries(fromExports));
  });

  it("every example imports flink-platform by its public entry points only, never a relative path", () => {
    // Their types are checked where a user's would be: compiled with tsc against the
    // shipped .d.ts in test/consumer.test.ts (and against lib/ by `npm run typecheck`).
    for (const dir of fs.readdirSync(examplesDir)) {
      const file = path.join(examplesDir, dir, "index.ts");
      const specifiers = [
        ...fs.readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^;]*?["']([^"']+)["'];/gms),
      ].map((m) => m[1]);
      expect(specifiers.length, file).toBeGreaterThan(0);
      for (const spec of specifiers) {
        if (spec.startsWith("flink-platform")) {
          expect(["flink-platform", "flink-platform/k8s", "flink-platform/plan"]).toContain(spec);
        }
        expect(spec, file).not.toMatch(/^\.\.?\//);
      }
      expect(
        specifiers.some((spec) => spec.startsWith("flink-platform")),
        file,
      ).toBe(true);
    }
  });
});

describe("examples synthesize offline under the recording mocks", () => {
  const plans: Record<string, PlanResource[]> = {};

  beforeAll(async () => {
    // One Pulumi runtime per test file; each program registers into its own recording.
    plans.oss = await record(async () => {
      await import("../examples/oss");
    });
    plans["multi-env"] = await record(async () => {
      await import("../examples/multi-env");
    });
    // The README's library quick start, with the config of its dev stack file.
    pulumi.runtime.setAllConfig({ "quickstart:taskManagers": "2" });
    plans["library-quickstart"] = await record(async () => {
      await import("../examples/library-quickstart");
    }, "dev");
    // The cloud and cp examples read their credentials from (secret) stack config.
    const secrets = ["confluentCloudApiKey", "confluentCloudApiSecret", "cmfToken"].map(
      (k) => `flink-platform:${k}`,
    );
    pulumi.runtime.setAllConfig(Object.fromEntries(secrets.map((k) => [k, "offline"])), secrets);
    plans.cloud = await record(async () => {
      await import("../examples/cloud");
    });
    plans.cp = await record(async () => {
      await import("../examples/cp");
    });
    plans["cp-multi-cluster"] = await record(async () => {
      await import("../examples/cp-multi-cluster");
    });
  });

  it("cp-multi-cluster: the hub, a spoke installed through its own provider, an environment bound to it", () => {
    const plan = plans["cp-multi-cluster"];
    expect(countTypes(plan)).toEqual({
      "flink-platform:index:CmfSpokeCluster": 1,
      "flink-platform:index:FlinkPlatformCP": 1,
      "kubernetes:core/v1:ConfigMap": 2, // the dashboard: metrics are on outside dev (issue 17)
      "kubernetes:core/v1:Namespace": 6,
      "kubernetes:core/v1:ResourceQuota": 2,
      "kubernetes:core/v1:ServiceAccount": 2,
      "kubernetes:helm.sh/v3:Release": 5,
      "kubernetes:networking.k8s.io/v1:NetworkPolicy": 12,
      "kubernetes:rbac.authorization.k8s.io/v1:Role": 2,
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding": 2,
      "kubernetes:yaml/v2:ConfigGroup": 2,
      "pulumi-nodejs:dynamic/cmf:CmfEnvironment": 2,
      "pulumi-nodejs:dynamic/cmf:CmfInstallChoices": 1,
      "pulumi-nodejs:dynamic/cmf:CmfKubernetesCluster": 1,
      "pulumi:providers:kubernetes": 1,
    });
    const spokeProvider = plan.find((r) => r.type === "pulumi:providers:kubernetes")!;
    expect(spokeProvider.inputs.context).toBe("gke-eu-west");
    // The spoke's operator goes through the spoke's provider, the hub's through the default one.
    const releases = plan.filter((r) => r.type === "kubernetes:helm.sh/v3:Release");
    expect(releases.map((r) => [r.name, r.provider]).sort()).toEqual(
      [
        ["orders-cert-manager", undefined],
        ["orders-flink-operator", undefined],
        ["orders-cmf", undefined],
        ["orders-eu-west-cert-manager", spokeProvider.urn],
        ["orders-eu-west-flink-operator", spokeProvider.urn],
      ].sort(),
    );
    const envs = plan.filter((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfEnvironment");
    expect(
      envs.map((r) => [r.inputs.name, r.inputs.kubernetesNamespace, r.inputs.kubernetesClusterName]),
    ).toEqual([
      ["orders-eu-west-flink-eu", "flink-eu", "eu-west"],
      ["orders-flink", "flink", undefined],
    ]);
  });

  it("oss: the platform, its session pool and the team's extra pool", () => {
    expect(countTypes(plans.oss)).toEqual({
      "flink-platform:index:ComputePool": 2,
      "flink-platform:index:FlinkPlatformOSS": 1,
      "kubernetes:core/v1:ConfigMap": 1, // the dashboard: metrics are on outside dev (issue 17)
      "kubernetes:core/v1:Namespace": 2,
      "kubernetes:networking.k8s.io/v1:NetworkPolicy": 6,
      "kubernetes:core/v1:ResourceQuota": 1,
      "kubernetes:core/v1:ServiceAccount": 1,
      "kubernetes:flink.apache.org/v1beta1:FlinkDeployment": 2,
      "kubernetes:helm.sh/v3:Release": 1,
      "kubernetes:rbac.authorization.k8s.io/v1:Role": 1,
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding": 1,
      "kubernetes:yaml/v2:ConfigGroup": 1,
    });
    const byName = new Map(plans.oss.map((r) => [r.name, r]));
    // The extra pool depends on the platform, which Pulumi expands to its children:
    // it waits for the operator release and the CRDs.
    const teamCluster = byName.get("team-fraud:flink-jobs/team-fraud")!;
    expect(teamCluster.dependsOn).toEqual(
      expect.arrayContaining([
        byName.get("analytics-flink-operator")!.urn,
        byName.get("analytics-operator-crds")!.urn,
      ]),
    );
    expect(teamCluster.inputs).toMatchObject({
      spec: { taskManager: { replicas: 2 }, flinkConfiguration: { "taskmanager.numberOfTaskSlots": "2" } },
    });
    expect(byName.get("analytics-pool-shared:flink-jobs/shared")!.inputs).toMatchObject({
      spec: { taskManager: { replicas: 3 } },
    });
  });

  it("library-quickstart: a dev platform with MinIO and one pool sized by its own stack config", () => {
    expect(
      fs.readFileSync(path.join(examplesDir, "library-quickstart", "Pulumi.dev.yaml"), "utf8"),
    ).toContain("  quickstart:taskManagers: 2\n");
    expect(countTypes(plans["library-quickstart"])).toEqual({
      "flink-platform:index:ComputePool": 1,
      "flink-platform:index:FlinkPlatformOSS": 1,
      "kubernetes:apps/v1:StatefulSet": 1,
      "kubernetes:batch/v1:Job": 1,
      "kubernetes:core/v1:Namespace": 4,
      "kubernetes:core/v1:PersistentVolumeClaim": 1,
      "kubernetes:core/v1:ResourceQuota": 1,
      "kubernetes:core/v1:Secret": 2,
      "kubernetes:core/v1:Service": 1,
      "kubernetes:core/v1:ServiceAccount": 1,
      "kubernetes:flink.apache.org/v1beta1:FlinkDeployment": 1,
      "kubernetes:helm.sh/v3:Release": 2,
      "kubernetes:networking.k8s.io/v1:NetworkPolicy": 8,
      "kubernetes:rbac.authorization.k8s.io/v1:Role": 1,
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding": 1,
      "kubernetes:yaml/v2:ConfigGroup": 1,
      "random:index/randomPassword:RandomPassword": 1,
      "random:index/randomString:RandomString": 1,
    });
    const pool = plans["library-quickstart"].find(
      (r) => r.type === "kubernetes:flink.apache.org/v1beta1:FlinkDeployment",
    );
    expect(pool?.name).toBe("quickstart-pool-default:flink/default");
    expect(pool?.inputs).toMatchObject({ spec: { taskManager: { replicas: 2 } } });
  });

  it("multi-env: two platforms, each with its own cluster provider", () => {
    expect(countTypes(plans["multi-env"])).toEqual({
      "flink-platform:index:ComputePool": 2,
      "flink-platform:index:FlinkPlatformOSS": 2,
      "kubernetes:apps/v1:StatefulSet": 1,
      "kubernetes:batch/v1:Job": 1,
      "kubernetes:core/v1:ConfigMap": 1, // the dashboard: metrics are on outside dev (issue 17)
      "kubernetes:core/v1:Namespace": 7,
      "kubernetes:networking.k8s.io/v1:NetworkPolicy": 14,
      "kubernetes:core/v1:PersistentVolumeClaim": 1,
      "kubernetes:core/v1:ResourceQuota": 2,
      "kubernetes:core/v1:Secret": 2,
      "kubernetes:core/v1:Service": 1,
      "kubernetes:core/v1:ServiceAccount": 2,
      "kubernetes:flink.apache.org/v1beta1:FlinkDeployment": 3,
      "kubernetes:helm.sh/v3:Release": 4,
      "kubernetes:rbac.authorization.k8s.io/v1:Role": 2,
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding": 2,
      "kubernetes:yaml/v2:ConfigGroup": 2,
      "pulumi:providers:kubernetes": 2,
      "random:index/randomPassword:RandomPassword": 1,
      "random:index/randomString:RandomString": 1,
    });
    const providers = plans["multi-env"].filter((r) => r.type === "pulumi:providers:kubernetes");
    expect(providers.map((p) => [p.name, p.inputs.context])).toEqual([
      ["dev-cluster", "kind-flink-dev"],
      ["staging-cluster", "flink-staging"],
    ]);
    const platforms = plans["multi-env"].filter((r) => r.type === "flink-platform:index:FlinkPlatformOSS");
    expect(platforms.map((p) => p.name)).toEqual(["dev", "staging"]);
  });

  it("cp: Confluent's operator and CMF, the config's pool and a SHARED pool through ComputePool", () => {
    expect(countTypes(plans.cp)).toEqual({
      "flink-platform:index:ComputePool": 2,
      "flink-platform:index:FlinkPlatformCP": 1,
      "kubernetes:core/v1:ConfigMap": 1, // the dashboard: metrics are on outside dev (issue 17)
      "kubernetes:core/v1:Namespace": 3,
      "kubernetes:core/v1:ResourceQuota": 1,
      "kubernetes:core/v1:ServiceAccount": 1,
      "kubernetes:helm.sh/v3:Release": 3,
      "kubernetes:networking.k8s.io/v1:Ingress": 1,
      "kubernetes:networking.k8s.io/v1:NetworkPolicy": 7,
      "kubernetes:rbac.authorization.k8s.io/v1:Role": 1,
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding": 1,
      "kubernetes:yaml/v2:ConfigGroup": 1,
      "pulumi-nodejs:dynamic/cmf:CmfComputePool": 2,
      "pulumi-nodejs:dynamic/cmf:CmfEnvironment": 1,
      "pulumi-nodejs:dynamic/cmf:CmfInstallChoices": 1,
    });
    const pools = plans.cp.filter((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfComputePool");
    // Both pools land in the platform's CMF environment, through its endpoint, with the token kept secret.
    expect(pools.map((p) => [p.name, p.inputs.type, p.inputs.environment])).toEqual([
      ["payments-pool-sql", "DEDICATED", "payments-flink"],
      ["payments-adhoc", "SHARED", "payments-flink"],
    ]);
    for (const p of pools) {
      expect(p.inputs.connection).toEqual({
        endpoint: "https://cmf.payments.example.com",
        auth: { type: "bearer", token: "[secret]" },
      });
    }
  });

  it("cloud: the Confluent Cloud platform and an extra pool on its environment", () => {
    expect(countTypes(plans.cloud)).toEqual({
      "confluentcloud:index/apiKey:ApiKey": 1,
      "confluentcloud:index/environment:Environment": 1,
      "confluentcloud:index/flinkComputePool:FlinkComputePool": 2,
      "confluentcloud:index/flinkStatement:FlinkStatement": 1,
      "confluentcloud:index/kafkaCluster:KafkaCluster": 1,
      "confluentcloud:index/roleBinding:RoleBinding": 11,
      "confluentcloud:index/serviceAccount:ServiceAccount": 1,
      "flink-platform:index:ComputePool": 2,
      "flink-platform:index:ConfluentCloudFlink": 1,
      "pulumi:providers:confluentcloud": 1,
    });
    const adhoc = plans.cloud.find(
      (r) => r.type === "confluentcloud:index/flinkComputePool:FlinkComputePool" && r.name === "orders-adhoc",
    );
    expect(adhoc?.inputs).toMatchObject({ maxCfu: 5, cloud: "AWS", region: "us-east-1" });
    // The API key pair stays secret in the plan.
    const provider = plans.cloud.find((r) => r.type === "pulumi:providers:confluentcloud");
    expect(provider?.inputs).toMatchObject({ cloudApiKey: "[secret]", cloudApiSecret: "[secret]" });
  });
});
