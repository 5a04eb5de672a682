import { describe, expect, it } from "vitest";
import { diagnosePool, type PoolSignals } from "../../lib/plan/advise-rules";
import { compareWindows } from "../../lib/plan/advise-compare";

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
});
