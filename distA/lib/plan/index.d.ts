/**
 * Offline synth and plan tooling: run a Pulumi program under recording mocks
 * ({@link synthStack}), write the plan, manifests and Helm values
 * ({@link writePlan}), compare two plans ({@link diffPlans}) and draw the
 * layer graph ({@link renderGraph}).
 *
 * @module flink-platform/plan
 */
export { synthStack, type Plan, type SynthOptions } from "./synth";
export { secretPlaceholder, type PlanResource } from "./recorder";
export { writePlan, summarize, type WritePlanOptions, type WrittenPlan } from "./write";
export { diffPlans, exitCode, countKinds, changeKinds, type PlanDiff, type Change, type ChangeKind, type FieldChange, } from "./diff";
export { renderText, renderJson, renderMarkdown } from "./diff-render";
export { renderGraph } from "./graph";
