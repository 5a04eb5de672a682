/**
 * Offline synth and plan tooling: run a Pulumi program under recording mocks
 * ({@link synthStack}), write the plan, manifests and Helm values
 * ({@link writePlan}), compare two plans ({@link diffPlans}) and draw the
 * layer graph ({@link renderGraph}).
 *
 * @module flink-platform/plan
 */
export * from "./recorder";
export * from "./project";
export * from "./synth";
export * from "./write";
export * from "./diff";
export * from "./diff-render";
export * from "./graph";
