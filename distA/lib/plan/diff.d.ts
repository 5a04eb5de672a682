export { replaceOnChange, restartOnChange, stateDirKeys } from "./diff-rules";
import type { PlanResource } from "./recorder";
import type { Plan } from "./synth";
/** A field path, segment by segment (object keys and array indexes). */
type Segment = string | number;
/** What a change does to a running platform, from harmless to risky: `create`, `delete`, `update` (in place), `restart` (pods restart), `replace` (delete and create) or `state-risk` (Flink state may be lost). */
export type ChangeKind = "create" | "delete" | "update" | "restart" | "replace" | "state-risk";
/** One changed field of an updated resource. */
export interface FieldChange {
    /** Dotted path under `inputs` (or `protect` / `retainOnDelete`), e.g. `spec.taskManager.replicas`. */
    path: string;
    /** `undefined` when the field is absent before (rendered as `null` in JSON). */
    before: unknown;
    /** `undefined` when the field is absent after (rendered as `null` in JSON). */
    after: unknown;
}
/** One changed resource. */
export interface Change {
    /** Pulumi URN. */
    urn: string;
    /** Resource type token. */
    type: string;
    /** Logical name. */
    name: string;
    /** What the change does; its riskiest field decides. */
    kind: ChangeKind;
    /** The changed fields of an update; empty for create and delete. */
    fields: FieldChange[];
}
/** The classified difference of two plans ({@link diffPlans}). */
export interface PlanDiff {
    /** Stack name. */
    stack: string;
    /** What the plan was compared against, e.g. a git ref. */
    base: string;
    /** Changed resources only, sorted by urn. */
    changes: Change[];
}
/** Display order of kinds in summaries: risky first. */
export declare const changeKinds: readonly ChangeKind[];
/** `["spec", "flinkConfiguration", "a.b", 0]` -> `spec.flinkConfiguration["a.b"][0]`. */
export declare function formatPath(segments: readonly Segment[]): string;
/**
 * Parses a multi-line Flink configuration (`key: value` per line; blank and
 * `#` lines ignored; the last duplicate wins, as in Flink). Anything else, such
 * as nested YAML or a properties file, returns undefined.
 */
export declare function parseConfLines(text: string): Map<string, string> | undefined;
type CmfKind = "environment" | "application" | "compute-pool";
/** Which CMF object a dynamic resource is (by type name, else by the shape of its inputs). */
export declare function cmfKind(r: Pick<PlanResource, "type" | "inputs">): CmfKind | undefined;
/**
 * Whether deleting (or replacing) the resource loses Flink state: jobs with a
 * stateful upgrade mode, volumes, Confluent Cloud environments, CMF
 * environments and applications.
 */
export declare function holdsState(r: Pick<PlanResource, "type" | "inputs">): boolean;
/**
 * Compares `after` with `before` (absent: everything is created). Resources
 * are matched by urn; `dependsOn` and `parent` are not compared (a new parent
 * is a new urn).
 */
export declare function diffPlans(before: Plan | undefined, after: Plan, base: string): PlanDiff;
/** 2 when anything is replaced or risks Flink state, 0 otherwise. */
export declare function exitCode(diff: PlanDiff): 0 | 2;
/** Number of changes per kind, every kind present (0 when none). */
export declare function countKinds(diff: PlanDiff): Record<ChangeKind, number>;
