import { App, Chart } from "cdk8s";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseStackConfig } from "../../lib/stack-config";
import { planPlatform } from "../../lib/core/derive";
import { FlinkDeployment, FlinkSessionJob, FlinkVersion, synthOssPlatformYaml } from "../../lib/k8s";
import { haveReference, operatorReferenceDir } from "../support/reference";
import { validateBuiltIn, validateFlinkResource } from "../support/schemas";

function plan(config: Record<string, unknown>) {
  const flat = Object.fromEntries(
    Object.entries(config).map(([k, v]) => [`flink-platform:${k}`, JSON.stringify(v)]),
  );
  return planPlatform(parseStackConfig(flat));
}

const base = {
  image: "flink:1.20.1",
  flinkVersion: "v1_20" as FlinkVersion,
  serviceAccount: "flink",
  jobManager: { resource: { cpu: 1, memory: "1024m" } },
  taskManager: { resource: { cpu: 1, memory: "1024m" } },
};

describe("typed Flink resources", () => {
  it("rejects an unknown flinkVersion at synth time", () => {
    const chart = new Chart(new App(), "test");
    expect(
      () =>
        new FlinkDeployment(chart, "d", {
          metadata: { name: "d" },
          spec: { ...base, flinkVersion: "v1_21" as FlinkVersion },
        }),
    ).toThrow(
      'FlinkDeployment d spec.flinkVersion: got "v1_21"; allowed: one of v1_16, v1_17, v1_18, v1_19, v1_20, v2_0, v2_1, v2_2',
    );
  });

  it("rejects unknown upgradeMode and job state", () => {
    const chart = new Chart(new App(), "test");
    const job = { jarURI: "local:///x.jar", parallelism: 1 };
    expect(
      () =>
        new FlinkDeployment(chart, "a", {
          metadata: { name: "a" },
          spec: { ...base, job: { ...job, upgradeMode: "lazy" as never } },
        }),
    ).toThrow(
      'FlinkDeployment a spec.job.upgradeMode: got "lazy"; allowed: one of stateless, savepoint, last-state',
    );
    expect(
      () =>
        new FlinkSessionJob(chart, "b", {
          metadata: { name: "b" },
          spec: { deploymentName: "s", job: { ...job, state: "paused" as never } },
        }),
    ).toThrow('FlinkSessionJob b spec.job.state: got "paused"; allowed: one of running, suspended');
  });

  it("synthesizes a session cluster (no job) and a session job", () => {
    const app = new App();
    const chart = new Chart(app, "c");
    new FlinkDeployment(chart, "s", {
      metadata: { name: "pool" },
      spec: { ...base, taskManager: { ...base.taskManager, replicas: 2 } },
    });
    new FlinkSessionJob(chart, "j", {
      metadata: { name: "job" },
      spec: {
        deploymentName: "pool",
        job: { jarURI: "local:///x.jar", parallelism: 2, upgradeMode: "savepoint" },
      },
    });
    const [deployment, sessionJob] = chart.toJson();
    expect(deployment).toMatchObject({ kind: "FlinkDeployment", spec: { taskManager: { replicas: 2 } } });
    expect(deployment.spec.job).toBeUndefined();
    expect(sessionJob).toMatchObject({ kind: "FlinkSessionJob", spec: { deploymentName: "pool" } });
  });
});

describe("GitOps: the OSS charts alone synthesize valid plain YAML", () => {
  const yaml = synthOssPlatformYaml(
    plan({
      environment: { name: "dev" },
      namespaces: { flink: ["flink", "analytics"] },
      storage: { minio: { enabled: true } },
      smokeTest: { enabled: true },
    }),
  );
  const docs = yaml
    .split(/^---$/m)
    .map((d) => parse(d) as Record<string, unknown>)
    .filter(Boolean);

  it("emits each object once with an explicit, hash-free name", () => {
    const ids = docs.map((d) => {
      const m = d.metadata as { name: string; namespace?: string };
      return `${d.kind as string}/${m.namespace ?? ""}/${m.name}`;
    });
    expect(ids).toEqual([
      "Namespace//flink-operator",
      "Namespace//flink",
      "Namespace//analytics",
      "Namespace//flink-storage",
      "Namespace//cert-manager",
      "ServiceAccount/flink/flink",
      "Role/flink/flink",
      "RoleBinding/flink/flink",
      "ResourceQuota/flink/flink-platform-quota",
      "NetworkPolicy/flink/default-deny-all",
      "NetworkPolicy/flink/allow-same-namespace",
      "NetworkPolicy/flink/allow-control-plane-to-rest",
      "NetworkPolicy/flink/allow-dns",
      "NetworkPolicy/flink/allow-kube-api-and-object-store",
      "NetworkPolicy/flink/allow-in-cluster-object-store",
      "ServiceAccount/analytics/flink",
      "Role/analytics/flink",
      "RoleBinding/analytics/flink",
      "ResourceQuota/analytics/flink-platform-quota",
      "NetworkPolicy/analytics/default-deny-all",
      "NetworkPolicy/analytics/allow-same-namespace",
      "NetworkPolicy/analytics/allow-control-plane-to-rest",
      "NetworkPolicy/analytics/allow-dns",
      "NetworkPolicy/analytics/allow-kube-api-and-object-store",
      "NetworkPolicy/analytics/allow-in-cluster-object-store",
      "PersistentVolumeClaim/flink-storage/minio-data",
      "Service/flink-storage/minio",
      "StatefulSet/flink-storage/minio",
      "Job/flink-storage/minio-create-bucket",
      "NetworkPolicy/flink-storage/default-deny-all",
      "NetworkPolicy/flink-storage/allow-s3-clients",
      "FlinkDeployment/flink/flink-smoke-test",
    ]);
  });

  it("every built-in object validates against the Kubernetes schemas", () => {
    const errors = docs
      .filter((d) => !(d.apiVersion as string).startsWith("flink.apache.org"))
      .map((d) => validateBuiltIn(d))
      .filter(Boolean);
    expect(errors).toEqual([]);
  });

  it("the schema check would catch a malformed object", () => {
    expect(
      validateBuiltIn({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "x" },
        spec: { ports: [{ port: "s3" }] },
      }),
    ).toMatch(/port must be integer/);
  });

  it.skipIf(!haveReference("operator CRDs", `${operatorReferenceDir}/crds`))(
    "the smoke-test FlinkDeployment validates against the operator 1.15.0 CRD",
    () => {
      const fd = docs.find((d) => d.kind === "FlinkDeployment")!;
      expect(validateFlinkResource(fd)).toBeUndefined();
      expect(validateFlinkResource({ ...fd, spec: { ...(fd.spec as object), flinkVersion: "v9" } })).toMatch(
        /enum/,
      );
    },
  );
});
