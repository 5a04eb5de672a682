import { describe, expect, it } from "vitest";
import { problemsOf, stack } from "../support/config";
import { ConfigError } from "../../lib/core/errors";
import { parseStackConfig } from "../../lib/stack-config";

const prodStorage = {
  checkpoints: "s3://b/checkpoints",
  savepoints: "s3://b/savepoints",
  haStorageDir: "s3://b/ha",
};

describe("stack config schema", () => {
  it("GIVEN only an environment name THEN every documented default applies", () => {
    expect(parseStackConfig(stack({ environment: { name: "dev" } }))).toEqual({
      target: "oss",
      environment: { name: "dev" },
      size: "S",
      namespaces: { operator: "flink-operator", flink: ["flink"] },
      certManager: { mode: "install", version: "v1.18.2", namespace: "cert-manager" },
      operator: { version: "1.15.0", replicas: 1 },
      flink: { version: "1.20.1", serviceAccount: "flink" },
      resources: {},
      storage: { checkpointInterval: "60s" },
      smokeTest: { enabled: false, parallelism: 2, timeoutSeconds: 600 },
      pools: [],
      applications: [],
      networkPolicies: { enabled: true, extraEgress: [] },
      observability: {
        scraper: { namespace: "monitoring", podLabels: { "app.kubernetes.io/name": "prometheus" } },
        podMonitors: false,
        podMonitorLabels: {},
        dashboard: true,
      },
    });
  });

  it("accepts a single Flink namespace and normalises it to a list", () => {
    const cfg = parseStackConfig(stack({ environment: { name: "dev" }, namespaces: { flink: "jobs" } }));
    expect(cfg.namespaces.flink).toEqual(["jobs"]);
  });

  it("accepts a complete prod config", () => {
    const cfg = parseStackConfig(stack({ environment: { name: "prod" }, size: "M", storage: prodStorage }));
    expect(cfg.storage.checkpoints).toBe("s3://b/checkpoints");
  });

  it("rejects an unknown size XL", () => {
    expect(problemsOf({ environment: { name: "dev" }, size: "XL" })).toEqual([
      { path: "flink-platform:size", got: "XL", allowed: "one of S, M, L" },
    ]);
  });

  it("rejects a checkpoint URI that is a bare relative path", () => {
    expect(problemsOf({ environment: { name: "dev" }, storage: { checkpoints: "checkpoints/dir" } })).toEqual(
      [
        {
          path: "flink-platform:storage.checkpoints",
          got: "checkpoints/dir",
          allowed:
            "an absolute URI with a scheme, such as s3://bucket/path (schemes: s3, s3a, s3p, gs, abfs, abfss, wasbs, hdfs, oss; file:// in dev)",
        },
      ],
    );
  });

  it("rejects file:// outside dev because it is not durable", () => {
    expect(
      problemsOf({ environment: { name: "staging" }, storage: { checkpoints: "file:///tmp/checkpoints" } }),
    ).toEqual([
      {
        path: "flink-platform:storage.checkpoints",
        got: "file:///tmp/checkpoints",
        allowed: "a durable URI (schemes: s3, s3a, s3p, gs, abfs, abfss, wasbs, hdfs, oss)",
      },
    ]);
  });

  it("rejects prod without durable storage, naming each key", () => {
    expect(problemsOf({ environment: { name: "prod" } })).toEqual([
      {
        path: "flink-platform:storage.checkpoints",
        got: undefined,
        allowed: "required when the tier is prod: a durable URI such as s3://bucket/checkpoints",
      },
      {
        path: "flink-platform:storage.savepoints",
        got: undefined,
        allowed: "required when the tier is prod: a durable URI such as s3://bucket/savepoints",
      },
      {
        path: "flink-platform:storage.haStorageDir",
        got: undefined,
        allowed: "required when the tier is prod: a durable URI such as s3://bucket/haStorageDir",
      },
    ]);
  });

  it("applies prod rules through an explicit tier whatever the name", () => {
    const { storage: _s, ...withoutStorage } = { storage: 0, environment: { name: "eu1", tier: "prod" } };
    expect(problemsOf(withoutStorage).map((p) => p.path)).toEqual([
      "flink-platform:storage.checkpoints",
      "flink-platform:storage.savepoints",
      "flink-platform:storage.haStorageDir",
    ]);
    const cfg = parseStackConfig(stack({ environment: { name: "eu1", tier: "prod" }, storage: prodStorage }));
    expect(cfg.environment).toEqual({ name: "eu1", tier: "prod" });
  });

  it("requires a tier when the name does not say it", () => {
    expect(problemsOf({ environment: { name: "eu1" } })).toEqual([
      {
        path: "flink-platform:environment.tier",
        got: undefined,
        allowed:
          'required because environment.name "eu1" is not one of dev, staging, prod: one of dev, staging, prod',
      },
    ]);
  });

  it("rejects namespace names that are not DNS-1123 labels", () => {
    expect(
      problemsOf({
        environment: { name: "dev" },
        namespaces: { operator: "Flink_Op", flink: ["ok", "-bad"] },
      }),
    ).toEqual([
      {
        path: "flink-platform:namespaces.operator",
        got: "Flink_Op",
        allowed:
          "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit",
      },
      {
        path: "flink-platform:namespaces.flink[1]",
        got: "-bad",
        allowed:
          "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit",
      },
    ]);
  });

  it("rejects zero and negative replicas, slots and parallelism", () => {
    expect(
      problemsOf({
        environment: { name: "dev" },
        operator: { replicas: 0 },
        resources: { taskManager: { slots: -1 } },
        smokeTest: { parallelism: 0 },
      }),
    ).toEqual([
      {
        path: "flink-platform:operator.replicas",
        got: 0,
        allowed: "operator replicas: a whole number of at least 1",
      },
      {
        path: "flink-platform:resources.taskManager.slots",
        got: -1,
        allowed: "task slots: a whole number of at least 1",
      },
      {
        path: "flink-platform:smokeTest.parallelism",
        got: 0,
        allowed: "smoke test parallelism: a whole number of at least 1",
      },
    ]);
  });

  it("rejects unknown keys at every level and suggests the likely key", () => {
    let error: ConfigError | undefined;
    try {
      parseStackConfig(stack({ environment: { name: "dev" }, strage: {}, operator: { verison: "1.15.0" } }));
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.problems.map((p) => [p.path, p.hint])).toEqual([
      ["flink-platform:operator.verison", 'unknown key (typo?): did you mean "version"?'],
      ["flink-platform:strage", 'unknown key (typo?): did you mean "storage"?'],
    ]);
  });

  it("rejects operator versions whose CRDs are unknown", () => {
    expect(problemsOf({ environment: { name: "dev" }, operator: { version: "1.9.0" } })).toEqual([
      { path: "flink-platform:operator.version", got: "1.9.0", allowed: "one of 1.15.0, 1.14.0, 1.13.0" },
    ]);
  });

  it("lists every problem in ONE message with value seen, allowed values and hint", () => {
    let message = "";
    try {
      parseStackConfig(
        stack({
          environment: { name: "prod" },
          size: "XL",
          storage: { ...prodStorage, minio: { enabled: true } },
        }),
      );
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(
      [
        "Invalid flink-platform stack configuration (2 problems):",
        "  - flink-platform:size",
        '      got:     "XL"',
        "      allowed: one of S, M, L",
        "      hint:    S fits a laptop, M a shared cluster, L production; override single values under resources.*.",
        "  - flink-platform:storage.minio.enabled",
        "      got:     true",
        "      allowed: false when the tier is prod",
        "      hint:    In-cluster MinIO is a dev convenience; staging and prod point at a real bucket.",
      ].join("\n"),
    );
  });

  it("is a Pulumi RunError so `pulumi up` prints no stack trace", async () => {
    const pulumi = await import("@pulumi/pulumi");
    let error: unknown;
    try {
      parseStackConfig(stack({ environment: { name: "dev" }, size: "XL" }));
    } catch (err) {
      error = err;
    }
    expect(pulumi.RunError.isInstance(error)).toBe(true);
  });
});
