import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { planPlatform } from "../../lib/core/derive";
import { parseStackConfig } from "../../lib/stack-config";
import { stack } from "../support/config";

/**
 * Autoscaler guardrails (issue 16): a session job's autoscaler stays within
 * its pool's slots, a quota within the namespace's ResourceQuota, and a key
 * is set in one place. Size S: ResourceQuota 8 CPU / 16Gi per Flink
 * namespace, JobManager 1 CPU / 2Gi (lib/core/sizes.ts).
 */

const jar = "local:///opt/flink/usrlib/orders.jar";
const pools = [{ name: "shared", taskManagers: 2, slots: 2, taskManager: { cpu: 2 } }];
/** An application in its own cluster, and a session job on the pool `shared`. */
const orders = (over: Record<string, unknown> = {}) => ({
  name: "orders",
  jarURI: jar,
  parallelism: 2,
  ...over,
});
const audit = (over: Record<string, unknown> = {}) => orders({ name: "audit", pool: "shared", ...over });

function run(config: Record<string, unknown>) {
  return planPlatform(parseStackConfig(stack({ environment: { name: "dev" }, size: "S", ...config })));
}

function problems(config: Record<string, unknown>) {
  try {
    run(config);
  } catch (err) {
    expect(ConfigError.isConfigError(err)).toBe(true);
    return (err as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("autoscaler guardrail: a session job's max parallelism within its pool's slots", () => {
  it("names the operator's default (200) when the block leaves it unset", () => {
    expect(
      problems({
        pools,
        applications: [audit({ autoscaler: { enabled: true } })],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.vertexMaxParallelism",
        got: "200 (the operator's default)",
        allowed:
          "at most 4 (pool shared: 2 TaskManagers x 2 slots; a session cluster does not add TaskManagers)",
        hint: "Set autoscaler.vertexMaxParallelism, or scale the pool (flink-platform scale --task-managers/--slots).",
      },
    ]);
  });

  it("points at the block that set the value: the pool's, inherited by its jobs", () => {
    expect(
      problems({
        pools: [{ ...pools[0], autoscaler: { enabled: true, vertexMaxParallelism: 6 } }],
        applications: [audit()],
      }).map((p) => [p.path, p.got]),
    ).toEqual([["flink-platform:pools[0].autoscaler.vertexMaxParallelism", 6]]);
  });

  it("passes within the slots, and when the job turns the pool's autoscaler off", () => {
    expect(
      run({
        pools: [{ ...pools[0], autoscaler: { enabled: true, vertexMaxParallelism: 4 } }],
        applications: [audit()],
      }).applications,
    ).toHaveLength(1);
    expect(
      problems({
        pools: [{ ...pools[0], autoscaler: { enabled: true, vertexMaxParallelism: 6 } }],
        applications: [audit({ autoscaler: { enabled: false } })],
      }).map((p) => p.path),
    ).toEqual(["flink-platform:pools[0].autoscaler.vertexMaxParallelism"]);
  });

  it("pipeline max parallelism must be at least the job's parallelism", () => {
    expect(
      problems({
        // Parallelism 4 fits size S's namespace quota, which the guardrails also check.
        applications: [orders({ parallelism: 4, autoscaler: { maxParallelism: 2 } })],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.maxParallelism",
        got: 2,
        allowed: "at least the job's parallelism (4)",
        hint: "Flink refuses a max parallelism below the parallelism; pick one with many divisors (120, 180, 240, 360, 720).",
      },
    ]);
  });
});

describe("autoscaler guardrail: a session job's utilization band, merged with its pool's", () => {
  it("is checked as the operator merges the two blocks", () => {
    expect(
      problems({
        pools: [{ ...pools[0], autoscaler: { utilization: { max: 0.8 } } }],
        applications: [audit({ autoscaler: { utilization: { target: 0.9 } } })],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.utilization",
        got: "target 0.9, max 0.8 (merged with pool shared's)",
        allowed: "min <= target <= max",
        hint: "The operator's webhook (AutoscalerValidator) rejects a job whose merged band does not hold its target.",
      },
    ]);
  });
});

describe("autoscaler guardrail: the quota within the namespace's ResourceQuota", () => {
  it("counts the JobManager the job's cluster needs", () => {
    expect(
      problems({
        applications: [orders({ autoscaler: { enabled: true, quota: { cpu: 7.5, memory: "15Gi" } } })],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.quota.cpu",
        got: 7.5,
        allowed: "at most 7 CPU: the namespace flink's ResourceQuota (8 CPU) less the JobManager (1 CPU)",
        hint: "A quota the namespace cannot grant lets the autoscaler plan TaskManagers the ResourceQuota rejects.",
      },
      {
        path: "flink-platform:applications[0].autoscaler.quota.memory",
        got: "15Gi",
        allowed:
          "at most 14336Mi: the namespace flink's ResourceQuota (16384Mi) less the JobManager (2048Mi)",
        hint: "A quota the namespace cannot grant lets the autoscaler plan TaskManagers the ResourceQuota rejects.",
      },
    ]);
    expect(
      run({
        applications: [orders({ autoscaler: { quota: { cpu: 7, memory: "14Gi" } } })],
      }).applications,
    ).toHaveLength(1);
  });

  it("counts the namespace's other workloads: a pool, the smoke test, next to the job's own cluster", () => {
    // Namespace flink (8 CPU): pool shared (1 + 1 x 2 CPU), the smoke test (1 + 2 x 1 CPU) and orders'
    // own cluster (1 + 1 CPU) fill it; orders' TaskManagers may hold 1 CPU at most.
    const hint =
      "A quota the namespace cannot grant lets the autoscaler plan TaskManagers the ResourceQuota rejects.";
    const base = {
      pools: [{ ...pools[0], taskManagers: 1 }],
      storage: { minio: { enabled: true } },
      smokeTest: { enabled: true },
    };
    expect(
      problems({ ...base, applications: [orders({ parallelism: 1, autoscaler: { quota: { cpu: 3 } } })] }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.quota.cpu",
        got: 3,
        allowed:
          "at most 1 CPU: the namespace flink's ResourceQuota (8 CPU) less the JobManager (1 CPU) and the namespace's other workloads (pool shared: 3 CPU, the smoke test: 3 CPU)",
        hint,
      },
    ]);
    // A pool's block: its own session cluster is not counted twice; the smoke test is.
    expect(problems({ ...base, pools: [{ ...base.pools[0], autoscaler: { quota: { cpu: 6 } } }] })).toEqual([
      {
        path: "flink-platform:pools[0].autoscaler.quota.cpu",
        got: 6,
        allowed:
          "at most 4 CPU: the namespace flink's ResourceQuota (8 CPU) less the JobManager (1 CPU) and the namespace's other workloads (the smoke test: 3 CPU)",
        hint,
      },
    ]);
  });

  it("applies to a pool's block too", () => {
    expect(
      problems({ pools: [{ ...pools[0], autoscaler: { quota: { cpu: 16 } } }] }).map((p) => p.path),
    ).toEqual(["flink-platform:pools[0].autoscaler.quota.cpu"]);
  });
});

describe("autoscaler guardrail: one place per key", () => {
  it("refuses a configuration key the typed block writes", () => {
    expect(
      problems({
        applications: [
          orders({ autoscaler: { enabled: true }, configuration: { "job.autoscaler.enabled": "false" } }),
        ],
      }),
    ).toEqual([
      {
        path: 'flink-platform:applications[0].configuration["job.autoscaler.enabled"]',
        got: "false",
        allowed: "not set here: autoscaler.enabled writes job.autoscaler.enabled",
        hint: "Set each autoscaler key in one place, the typed autoscaler block.",
      },
    ]);
  });
});

describe("autoscaler warnings from the operator docs' requirements", () => {
  it("warns that session-job autoscaling needs a Flink build with FLINK-33534", () => {
    expect(
      run({
        pools: [{ ...pools[0], autoscaler: { enabled: true, vertexMaxParallelism: 4 } }],
        applications: [audit()],
      }).warnings,
    ).toEqual([
      "application audit: the autoscaler on a session job needs a Flink image with the fix for FLINK-33534 (operator docs, Autoscaler > Requirements)",
    ]);
  });

  it("warns that Flink 1.16 needs backported fixes", () => {
    expect(
      run({
        flink: { version: "1.16.3" },
        applications: [orders({ autoscaler: { enabled: true } })],
      }).warnings,
    ).toEqual([
      "application orders: the autoscaler works with Flink 1.17 and later (1.16 needs backported fixes; operator docs, Autoscaler > Requirements)",
    ]);
  });
});
