"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.streamGovernancePackages = exports.flinkRoles = exports.cloudProviders = exports.KafkaClusterType = exports.maxCfuValues = exports.StreamGovernancePackage = exports.FlinkRole = exports.CloudProvider = exports.sizeProfiles = exports.sizes = exports.Size = exports.formatProblems = exports.ConfigError = exports.knownOperatorVersions = exports.CmfExposureType = exports.CmfAuthenticationType = exports.CmfDatabaseType = exports.ApplicationJobState = exports.ApplicationUpgradeMode = exports.CmfPoolType = exports.CertManagerMode = exports.Tier = exports.configNamespace = exports.targets = exports.Target = exports.parseStackConfig = exports.stackConfigSchema = exports.computePoolTargets = exports.ComputePoolTarget = exports.ComputePool = exports.ConfluentCloudFlink = exports.FlinkPlatformCP = exports.FlinkPlatformOSS = void 0;
const stack_config_1 = require("./stack-config");
// ---------------------------------------------------------------------------
// Kubernetes platforms. Their args mirror the stack config keys one to one.
// ---------------------------------------------------------------------------
var platform_1 = require("./oss/platform");
Object.defineProperty(exports, "FlinkPlatformOSS", { enumerable: true, get: function () { return platform_1.FlinkPlatformOSS; } });
var platform_2 = require("./cp/platform");
Object.defineProperty(exports, "FlinkPlatformCP", { enumerable: true, get: function () { return platform_2.FlinkPlatformCP; } });
// ---------------------------------------------------------------------------
// Confluent Cloud for Apache Flink.
// ---------------------------------------------------------------------------
var platform_3 = require("./cloud/platform");
Object.defineProperty(exports, "ConfluentCloudFlink", { enumerable: true, get: function () { return platform_3.ConfluentCloudFlink; } });
// ---------------------------------------------------------------------------
// Compute pools on any target.
// ---------------------------------------------------------------------------
var compute_pool_1 = require("./compute-pool/compute-pool");
Object.defineProperty(exports, "ComputePool", { enumerable: true, get: function () { return compute_pool_1.ComputePool; } });
Object.defineProperty(exports, "ComputePoolTarget", { enumerable: true, get: function () { return compute_pool_1.ComputePoolTarget; } });
/** Every {@link ComputePoolTarget}. */
var compute_pool_2 = require("./compute-pool/compute-pool");
Object.defineProperty(exports, "computePoolTargets", { enumerable: true, get: function () { return compute_pool_2.computePoolTargets; } });
// ---------------------------------------------------------------------------
// Stack config: parsing, schema, errors, enums and sizes.
// ---------------------------------------------------------------------------
/**
 * The zod schema of a whole stack's `flink-platform:` config (as an object, keys
 * without the namespace): which target the stack runs and the sections it reads,
 * with every default and cross-field rule. Prefer {@link parseStackConfig}, which
 * reads Pulumi's flat config map and reports every problem at once.
 */
exports.stackConfigSchema = stack_config_1.stackConfigSchema;
var stack_config_2 = require("./stack-config");
Object.defineProperty(exports, "parseStackConfig", { enumerable: true, get: function () { return stack_config_2.parseStackConfig; } });
/** Which platform a stack runs: `oss`, `cp` (Confluent Platform) or `cloud` (Confluent Cloud). */
var stack_config_3 = require("./stack-config");
Object.defineProperty(exports, "Target", { enumerable: true, get: function () { return stack_config_3.Target; } });
/** Every {@link Target}. */
var stack_config_4 = require("./stack-config");
Object.defineProperty(exports, "targets", { enumerable: true, get: function () { return stack_config_4.targets; } });
/** The config namespace of every key: `flink-platform`. */
var schema_1 = require("./core/schema");
Object.defineProperty(exports, "configNamespace", { enumerable: true, get: function () { return schema_1.configNamespace; } });
/** Environment tiers; `prod` requires durable storage and forbids the dev MinIO. */
var schema_2 = require("./core/schema");
Object.defineProperty(exports, "Tier", { enumerable: true, get: function () { return schema_2.Tier; } });
/** How the platform gets cert-manager: `install`, `existing` or `none`. */
var schema_3 = require("./core/schema");
Object.defineProperty(exports, "CertManagerMode", { enumerable: true, get: function () { return schema_3.CertManagerMode; } });
/** CMF compute pool types: `DEDICATED` (a cluster per statement) or `SHARED`. */
var workload_schema_1 = require("./core/workload-schema");
Object.defineProperty(exports, "CmfPoolType", { enumerable: true, get: function () { return workload_schema_1.CmfPoolType; } });
/** How an application's state survives upgrades (`spec.job.upgradeMode`). */
var workload_schema_2 = require("./core/workload-schema");
Object.defineProperty(exports, "ApplicationUpgradeMode", { enumerable: true, get: function () { return workload_schema_2.ApplicationUpgradeMode; } });
/** Desired state of an application's job. */
var workload_schema_3 = require("./core/workload-schema");
Object.defineProperty(exports, "ApplicationJobState", { enumerable: true, get: function () { return workload_schema_3.ApplicationJobState; } });
/** Where CMF keeps its state: `local` (SQLite on a PVC) or `jdbc` (PostgreSQL). */
var config_1 = require("./cp/config");
Object.defineProperty(exports, "CmfDatabaseType", { enumerable: true, get: function () { return config_1.CmfDatabaseType; } });
/** How CMF authenticates API requests: `none`, `mtls` or `oauth`. */
var config_2 = require("./cp/config");
Object.defineProperty(exports, "CmfAuthenticationType", { enumerable: true, get: function () { return config_2.CmfAuthenticationType; } });
/** How the CMF API is reachable: `none` (ClusterIP), `ingress` or `loadBalancer`. */
var config_3 = require("./cp/config");
Object.defineProperty(exports, "CmfExposureType", { enumerable: true, get: function () { return config_3.CmfExposureType; } });
/** Apache operator releases whose CRDs the platform knows; a new release is one line in lib/core/schema.ts. */
var schema_4 = require("./core/schema");
Object.defineProperty(exports, "knownOperatorVersions", { enumerable: true, get: function () { return schema_4.knownOperatorVersions; } });
var errors_1 = require("./core/errors");
Object.defineProperty(exports, "ConfigError", { enumerable: true, get: function () { return errors_1.ConfigError; } });
Object.defineProperty(exports, "formatProblems", { enumerable: true, get: function () { return errors_1.formatProblems; } });
/** T-shirt sizes (`S`, `M`, `L`) that pick consistent resources for every moving part. */
var sizes_1 = require("./core/sizes");
Object.defineProperty(exports, "Size", { enumerable: true, get: function () { return sizes_1.Size; } });
/** Every {@link Size}. */
var sizes_2 = require("./core/sizes");
Object.defineProperty(exports, "sizes", { enumerable: true, get: function () { return sizes_2.sizes; } });
/** What each {@link Size} means: operator, JobManager, TaskManager, quota and volume figures. */
var sizes_3 = require("./core/sizes");
Object.defineProperty(exports, "sizeProfiles", { enumerable: true, get: function () { return sizes_3.sizeProfiles; } });
var config_4 = require("./cloud/config");
Object.defineProperty(exports, "CloudProvider", { enumerable: true, get: function () { return config_4.CloudProvider; } });
Object.defineProperty(exports, "FlinkRole", { enumerable: true, get: function () { return config_4.FlinkRole; } });
Object.defineProperty(exports, "StreamGovernancePackage", { enumerable: true, get: function () { return config_4.StreamGovernancePackage; } });
Object.defineProperty(exports, "maxCfuValues", { enumerable: true, get: function () { return config_4.maxCfuValues; } });
/** Kafka cluster types the platform creates: `BASIC` or `STANDARD` (topic role bindings need Standard or above). */
var config_5 = require("./cloud/config");
Object.defineProperty(exports, "KafkaClusterType", { enumerable: true, get: function () { return config_5.KafkaClusterType; } });
/** Every {@link CloudProvider}. */
var config_6 = require("./cloud/config");
Object.defineProperty(exports, "cloudProviders", { enumerable: true, get: function () { return config_6.cloudProviders; } });
/** Every {@link FlinkRole}. */
var config_7 = require("./cloud/config");
Object.defineProperty(exports, "flinkRoles", { enumerable: true, get: function () { return config_7.flinkRoles; } });
/** Every {@link StreamGovernancePackage}. */
var config_8 = require("./cloud/config");
Object.defineProperty(exports, "streamGovernancePackages", { enumerable: true, get: function () { return config_8.streamGovernancePackages; } });
