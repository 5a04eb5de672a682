import { App } from "cdk8s";
import { describe, expect, it } from "vitest";
import { planPlatform } from "../../lib/core/derive";
import { ConfigError } from "../../lib/core/errors";
import { buildOssCharts } from "../../lib/oss/charts";
import { parseStackConfig } from "../../lib/stack-config";
import { problemsOf, stack } from "../support/config";

const jar = "local:///opt/flink/usrlib/orders.jar";
const savepoint = "s3://flink/prod/savepoints/savepoint-0a1b2c";
const prodStorage = { checkpoints: "s3://b/c", savepoints: "s3://b/s", haStorageDir: "s3://b/h" };

/** A platform with a busy pool, a known-good pool and two critical jobs. */
function platform(env: string, rollback: unknown, initialSavepointPath: string | undefined = savepoint) {
  return {
    environment: { name: env },
    size: "M",
    ...(env === "prod" ? { storage: prodStorage } : {}),
    pools: [
      { name: "busy", taskManagers: 2, slots: 2, taskManager: { cpu: 2 } },
      { name: "known-good", taskManagers: 2, slots: 2, taskManager: { cpu: 2 } },
    ],
    applications: [
      { name: "orders", jarURI: jar, parallelism: 2, initialSavepointPath },
      { name: "payments", jarURI: jar, parallelism: 2, pool: "busy", savepoints: [{ name: "hourly" }] },
    ],
    ...(rollback === undefined ? {} : { rollback }),
  };
}

function plan(config: Record<string, unknown>) {
  return planPlatform(parseStackConfig(stack(config)));
}

function objects(config: Record<string, unknown>) {
  const app = new App();
  buildOssCharts(app, plan(config));
  return app.charts
    .flatMap(
      (c) => c.toJson() as { kind: string; metadata: { name: string }; spec: Record<string, unknown> }[],
    )
    .filter((o) => o.kind.startsWith("Flink"))
    .map((o) => ({ kind: o.kind, name: o.metadata.name, spec: o.spec }));
}

function guardrailProblems(config: Record<string, unknown>) {
  try {
    plan(config);
  } catch (err) {
    expect(ConfigError.isConfigError(err)).toBe(true);
    return (err as ConfigError).problems.map((p) => ({ path: p.path, got: p.got, allowed: p.allowed }));
  }
  throw new Error("expected a ConfigError");
}

describe("break-glass: rollback.breakGlass moves named applications to a known-good pool", () => {
  const breakGlass = { breakGlass: { pool: "known-good", applications: ["orders", "payments"] } };

  it("runs them as session jobs there, restarting from their savepoint, and says so", () => {
    const moved = plan(platform("dev", breakGlass));
    expect(moved.applications.map((a) => [a.name, a.pool, a.breakGlass])).toEqual([
      ["orders", "known-good", { from: undefined }],
      ["payments", "known-good", { from: "busy" }],
    ]);
    expect(moved.warnings).toEqual([
      `break-glass: application orders moves from its own cluster to pool known-good and restarts from savepoint ${savepoint}`,
      `break-glass: application payments moves from pool busy to pool known-good WITHOUT a savepoint: it starts from empty state`,
    ]);
    // Pools' session clusters are Pulumi components (lib/compute-pool), not in these charts.
    const after = objects(platform("dev", breakGlass));
    expect(after.map((o) => [o.kind, o.name])).toEqual([
      ["FlinkSessionJob", "orders"],
      ["FlinkSessionJob", "payments"],
      ["FlinkStateSnapshot", "payments-hourly"],
    ]);
    const orders = after.find((o) => o.name === "orders")!.spec;
    expect(orders).toMatchObject({ deploymentName: "known-good", job: { initialSavepointPath: savepoint } });
  });

  it("removing breakGlass moves them back", () => {
    expect(objects(platform("dev", undefined)).map((o) => [o.kind, o.name])).toEqual([
      ["FlinkDeployment", "orders"],
      ["FlinkSessionJob", "payments"],
      ["FlinkStateSnapshot", "payments-hourly"],
    ]);
  });

  it("in prod a stateful job cannot move without the savepoint it restarts from", () => {
    expect(guardrailProblems(platform("prod", breakGlass))).toEqual([
      {
        path: "flink-platform:applications[1].initialSavepointPath",
        got: undefined,
        allowed:
          "the savepoint the moved job restarts from (a declared savepoint's path, or the last one taken)",
      },
    ]);
  });

  it("the known-good pool must have room for every job it then runs", () => {
    const small = platform("dev", breakGlass);
    small.pools[1] = { name: "known-good", taskManagers: 1, slots: 3, taskManager: { cpu: 3 } };
    expect(guardrailProblems(small)).toEqual([
      {
        path: "flink-platform:rollback.breakGlass.pool",
        got: "known-good: 4 slots needed (orders 2, payments 2)",
        allowed: "at most 3 (pool known-good: 1 TaskManagers x 3 slots)",
      },
    ]);
  });

  it("names an unknown pool or application", () => {
    expect(
      problemsOf(platform("dev", { breakGlass: { pool: "spare", applications: ["orders", "billing"] } })),
    ).toEqual([
      {
        path: "flink-platform:rollback.breakGlass.pool",
        got: "spare",
        allowed: "one of the pools: busy, known-good",
      },
      {
        path: "flink-platform:rollback.breakGlass.applications[1]",
        got: "billing",
        allowed: "one of the applications: orders, payments",
      },
    ]);
  });
});
