import type { ConfigProblem } from "./errors";
import type { GuardrailResult } from "./guardrails";
import type { ApplicationPlan, PoolPlan } from "./plan";
import type { PodResources } from "./sizes";
import {
  AutoscalerConfig,
  autoscalerConfiguration,
  autoscalerDefaults,
  autoscalerKeys,
} from "./autoscaler-schema";
import type { NamespaceWorkload } from "./namespace-demand";
import { mebibytes } from "./units";

/**
 * The autoscaler's guardrails, over resolved plans (derive.ts runs them with
 * the others). The value rules of one block (bounds, durations) are its
 * schema's; these are the rules that need the pool, the namespace or the
 * job around a block.
 */

/** What the autoscaler guardrails read from a platform plan. */
interface AutoscalerGuardrailInput {
  readonly pools: readonly PoolPlan[];
  readonly applications: readonly ApplicationPlan[];
  /** ResourceQuota of each Flink namespace. */
  readonly namespaceQuota: PodResources;
  /** Everything the platform runs in its Flink namespaces (the namespace-budget guardrail's list). */
  readonly workloads: readonly NamespaceWorkload[];
  /** The JobManager every Flink cluster runs. */
  readonly jobManager: PodResources;
  /** Flink version, e.g. `1.20.1`. */
  readonly flinkVersion: string;
}

/** A block and where it is in the stack config. */
interface Block {
  readonly config: AutoscalerConfig;
  readonly path: string;
  /** Namespace of the cluster the block configures. */
  readonly namespace: string;
  /** That cluster as {@link NamespaceWorkload.label} names it: its pool's, or the application's own. */
  readonly cluster: string;
}

const ns = "flink-platform";

/**
 * The configuration the operator gives a job: its pool's keys overlaid by its
 * own, key by key (FlinkConfigManager#getSessionJobConfig, operator 1.15).
 */
export function effectiveAutoscaler(
  pool: AutoscalerConfig | undefined,
  app: AutoscalerConfig | undefined,
): Record<string, string> {
  return { ...autoscalerConfiguration(pool), ...autoscalerConfiguration(app) };
}

/** Session jobs get no new TaskManagers: the autoscaler may use at most the pool's slots. */
function vertexMaxParallelism(input: AutoscalerGuardrailInput): ConfigProblem[] {
  const problems = new Map<string, ConfigProblem>();
  const check = (pool: PoolPlan, index: number, app?: { plan: ApplicationPlan; index: number }) => {
    const conf = effectiveAutoscaler(pool.autoscaler, app?.plan.autoscaler);
    if (conf[autoscalerKeys.enabled] !== "true") return;
    const capacity = pool.taskManagers * pool.slots;
    const fromApp = app?.plan.autoscaler?.vertexMaxParallelism;
    const fromPool = pool.autoscaler?.vertexMaxParallelism;
    const value = fromApp ?? fromPool ?? autoscalerDefaults.vertexMaxParallelism;
    if (value <= capacity) return;
    const path =
      fromApp === undefined && fromPool !== undefined
        ? `${ns}:pools[${index}].autoscaler.vertexMaxParallelism`
        : `${ns}:${app ? `applications[${app.index}]` : `pools[${index}]`}.autoscaler.vertexMaxParallelism`;
    problems.set(path, {
      path,
      got: fromApp ?? fromPool ?? `${value} (the operator's default)`,
      allowed: `at most ${capacity} (pool ${pool.name}: ${pool.taskManagers} TaskManagers x ${pool.slots} slots; a session cluster does not add TaskManagers)`,
      hint: "Set autoscaler.vertexMaxParallelism, or scale the pool (flink-platform scale --task-managers/--slots).",
    });
  };
  input.pools.forEach((pool, i) => check(pool, i));
  input.applications.forEach((plan, index) => {
    const i = input.pools.findIndex((p) => p.name === plan.pool);
    if (i >= 0) check(input.pools[i], i, { plan, index });
  });
  return [...problems.values()];
}

/**
 * Each block's band holds its own target (its schema checks that); a session
 * job's merged band must too, or the operator's webhook (AutoscalerValidator)
 * rejects the job.
 */
function mergedUtilization(input: AutoscalerGuardrailInput): ConfigProblem[] {
  const k = autoscalerKeys;
  return input.applications.flatMap((app, i) => {
    const pool = input.pools.find((p) => p.name === app.pool);
    if (!pool?.autoscaler || !app.autoscaler) return [];
    const conf = effectiveAutoscaler(pool.autoscaler, app.autoscaler);
    const target = Number(conf[k.utilizationTarget] ?? autoscalerDefaults.utilizationTarget);
    const min = conf[k.utilizationMin];
    const max = conf[k.utilizationMax];
    if ((min === undefined || Number(min) <= target) && (max === undefined || Number(max) >= target))
      return [];
    const band = [min === undefined ? "" : `, min ${min}`, max === undefined ? "" : `, max ${max}`].join("");
    return [
      {
        path: `${ns}:applications[${i}].autoscaler.utilization`,
        got: `target ${target}${band} (merged with pool ${pool.name}'s)`,
        allowed: "min <= target <= max",
        hint: "The operator's webhook (AutoscalerValidator) rejects a job whose merged band does not hold its target.",
      },
    ];
  });
}

/** Flink refuses a max parallelism below the job's parallelism. */
function maxParallelism(input: AutoscalerGuardrailInput): ConfigProblem[] {
  return input.applications.flatMap((app, i) => {
    const pool = input.pools.find((p) => p.name === app.pool);
    const own = app.autoscaler?.maxParallelism;
    const value = own ?? pool?.autoscaler?.maxParallelism;
    if (value === undefined || value >= app.parallelism) return [];
    const where = own !== undefined ? `applications[${i}]` : `pools[${input.pools.indexOf(pool!)}]`;
    return [
      {
        path: `${ns}:${where}.autoscaler.maxParallelism`,
        got: value,
        allowed: `at least the job's parallelism (${app.parallelism})`,
        hint: "Flink refuses a max parallelism below the parallelism; pick one with many divisors (120, 180, 240, 360, 720).",
      },
    ];
  });
}

/**
 * A quota bounds the TaskManagers a rescale may reach
 * (ScalingExecutor#scalingWouldExceedResourceQuota, which compares the new
 * TaskManagers' CPU and memory with it): it must fit the namespace's
 * ResourceQuota next to the cluster's own JobManager and everything else the
 * platform runs in that namespace (other pools, applications, the smoke
 * test), as the namespace-budget guardrail counts them.
 */
function quotaWithinNamespace(input: AutoscalerGuardrailInput, blocks: readonly Block[]): ConfigProblem[] {
  const q = input.namespaceQuota;
  const jm = input.jobManager;
  const hint =
    "A quota the namespace cannot grant lets the autoscaler plan TaskManagers the ResourceQuota rejects.";
  return blocks.flatMap((b) => {
    const out: ConfigProblem[] = [];
    const quota = b.config.quota;
    const where = `the namespace ${b.namespace}'s ResourceQuota`;
    const others = input.workloads.filter(
      (w) => w.namespace === b.namespace && w.label !== b.cluster && (w.cpu > 0 || w.memoryMi > 0),
    );
    const besides = (part: (w: NamespaceWorkload) => string) =>
      others.length === 0
        ? ""
        : ` and the namespace's other workloads (${others.map((w) => `${w.label}: ${part(w)}`).join(", ")})`;
    const otherCpu = others.reduce((n, w) => n + w.cpu, 0);
    const cpu = Math.max(0, Math.round((q.cpu - jm.cpu - otherCpu) * 1000) / 1000);
    if (quota?.cpu !== undefined && quota.cpu > cpu) {
      out.push({
        path: `${b.path}.quota.cpu`,
        got: quota.cpu,
        allowed: `at most ${cpu} CPU: ${where} (${q.cpu} CPU) less the JobManager (${jm.cpu} CPU)${besides((w) => `${Math.round(w.cpu * 1000) / 1000} CPU`)}`,
        hint,
      });
    }
    const otherMem = others.reduce((n, w) => n + w.memoryMi, 0);
    const mem = Math.max(0, mebibytes(q.memory) - mebibytes(jm.memory) - otherMem);
    if (quota?.memory !== undefined && mebibytes(quota.memory) > mem) {
      out.push({
        path: `${b.path}.quota.memory`,
        got: quota.memory,
        allowed: `at most ${mem}Mi: ${where} (${mebibytes(q.memory)}Mi) less the JobManager (${mebibytes(jm.memory)}Mi)${besides((w) => `${w.memoryMi}Mi`)}`,
        hint,
      });
    }
    return out;
  });
}

/** Each autoscaler key in one place: the typed block, not also `configuration`. */
function duplicateKeys(input: AutoscalerGuardrailInput): ConfigProblem[] {
  const fields = Object.entries(autoscalerKeys);
  return input.applications.flatMap((app, i) => {
    const written = autoscalerConfiguration(app.autoscaler);
    return Object.entries(app.configuration ?? {})
      .filter(([key]) => key in written)
      .map(([key, value]) => ({
        path: `${ns}:applications[${i}].configuration["${key}"]`,
        got: value,
        allowed: `not set here: autoscaler.${typedName(fields, key)} writes ${key}`,
        hint: "Set each autoscaler key in one place, the typed autoscaler block.",
      }));
  });
}

/** The block field that writes `key`, as a user writes it (`utilization.target`). */
function typedName(fields: [string, string][], key: string): string {
  const name = fields.find(([, k]) => k === key)?.[0] ?? key;
  const nested = /^(utilization|scaleDown|quota)([A-Z].*)$/.exec(name);
  return nested ? `${nested[1]}.${nested[2][0].toLowerCase()}${nested[2].slice(1)}` : name;
}

/** The operator docs' job requirements (Autoscaler > Requirements, 1.15), as warnings. */
function requirementWarnings(input: AutoscalerGuardrailInput): string[] {
  const [major, minor] = input.flinkVersion.split(".").map(Number);
  const before117 = major === 1 && minor < 17;
  return input.applications.flatMap((app) => {
    const pool = input.pools.find((p) => p.name === app.pool);
    const conf = effectiveAutoscaler(pool?.autoscaler, app.autoscaler);
    if (conf[autoscalerKeys.enabled] !== "true") return [];
    const warnings: string[] = [];
    if (before117) {
      warnings.push(
        `application ${app.name}: the autoscaler works with Flink 1.17 and later (${major}.${minor} needs backported fixes; operator docs, Autoscaler > Requirements)`,
      );
    }
    if (pool) {
      warnings.push(
        `application ${app.name}: the autoscaler on a session job needs a Flink image with the fix for FLINK-33534 (operator docs, Autoscaler > Requirements)`,
      );
    }
    return warnings;
  });
}

/** The autoscaler blocks of a stack list (`pools` or `applications`), each with its path and cluster. */
function blocksOf<T extends { readonly autoscaler?: AutoscalerConfig; readonly namespace: string }>(
  items: readonly T[],
  list: string,
  cluster: (item: T) => string,
): Block[] {
  return items.flatMap((item, i) =>
    item.autoscaler
      ? [
          {
            config: item.autoscaler,
            path: `${ns}:${list}[${i}].autoscaler`,
            namespace: item.namespace,
            cluster: cluster(item),
          },
        ]
      : [],
  );
}

/** Every autoscaler guardrail; errors fail the plan, warnings are printed. */
export function autoscalerGuardrails(
  pools: readonly PoolPlan[],
  applications: readonly ApplicationPlan[],
  namespaceQuota: PodResources,
  jobManager: PodResources,
  flinkVersion: string,
  workloads: readonly NamespaceWorkload[],
): GuardrailResult {
  const input: AutoscalerGuardrailInput = {
    pools,
    applications,
    namespaceQuota,
    workloads,
    jobManager,
    flinkVersion,
  };
  const blocks: Block[] = [
    ...blocksOf(pools, "pools", (p) => `pool ${p.name}`),
    // A session job runs in its pool's cluster (namespaceWorkloads labels it so).
    ...blocksOf(applications, "applications", (a) =>
      a.pool !== undefined ? `pool ${a.pool}` : `application ${a.name}`,
    ),
  ];
  return {
    errors: [
      ...vertexMaxParallelism(input),
      ...maxParallelism(input),
      ...mergedUtilization(input),
      ...quotaWithinNamespace(input, blocks),
      ...duplicateKeys(input),
    ],
    warnings: requirementWarnings(input),
  };
}
