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
import { stackConfigSchema as stackSchema, type StackConfig } from "./config/stack";

// ---------------------------------------------------------------------------
// Kubernetes platforms. Their args mirror the stack config keys one to one.
// ---------------------------------------------------------------------------

export { FlinkPlatformOSS, type FlinkPlatformOSSArgs, type ApplicationPlacement } from "./platform/oss";
export { FlinkPlatformCP } from "./platform/cp";

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
  StorageArgs,
  S3Args,
  CredentialsSecretArgs,
  MinioArgs,
  SmokeTestArgs,
  PoolArgs,
  ApplicationArgs,
  NetworkPoliciesArgs,
  EgressArgs,
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
  SecretKeyRefArgs,
} from "./platform/args";

// ---------------------------------------------------------------------------
// Confluent Cloud for Apache Flink.
// ---------------------------------------------------------------------------

export {
  ConfluentCloudFlink,
  type ConfluentCloudFlinkArgs,
  type CloudComputePoolSpec,
  type CreateKafkaClusterArgs,
} from "./cloud/confluent-cloud-flink";
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
} from "./cloud/compute-pool";
/** Every {@link ComputePoolTarget}. */
export { computePoolTargets } from "./cloud/compute-pool";
export type { CmfConnectionArgs, CmfAuthArgs } from "./cmf/resources";
/** How the CMF client authenticates: `none`, `bearer` (OAuth token) or `mtls`. */
export type { CmfAuthType } from "./cmf/client";

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
export type { StackConfig } from "./config/stack";
export { parseStackConfig } from "./config/stack";
/** Which platform a stack runs: `oss`, `cp` (Confluent Platform) or `cloud` (Confluent Cloud). */
export { Target } from "./config/stack";
/** Every {@link Target}. */
export { targets } from "./config/stack";
/** The config namespace of every key: `flink-platform`. */
export { configNamespace } from "./config/schema";
/** Environment tiers; `prod` requires durable storage and forbids the dev MinIO. */
export { Tier } from "./config/schema";
/** How the platform gets cert-manager: `install`, `existing` or `none`. */
export { CertManagerMode } from "./config/schema";
/** CMF compute pool types: `DEDICATED` (a cluster per statement) or `SHARED`. */
export { CmfPoolType } from "./config/schema";
/** How an application's state survives upgrades (`spec.job.upgradeMode`). */
export { ApplicationUpgradeMode } from "./config/schema";
/** Desired state of an application's job. */
export { ApplicationJobState } from "./config/schema";
/** Where CMF keeps its state: `local` (SQLite on a PVC) or `jdbc` (PostgreSQL). */
export { CmfDatabaseType } from "./config/cp";
/** How CMF authenticates API requests: `none`, `mtls` or `oauth`. */
export { CmfAuthenticationType } from "./config/cp";
/** How the CMF API is reachable: `none` (ClusterIP), `ingress` or `loadBalancer`. */
export { CmfExposureType } from "./config/cp";
/** Apache operator releases whose CRDs the platform knows; a new release is one line in lib/config/schema.ts. */
export { knownOperatorVersions } from "./config/schema";
export { ConfigError, formatProblems, type ConfigProblem } from "./config/errors";
/** T-shirt sizes (`S`, `M`, `L`) that pick consistent resources for every moving part. */
export { Size } from "./config/sizes";
/** Every {@link Size}. */
export { sizes } from "./config/sizes";
/** What each {@link Size} means: operator, JobManager, TaskManager, quota and volume figures. */
export { sizeProfiles } from "./config/sizes";
/** The resources one {@link Size} picks. */
export type { SizeProfile } from "./config/sizes";
export type { PodResources } from "./config/sizes";
/** TaskManager CPU, memory and slots. */
export type { TaskManagerResources } from "./config/sizes";
export { CloudProvider, FlinkRole, StreamGovernancePackage, maxCfuValues } from "./config/cloud";
/** Kafka cluster types the platform creates: `BASIC` or `STANDARD` (topic role bindings need Standard or above). */
export { KafkaClusterType } from "./config/cloud";
/** Every {@link CloudProvider}. */
export { cloudProviders } from "./config/cloud";
/** Every {@link FlinkRole}. */
export { flinkRoles } from "./config/cloud";
/** Every {@link StreamGovernancePackage}. */
export { streamGovernancePackages } from "./config/cloud";
/** A valid compute pool `maxCfu`: 5, 10, 20, 30, 40 or 50. */
export type { MaxCfu } from "./config/cloud";
