import type { ConfigProblem } from "./errors";
import type { Tier } from "./schema";
import type { ApplicationPlan, PoolPlan } from "./plan";
import type { PodResources } from "./sizes";
import type { NamespaceWorkload } from "./namespace-demand";
import { mebibytes } from "./units";

/**
 * The cookbook's guardrails, as pure functions over resolved plans. Errors
 * fail synth and `pulumi up`; warnings are printed. Every command (synth,
 * scale, estimate --apply) runs the same checks.
 */
export interface GuardrailResult {
  readonly errors: ConfigProblem[];
  readonly warnings: string[];
}

/** At least one CPU per busy slot: an error in prod, a warning elsewhere, unless overridden. */
export function cpuPerSlot(pool: PoolPlan, tier: Tier, index: number): GuardrailResult {
  const ok = pool.taskManager.cpu >= pool.slots;
  if (ok || pool.allowCpuBelowSlots) return { errors: [], warnings: [] };
  const problem: ConfigProblem = {
    path: `flink-platform:pools[${index}].taskManager.cpu`,
    got: pool.taskManager.cpu,
    allowed: `at least one CPU per task slot: >= ${pool.slots} (slots), or pools[${index}].allowCpuBelowSlots: true`,
    hint: "Busy slots compete for cores; the cookbook sizes one core per slot for non-trivial jobs.",
  };
  return tier === "prod"
    ? { errors: [problem], warnings: [] }
    : {
        errors: [],
        warnings: [
          `pool ${pool.name}: ${pool.taskManager.cpu} CPU for ${pool.slots} slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)`,
        ],
      };
}

/**
 * Capacity within the namespace budget: everything the platform runs in a
 * Flink namespace (pools, applications with their own cluster, the smoke
 * test: see `namespaceWorkloads`) must fit the ResourceQuota the platform emits
 * there, or the quota rejects pods at run time. The error names the key of
 * the namespace's first pool (else application, else smoke test).
 */
export function namespaceBudget(
  workloads: readonly NamespaceWorkload[],
  flinkNamespaces: readonly string[],
  quota: PodResources,
): GuardrailResult {
  const errors: ConfigProblem[] = [];
  const quotaMem = mebibytes(quota.memory);
  for (const ns of new Set(flinkNamespaces)) {
    const here = workloads.filter((w) => w.namespace === ns && (w.cpu > 0 || w.memoryMi > 0));
    const cpu = here.reduce((n, w) => n + w.cpu, 0);
    const mem = here.reduce((n, w) => n + w.memoryMi, 0);
    if (here.length === 0 || (cpu <= quota.cpu && mem <= quotaMem)) continue;
    const parts = here.map((w) => `${w.label}: ${round(w.cpu)} CPU / ${w.memoryMi}Mi`).join(", ");
    errors.push({
      path: here[0].path,
      got: `${round(cpu)} CPU / ${mem}Mi requested in namespace ${ns} (${parts})`,
      allowed: `at most ${quota.cpu} CPU / ${quotaMem}Mi per Flink namespace (the size's ResourceQuota)`,
      hint: "Pick a larger size, fewer or smaller TaskManagers, or spread pools over namespaces.",
    });
  }
  return { errors, warnings: [] };
}

/**
 * Stateful jobs must keep their state across upgrades: upgradeMode savepoint
 * or last-state. Stateless on a stateful job drops state on every upgrade:
 * an error in prod, a warning elsewhere.
 */
export function statefulUpgradeMode(app: ApplicationPlan, tier: Tier, index: number): GuardrailResult {
  if (!app.stateful || app.upgradeMode !== "stateless") return { errors: [], warnings: [] };
  if (tier === "prod") {
    return {
      errors: [
        {
          path: `flink-platform:applications[${index}].upgradeMode`,
          got: app.upgradeMode,
          allowed: "savepoint or last-state for a stateful job (or stateful: false)",
          hint: "upgradeMode stateless drops the job's state on every upgrade.",
        },
      ],
      warnings: [],
    };
  }
  return {
    errors: [],
    warnings: [
      `application ${app.name}: stateful job with upgradeMode stateless loses its state on every upgrade`,
    ],
  };
}

/** A session job's parallelism must fit the pool: parallelism <= taskManagers x slots. */
export function parallelismFits(pool: PoolPlan, parallelism: number, path: string): ConfigProblem[] {
  const capacity = pool.taskManagers * pool.slots;
  return parallelism <= capacity
    ? []
    : [
        {
          path,
          got: parallelism,
          allowed: `at most ${capacity} (pool ${pool.name}: ${pool.taskManagers} TaskManagers x ${pool.slots} slots)`,
          hint: "Scale the pool (flink-platform scale --task-managers/--slots) or lower the parallelism.",
        },
      ];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function combine(...results: GuardrailResult[]): GuardrailResult {
  return {
    errors: results.flatMap((r) => r.errors),
    warnings: results.flatMap((r) => r.warnings),
  };
}
