/**
 * The diagnosis of `advise`: the cookbook's scaling recipe as pure rules over
 * the numbers read for one pool ("Are TaskManagers at or near 100% busy? Are
 * all slots occupied? Are there idle slots but backpressure at specific
 * operators?"). Every rule returns the evidence it decided on; none runs on
 * missing data (the readers refuse before a rule sees a gap).
 */

/** One task (operator chain) of the pool's jobs over the window. */
export interface TaskLoad {
  readonly task: string;
  /** Share of time busy, 0..1 (busyTimeMsPerSecond / 1000, busiest subtask). */
  readonly busy: number;
  /** Share of time back-pressured, 0..1 (worst subtask). */
  readonly backPressured: number;
}

/** What was read for a Kubernetes pool over one window (averages over the window). */
export interface PoolSignals {
  readonly slotsTotal: number;
  readonly slotsAvailable: number;
  /** Busy share of the busiest TaskManager (mean over its subtasks), 0..1. */
  readonly tmBusy: number;
  /** Worst task's back-pressured share, 0..1. */
  readonly backPressure: number;
  readonly tasks: readonly TaskLoad[];
  /** JVM CPU load of the TaskManagers (mean), 0..1 of the TaskManager's CPUs. */
  readonly cpu: number;
  /** Records the Kafka sources have not fetched, at the window's start and end. */
  readonly lag?: { readonly start: number; readonly end: number };
  /** GC time, ms per second (mean of the TaskManagers). */
  readonly gcMsPerSecond?: number;
  /** lastCheckpointDuration, ms (worst job, mean over the window). */
  readonly checkpointMs?: number;
  /** TaskManagers registered (mean over the window). */
  readonly taskManagers: number;
}

/** The pool as the stack configures it. */
export interface PoolShape {
  readonly name: string;
  readonly taskManagers: number;
  readonly slots: number;
  readonly cpu: number;
}

/** Applications the stack runs on the pool (session jobs). */
export interface PoolJob {
  readonly name: string;
  readonly parallelism: number;
  readonly stateful: boolean;
  readonly upgradeMode: string;
}

export const Verdict = {
  MoreTaskManagers: "more-taskmanagers",
  MoreSlots: "more-slots",
  NotCapacity: "not-capacity",
  ScaleDown: "scale-down",
  NoChange: "no-change",
  RaiseMaxCfu: "raise-max-cfu",
  AddPool: "add-pool",
} as const;
export type Verdict = (typeof Verdict)[keyof typeof Verdict];

/** A number the decision rests on, as read. */
export interface Evidence {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

export interface Advice {
  readonly pool: string;
  readonly verdict: Verdict;
  readonly summary: string;
  readonly evidence: readonly Evidence[];
  /** The `scale` flags of the proposal (none when no change is proposed). */
  readonly scale?: Readonly<Record<string, number>>;
  readonly warnings: readonly string[];
  /** The tasks a not-capacity diagnosis points at. */
  readonly hotTasks?: readonly string[];
}

/**
 * Thresholds of the rules. Back-pressure follows the Flink web UI's levels
 * (OK up to 10%, LOW up to 50%, HIGH above:
 * https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/ops/monitoring/back_pressure/).
 */
export const thresholds = {
  /** A TaskManager this busy is "at or near 100% busy". */
  busyHigh: 0.85,
  /** Back-pressure above the UI's OK level. */
  backPressure: 0.1,
  /** CPU below this share of the TaskManager's cores is "low" (room for more slots). */
  cpuLow: 0.5,
  /** Busy and CPU below this, with no back-pressure or lag growth: underutilized. */
  idle: 0.3,
  /** Utilization a proposal aims at after the change. */
  target: 0.7,
  /** Lag grows when it rose by more than this share of its start and more than `lagFloor` records. */
  lagGrowth: 0.1,
  lagFloor: 1000,
} as const;

const pct = (share: number) => Math.round(share * 1000) / 10;
const num = (n: number) => Math.round(n * 100) / 100;

/** Whether the Kafka lag grew over the window. */
export function lagGrowing(lag: PoolSignals["lag"]): boolean {
  if (lag === undefined) return false;
  const growth = lag.end - lag.start;
  return growth > thresholds.lagFloor && growth > thresholds.lagGrowth * lag.start;
}

/** The numbers of a Kubernetes pool, in the order a person reads them. */
export function poolEvidence(s: PoolSignals): Evidence[] {
  const e: Evidence[] = [
    { name: "slots used", value: num(s.slotsTotal - s.slotsAvailable), unit: `of ${num(s.slotsTotal)}` },
    { name: "busiest TaskManager busy", value: pct(s.tmBusy), unit: "%" },
    { name: "worst back-pressure", value: pct(s.backPressure), unit: "%" },
    { name: "TaskManager CPU", value: pct(s.cpu), unit: "%" },
  ];
  if (s.lag !== undefined)
    e.push({ name: "Kafka lag change", value: num(s.lag.end - s.lag.start), unit: "records" });
  if (s.gcMsPerSecond !== undefined) e.push({ name: "GC time", value: num(s.gcMsPerSecond), unit: "ms/s" });
  if (s.checkpointMs !== undefined)
    e.push({ name: "checkpoint duration", value: num(s.checkpointMs), unit: "ms" });
  return e;
}

const restartWarning =
  "changing slots (taskmanager.numberOfTaskSlots) restarts the pool's TaskManagers and the jobs on them";

function moreTaskManagers(pool: PoolShape, s: PoolSignals, evidence: Evidence[], why: string): Advice {
  const taskManagers = Math.max(
    pool.taskManagers + 1,
    Math.ceil((pool.taskManagers * s.tmBusy) / thresholds.target),
  );
  return {
    pool: pool.name,
    verdict: Verdict.MoreTaskManagers,
    summary: `${why}: add TaskManagers (${pool.taskManagers} -> ${taskManagers}) for about ${pct(thresholds.target)}% busy`,
    evidence,
    scale: { "--task-managers": taskManagers },
    warnings: [],
  };
}

/** The scale-down a low-utilization pool allows, within the parallelism and state guardrails. */
function scaleDown(pool: PoolShape, s: PoolSignals, jobs: readonly PoolJob[], evidence: Evidence[]): Advice {
  const usedSlots = Math.ceil(s.slotsTotal - s.slotsAvailable - 1e-9);
  const widest = Math.max(0, ...jobs.map((j) => j.parallelism));
  const demand = Math.max(
    usedSlots,
    widest,
    Math.ceil((pool.taskManagers * pool.slots * s.tmBusy) / thresholds.target),
  );
  const taskManagers = Math.max(1, Math.ceil(demand / pool.slots));
  const keep = (summary: string): Advice => ({
    pool: pool.name,
    verdict: Verdict.NoChange,
    summary,
    evidence,
    warnings: [],
  });
  if (taskManagers >= pool.taskManagers) {
    return keep(
      `low utilization, but the used slots (${usedSlots}) and job parallelism (${widest}) need all ${pool.taskManagers} TaskManagers: no change`,
    );
  }
  const unsafe = jobs.filter((j) => j.stateful && j.upgradeMode === "stateless");
  if (unsafe.length > 0) {
    return keep(
      `low utilization, but a scale-down restarts ${unsafe.map((j) => j.name).join(", ")}, stateful with upgradeMode stateless (its state would be lost): no change`,
    );
  }
  const stateful = jobs.filter((j) => j.stateful).map((j) => j.name);
  return {
    pool: pool.name,
    verdict: Verdict.ScaleDown,
    summary: `sustained low utilization: remove TaskManagers (${pool.taskManagers} -> ${taskManagers}), keeping ${usedSlots} used slots and parallelism ${widest}`,
    evidence,
    scale: { "--task-managers": taskManagers },
    warnings:
      stateful.length > 0
        ? [`stateful jobs on the pool (${stateful.join(", ")}) restart from a savepoint or their last state`]
        : [],
  };
}

/** The recipe's decision for one Kubernetes pool. */
export function diagnosePool(pool: PoolShape, s: PoolSignals, jobs: readonly PoolJob[] = []): Advice {
  const evidence = poolEvidence(s);
  const slotsFull = s.slotsAvailable < 0.5;
  const busy = s.tmBusy >= thresholds.busyHigh;
  const backPressured = s.backPressure >= thresholds.backPressure;
  const growing = lagGrowing(s.lag);
  if (slotsFull && busy && (backPressured || growing)) {
    return moreTaskManagers(
      pool,
      s,
      evidence,
      `all slots occupied and TaskManagers ${pct(s.tmBusy)}% busy with ${backPressured ? "back-pressure" : "growing lag"}`,
    );
  }
  if (slotsFull && !busy && s.cpu < thresholds.cpuLow) {
    // One core per busy slot (cookbook; guardrails.cpuPerSlot): never more slots than cores.
    const cores = Math.floor(pool.cpu);
    const slots = Math.min(
      cores,
      Math.max(pool.slots + 1, Math.floor((pool.slots * thresholds.target) / Math.max(s.cpu, 0.01))),
    );
    if (slots > pool.slots) {
      return {
        pool: pool.name,
        verdict: Verdict.MoreSlots,
        summary: `all slots occupied while TaskManager CPU stays at ${pct(s.cpu)}%: more slots per TaskManager (${pool.slots} -> ${slots}, at most one per core of ${num(pool.cpu)})`,
        evidence,
        scale: { "--slots": slots },
        warnings: [restartWarning],
      };
    }
  }
  if (!slotsFull && backPressured) {
    const hot = s.tasks.filter((t) => t.busy >= thresholds.busyHigh).map((t) => t.task);
    const pressured = s.tasks.filter((t) => t.backPressured >= thresholds.backPressure).map((t) => t.task);
    return {
      pool: pool.name,
      verdict: Verdict.NotCapacity,
      summary: `${num(s.slotsAvailable)} idle slot${num(s.slotsAvailable) === 1 ? "" : "s"} but back-pressure at ${pressured.join(", ")}: not a capacity problem (skew or job parallelism); look at ${hot.length > 0 ? hot.join(", ") : "the back-pressured tasks' downstream"}`,
      evidence,
      warnings: [],
      hotTasks: hot,
    };
  }
  if (s.tmBusy < thresholds.idle && s.cpu < thresholds.idle && !backPressured && !growing) {
    return scaleDown(pool, s, jobs, evidence);
  }
  return {
    pool: pool.name,
    verdict: Verdict.NoChange,
    summary: "the pool keeps up: no change",
    evidence,
    warnings: [],
  };
}
