import type { PoolSignals } from "./advise-rules";

/**
 * `advise --since`: the recipe's Monitor step. The window before a change is
 * compared with the latest window after it, signal by signal ("backpressure
 * decreases, checkpoint durations stabilize, TM CPU/memory in a reasonable
 * range"); when the change made things worse, the revert is proposed, read
 * from the metrics themselves (TaskManagers and slots per TaskManager before
 * the change), so it needs no history of the stack file.
 */

export type Trend = "better" | "worse" | "same";

export interface SignalChange {
  readonly name: string;
  readonly before: number;
  readonly after: number;
  readonly unit: string;
  readonly trend: Trend;
}

export interface Comparison {
  readonly pool: string;
  readonly changes: readonly SignalChange[];
  /** worse: something got worse and nothing better; better: the reverse; mixed or same otherwise. */
  readonly verdict: "better" | "worse" | "mixed" | "same";
  /** The `scale` flags that restore the shape before the change, when it got worse. */
  readonly revert?: Readonly<Record<string, number>>;
  readonly shape: { readonly before: Shape; readonly after: Shape };
}

interface Shape {
  readonly taskManagers: number;
  readonly slots: number;
}

/** A change smaller than this share (or than `floor` in the signal's unit) is "same". */
const tolerance = 0.1;

function trend(before: number, after: number, floor: number, lowerIsBetter = true): Trend {
  const delta = after - before;
  if (Math.abs(delta) <= Math.max(floor, tolerance * Math.abs(before))) return "same";
  return delta < 0 === lowerIsBetter ? "better" : "worse";
}

const round = (n: number) => Math.round(n * 100) / 100;

function change(name: string, before: number, after: number, unit: string, floor: number): SignalChange {
  return { name, before: round(before), after: round(after), unit, trend: trend(before, after, floor) };
}

function shapeOf(s: PoolSignals): Shape {
  const taskManagers = Math.round(s.taskManagers);
  return { taskManagers, slots: taskManagers > 0 ? Math.round(s.slotsTotal / taskManagers) : 0 };
}

/** Compares the windows before and after a change of one pool. */
export function compareWindows(pool: string, before: PoolSignals, after: PoolSignals): Comparison {
  const changes: SignalChange[] = [
    change("worst back-pressure", before.backPressure * 100, after.backPressure * 100, "%", 2),
  ];
  if (before.lag !== undefined && after.lag !== undefined) {
    changes.push(
      change(
        "Kafka lag growth",
        before.lag.end - before.lag.start,
        after.lag.end - after.lag.start,
        "records per window",
        1000,
      ),
    );
  }
  if (before.checkpointMs !== undefined && after.checkpointMs !== undefined) {
    changes.push(change("checkpoint duration", before.checkpointMs, after.checkpointMs, "ms", 100));
  }
  // CPU: higher use is not worse by itself; it is once it nears saturation.
  const cpu = change("TaskManager CPU", before.cpu * 100, after.cpu * 100, "%", 5);
  changes.push(cpu.trend === "worse" && after.cpu < 0.85 ? { ...cpu, trend: "same" } : cpu);
  if (before.gcMsPerSecond !== undefined && after.gcMsPerSecond !== undefined) {
    changes.push(change("GC time", before.gcMsPerSecond, after.gcMsPerSecond, "ms/s", 5));
  }
  const worse = changes.some((c) => c.trend === "worse");
  const better = changes.some((c) => c.trend === "better");
  const verdict = worse ? (better ? "mixed" : "worse") : better ? "better" : "same";
  const shape = { before: shapeOf(before), after: shapeOf(after) };
  let revert: Record<string, number> | undefined;
  if (verdict === "worse") {
    revert = {};
    if (shape.before.taskManagers !== shape.after.taskManagers)
      revert["--task-managers"] = shape.before.taskManagers;
    if (shape.before.slots !== shape.after.slots) revert["--slots"] = shape.before.slots;
    if (Object.keys(revert).length === 0) revert = undefined;
  }
  return { pool, changes, verdict, revert, shape };
}
