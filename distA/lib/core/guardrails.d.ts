import type { ConfigProblem } from "./errors";
import type { Tier } from "./schema";
import type { ApplicationPlan, PoolPlan } from "./plan";
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
export declare function cpuPerSlot(pool: PoolPlan, tier: Tier, index: number): GuardrailResult;
/**
 * Capacity within the namespace budget: the pools of a namespace (TaskManagers
 * and their JobManager) must fit the ResourceQuota the platform emits.
 */
export declare function namespaceBudget(pools: readonly PoolPlan[], quota: {
    cpu: number;
    memory: string;
}, jobManager: {
    cpu: number;
    memory: string;
}): GuardrailResult;
/**
 * Stateful jobs must keep their state across upgrades: upgradeMode savepoint
 * or last-state. Stateless on a stateful job drops state on every upgrade:
 * an error in prod, a warning elsewhere.
 */
export declare function statefulUpgradeMode(app: ApplicationPlan, tier: Tier, index: number): GuardrailResult;
/** A session job's parallelism must fit the pool: parallelism <= taskManagers x slots. */
export declare function parallelismFits(pool: PoolPlan, parallelism: number, path: string): ConfigProblem[];
export declare function combine(...results: GuardrailResult[]): GuardrailResult;
