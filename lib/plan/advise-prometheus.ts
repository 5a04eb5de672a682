import { flinkLabel, flinkMetrics, identityMatchers, type ClusterIdentity } from "../core/metrics";
import { ConfigError } from "../core/errors";
import { httpError, httpJson, type HttpLimits } from "./advise-http";
import type { PoolSignals, TaskLoad } from "./advise-rules";

/**
 * Reads a pool's signals from the Prometheus HTTP API (instant queries at the
 * window's end, one range query for the window's coverage), selecting the
 * pool by the labels its reporter configuration adds (lib/core/metrics.ts).
 * API: https://prometheus.io/docs/prometheus/latest/querying/api/ — GET
 * /api/v1/query (`query`, `time`) answers
 * `{status: "success", data: {resultType: "vector", result: [{metric, value: [t, "v"]}]}}`,
 * /api/v1/query_range (`start`, `end`, `step`) a "matrix" of `{metric, values}`;
 * failures `{status: "error", errorType, error}` with 400, 422 or 503.
 */

export interface Sample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}
export interface Series {
  readonly labels: Readonly<Record<string, string>>;
  readonly points: readonly [number, number][];
}

const flag = "--prometheus";

/** The query API of one Prometheus server. */
export class PrometheusClient {
  constructor(
    private readonly base: string,
    private readonly limits: HttpLimits = {},
  ) {}

  private async get(pathAndQuery: string, query: string): Promise<{ resultType: string; result: unknown[] }> {
    const url = `${this.base.replace(/\/+$/, "")}${pathAndQuery}`;
    const answer = await httpJson({ flag, url, shown: this.base, ...this.limits });
    const body = answer.json as
      | {
          status?: string;
          data?: { resultType: string; result: unknown[] };
          errorType?: string;
          error?: string;
        }
      | undefined;
    if (body?.status === "success" && body.data && Array.isArray(body.data.result)) return body.data;
    if (body?.status === "error") {
      throw httpError(
        flag,
        this.base,
        "a Prometheus that answers the advisor's queries",
        `Query ${query} failed: ${body.errorType ?? "error"}: ${body.error ?? "(no message)"}`,
      );
    }
    throw httpError(
      flag,
      this.base,
      "the base URL of a Prometheus HTTP API (e.g. http://prometheus.monitoring:9090)",
      `GET ${pathAndQuery.split("?")[0]} answered HTTP ${answer.status} without a Prometheus API body.`,
    );
  }

  /** An instant query evaluated at `time`. */
  async instant(query: string, time: Date): Promise<Sample[]> {
    const q = new URLSearchParams({ query, time: String(time.getTime() / 1000) });
    const data = await this.get(`/api/v1/query?${q}`, query);
    return (data.result as { metric: Record<string, string>; value: [number, string] }[])
      .map((r) => ({ labels: r.metric, value: Number(r.value[1]) }))
      .filter((s) => Number.isFinite(s.value));
  }

  /** A range query over [start, end]. */
  async range(query: string, start: Date, end: Date, stepSeconds: number): Promise<Series[]> {
    const q = new URLSearchParams({
      query,
      start: String(start.getTime() / 1000),
      end: String(end.getTime() / 1000),
      step: String(stepSeconds),
    });
    const data = await this.get(`/api/v1/query_range?${q}`, query);
    return (data.result as { metric: Record<string, string>; values: [number, string][] }[]).map((r) => ({
      labels: r.metric,
      points: r.values.map(([t, v]) => [t, Number(v)] as [number, number]),
    }));
  }
}

/** A window of time: [end - seconds, end]. */
export interface Window {
  readonly end: Date;
  readonly seconds: number;
}

/** Renders PromQL label matchers. */
export function selector(matchers: Readonly<Record<string, string>>): string {
  const body = Object.entries(matchers)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(",");
  return `{${body}}`;
}

/** The PromQL of each signal, for a pool's selector and a window (one place, tested against the catalog). */
export function signalQueries(sel: string, seconds: number): Record<string, string> {
  const m = flinkMetrics;
  const w = `[${seconds}s]`;
  const avg = (name: string) => `avg_over_time(${name}${sel}${w})`;
  return {
    coverage: `sum(${m.slotsTotal.prometheus}${sel})`,
    slotsTotal: `sum(${avg(m.slotsTotal.prometheus)})`,
    slotsAvailable: `sum(${avg(m.slotsAvailable.prometheus)})`,
    taskManagers: `sum(${avg(m.taskManagers.prometheus)})`,
    tmBusy: `max(avg by (${flinkLabel.taskManagerId}) (${avg(m.busyTime.prometheus)})) / 1000`,
    taskBusy: `max by (${flinkLabel.taskName}) (${avg(m.busyTime.prometheus)}) / 1000`,
    taskBackPressure: `max by (${flinkLabel.taskName}) (${avg(m.backPressuredTime.prometheus)}) / 1000`,
    cpu: `avg(${avg(m.cpuLoad.prometheus)})`,
    gc: `avg(${avg(m.gcTime.prometheus)})`,
    checkpoint: `max(${avg(m.checkpointDuration.prometheus)})`,
    pending: `sum(${m.pendingRecords.prometheus}${sel})`,
    consumerLag: `sum(${m.consumerLag.prometheus}${sel})`,
  };
}

function noSeries(pool: string, sel: string, what: string): ConfigError {
  return new ConfigError(
    [
      {
        path: "--pool",
        got: pool,
        allowed: `a pool whose clusters report to this Prometheus (series ${what}${sel})`,
        hint: "Turn observability on for the stack, check that Prometheus scrapes the pool's JobManager and TaskManagers, or pick another --window/--until.",
      },
    ],
    "Cannot advise",
  );
}

/** How much of the window the pool's data covers, in seconds; refuses a pool without series. */
async function coverage(
  client: PrometheusClient,
  pool: string,
  sel: string,
  q: string,
  win: Window,
): Promise<number> {
  const start = new Date(win.end.getTime() - win.seconds * 1000);
  const step = Math.max(15, Math.round(win.seconds / 120));
  const series = await client.range(q, start, win.end, step);
  const points = series.flatMap((s) => s.points.map(([t]) => t));
  if (points.length === 0) throw noSeries(pool, sel, flinkMetrics.slotsTotal.prometheus);
  return Math.max(...points) - Math.min(...points) + step;
}

/**
 * Reads the signals of the pool with `identity` over `win`. Refuses (one
 * message naming the flag) when the pool has no series, when its data covers
 * less than 90% of the window, or when a signal the rules need is missing.
 */
export async function readPoolSignals(
  client: PrometheusClient,
  identity: ClusterIdentity & { pool: string },
  win: Window,
  windowFlag: string,
): Promise<PoolSignals> {
  const sel = selector(identityMatchers(identity));
  const q = signalQueries(sel, win.seconds);
  const covered = await coverage(client, identity.pool, sel, q.coverage, win);
  if (covered < 0.9 * win.seconds) {
    throw new ConfigError(
      [
        {
          path: windowFlag,
          got: `${win.seconds}s ending ${win.end.toISOString()}`,
          allowed: "a window the pool's data covers (at least 90% of it)",
          hint: `Pool ${identity.pool} has data for only ${Math.round(covered)}s of it: too short to decide. Use a shorter --window or wait.`,
        },
      ],
      "Cannot advise",
    );
  }
  const at = (query: string, time = win.end) => client.instant(query, time);
  const [slotsTotal, slotsAvailable, taskManagers, tmBusy, taskBusy, taskBp, cpu, gc, checkpoint] =
    await Promise.all(
      [
        q.slotsTotal,
        q.slotsAvailable,
        q.taskManagers,
        q.tmBusy,
        q.taskBusy,
        q.taskBackPressure,
        q.cpu,
        q.gc,
        q.checkpoint,
      ].map((query) => at(query)),
    );
  const one = (samples: Sample[], metric: string): number => {
    if (samples.length === 0) throw noSeries(identity.pool, sel, metric);
    return samples[0].value;
  };
  const tasks: TaskLoad[] = taskBusy
    .map((s) => {
      const task = s.labels[flinkLabel.taskName] ?? "(unnamed task)";
      const bp = taskBp.find((b) => b.labels[flinkLabel.taskName] === task);
      return { task, busy: s.value, backPressured: bp?.value ?? 0 };
    })
    .sort((a, b) => a.task.localeCompare(b.task));
  if (tasks.length === 0) throw noSeries(identity.pool, sel, flinkMetrics.busyTime.prometheus);
  if (taskBp.length === 0) throw noSeries(identity.pool, sel, flinkMetrics.backPressuredTime.prometheus);
  const start = new Date(win.end.getTime() - win.seconds * 1000);
  const lag = await readLag(client, q, start, win.end);
  return {
    slotsTotal: one(slotsTotal, flinkMetrics.slotsTotal.prometheus),
    slotsAvailable: one(slotsAvailable, flinkMetrics.slotsAvailable.prometheus),
    taskManagers: taskManagers[0]?.value ?? 0,
    tmBusy: one(tmBusy, flinkMetrics.busyTime.prometheus),
    backPressure: Math.max(...taskBp.map((s) => s.value)),
    tasks,
    cpu: one(cpu, flinkMetrics.cpuLoad.prometheus),
    lag,
    gcMsPerSecond: gc[0]?.value,
    checkpointMs: checkpoint[0]?.value,
  };
}

/** Kafka lag at the window's start and end: the sources' pendingRecords, else the consumer's lag. */
async function readLag(
  client: PrometheusClient,
  q: Record<string, string>,
  start: Date,
  end: Date,
): Promise<PoolSignals["lag"]> {
  for (const query of [q.pending, q.consumerLag]) {
    const [a, b] = await Promise.all([client.instant(query, start), client.instant(query, end)]);
    if (a.length > 0 && b.length > 0) return { start: a[0].value, end: b[0].value };
  }
  return undefined;
}
