import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { stack } from "../support/config";
import { parse } from "yaml";
import { parseStackConfig } from "../../lib/stack-config";
import { flinkMemory, k8sCpu } from "../../lib/core/units";
import { operatorCrdUrls, operatorChartRepository } from "../../lib/core/versions";
import { operatorValues } from "../../lib/core/operator-values";
import { planPlatform } from "../../lib/core/derive";
import { haveReference, operatorReferenceDir } from "../support/reference";

function plan(config: Record<string, unknown>) {
  return planPlatform(parseStackConfig(stack(config)));
}

describe("units", () => {
  it("converts Kubernetes quantities to Flink memory and cores to CPU quantities", () => {
    expect([flinkMemory("2Gi"), flinkMemory("1536Mi")]).toEqual(["2048m", "1536m"]);
    expect([k8sCpu(0.25), k8sCpu(2), k8sCpu(1.5)]).toEqual(["250m", "2", "1500m"]);
  });
});

describe("planPlatform", () => {
  it("GIVEN dev with MinIO THEN storage defaults point at the bucket and credentials are referenced", () => {
    const p = plan({ environment: { name: "dev" }, storage: { minio: { enabled: true } } });
    expect(p.flinkDefaults).toEqual({
      "state.checkpoints.dir": "s3://flink/dev/checkpoints",
      "state.savepoints.dir": "s3://flink/dev/savepoints",
      "execution.checkpointing.interval": "60s",
      "state.backend.type": "rocksdb",
      "state.backend.incremental": "true",
      "high-availability.type": "kubernetes",
      "high-availability.storageDir": "s3://flink/dev/ha",
      "containerized.master.env.ENABLE_BUILT_IN_PLUGINS": "flink-s3-fs-presto-1.20.1.jar",
      "containerized.taskmanager.env.ENABLE_BUILT_IN_PLUGINS": "flink-s3-fs-presto-1.20.1.jar",
      "s3.endpoint": "http://minio.flink-storage.svc.cluster.local:9000",
      "s3.path.style.access": "true",
      "kubernetes.env.secretKeyRef":
        "env:AWS_ACCESS_KEY_ID,secret:flink-s3-credentials,key:AWS_ACCESS_KEY_ID;env:AWS_SECRET_ACCESS_KEY,secret:flink-s3-credentials,key:AWS_SECRET_ACCESS_KEY",
    });
  });

  it("uses Flink 2 option names for Flink 2 (the deprecated state.* keys are gone)", () => {
    const p = plan({
      environment: { name: "staging" },
      flink: { version: "2.1.0" },
      storage: { checkpoints: "gs://b/cp", savepoints: "gs://b/sp" },
    });
    expect(p.flink.versionEnum).toBe("v2_1");
    expect(p.flinkDefaults).toEqual({
      "execution.checkpointing.dir": "gs://b/cp",
      "execution.checkpointing.savepoint-dir": "gs://b/sp",
      "execution.checkpointing.interval": "60s",
      "execution.checkpointing.incremental": "true",
      "state.backend.type": "rocksdb",
      // staging turns metrics on by default (issue 17); `factory.class` is the Flink 2 spelling too.
      "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
      "metrics.reporter.prom.port": "9249",
      "metrics.reporter.prom.scope.variables.additional": "flink_platform_environment:staging",
    });
  });

  it("takes sizes from the T-shirt and explicit overrides win", () => {
    const p = plan({
      environment: { name: "dev" },
      size: "M",
      resources: { taskManager: { slots: 4, memory: "6Gi" }, operator: { cpu: 1 } },
    });
    expect(p.taskManager).toEqual({ cpu: 2, memory: "6Gi", slots: 4 });
    expect(p.jobManager).toEqual({ cpu: 2, memory: "4Gi" });
    expect(p.operator.resources).toEqual({ cpu: 1, memory: "1Gi" });
    expect(p.namespaceQuota).toEqual({ cpu: 16, memory: "64Gi" });
  });

  it("serves the newest operator from downloads.apache.org and older ones from the archive", () => {
    expect(operatorChartRepository("1.15.0")).toBe(
      "https://downloads.apache.org/flink/flink-kubernetes-operator-1.15.0/",
    );
    expect(operatorChartRepository("1.14.0")).toBe(
      "https://archive.apache.org/dist/flink/flink-kubernetes-operator-1.14.0/",
    );
    expect(operatorCrdUrls("1.14.0")[0]).toBe(
      "https://raw.githubusercontent.com/apache/flink-kubernetes-operator/release-1.14.0/helm/flink-kubernetes-operator/crds/flinkdeployments.flink.apache.org-v1.yml",
    );
  });
});

/** Every leaf path of `values`, stopping below maps that are free-form in the chart. */
function missingKeys(values: unknown, reference: unknown, prefix = ""): string[] {
  if (values === null || typeof values !== "object" || Array.isArray(values)) return [];
  if (reference === null || typeof reference !== "object" || Array.isArray(reference)) return [];
  const ref = reference as Record<string, unknown>;
  // An empty map in the chart (resources: {}) takes any keys.
  if (Object.keys(ref).length === 0) return [];
  return Object.entries(values as Record<string, unknown>).flatMap(([k, v]) =>
    k in ref ? missingKeys(v, ref[k], `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const valuesFile = path.join(operatorReferenceDir, "values.yaml");

describe.skipIf(!haveReference("operator chart values", valuesFile))("operator chart values", () => {
  // Read lazily: the describe body runs at collection even when skipped.
  const reference = () => parse(fs.readFileSync(valuesFile, "utf8")) as unknown;

  it("sets only keys that exist in the 1.15.0 chart's values.yaml", () => {
    const p = plan({
      environment: { name: "dev" },
      operator: { image: { repository: "r", tag: "t" } },
      storage: { minio: { enabled: true } },
    });
    const values = operatorValues(p, true);
    expect(missingKeys(values, reference())).toEqual([]);
    expect(Object.keys(values).sort()).toEqual([
      "defaultConfiguration",
      "image",
      "jobServiceAccount",
      "operatorPod",
      "operatorSecurityContext",
      "rbac",
      "replicas",
      "watchNamespaces",
      "webhook",
      "webhookSecurityContext",
    ]);
  });

  it("the key check fails for a key the chart does not have", () => {
    expect(missingKeys({ operatorPod: { resourcez: {} }, webhook: { create: true } }, reference())).toEqual([
      "operatorPod.resourcez",
    ]);
  });
});
