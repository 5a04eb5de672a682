/**
 * The platform's Kubernetes objects as cdk8s charts, with no Pulumi import:
 * synthesize them to plain YAML for GitOps tools (Argo CD, Flux). The Helm
 * releases (cert-manager, the operator) are left to the GitOps tool.
 *
 * @module flink-platform/k8s
 */
export * from "./kubernetes/flink";
export * from "./kubernetes/labels";
export * from "./kubernetes/charts";
export * from "./kubernetes/flink-charts";
export * from "./kubernetes/platform-charts";
export * from "./oss/charts";
export * from "./kubernetes/applications";
export * from "./kubernetes/network";
export * from "./cp/charts";
export * from "./kubernetes/platform-plan";
export type {
  PlatformPlan,
  PoolPlan,
  ApplicationPlan,
  StoragePlan,
  MinioPlan,
  S3CredentialsRef,
} from "./core/derive";
export type { KubernetesPlatformArgs } from "./kubernetes/args";
export type { ObservabilityPlan } from "./core/observability";
export { ObservabilityChart, type ObservabilityChartProps } from "./kubernetes/observability-charts";
/** Whose operator chart a platform installs: Apache's (OSS) or Confluent's (CP). */
export { OperatorDistribution } from "./core/schema";
