import type * as z from "zod";
import type { ConfigProblem } from "./errors";
import type { GuardrailResult } from "./guardrails";
import type { ApplicationPlan, PoolPlan } from "./plan";
import {
  periodicSnapshotKeys,
  type ApplicationRollbackConfig,
  type ApplicationRollbackPlan,
  type RollbackConfig,
} from "./rollback-schema";
import type { Tier } from "./schema";

/**
 * The rollback rules and plan of the Kubernetes platforms: cross-field rules
 * of the `rollback` section and the applications' rollback fields (schema
 * in ./rollback-schema), what an application's plan carries for it, and the
 * break-glass guardrails (the known-good pool must have room; a stateful job
 * moved there restarts from a savepoint).
 */

type AppInput = ApplicationRollbackConfig & {
  readonly name: string;
  readonly pool?: string;
  readonly stateful: boolean;
  readonly configuration?: Readonly<Record<string, string>>;
};

type RuleInput = {
  readonly pools?: readonly ({ readonly name?: unknown } | undefined)[];
  readonly applications?: readonly (Partial<AppInput> | undefined)[];
  readonly rollback?: Partial<RollbackConfig>;
};

/**
 * Cross-field rules of rollback settings. Like the platform rules they run
 * on invalid input too, so every read is defensive. `sessionJobs` is false on
 * the CP target, where JAR applications cannot run on a pool.
 */
export function rollbackRules(cfg: RuleInput, ctx: z.RefinementCtx, sessionJobs: boolean): void {
  const issue = (path: PropertyKey[], input: unknown, message: string) =>
    ctx.addIssue({ code: "custom", path, input, message });
  const apps = Array.isArray(cfg?.applications) ? cfg.applications : [];
  apps.forEach((app, i) => {
    if (!app) return;
    if (app.savepointRedeployNonce !== undefined && app.initialSavepointPath === undefined && app.stateful) {
      issue(
        ["applications", i, "initialSavepointPath"],
        undefined,
        "required with savepointRedeployNonce on a stateful job: without it the operator redeploys from empty state",
      );
    }
    for (const [field, key] of Object.entries(periodicSnapshotKeys)) {
      if (app[field as keyof typeof periodicSnapshotKeys] === undefined) continue;
      if (app.configuration?.[key] === undefined) continue;
      issue(["applications", i, "configuration", key], app.configuration[key], `not set: ${field} sets it`);
    }
  });
  const breakGlass = cfg?.rollback?.breakGlass;
  if (!breakGlass) return;
  if (!sessionJobs) {
    issue(
      ["rollback", "breakGlass"],
      breakGlass,
      "not set on the cp target (applications run in their own cluster; a statement moves with its computePoolName)",
    );
    return;
  }
  const pools = (Array.isArray(cfg.pools) ? cfg.pools : []).map((p) => p?.name);
  if (typeof breakGlass.pool === "string" && !pools.includes(breakGlass.pool)) {
    issue(
      ["rollback", "breakGlass", "pool"],
      breakGlass.pool,
      pools.length ? `one of the pools: ${pools.join(", ")}` : "a pool declared under pools",
    );
  }
  const names = apps.map((a) => a?.name);
  (Array.isArray(breakGlass.applications) ? breakGlass.applications : []).forEach((name, j) => {
    if (typeof name === "string" && !names.includes(name)) {
      issue(
        ["rollback", "breakGlass", "applications", j],
        name,
        names.length
          ? `one of the applications: ${names.join(", ")}`
          : "an application declared under applications",
      );
    }
  });
}

/** The applications with the break-glass move applied: each named one runs on the known-good pool. */
export function breakGlassApplications<A extends { readonly name: string; readonly pool?: string }>(
  applications: readonly A[],
  rollback: RollbackConfig | undefined,
): (A & { readonly breakGlass?: { readonly from?: string } })[] {
  const move = rollback?.breakGlass;
  return applications.map((a) =>
    move && move.applications.includes(a.name) && a.pool !== move.pool
      ? { ...a, pool: move.pool, breakGlass: { from: a.pool } }
      : a,
  );
}

/**
 * The rollback part of an application's plan: the job's savepoint fields,
 * its declared savepoints, and its configuration with the periodic-snapshot
 * keys (its own interval, else the platform default for stateful jobs).
 */
export function rollbackPlan(
  app: AppInput & { readonly breakGlass?: { readonly from?: string } },
  rollback: RollbackConfig | undefined,
): ApplicationRollbackPlan & { readonly configuration?: Readonly<Record<string, string>> } {
  const periodic: Record<string, string> = {};
  for (const [field, key] of Object.entries(periodicSnapshotKeys)) {
    const own = app[field as keyof typeof periodicSnapshotKeys];
    const value = own ?? (app.stateful ? rollback?.[field as keyof typeof periodicSnapshotKeys] : undefined);
    if (value !== undefined) periodic[key] = value;
  }
  const configuration =
    Object.keys(periodic).length > 0 ? { ...periodic, ...app.configuration } : app.configuration;
  return {
    initialSavepointPath: app.initialSavepointPath,
    allowNonRestoredState: app.allowNonRestoredState,
    savepointRedeployNonce: app.savepointRedeployNonce,
    savepointTriggerNonce: app.savepointTriggerNonce,
    savepoints: app.savepoints ?? [],
    ...(app.breakGlass ? { breakGlass: app.breakGlass } : {}),
    configuration,
  };
}

/**
 * Break-glass guardrails: the known-good pool must hold every job it then
 * runs (the sum of their parallelism within taskManagers x slots), and a
 * stateful job moved there must name the savepoint it restarts from (an error
 * in prod, a warning elsewhere). Each move is reported as a warning, so
 * synth, scale and the diff show it with its state carry-over.
 */
export function breakGlassGuardrails(
  pools: readonly PoolPlan[],
  applications: readonly ApplicationPlan[],
  tier: Tier,
  rollback: RollbackConfig | undefined,
): GuardrailResult {
  const move = rollback?.breakGlass;
  const pool = move && pools.find((p) => p.name === move.pool);
  if (!move || !pool) return { errors: [], warnings: [] };
  const errors: ConfigProblem[] = [];
  const warnings: string[] = [];
  const onPool = applications.filter((a) => a.pool === pool.name);
  const used = onPool.reduce((sum, a) => sum + a.parallelism, 0);
  const capacity = pool.taskManagers * pool.slots;
  if (used > capacity) {
    errors.push({
      path: "flink-platform:rollback.breakGlass.pool",
      got: `${pool.name}: ${used} slots needed (${onPool.map((a) => `${a.name} ${a.parallelism}`).join(", ")})`,
      allowed: `at most ${capacity} (pool ${pool.name}: ${pool.taskManagers} TaskManagers x ${pool.slots} slots)`,
      hint: "Scale the known-good pool first (flink-platform scale --pool), or move fewer applications.",
    });
  }
  applications.forEach((a, i) => {
    if (!a.breakGlass) return;
    const from = a.breakGlass.from ? `pool ${a.breakGlass.from}` : "its own cluster";
    if (a.initialSavepointPath) {
      warnings.push(
        `break-glass: application ${a.name} moves from ${from} to pool ${pool.name} and restarts from savepoint ${a.initialSavepointPath}`,
      );
      return;
    }
    if (!a.stateful) {
      warnings.push(`break-glass: application ${a.name} moves from ${from} to pool ${pool.name} (stateless)`);
      return;
    }
    const problem: ConfigProblem = {
      path: `flink-platform:applications[${i}].initialSavepointPath`,
      got: undefined,
      allowed:
        "the savepoint the moved job restarts from (a declared savepoint's path, or the last one taken)",
      hint: `rollback.breakGlass moves ${a.name} to pool ${pool.name}; without a savepoint it starts from empty state.`,
    };
    if (tier === "prod") errors.push(problem);
    else
      warnings.push(
        `break-glass: application ${a.name} moves from ${from} to pool ${pool.name} WITHOUT a savepoint: it starts from empty state`,
      );
  });
  return { errors, warnings };
}
