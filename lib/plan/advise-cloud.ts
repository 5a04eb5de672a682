import { cloudMetrics, cloudPoolLabel } from "../core/metrics";
import { ConfigError } from "../core/errors";
import { maxCfuValues } from "../cloud/config-values";
import { httpError, httpJson, type HttpLimits } from "./advise-http";
import { lagGrowing, Verdict, type Advice, type Evidence } from "./advise-rules";
import type { Window } from "./advise-prometheus";

/**
 * The Confluent Cloud face of `advise`: a compute pool's CFU use and its
 * statements' backlog from the Confluent Cloud Metrics API, and the recipe's
 * rule for CFU pools (at maxCfu with degraded statements: raise maxCfu, or
 * add a pool at the largest documented limit).
 *
 * API (https://api.telemetry.confluent.cloud/docs): POST
 * /v2/metrics/cloud/query with `{aggregations: [{metric}], filter: {field,
 * op: "EQ", value}, granularity: "PT1M", intervals: ["<start>/<end>"],
 * group_by?, limit}`, HTTP Basic with a Cloud API key; the default (FLAT)
 * answer is `{data: [{timestamp, value, <group_by labels>}], meta:
 * {pagination}}`, errors `{errors: [{status, detail}]}`.
 */

const flag = "--metrics-api";
const statementLabel = "resource.flink_statement.name";

/** Environment variables holding the Cloud API key the Metrics API requires. */
export const cloudKeyEnv = { key: "CONFLUENT_CLOUD_API_KEY", secret: "CONFLUENT_CLOUD_API_SECRET" } as const;

export interface CloudPoint {
  readonly timestamp: string;
  readonly value: number;
  readonly labels: Readonly<Record<string, string>>;
}

/** The query API of the Metrics API, with a Cloud API key (never printed). */
export class MetricsApiClient {
  constructor(
    private readonly base: string,
    private readonly auth: { key: string; secret: string },
    private readonly limits: HttpLimits = {},
  ) {}

  async query(metric: string, poolId: string, win: Window, groupBy?: string): Promise<CloudPoint[]> {
    const start = new Date(win.end.getTime() - win.seconds * 1000);
    const body = {
      aggregations: [{ metric }],
      filter: { field: cloudPoolLabel, op: "EQ", value: poolId },
      granularity: "PT1M",
      intervals: [`${start.toISOString()}/${win.end.toISOString()}`],
      ...(groupBy === undefined ? {} : { group_by: [groupBy] }),
      limit: 1000,
    };
    const url = `${this.base.replace(/\/+$/, "")}/v2/metrics/cloud/query`;
    const answer = await httpJson({
      flag,
      url,
      shown: this.base,
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Basic ${Buffer.from(`${this.auth.key}:${this.auth.secret}`).toString("base64")}`,
      },
      body: JSON.stringify(body),
      ...this.limits,
    });
    const json = answer.json as
      { data?: Record<string, unknown>[]; errors?: { detail?: string }[] } | undefined;
    if (answer.status === 200 && Array.isArray(json?.data)) {
      return json.data.map((row) => {
        const { timestamp, value, ...labels } = row;
        return {
          timestamp: String(timestamp),
          value: Number(value),
          labels: labels as Record<string, string>,
        };
      });
    }
    const detail = json?.errors?.map((e) => e.detail).join("; ");
    throw httpError(
      flag,
      this.base,
      "the Confluent Cloud Metrics API (https://api.telemetry.confluent.cloud) with a Cloud API key",
      `Query ${metric} answered HTTP ${answer.status}${detail ? `: ${detail}` : ""}.`,
    );
  }
}

/** The Cloud API key from the environment; refuses, naming the variable, when it is missing. */
export function cloudAuth(env: NodeJS.ProcessEnv = process.env): { key: string; secret: string } {
  const missing = Object.values(cloudKeyEnv).filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new ConfigError(
      missing.map((name) => ({
        path: name,
        got: undefined,
        allowed: "a Confluent Cloud API key (resource scope: Cloud resource management) for the Metrics API",
        hint: `export ${name}=... (it is never printed)`,
      })),
      "Cannot advise",
    );
  }
  return { key: env[cloudKeyEnv.key]!, secret: env[cloudKeyEnv.secret]! };
}

export interface CloudSignals {
  readonly currentCfus: number;
  readonly peakCfus: number;
  readonly cfuLimit: number;
  /** Statements whose backlog grew over the window, with their backlog at start and end. */
  readonly degraded: readonly { statement: string; start: number; end: number }[];
}

function noSeries(poolId: string, metric: string): ConfigError {
  return new ConfigError(
    [
      {
        path: "--pool-id",
        got: poolId,
        allowed: `a compute pool id with data in the window (${metric})`,
        hint: "Use the pool id of the stack's outputs (lfcp-...), or another --window/--until.",
      },
    ],
    "Cannot advise",
  );
}

/** Reads a Cloud pool's CFU use and statement backlogs over the window. */
export async function readCloudSignals(
  client: MetricsApiClient,
  poolId: string,
  win: Window,
): Promise<CloudSignals> {
  const [cfus, limit, pending] = await Promise.all([
    client.query(cloudMetrics.currentCfus, poolId, win),
    client.query(cloudMetrics.cfuLimit, poolId, win),
    client.query(cloudMetrics.pendingRecords, poolId, win, statementLabel),
  ]);
  if (cfus.length === 0) throw noSeries(poolId, cloudMetrics.currentCfus);
  if (limit.length === 0) throw noSeries(poolId, cloudMetrics.cfuLimit);
  const times = cfus.map((p) => Date.parse(p.timestamp)).filter(Number.isFinite);
  const covered = (Math.max(...times) - Math.min(...times)) / 1000 + 60;
  if (covered < 0.9 * win.seconds) {
    throw new ConfigError(
      [
        {
          path: "--window",
          got: `${win.seconds}s ending ${win.end.toISOString()}`,
          allowed: "a window the pool's data covers (at least 90% of it)",
          hint: `Pool ${poolId} has data for only ${Math.round(covered)}s of it: too short to decide.`,
        },
      ],
      "Cannot advise",
    );
  }
  const byStatement = new Map<string, CloudPoint[]>();
  for (const p of pending) {
    const name = p.labels[statementLabel] ?? "(unnamed statement)";
    byStatement.set(name, [...(byStatement.get(name) ?? []), p]);
  }
  const degraded = [...byStatement]
    .map(([statement, points]) => {
      const sorted = [...points].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
      return { statement, start: sorted[0].value, end: sorted[sorted.length - 1].value };
    })
    .filter((s) => lagGrowing(s))
    .sort((a, b) => a.statement.localeCompare(b.statement));
  return {
    currentCfus: cfus.reduce((sum, p) => sum + p.value, 0) / cfus.length,
    peakCfus: Math.max(...cfus.map((p) => p.value)),
    cfuLimit: Math.max(...limit.map((p) => p.value)),
    degraded,
  };
}

const num = (n: number) => Math.round(n * 100) / 100;

/** The recipe's rule for a Confluent Cloud pool whose stack sets `maxCfu`. */
export function diagnoseCloudPool(pool: { name: string; maxCfu: number }, s: CloudSignals): Advice {
  const evidence: Evidence[] = [
    { name: "CFUs (mean)", value: num(s.currentCfus), unit: `of ${num(s.cfuLimit)}` },
    { name: "CFUs (peak)", value: num(s.peakCfus), unit: `of ${num(s.cfuLimit)}` },
    { name: "degraded statements", value: s.degraded.length, unit: "with growing backlog" },
  ];
  const atLimit = s.peakCfus >= s.cfuLimit && s.currentCfus >= 0.9 * s.cfuLimit;
  const names = s.degraded.map((d) => `${d.statement} (${num(d.start)} -> ${num(d.end)} pending)`).join(", ");
  if (!atLimit || s.degraded.length === 0) {
    return {
      pool: pool.name,
      verdict: Verdict.NoChange,
      summary: atLimit
        ? "the pool uses its maxCfu but no statement falls behind: no change"
        : "the pool has CFUs to spare: no change",
      evidence,
      warnings: [],
    };
  }
  const next = maxCfuValues.find((v) => v > pool.maxCfu);
  if (next === undefined) {
    return {
      pool: pool.name,
      verdict: Verdict.AddPool,
      summary: `at the largest maxCfu (${pool.maxCfu}) with degraded statements ${names}: add a pool to cloud.pools and move statements to it`,
      evidence,
      warnings: [],
    };
  }
  return {
    pool: pool.name,
    verdict: Verdict.RaiseMaxCfu,
    summary: `CFU use at maxCfu ${pool.maxCfu} with degraded statements ${names}: raise maxCfu (${pool.maxCfu} -> ${next})`,
    evidence,
    scale: { "--max-cfu": next },
    warnings: ["Confluent Cloud does not support lowering a pool's maxCfu later"],
  };
}
