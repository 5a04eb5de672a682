import type { Plan } from "./synth";
import type { PlanResource } from "./recorder";
/** Pulumi types that are whole Kubernetes objects (not Helm releases or YAML groups). */
export declare function isKubernetesObject(r: PlanResource): boolean;
export declare function isHelmRelease(r: PlanResource): boolean;
/** A manifest as registered: apiVersion, kind, metadata first, then the rest. */
export declare function manifestOf(r: PlanResource): Record<string, unknown>;
/** What {@link writePlan} wrote. */
export interface WrittenPlan {
    /** The output folder. */
    readonly dir: string;
    /** Number of files in `manifests/`. */
    readonly manifests: number;
    /** Number of files in `helm/`. */
    readonly helmReleases: number;
}
/** Where {@link writePlan} may write (see `checkOutDir`). */
export interface WritePlanOptions {
    /** The project folder: the output may be neither it nor a folder above it. */
    readonly projectDir?: string;
    /** Name of `dir` in error messages (the CLI passes `--out`). @default "dir" */
    readonly flag?: string;
}
/**
 * Writes `plan.json`, `manifests/` (one kubectl-applyable YAML per object, in
 * apply order), `helm/` (one file per release) and the marker
 * `.flink-platform-synth`; output is byte-identical for the same plan.
 *
 * `dir` is checked first (`checkOutDir`): it must be new, empty, or an
 * earlier synth output, which is replaced whole so stale files never linger.
 * Anything else is refused with nothing written. The files go to a hidden
 * sibling folder renamed into place at the end, so `dir` always holds one
 * whole output, even with several synths writing to it at once.
 *
 * Each file is written as soon as it is rendered, so a plan with thousands
 * of objects never holds all of its text at once (synchronous writes of
 * small files also measured faster than queueing them on libuv's pool).
 */
export declare function writePlan(plan: Plan, dir: string, options?: WritePlanOptions): Promise<WrittenPlan>;
/** One-line-per-type summary, for the terminal. */
export declare function summarize(plan: Plan): string;
