import type { ChangeKind, PlanDiff } from "./diff";
export declare const kindSymbols: Readonly<Record<ChangeKind, string>>;
/**
 * Terminal rendering: one line per changed resource, its changed fields
 * indented below, and a summary line.
 *
 * ```
 * ~ update kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev:flink/pool
 *     spec.taskManager.replicas: 2 → 4
 * 1 change (dev vs main): 1 update
 * ```
 */
export declare function renderText(diff: PlanDiff): string;
/** Machine-readable rendering; absent values are `null`. */
export declare function renderJson(diff: PlanDiff): string;
/**
 * GitHub pull-request comment: summary table, a warning when anything is
 * replaced or risks state, one collapsible section per changed resource, and
 * the layer graph (Mermaid source from `renderGraph`) when given.
 */
export declare function renderMarkdown(diff: PlanDiff, graph?: string): string;
