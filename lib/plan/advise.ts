import { ConfigError, type ConfigProblem } from "../core/errors";
import { redactUrl } from "./advise-http";
import { existingStackFile, loadProject, readStackText, stackFileLabel } from "./project";
import { checkStackName } from "./stack-name";
import { editedStackText, scaleEdits } from "./stack-ops";
import { diagnosePool, type Advice } from "./advise-rules";
import { PrometheusClient, readPoolSignals, type Window } from "./advise-prometheus";
import { cloudAuth, diagnoseCloudPool, MetricsApiClient, readCloudSignals } from "./advise-cloud";
import { compareWindows, type Comparison } from "./advise-compare";
import { renderAdvice, scaleCommand, type AdviseFormat } from "./advise-render";
import { selectPools, stackPools } from "./advise-stack";

/**
 * `flink-platform advise`: reads a pool's metrics, decides as the cookbook's
 * scaling recipe does, prints the evidence and the exact `scale` command, and
 * with `--apply` runs that command (the `scale` command itself: the same
 * edit, guardrails, plans and classified diff).
 */

export interface AdviseOptions {
  prometheus?: string;
  metricsApi?: string;
  poolId?: string;
  pool?: string;
  window: string;
  until?: string;
  since?: string;
  apply?: boolean;
  format: AdviseFormat;
}

const metricsApiDefault = "https://api.telemetry.confluent.cloud";

function invalid(problems: ConfigProblem[]): ConfigError {
  return new ConfigError(problems, "Invalid advise flags");
}

/** `--window`: a duration such as 30m, from 5 minutes (a sustained reading) to 7 days. */
export function parseWindow(raw: string): number {
  const m = /^([1-9][0-9]*)(s|m|h|d)$/.exec(raw);
  const seconds = m ? Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "s"] : NaN;
  if (!(seconds >= 300 && seconds <= 7 * 86400)) {
    throw invalid([
      { path: "--window", got: raw, allowed: "a duration from 5m to 7d, such as 30m, 2h or 1d" },
    ]);
  }
  return seconds;
}

/** `--until` / `--since`: an RFC 3339 time or Unix seconds. */
export function parseTime(flag: string, raw: string): Date {
  const ms = /^[0-9]+(\.[0-9]+)?$/.test(raw)
    ? Number(raw) * 1000
    : /^\d{4}-\d{2}-\d{2}T/.test(raw)
      ? Date.parse(raw)
      : NaN;
  if (!Number.isFinite(ms)) {
    throw invalid([
      { path: flag, got: raw, allowed: "an RFC 3339 time such as 2026-01-01T01:00:00Z, or Unix seconds" },
    ]);
  }
  return new Date(ms);
}

function checkUrl(flag: string, raw: string): string {
  try {
    const u = new URL(raw);
    if (u.protocol === "http:" || u.protocol === "https:") return raw;
  } catch {
    // reported below
  }
  throw invalid([{ path: flag, got: redactUrl(raw), allowed: "an http:// or https:// URL" }]);
}

/** Flags that belong to the other kind of stack, named with what to use instead. */
function kindProblems(kind: "kubernetes" | "cloud", opts: AdviseOptions): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (kind === "cloud") {
    if (opts.prometheus !== undefined)
      problems.push({
        path: "--prometheus",
        got: redactUrl(opts.prometheus),
        allowed: "not for a cloud stack (use --metrics-api and --pool-id)",
      });
    if (opts.poolId === undefined)
      problems.push({
        path: "--pool-id",
        got: undefined,
        allowed: "the compute pool's id (lfcp-...), from the stack's outputs",
      });
    if (opts.since !== undefined)
      problems.push({
        path: "--since",
        got: opts.since,
        allowed: "only for Kubernetes stacks (Flink's own metrics)",
      });
  } else {
    if (opts.prometheus === undefined)
      problems.push({
        path: "--prometheus",
        got: undefined,
        allowed: "the URL of the Prometheus that scrapes the stack's clusters",
      });
    for (const [flag, value] of [
      ["--metrics-api", opts.metricsApi],
      ["--pool-id", opts.poolId],
    ] as const) {
      if (value !== undefined)
        problems.push({ path: flag, got: redactUrl(value), allowed: "only for cloud stacks" });
    }
  }
  return problems;
}

/** Checks a proposal against the stack's schema and guardrails (no synth); a refusal becomes a warning. */
function guarded(projectDir: string, stack: string, file: string, a: Advice): Advice {
  if (a.scale === undefined) return a;
  const project = loadProject(projectDir);
  const flags = Object.fromEntries(
    Object.entries(a.scale).map(([flag, v]) => [
      flag.replace(/^--/, "").replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()),
      String(v),
    ]),
  );
  try {
    const text = readStackText(project, stack);
    editedStackText(project, stack, scaleEdits(project, text, { pool: a.pool, ...flags }, file));
    return a;
  } catch (err) {
    if (!ConfigError.isConfigError(err)) throw err;
    const { scale: _s, ...rest } = a;
    return {
      ...rest,
      warnings: [...a.warnings, `the stack's guardrails refuse the change: ${(err as Error).message}`],
    };
  }
}

export async function advise(
  projectDir: string,
  stack: string,
  opts: AdviseOptions,
): Promise<{ output: string; apply?: { pool: string; flags: Record<string, number> } }> {
  checkStackName(stack, "<stack>");
  const project = loadProject(projectDir);
  const file = stackFileLabel(project, existingStackFile(project, stack));
  const seconds = parseWindow(opts.window);
  const end = opts.until === undefined ? new Date() : parseTime("--until", opts.until);
  const since = opts.since === undefined ? undefined : parseTime("--since", opts.since);
  const stackInfo = stackPools(project, readStackText(project, stack), file);
  const problems = kindProblems(stackInfo.kind, opts);
  if (since !== undefined && end.getTime() - seconds * 1000 < since.getTime()) {
    problems.push({
      path: "--since",
      got: opts.since,
      allowed: `a time at least --window (${opts.window}) before --until (${end.toISOString()})`,
      hint: "The window after the change must start after it; wait or use a shorter --window.",
    });
  }
  if (problems.length > 0) throw invalid(problems);
  const win: Window = { end, seconds };
  const window = { start: new Date(end.getTime() - seconds * 1000).toISOString(), end: end.toISOString() };
  let advice: Advice[] = [];
  const comparisons: Comparison[] = [];
  if (stackInfo.kind === "cloud") {
    if (opts.pool === undefined && stackInfo.pools.length > 1) {
      throw invalid([
        {
          path: "--pool",
          got: undefined,
          allowed: `one of ${stackInfo.pools.map((p) => p.name).join(", ")} (the pool --pool-id is)`,
        },
      ]);
    }
    const [pool] = selectPools(stackInfo.pools, opts.pool);
    const client = new MetricsApiClient(
      checkUrl("--metrics-api", opts.metricsApi ?? metricsApiDefault),
      cloudAuth(),
    );
    advice.push(diagnoseCloudPool(pool, await readCloudSignals(client, opts.poolId!, win)));
  } else {
    const client = new PrometheusClient(checkUrl("--prometheus", opts.prometheus!));
    for (const pool of selectPools(stackInfo.pools, opts.pool)) {
      const identity = { environment: stackInfo.environment, pool: pool.name };
      if (since !== undefined) {
        // The window before ends just before the change: a sample at the change's instant is the new shape's.
        const before = await readPoolSignals(
          client,
          identity,
          { end: new Date(since.getTime() - 1000), seconds },
          "--since",
        );
        const after = await readPoolSignals(client, identity, win, "--window");
        comparisons.push(compareWindows(pool.name, before, after));
      } else {
        const signals = await readPoolSignals(client, identity, win, "--window");
        advice.push(diagnosePool(pool, signals, stackInfo.jobs[pool.name] ?? []));
      }
    }
  }
  advice = advice.map((a) => guarded(projectDir, stack, file, a));
  const output = renderAdvice(
    { stack, window, advice: since ? undefined : advice, comparisons: since ? comparisons : undefined },
    opts.format,
  );
  if (!opts.apply) return { output };
  const proposals = [
    ...advice.filter((a) => a.scale).map((a) => ({ pool: a.pool, flags: { ...a.scale! } })),
    ...comparisons.filter((c) => c.revert).map((c) => ({ pool: c.pool, flags: { ...c.revert! } })),
  ];
  if (proposals.length > 1) {
    throw invalid([
      {
        path: "--apply",
        got: proposals.map((p) => scaleCommand(stack, p.pool, p.flags)).join("; "),
        allowed: "one proposal at a time: add --pool",
      },
    ]);
  }
  return { output, apply: proposals[0] };
}
