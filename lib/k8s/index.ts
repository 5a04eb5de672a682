/**
 * The platform's Kubernetes objects as cdk8s charts, with no Pulumi import:
 * synthesize them to plain YAML for GitOps tools (Argo CD, Flux). The Helm
 * releases (cert-manager, the operator) are left to the GitOps tool.
 *
 * @module flink-platform/k8s
 */
export * from "./flink";
export * from "./labels";
export * from "./charts";
export * from "./oss";
export * from "./applications";
export * from "./network";
export * from "./cp";
export * from "./platform-plan";
export type {
  PlatformPlan,
  PoolPlan,
  ApplicationPlan,
  StoragePlan,
  MinioPlan,
  S3CredentialsRef,
} from "../flink/derive";
export type { KubernetesPlatformArgs } from "../platform/args";
/** Whose operator chart a platform installs: Apache's (OSS) or Confluent's (CP). */
export { OperatorDistribution } from "../config/schema";
