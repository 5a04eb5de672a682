import { OperatorDistribution } from "./schema";
import { PlatformConfig } from "./platform-schema";
import type { PlatformPlan } from "./plan";
/** Name of the generated credentials Secret when the dev MinIO is used. */
export declare const minioCredentialsSecretName = "flink-s3-credentials";
/**
 * Resolves sizes, defaults and derived values from validated platform config,
 * then applies the guardrails: errors throw one ConfigError, warnings are
 * returned in the plan.
 */
export declare function planPlatform(cfg: PlatformConfig, distribution?: OperatorDistribution): PlatformPlan;
/** Built-in S3 filesystem plugin of the official image for this Flink version. */
export declare function s3PluginJar(flinkVersion: string): string;
/**
 * The durable-state settings every job inherits: checkpoint/savepoint dirs,
 * Kubernetes HA, RocksDB incremental checkpoints, and S3 access. Credentials
 * are referenced (`kubernetes.env.secretKeyRef`), never copied.
 */
export declare function durableStateConfiguration(plan: Omit<PlatformPlan, "flinkDefaults">): Record<string, string>;
export type { ApplicationPlan, MinioPlan, PlatformPlan, PoolPlan, S3CredentialsRef, StoragePlan, } from "./plan";
