import { describe, expect, it } from "vitest";
import { diagnosePool, type PoolSignals } from "../../lib/plan/advise-rules";
import { compareWindows } from "../../lib/plan/advise-compare";
import { diagnoseCloudPool } from "../../lib/plan/advise-cloud";

/** The recipe's rules at their edges, as pure functions (the real-Prometheus scenarios cover the paths). */

const quiet: PoolSignals = {
  slotsTotal: 8,
  slotsAvailable: 6,
  tmBusy: 0.1,
  backPressure: 0,
  tasks: [{ task: "Source: a -> Sink: b", busy: 0.1, backPressured: 0 }],
  cpu: 0.1,
  taskManagers: 4,
};
const pool = { name: "p", taskManagers: 4, slots: 2, cpu: 2 };

describe("advise rules", () => {
  it("never scales down below a stateful job that would lose its state (upgradeMode stateless)", () => {
    const a = diagnosePool(pool, quiet, [
      { name: "ledger", parallelism: 2, stateful: true, upgradeMode: "stateless" },
    ]);
    expect(a.verdict).toBe("no-change");
    expect(a.scale).toBeUndefined();
    expect(a.summary).toBe(
      "low utilization, but a scale-down restarts ledger, stateful with upgradeMode stateless (its state would be lost): no change",
    );
  });

  it("never scales down below the widest job's parallelism", () => {
    const a = diagnosePool(pool, quiet, [
      { name: "wide", parallelism: 8, stateful: false, upgradeMode: "stateless" },
    ]);
    expect(a.verdict).toBe("no-change");
    expect(a.summary).toBe(
      "low utilization, but the used slots (2) and job parallelism (8) need all 4 TaskManagers: no change",
    );
  });

  it("never proposes more slots than cores: slots full, low CPU, already one slot per core", () => {
    const full = { ...quiet, slotsAvailable: 0, tmBusy: 0.4, cpu: 0.35 };
    const a = diagnosePool({ ...pool, cpu: 2 }, full);
    expect(a.verdict).toBe("no-change");
    expect(a.scale).toBeUndefined();
  });

  it("--since: mixed results propose no revert", () => {
    const before = { ...quiet, gcMsPerSecond: 10, checkpointMs: 1000 };
    const after = {
      ...quiet,
      backPressure: 0.3,
      gcMsPerSecond: 2,
      checkpointMs: 1000,
      slotsTotal: 12,
      taskManagers: 6,
    };
    const c = compareWindows("p", before, after);
    expect(c.verdict).toBe("mixed");
    expect(c.revert).toBeUndefined();
    expect(c.changes.map((x) => `${x.name}: ${x.trend}`)).toEqual([
      "worst back-pressure: worse",
      "checkpoint duration: same",
      "TaskManager CPU: same",
      "GC time: better",
    ]);
  });

  it("Confluent Cloud: at the largest documented maxCfu with a degraded statement, add a pool (no scale command)", () => {
    const full = {
      currentCfus: 50,
      peakCfus: 50,
      cfuLimit: 50,
      degraded: [{ statement: "orders-enriched", start: 1000, end: 61000 }],
    };
    expect(diagnoseCloudPool({ name: "big", maxCfu: 50 }, full)).toEqual({
      pool: "big",
      verdict: "add-pool",
      summary:
        "at the largest maxCfu (50) with degraded statements orders-enriched (1000 -> 61000 pending): add a pool to cloud.pools and move statements to it",
      evidence: [
        { name: "CFUs (mean)", value: 50, unit: "of 50" },
        { name: "CFUs (peak)", value: 50, unit: "of 50" },
        { name: "degraded statements", value: 1, unit: "with growing backlog" },
      ],
      warnings: [],
    });
    const keepingUp = diagnoseCloudPool({ name: "big", maxCfu: 50 }, { ...full, degraded: [] });
    expect(keepingUp.verdict).toBe("no-change");
    expect(keepingUp.summary).toBe("the pool uses its maxCfu but no statement falls behind: no change");
  });
});
