import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { record } from "../support/pulumi";
import { validateFlinkJobSpec } from "../support/schemas";
import { haveReference, operatorReferenceDir } from "../support/reference";

const jar = "local:///opt/flink/usrlib/orders.jar";
const savepoint = "s3://flink/dev/savepoints/savepoint-0a1b2c";
const base = { environment: { name: "dev" }, cmf: { endpoint: "http://localhost:8080" } };

describe("rollback on the CP target", () => {
  it("CMF applications carry the savepoint fields; declared savepoints become CMF savepoints after them", async () => {
    const { FlinkPlatformCP } = await import("../../lib");
    const resources = await record(async () => {
      new FlinkPlatformCP("dev", {
        ...base,
        applications: [
          {
            name: "orders",
            jarURI: jar,
            parallelism: 2,
            initialSavepointPath: savepoint,
            allowNonRestoredState: false,
            savepointRedeployNonce: 2,
            periodicSavepointInterval: "6h",
            savepoints: [{ name: "before-v2" }, { name: "imported", path: savepoint, alreadyExists: true }],
          },
        ],
      } as never);
    });
    const app = resources.find((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication")!;
    const spec = app.inputs.spec as {
      job: Record<string, unknown>;
      flinkConfiguration: Record<string, string>;
    };
    expect(spec.job).toEqual({
      jarURI: jar,
      parallelism: 2,
      upgradeMode: "savepoint",
      state: "running",
      initialSavepointPath: savepoint,
      allowNonRestoredState: false,
      savepointRedeployNonce: 2,
    });
    expect(spec.flinkConfiguration["kubernetes.operator.periodic.savepoint.interval"]).toBe("6h");
    if (haveReference("operator CRDs", `${operatorReferenceDir}/crds`)) {
      expect(validateFlinkJobSpec(spec.job)).toBeUndefined();
    }
    const sps = resources.filter((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfSavepoint");
    expect(
      sps.map((r) => [
        r.name,
        r.inputs.application,
        r.inputs.name,
        r.inputs.path,
        r.inputs.disposeOnDelete,
        r.dependsOn.map((u) => u.split("::").pop()),
      ]),
    ).toEqual([
      [
        "dev-app-flink-orders-savepoint-before-v2",
        "orders",
        "before-v2",
        undefined,
        false,
        ["dev-app-flink-orders"],
      ],
      [
        "dev-app-flink-orders-savepoint-imported",
        undefined,
        "imported",
        savepoint,
        false,
        ["dev-app-flink-orders"],
      ],
    ]);
  });

  it("refuses break-glass: applications cannot run on a CMF pool", async () => {
    const { FlinkPlatformCP } = await import("../../lib");
    let problems: string[] = [];
    try {
      new FlinkPlatformCP("dev", {
        ...base,
        pools: [{ name: "sql" }],
        applications: [{ name: "orders", jarURI: jar, parallelism: 2 }],
        rollback: { breakGlass: { pool: "sql", applications: ["orders"] } },
      } as never);
    } catch (err) {
      expect(ConfigError.isConfigError(err)).toBe(true);
      problems = (err as ConfigError).problems.map((p) => `${p.path}: ${p.allowed}`);
    }
    expect(problems).toEqual([
      "args.rollback.breakGlass: not set on the cp target (applications run in their own cluster; a statement moves with its computePoolName)",
    ]);
  });
});
