import { App } from "cdk8s";
import { describe, expect, it } from "vitest";
import { planPlatform } from "../../lib/core/derive";
import { buildOssCharts } from "../../lib/oss/charts";
import { parseStackConfig } from "../../lib/stack-config";
import { problemsOf, stack } from "../support/config";
import { haveReference, operatorReferenceDir } from "../support/reference";
import { validateFlinkJobSpec, validateFlinkResource } from "../support/schemas";

const jar = "local:///opt/flink/usrlib/orders.jar";
const savepoint = "s3://flink/dev/savepoints/savepoint-0a1b2c";
type Manifest = {
  kind: string;
  metadata: { name: string; namespace?: string };
  spec: { job: Record<string, unknown>; flinkConfiguration: Record<string, string> };
};

/** The Flink custom resources of an OSS stack config (no Pulumi: the charts only). */
function flinkObjects(config: Record<string, unknown>): Manifest[] {
  const plan = planPlatform(parseStackConfig(stack({ environment: { name: "dev" }, ...config })));
  const app = new App();
  buildOssCharts(app, plan);
  return app.charts
    .flatMap((c) => c.toJson() as Manifest[])
    .filter((m) => ["FlinkDeployment", "FlinkSessionJob", "FlinkStateSnapshot"].includes(m.kind));
}

const find = (objects: Manifest[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name);

/** What the stack config refuses for these applications (path, value seen, allowed). */
const appProblems = (...applications: Record<string, unknown>[]) =>
  problemsOf({ environment: { name: "dev" }, applications });

const withCrds = haveReference("operator CRDs", `${operatorReferenceDir}/crds`);

describe("rollback fields of an application (OSS)", () => {
  const orders = {
    name: "orders",
    jarURI: jar,
    parallelism: 2,
    initialSavepointPath: savepoint,
    allowNonRestoredState: true,
    savepointRedeployNonce: 3,
    savepointTriggerNonce: 7,
    periodicSavepointInterval: "6h",
  };

  it("reach spec.job of the FlinkDeployment and FlinkSessionJob, periodic savepoints their configuration", () => {
    const objects = flinkObjects({
      pools: [{ name: "shared", taskManagers: 2, slots: 2 }],
      applications: [
        orders,
        { ...orders, name: "audit", pool: "shared", periodicCheckpointInterval: "30 min" },
      ],
    });
    const own = find(objects, "FlinkDeployment", "orders")!;
    expect(own.spec.job).toEqual({
      jarURI: jar,
      parallelism: 2,
      upgradeMode: "savepoint",
      state: "running",
      initialSavepointPath: savepoint,
      allowNonRestoredState: true,
      savepointRedeployNonce: 3,
      savepointTriggerNonce: 7,
    });
    expect(own.spec.flinkConfiguration).toEqual({
      "taskmanager.numberOfTaskSlots": "1",
      "kubernetes.operator.periodic.savepoint.interval": "6h",
    });
    const session = find(objects, "FlinkSessionJob", "audit")!;
    expect(session.spec.job.initialSavepointPath).toBe(savepoint);
    expect(session.spec.flinkConfiguration).toEqual({
      "kubernetes.operator.periodic.savepoint.interval": "6h",
      "kubernetes.operator.periodic.checkpoint.interval": "30 min",
    });
  });

  it.skipIf(!withCrds)("validate against the operator 1.15 CRDs", () => {
    const objects = flinkObjects({
      pools: [{ name: "shared", taskManagers: 2, slots: 2 }],
      applications: [orders, { ...orders, name: "audit", pool: "shared" }],
    });
    // The session job whole; the FlinkDeployment's job part (the same JobSpec; its CRD is 0.5 MB to compile).
    const session = find(objects, "FlinkSessionJob", "audit")!;
    expect(validateFlinkResource(session)).toBeUndefined();
    expect(validateFlinkJobSpec(find(objects, "FlinkDeployment", "orders")!.spec.job)).toBeUndefined();
    expect(validateFlinkJobSpec({ ...session.spec.job, savepointRedeployNonce: "3" })).toContain("integer");
  });

  it("the platform default of periodic savepoints applies to stateful applications only", () => {
    const objects = flinkObjects({
      rollback: { periodicSavepointInterval: "1d" },
      applications: [
        { name: "orders", jarURI: jar, parallelism: 1 },
        { name: "enrich", jarURI: jar, parallelism: 1, stateful: false, upgradeMode: "stateless" },
        { name: "hourly", jarURI: jar, parallelism: 1, periodicSavepointInterval: "1h" },
      ],
    });
    const conf = (name: string) =>
      find(objects, "FlinkDeployment", name)!.spec.flinkConfiguration[
        "kubernetes.operator.periodic.savepoint.interval"
      ];
    expect([conf("orders"), conf("enrich"), conf("hourly")]).toEqual(["1d", undefined, "1h"]);
  });

  it("refuses a redeploy nonce without a savepoint, a bad duration and a key set twice", () => {
    expect(
      appProblems(
        {
          name: "orders",
          jarURI: jar,
          parallelism: 1,
          savepointRedeployNonce: 1,
          periodicSavepointInterval: "6 hours",
        },
        {
          name: "audit",
          jarURI: jar,
          parallelism: 1,
          periodicCheckpointInterval: "5 min",
          configuration: { "kubernetes.operator.periodic.checkpoint.interval": "10 min" },
          initialSavepointPath: "/local/path",
        },
      ),
    ).toEqual([
      {
        path: "flink-platform:applications[0].periodicSavepointInterval",
        got: "6 hours",
        allowed: "a Flink duration such as 30 min, 6h or 1d",
      },
      {
        path: "flink-platform:applications[1].initialSavepointPath",
        got: "/local/path",
        allowed: "a savepoint URI such as s3://flink/savepoints/savepoint-0a1b2c",
      },
      {
        path: "flink-platform:applications[0].initialSavepointPath",
        got: undefined,
        allowed:
          "required with savepointRedeployNonce on a stateful job: without it the operator redeploys from empty state",
      },
      {
        path: "flink-platform:applications[1].configuration.kubernetes.operator.periodic.checkpoint.interval",
        got: "10 min",
        allowed: "not set: periodicCheckpointInterval sets it",
      },
    ]);
  });
});

describe("declared savepoints (OSS FlinkStateSnapshot)", () => {
  const config = {
    pools: [{ name: "shared", taskManagers: 1, slots: 2 }],
    applications: [
      {
        name: "orders",
        jarURI: jar,
        parallelism: 1,
        savepoints: [
          { name: "before-v2" },
          { name: "imported", path: savepoint, alreadyExists: true, formatType: "NATIVE" },
        ],
      },
      {
        name: "audit",
        jarURI: jar,
        parallelism: 1,
        pool: "shared",
        savepoints: [{ name: "nightly", backoffLimit: 2 }],
      },
    ],
  };

  it("become FlinkStateSnapshots that reference their job and keep the data on delete", () => {
    const snapshots = flinkObjects(config).filter((o) => o.kind === "FlinkStateSnapshot");
    expect(snapshots.map((s) => [s.metadata.name, s.metadata.namespace, s.spec])).toEqual([
      [
        "orders-before-v2",
        "flink",
        {
          jobReference: { kind: "FlinkDeployment", name: "orders" },
          savepoint: { alreadyExists: false, disposeOnDelete: false },
        },
      ],
      [
        "orders-imported",
        "flink",
        {
          jobReference: { kind: "FlinkDeployment", name: "orders" },
          savepoint: { path: savepoint, alreadyExists: true, formatType: "NATIVE", disposeOnDelete: false },
        },
      ],
      [
        "audit-nightly",
        "flink",
        {
          backoffLimit: 2,
          jobReference: { kind: "FlinkSessionJob", name: "audit" },
          savepoint: { alreadyExists: false, disposeOnDelete: false },
        },
      ],
    ]);
  });

  it.skipIf(!withCrds)("validate against the operator 1.15 FlinkStateSnapshot CRD", () => {
    const snapshots = flinkObjects(config).filter((o) => o.kind === "FlinkStateSnapshot");
    expect(snapshots).toHaveLength(3);
    expect(snapshots.map((o) => validateFlinkResource(o))).toEqual(snapshots.map(() => undefined));
  });

  it("never disposes a savepoint it did not take, and needs the path of an existing one", () => {
    expect(
      appProblems({
        name: "orders",
        jarURI: jar,
        parallelism: 1,
        savepoints: [
          { name: "imported", path: savepoint, alreadyExists: true, disposeOnDelete: true },
          { name: "nowhere", alreadyExists: true },
          { name: "nowhere" },
        ],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].savepoints[0].disposeOnDelete",
        got: true,
        allowed: "false with alreadyExists: a savepoint this program did not take is never disposed",
      },
      {
        path: "flink-platform:applications[0].savepoints[1].path",
        got: undefined,
        allowed: "required with alreadyExists: the path of the existing savepoint",
      },
      {
        path: "flink-platform:applications[0].savepoints[2].name",
        got: "nowhere",
        allowed: "a savepoint name not used by another savepoint",
      },
    ]);
  });
});
