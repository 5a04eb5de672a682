import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { FlinkPlatformCPArgs } from "../../lib/cp/args";
import { writePlan } from "../../lib/plan/write";
import { record, rows } from "../support/pulumi";
import { tempDir } from "../support/temp-dirs";

type Resources = Awaited<ReturnType<typeof record>>;

/** Staging CP with two spoke clusters, each with its own Flink namespaces. */
const twoClusters: FlinkPlatformCPArgs = {
  environment: { name: "staging" },
  namespaces: { operator: "confluent", flink: ["flink"] },
  certManager: { mode: "existing" },
  storage: {
    checkpoints: "s3://bucket/checkpoints",
    savepoints: "s3://bucket/savepoints",
    haStorageDir: "s3://bucket/ha",
    s3: { credentialsSecret: { name: "s3-creds" } },
  },
  smokeTest: { enabled: false },
  cmf: {
    multiCluster: {
      clusters: [
        {
          name: "eu-west",
          context: "eu-west-admin",
          kubeconfigSecret: { name: "cmf-kubeconfigs", key: "eu-west" },
          labels: { region: "eu-west-1" },
        },
        {
          name: "us-east",
          context: "us-east-admin",
          kubeconfigSecret: { name: "cmf-kubeconfigs", key: "us-east" },
        },
      ],
      environments: [
        { cluster: "eu-west", namespace: "flink-eu" },
        { cluster: "us-east", namespace: "flink-us" },
        { cluster: "us-east", namespace: "flink-us-batch" },
      ],
    },
  },
};

async function synth(args: FlinkPlatformCPArgs): Promise<{ resources: Resources; environments: unknown }> {
  let environments: unknown;
  const resources = await record(async () => {
    const { FlinkPlatformCP } = await import("../../lib");
    const platform = new FlinkPlatformCP("cp", args);
    platform.environments.apply((e) => (environments = e));
  });
  return { resources, environments };
}

function one(resources: Resources, type: string, name: string) {
  const found = resources.filter((r) => r.type === type && r.name === name);
  expect(found, `${type} ${name}`).toHaveLength(1);
  return found[0];
}

const RELEASE = "kubernetes:helm.sh/v3:Release";
const CLUSTER = "pulumi-nodejs:dynamic/cmf:CmfKubernetesCluster";
const ENV = "pulumi-nodejs:dynamic/cmf:CmfEnvironment";

describe("FlinkPlatformCP with cmf.multiCluster", () => {
  it("registers each spoke through its own Kubernetes provider: namespaces, CRDs, operator", async () => {
    const { resources } = await synth(twoClusters);
    const providers = resources.filter((r) => r.type === "pulumi:providers:kubernetes");
    expect(providers.map((p) => [p.name, p.inputs.context])).toEqual([
      ["cp-k8s-eu-west", "eu-west-admin"],
      ["cp-k8s-us-east", "us-east-admin"],
    ]);
    for (const [cluster, namespaces] of [
      ["eu-west", ["flink-eu"]],
      ["us-east", ["flink-us", "flink-us-batch"]],
    ] as const) {
      const provider = providers.find((p) => p.name === `cp-k8s-${cluster}`)!.urn;
      const spoke = one(resources, "flink-platform:index:CmfSpokeCluster", `cp-${cluster}`);
      const children = resources.filter((r) => r.parent === spoke.urn);
      // Every Kubernetes object of the spoke goes through the spoke's provider, none through the hub's.
      expect(children.filter((r) => r.type.startsWith("kubernetes:")).map((r) => r.provider)).toEqual(
        children.filter((r) => r.type.startsWith("kubernetes:")).map(() => provider),
      );
      expect(
        children.filter((r) => r.type === "kubernetes:core/v1:Namespace").map((r) => r.inputs.metadata),
      ).toEqual(
        ["confluent", ...namespaces].map((ns) =>
          expect.objectContaining({
            name: ns,
            labels: expect.objectContaining({ "app.kubernetes.io/part-of": "flink-platform" }),
          }),
        ),
      );
      const operator = one(resources, RELEASE, `cp-${cluster}-flink-operator`);
      expect(operator.parent).toBe(spoke.urn);
      expect(operator.provider).toBe(provider);
      expect(operator.inputs).toMatchObject({
        name: "cp-flink-kubernetes-operator",
        namespace: "confluent",
        skipCrds: true,
        values: { watchNamespaces: [...namespaces] },
      });
      expect(one(resources, "kubernetes:yaml/v2:ConfigGroup", `cp-${cluster}-operator-crds`).provider).toBe(
        provider,
      );
    }
    // The hub's own objects keep the default provider.
    expect(one(resources, RELEASE, "cp-flink-operator").provider).toBeUndefined();
    expect(one(resources, RELEASE, "cp-cmf").provider).toBeUndefined();
  });

  it("GIVEN two spokes THEN synth's output puts each spoke's objects in a folder named after its provider, the hub's at the top", async () => {
    const { resources } = await synth(twoClusters);
    const dir = tempDir("flink-platform-clusters-");
    try {
      // The spokes' operator releases share their Helm release name (as they share a name on each cluster).
      const out = path.join(dir, "out");
      await writePlan({ stack: "test", project: "flink-platform", resources }, out);
      // A second synth into the same folder replaces the first (the spokes' folders are its own).
      await writePlan({ stack: "test", project: "flink-platform", resources }, out);
      const files = (fs.readdirSync(out, { recursive: true, encoding: "utf8" }) as string[])
        .map((f) => f.split(path.sep).join("/"))
        .sort();
      expect(files.filter((f) => f.startsWith("helm/"))).toEqual([
        "helm/cmf.yaml",
        "helm/cp-flink-kubernetes-operator.yaml",
        "helm/cp-k8s-eu-west",
        "helm/cp-k8s-eu-west/cp-flink-kubernetes-operator.yaml",
        "helm/cp-k8s-us-east",
        "helm/cp-k8s-us-east/cp-flink-kubernetes-operator.yaml",
      ]);
      // Each folder holds exactly the Kubernetes objects registered through its provider, in apply
      // order: a spoke's, and at the top the default provider's.
      const objectFiles = (provider: string | undefined) =>
        resources
          .filter((r) => r.provider === provider && typeof r.inputs.kind === "string")
          .filter((r) => !r.type.includes("yaml/") && !r.type.includes("helm"))
          .map((r) => {
            const meta = r.inputs.metadata as { name: string; namespace?: string };
            return `${[r.inputs.kind, meta.namespace, meta.name].filter(Boolean).join("-")}.yaml`;
          });
      const folderFiles = (pattern: RegExp) =>
        files.filter((f) => pattern.test(f)).map((f) => f.replace(/^.*\/\d+-/, ""));
      for (const cluster of ["eu-west", "us-east"]) {
        const provider = resources.find((r) => r.name === `cp-k8s-${cluster}`)!.urn;
        const folder = folderFiles(new RegExp(`^manifests/cp-k8s-${cluster}/[^/]+\\.yaml$`));
        expect(folder).toEqual(objectFiles(provider));
        expect(folder.length).toBeGreaterThan(0);
      }
      const top = folderFiles(/^manifests\/[^/]+\.yaml$/);
      expect(top).toEqual(objectFiles(undefined));
      expect(top.length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("mounts each spoke's kubeconfig into CMF's kubeconfig directory under the cluster's name", async () => {
    const { resources } = await synth(twoClusters);
    expect(one(resources, RELEASE, "cp-cmf").inputs.values).toMatchObject({
      mountedVolumes: {
        volumes: [
          {
            name: "cmf-kubeconfigs",
            projected: {
              sources: [
                { secret: { name: "cmf-kubeconfigs", items: [{ key: "eu-west", path: "eu-west" }] } },
                { secret: { name: "cmf-kubeconfigs", items: [{ key: "us-east", path: "us-east" }] } },
              ],
            },
          },
        ],
        volumeMounts: [{ name: "cmf-kubeconfigs", mountPath: "/etc/cmf/kubeconfig", readOnly: true }],
      },
    });
  });

  it("registers the clusters in CMF after the spoke's operator, and binds an environment per namespace", async () => {
    const { resources, environments } = await synth(twoClusters);
    const euCluster = one(resources, CLUSTER, "cp-cmf-cluster-eu-west");
    expect(euCluster.inputs).toMatchObject({ name: "eu-west", labels: { region: "eu-west-1" } });
    expect(euCluster.dependsOn).toContain(one(resources, RELEASE, "cp-eu-west-flink-operator").urn);
    expect(euCluster.dependsOn).toContain(one(resources, RELEASE, "cp-cmf").urn);
    expect(one(resources, CLUSTER, "cp-cmf-cluster-us-east").inputs).not.toHaveProperty("labels");

    const spokeEnvs = resources.filter((r) => r.type === ENV && r.inputs.kubernetesClusterName !== undefined);
    expect(
      spokeEnvs.map((r) => [
        r.name,
        r.inputs.name,
        r.inputs.kubernetesNamespace,
        r.inputs.kubernetesClusterName,
      ]),
    ).toEqual([
      ["cp-cmf-env-eu-west-flink-eu", "staging-eu-west-flink-eu", "flink-eu", "eu-west"],
      ["cp-cmf-env-us-east-flink-us", "staging-us-east-flink-us", "flink-us", "us-east"],
      ["cp-cmf-env-us-east-flink-us-batch", "staging-us-east-flink-us-batch", "flink-us-batch", "us-east"],
    ]);
    expect(spokeEnvs[0].dependsOn).toContain(euCluster.urn);
    // The hub environment stays on CMF's own cluster.
    expect(one(resources, ENV, "cp-cmf-env-flink").inputs).not.toHaveProperty("kubernetesClusterName");
    expect(environments).toEqual({
      flink: "staging-flink",
      "eu-west/flink-eu": "staging-eu-west-flink-eu",
      "us-east/flink-us": "staging-us-east-flink-us",
      "us-east/flink-us-batch": "staging-us-east-flink-us-batch",
    });
  });

  it("an environment naming an undeclared cluster fails before anything is registered", async () => {
    let error: unknown;
    const resources = await record(async () => {
      const { FlinkPlatformCP } = await import("../../lib");
      try {
        new FlinkPlatformCP("cp", {
          ...twoClusters,
          cmf: {
            multiCluster: {
              ...twoClusters.cmf!.multiCluster,
              environments: [{ cluster: "ap-south", namespace: "flink-ap" }],
            },
          },
        });
      } catch (err) {
        error = err;
      }
    });
    expect(rows(resources)).toEqual([]);
    expect((error as Error).message).toContain("args.cmf.multiCluster.environments[0].cluster");
    expect((error as Error).message).toContain(
      "one of the clusters declared under cmf.multiCluster.clusters (eu-west, us-east)",
    );
  });
});
