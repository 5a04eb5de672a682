import { describe, expect, it } from "vitest";
import { stack } from "../support/config";
import { ConfigError } from "../../lib/core/errors";
import { parseStackConfig } from "../../lib/stack-config";
import { cpuPerSlot, namespaceBudget, parallelismFits } from "../../lib/core/guardrails";
import { planPlatform, PoolPlan } from "../../lib/core/derive";

const pool = (over: Partial<PoolPlan> = {}): PoolPlan => ({
  name: "p",
  namespace: "flink",
  taskManagers: 2,
  slots: 2,
  taskManager: { cpu: 2, memory: "4Gi" },
  type: "DEDICATED",
  allowCpuBelowSlots: false,
  ...over,
});

function plan(config: Record<string, unknown>) {
  return planPlatform(parseStackConfig(stack(config)));
}

const prodStorage = { checkpoints: "s3://b/c", savepoints: "s3://b/s", haStorageDir: "s3://b/h" };

describe("guardrail: at least one CPU per busy slot", () => {
  it("passes with cpu >= slots", () => {
    expect(cpuPerSlot(pool(), "prod", 0)).toEqual({ errors: [], warnings: [] });
  });

  it("is an error in prod", () => {
    expect(cpuPerSlot(pool({ slots: 4 }), "prod", 1).errors).toEqual([
      {
        path: "flink-platform:pools[1].taskManager.cpu",
        got: 2,
        allowed: "at least one CPU per task slot: >= 4 (slots), or pools[1].allowCpuBelowSlots: true",
        hint: "Busy slots compete for cores; the cookbook sizes one core per slot for non-trivial jobs.",
      },
    ]);
  });

  it("is a warning elsewhere, and the override silences it", () => {
    expect(cpuPerSlot(pool({ slots: 4 }), "dev", 0)).toEqual({
      errors: [],
      warnings: [
        "pool p: 2 CPU for 4 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)",
      ],
    });
    expect(cpuPerSlot(pool({ slots: 4, allowCpuBelowSlots: true }), "prod", 0)).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it("fails a prod stack through planPlatform with the config key", () => {
    let error: ConfigError | undefined;
    try {
      plan({ environment: { name: "prod" }, storage: prodStorage, pools: [{ name: "a", slots: 8 }] });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.message.split("\n").slice(0, 2)).toEqual([
      "flink-platform guardrails failed (1 problem):",
      "  - flink-platform:pools[0].taskManager.cpu",
    ]);
  });
});

describe("guardrail: capacity within the namespace budget", () => {
  it("passes within the quota and fails beyond it", () => {
    const jm = { cpu: 1, memory: "2Gi" };
    expect(namespaceBudget([pool()], { cpu: 8, memory: "16Gi" }, jm).errors).toEqual([]);
    expect(
      namespaceBudget([pool(), pool({ name: "q", taskManagers: 3 })], { cpu: 8, memory: "16Gi" }, jm).errors,
    ).toEqual([
      {
        path: "flink-platform:pools[0].taskManagers",
        got: "12 CPU / 24576Mi requested in namespace flink",
        allowed: "at most 8 CPU / 16384Mi per Flink namespace (the size's ResourceQuota)",
        hint: "Pick a larger size, fewer or smaller TaskManagers, or spread pools over namespaces.",
      },
    ]);
  });
});

describe("guardrail: session job parallelism fits the pool", () => {
  it("allows up to taskManagers x slots", () => {
    expect(parallelismFits(pool(), 4, "jobs[0].parallelism")).toEqual([]);
    expect(parallelismFits(pool(), 5, "jobs[0].parallelism")).toEqual([
      {
        path: "jobs[0].parallelism",
        got: 5,
        allowed: "at most 4 (pool p: 2 TaskManagers x 2 slots)",
        hint: "Scale the pool (flink-platform scale --task-managers/--slots) or lower the parallelism.",
      },
    ]);
  });
});

describe("pool defaults", () => {
  it("fill from the size and the first Flink namespace", () => {
    const p = plan({
      environment: { name: "dev" },
      size: "M",
      namespaces: { flink: ["a", "b"] },
      pools: [{ name: "x" }],
    });
    expect(p.pools).toEqual([
      {
        name: "x",
        namespace: "a",
        taskManagers: 2,
        slots: 2,
        taskManager: { cpu: 2, memory: "4Gi" },
        type: "DEDICATED",
        allowCpuBelowSlots: false,
      },
    ]);
  });

  it("reject a namespace the operator does not watch and duplicate names", () => {
    let error: ConfigError | undefined;
    try {
      plan({ environment: { name: "dev" }, pools: [{ name: "x", namespace: "other" }, { name: "x" }] });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.problems.map((p) => `${p.path}: ${p.allowed}`)).toEqual([
      "flink-platform:pools[1].name: a pool name not used by another pool",
      "flink-platform:pools[0].namespace: one of the Flink namespaces: flink",
    ]);
  });
});
