import * as path from "node:path";
import { flinkLabel, flinkMetrics, identityMatchers, type FlinkMetricId } from "../../lib/core/metrics";
import { projectRoot } from "./synth";

/**
 * The recipe behind the advisor's committed scenario fixtures,
 * test/advise/fixtures/<pool>.om: OpenMetrics text that the real-Prometheus
 * tests load with `promtool tsdb create-blocks-from openmetrics`, one file
 * per scenario pool. The files are the data; this module only says how they
 * were made, so a scenario is edited here as a few numbers instead of by
 * hand in hundreds of sample lines, and test/advise/fixtures.test.ts fails
 * when a file differs from what it produces (a renamed metric or label in
 * lib/core/metrics.ts, the one source of the reporter's names and of the
 * advisor's queries, shows up there). Regenerate them with
 * `UPDATE_FIXTURES=1 npx vitest run test/advise/fixtures.test.ts`.
 *
 * Each pool is selected by the labels the emitted reporter configuration
 * adds (identityMatchers), its series named by the catalog. Two hours of
 * samples, one every {@link stepMinutes} minutes, from {@link start}: fixed
 * timestamps, no wall clock.
 */

/** 2026-01-01T00:00:00Z, the first sample. */
export const start = Date.UTC(2026, 0, 1) / 1000;
export const minutes = 120;
/**
 * Minutes between samples: three keeps each file well under 200 KB (one a
 * minute made 300-400 KB). The windows' edges the tests use (00:30, 01:00,
 * 01:30, 02:00) fall on samples and Prometheus's 5-minute lookback bridges
 * the gaps, so every average, lag and coverage is what one a minute gave.
 */
export const stepMinutes = 3;
/** Environment name of the scenario stack. */
export const environment = "shop";

/** A constant, or a function of the minute since {@link start}. */
type Value = number | ((minute: number) => number);

interface TaskSpec {
  readonly name: string;
  /** busyTimeMsPerSecond / backPressuredTimeMsPerSecond of each subtask (by subtask index). */
  readonly busy: readonly Value[];
  readonly backPressured: readonly Value[];
  /** TaskManager of each subtask. */
  readonly tm: readonly string[];
}

export interface PoolSpec {
  readonly pool: string;
  readonly slotsTotal: Value;
  readonly slotsAvailable: Value;
  readonly taskManagers: readonly string[];
  readonly tasks: readonly TaskSpec[];
  readonly cpu: Value;
  readonly gc: Value;
  readonly checkpoint: Value;
  readonly pending?: Value;
}

/** The step change of the --since scenario, at 01:00. */
export const changeMinute = 60;
const after = (before: number, then: number) => (m: number) => (m < changeMinute ? before : then);

export const pools: readonly PoolSpec[] = [
  {
    // All slots occupied, TaskManagers ~94% busy, Kafka lag growing: more TaskManagers.
    pool: "busy",
    slotsTotal: 4,
    slotsAvailable: 0,
    taskManagers: ["busy-tm-1", "busy-tm-2"],
    tasks: [
      {
        name: "Source: orders -> Parse",
        busy: [900, 900],
        backPressured: [80, 80],
        tm: ["busy-tm-1", "busy-tm-2"],
      },
      {
        name: "Enrich -> Sink: enriched",
        busy: [970, 970],
        backPressured: [0, 0],
        tm: ["busy-tm-1", "busy-tm-2"],
      },
    ],
    cpu: 0.95,
    gc: 40,
    checkpoint: 3000,
    pending: (m) => 10_000 + 4_000 * m,
  },
  {
    // Slots full, CPU at 20%: light jobs, more slots per TaskManager.
    pool: "light",
    slotsTotal: 4,
    slotsAvailable: 0,
    taskManagers: ["light-tm-1", "light-tm-2"],
    tasks: [
      {
        name: "Source: events -> Filter -> Sink: kept",
        busy: [300, 300, 300, 300],
        backPressured: [0, 0, 0, 0],
        tm: ["light-tm-1", "light-tm-1", "light-tm-2", "light-tm-2"],
      },
    ],
    cpu: 0.2,
    gc: 5,
    checkpoint: 500,
    pending: 2_000,
  },
  {
    // One idle slot, the source back-pressured behind one hot window subtask: skew.
    pool: "skew",
    slotsTotal: 4,
    slotsAvailable: 1,
    taskManagers: ["skew-tm-1", "skew-tm-2"],
    tasks: [
      { name: "Source: clicks", busy: [150], backPressured: [700], tm: ["skew-tm-1"] },
      { name: "Window(user)", busy: [980, 200], backPressured: [0, 0], tm: ["skew-tm-1", "skew-tm-2"] },
    ],
    cpu: 0.55,
    gc: 20,
    checkpoint: 4000,
    pending: 50_000,
  },
  {
    // Two of eight slots used, 10% busy: scale down.
    pool: "idle",
    slotsTotal: 8,
    slotsAvailable: 6,
    taskManagers: ["idle-tm-1", "idle-tm-2", "idle-tm-3", "idle-tm-4"],
    tasks: [
      {
        name: "Source: audit -> Sink: archive",
        busy: [100, 100],
        backPressured: [0, 0],
        tm: ["idle-tm-1", "idle-tm-2"],
      },
    ],
    cpu: 0.1,
    gc: 2,
    checkpoint: 300,
    pending: 0,
  },
  {
    // Slots per TaskManager raised 2 -> 4 at 01:00; GC, checkpoints and back-pressure got worse.
    pool: "tuned",
    slotsTotal: after(4, 8),
    slotsAvailable: 0,
    taskManagers: ["tuned-tm-1", "tuned-tm-2"],
    tasks: [
      {
        name: "Source: payments -> Score",
        busy: [after(600, 800), after(600, 800)],
        backPressured: [after(50, 250), after(50, 250)],
        tm: ["tuned-tm-1", "tuned-tm-2"],
      },
    ],
    cpu: after(0.45, 0.7),
    gc: after(20, 180),
    checkpoint: after(2000, 9000),
    pending: (m) => (m < changeMinute ? 5_000 : 5_000 + 3_000 * (m - changeMinute)),
  },
];

const at = (v: Value, m: number) => (typeof v === "number" ? v : v(m));

type Line = { labels: Record<string, string>; value: Value };

function families(spec: PoolSpec): Map<FlinkMetricId, Line[]> {
  const id = identityMatchers({ environment, pool: spec.pool });
  const out = new Map<FlinkMetricId, Line[]>();
  const add = (metric: FlinkMetricId, labels: Record<string, string>, value: Value) =>
    out.set(metric, [...(out.get(metric) ?? []), { labels: { ...id, ...labels }, value }]);
  const jm = { [flinkLabel.host]: `${spec.pool}-jm` };
  add("slotsTotal", jm, spec.slotsTotal);
  add("slotsAvailable", jm, spec.slotsAvailable);
  add("taskManagers", jm, spec.taskManagers.length);
  add("checkpointDuration", { ...jm, [flinkLabel.jobName]: `${spec.pool}-job` }, spec.checkpoint);
  for (const tm of spec.taskManagers) {
    add("cpuLoad", { [flinkLabel.taskManagerId]: tm }, spec.cpu);
    add("gcTime", { [flinkLabel.taskManagerId]: tm }, spec.gc);
  }
  for (const task of spec.tasks) {
    task.busy.forEach((busy, i) => {
      const labels = {
        [flinkLabel.taskManagerId]: task.tm[i],
        [flinkLabel.jobName]: `${spec.pool}-job`,
        [flinkLabel.taskName]: task.name,
        [flinkLabel.subtaskIndex]: String(i),
      };
      add("busyTime", labels, busy);
      add("backPressuredTime", labels, task.backPressured[i]);
    });
  }
  if (spec.pending !== undefined) {
    const source = spec.tasks[0];
    add(
      "pendingRecords",
      {
        [flinkLabel.taskManagerId]: source.tm[0],
        [flinkLabel.taskName]: source.name,
        [flinkLabel.operatorName]: source.name.split(" -> ")[0],
        [flinkLabel.subtaskIndex]: "0",
      },
      spec.pending,
    );
  }
  return out;
}

/** Where the committed fixtures live. */
export const fixturesDir = path.join(projectRoot, "test", "advise", "fixtures");

/** The committed fixture file of `pool`. */
export const fixtureFile = (pool: string) => path.join(fixturesDir, `${pool}.om`);

/**
 * The Confluent Cloud scenarios' Metrics API answers (`data` per pool id and
 * metric), committed as written: advise-cloud.test.ts serves them.
 */
export const cloudFixtureFile = path.join(fixturesDir, "cloud-metrics.json");

/** The OpenMetrics text of one scenario pool (families contiguous, samples in time order). */
export function scenarioOpenMetrics(spec: PoolSpec): string {
  const out: string[] = [];
  for (const [metric, lines] of families(spec)) {
    const name = flinkMetrics[metric].prometheus;
    out.push(`# HELP ${name} ${flinkMetrics[metric].help}`, `# TYPE ${name} gauge`);
    for (const line of lines) {
      const labels = Object.entries(line.labels)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(",");
      for (let m = 0; m <= minutes; m += stepMinutes)
        out.push(`${name}{${labels}} ${at(line.value, m)} ${start + m * 60}`);
    }
  }
  out.push("# EOF", "");
  return out.join("\n");
}
