/**
 * The public API of `flink-platform`: the Pulumi constructs, their args, and the
 * stack-config schema they validate with.
 *
 * - `flink-platform` (this module): {@link FlinkPlatformOSS}, {@link FlinkPlatformCP},
 *   {@link ConfluentCloudFlink}, {@link ComputePool}, their `*Args`, and the config
 *   schema ({@link parseStackConfig}, {@link stackConfigSchema}, {@link ConfigError}, sizes).
 * - `flink-platform/k8s`: the cdk8s charts alone (no Pulumi), for GitOps.
 * - `flink-platform/plan`: offline synth, the plan writer, plan diff and the layer graph.
 *
 * Args are plain data (primitives, string enums, arrays, maps, `pulumi.Input`), so
 * they map onto Pulumi's other languages; test/api/args-shape.test.ts keeps it so.
 *
 * @module flink-platform
 */
import type * as z from "zod";
import { stackConfigSchema as stackSchema, type StackConfig } from "./stack-config";

// ---------------------------------------------------------------------------
// Kubernetes platforms. Their args mirror the stack config keys one to one.
// ---------------------------------------------------------------------------

export { FlinkPlatformOSS, type FlinkPlatformOSSArgs, type ApplicationPlacement } from "./oss/platform";
export { FlinkPlatformCP } from "./cp/platform";
export { KubernetesFlinkPlatform, type PoolCapacity } from "./kubernetes/platform";

export type {
  KubernetesPlatformArgs,
  EnvironmentArgs,
  NamespacesArgs,
  CertManagerArgs,
  OperatorArgs,
  ImageArgs,
  FlinkArgs,
  ResourcesArgs,
  PodResourcesArgs,
  TaskManagerResourcesArgs,
  SmokeTestArgs,
  PoolArgs,
  ApplicationArgs,
  NetworkPoliciesArgs,
  EgressArgs,
} from "./kubernetes/args";
export type { StorageArgs, S3Args, CredentialsSecretArgs, MinioArgs } from "./kubernetes/storage-args";
export type { ObservabilityArgs, ScraperArgs } from "./kubernetes/observability-args";
export type { BreakGlassArgs, DeclaredSavepointArgs, RollbackArgs } from "./kubernetes/rollback-args";
export type { CloudPoolMetrics } from "./cloud/pool-metrics";
export type {
  AutoscalerArgs,
  AutoscalerUtilizationArgs,
  AutoscalerScaleDownArgs,
  AutoscalerQuotaArgs,
} from "./kubernetes/autoscaler-args";
export type {
  FlinkPlatformCPArgs,
  CmfArgs,
  CmfCredentialsArgs,
  CmfLicenseArgs,
  CmfSqlArgs,
  CmfDatabaseArgs,
  CmfJdbcArgs,
  CmfAuthenticationArgs,
  CmfTlsArgs,
  CmfExposureArgs,
  CmfIngressArgs,
  CmfServiceAccountArgs,
  CmfMultiClusterArgs,
  CmfClusterArgs,
  CmfClusterEnvironmentArgs,
  SecretKeyRefArgs,
} from "./cp/args";
export type {
  CmfSqlResourcesArgs,
  CmfSqlSecretArgs,
  CmfSecretMappingArgs,
  CmfKafkaCatalogArgs,
  CmfKafkaDatabaseArgs,
  CmfStatementArgs,
} from "./cp/args-sql";

// ---------------------------------------------------------------------------
// Confluent Cloud for Apache Flink.
// ---------------------------------------------------------------------------

export {
  ConfluentCloudFlink,
  type ConfluentCloudFlinkArgs,
  type CloudComputePoolSpec,
  type CloudEnvironmentArgs,
  type CloudKafkaArgs,
  type CloudServiceAccountsArgs,
  type CreateKafkaClusterArgs,
} from "./cloud/platform";
export type { FlinkStatementSpec } from "./cloud/statements";

// ---------------------------------------------------------------------------
// Compute pools on any target.
// ---------------------------------------------------------------------------

export {
  ComputePool,
  ComputePoolTarget,
  type ComputePoolArgs,
  type CloudComputePoolArgs,
  type OssComputePoolArgs,
  type CpComputePoolArgs,
  type KubernetesComputePoolArgs,
  type PoolResourcesArgs,
} from "./compute-pool/compute-pool";
/** Every {@link ComputePoolTarget}. */
export { computePoolTargets } from "./compute-pool/compute-pool";
export type { CmfConnectionArgs, CmfAuthArgs } from "./cp/cmf/connection-args";
/** How the CMF client authenticates: `none`, `bearer` (OAuth token) or `mtls`. */
export type { CmfAuthType } from "./cp/cmf/client";

// ---------------------------------------------------------------------------
// Stack config: parsing, schema, errors, enums and sizes.
// ---------------------------------------------------------------------------

/**
 * The zod schema of a whole stack's `flink-platform:` config (as an object, keys
 * without the namespace): which target the stack runs and the sections it reads,
 * with every default and cross-field rule. Prefer {@link parseStackConfig}, which
 * reads Pulumi's flat config map and reports every problem at once.
 */
export const stackConfigSchema: z.ZodType<StackConfig> = stackSchema;
/** The validated stack config with defaults applied (the output of {@link stackConfigSchema}). */
export type { StackConfig } from "./stack-config";
export { parseStackConfig } from "./stack-config";
/** Options of {@link parseStackConfig}: which config keys were set with `--secret`. */
export type { ConfigMapOptions } from "./core/load";
/** Which platform a stack runs: `oss`, `cp` (Confluent Platform) or `cloud` (Confluent Cloud). */
export { Target } from "./stack-config";
/** Every {@link Target}. */
export { targets } from "./stack-config";
/** The config namespace of every key: `flink-platform`. */
export { configNamespace } from "./core/schema";
/** Environment tiers; `prod` requires durable storage and forbids the dev MinIO. */
export { Tier } from "./core/schema";
/** How the platform gets cert-manager: `install`, `existing` or `none`. */
export { CertManagerMode } from "./core/schema";
/** CMF compute pool types: `DEDICATED` (a cluster per statement) or `SHARED`. */
export { CmfPoolType } from "./core/workload-schema";
/** How an application's state survives upgrades (`spec.job.upgradeMode`). */
export { ApplicationUpgradeMode } from "./core/workload-schema";
/** Desired state of an application's job. */
export { ApplicationJobState } from "./core/workload-schema";
/** Where CMF keeps its state: `local` (SQLite on a PVC) or `jdbc` (PostgreSQL). */
export { CmfDatabaseType } from "./cp/config";
/** How CMF authenticates API requests: `none`, `mtls` or `oauth`. */
export { CmfAuthenticationType } from "./cp/config";
/** How the CMF API is reachable: `none` (ClusterIP), `ingress` or `loadBalancer`. */
export { CmfExposureType } from "./cp/config";
/** Apache operator releases whose CRDs the platform knows; a new release is one line in lib/core/schema.ts. */
export { knownOperatorVersions } from "./core/schema";
export { ConfigError, formatProblems, type ConfigProblem } from "./core/errors";
/** T-shirt sizes (`S`, `M`, `L`) that pick consistent resources for every moving part. */
export { Size } from "./core/sizes";
/** Every {@link Size}. */
export { sizes } from "./core/sizes";
/** What each {@link Size} means: operator, JobManager, TaskManager, quota and volume figures. */
export { sizeProfiles } from "./core/sizes";
/** The resources one {@link Size} picks. */
export type { SizeProfile } from "./core/sizes";
export type { PodResources } from "./core/sizes";
/** TaskManager CPU, memory and slots. */
export type { TaskManagerResources } from "./core/sizes";
export { CloudProvider, FlinkRole, StreamGovernancePackage, maxCfuValues } from "./cloud/config-values";
/** Kafka cluster types the platform creates: `BASIC` or `STANDARD` (topic role bindings need Standard or above). */
export { KafkaClusterType } from "./cloud/config-values";
/** Every {@link CloudProvider}. */
export { cloudProviders } from "./cloud/config-values";
/** Every {@link FlinkRole}. */
export { flinkRoles } from "./cloud/config-values";
/** Every {@link StreamGovernancePackage}. */
export { streamGovernancePackages } from "./cloud/config-values";
/** A valid compute pool `maxCfu`: 5, 10, 20, 30, 40 or 50. */
export type { MaxCfu } from "./cloud/config-values";
export { maxCfuLimitedAvailability } from "./cloud/config-values";
