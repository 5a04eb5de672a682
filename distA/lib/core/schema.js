"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.storageSchema = exports.credentialsSecretSchema = exports.resourcesSchema = exports.flinkSchema = exports.operatorSchema = exports.defaultOperatorVersions = exports.confluentOperatorLines = exports.knownOperatorVersions = exports.OperatorDistribution = exports.certManagerSchema = exports.namespacesSchema = exports.environmentSchema = exports.supportedFlinkMinors = exports.CertManagerMode = exports.tiers = exports.Tier = exports.durableSchemes = exports.podResourcesOverride = exports.positiveInt = exports.cpuCores = exports.memoryQuantity = exports.dnsLabel = exports.configNamespace = void 0;
exports.confluentOperatorCrdRelease = confluentOperatorCrdRelease;
exports.allowedOperatorVersions = allowedOperatorVersions;
exports.isKnownOperatorVersion = isKnownOperatorVersion;
exports.hintFor = hintFor;
const z = __importStar(require("zod"));
const formats_1 = require("./formats");
const secrets_1 = require("./secrets");
/**
 * The stack config schema: one zod schema for everything under the
 * `flink-platform:` namespace of `Pulumi.<stack>.yaml`.
 *
 * Schema messages are phrased as "what is allowed" because the error
 * formatter prints them under `allowed:` next to the value that was seen.
 */
/** Namespace of every key this library reads from Pulumi config. */
exports.configNamespace = "flink-platform";
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
exports.dnsLabel = z
    .string({ error: "a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters)" })
    .max(63, { error: "a DNS-1123 label of at most 63 characters" })
    .regex(dns1123Label, {
    error: "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit",
});
/** Kubernetes memory quantity in Mi or Gi; converted to Flink's units where needed. */
exports.memoryQuantity = z
    .string({ error: "a memory quantity such as 2048Mi or 4Gi" })
    .regex(/^[1-9][0-9]*(Mi|Gi)$/, { error: "a memory quantity such as 2048Mi or 4Gi (units Mi or Gi)" });
/** CPU in cores; fractions are allowed (0.5 = 500m). */
exports.cpuCores = z
    .number({ error: "a number of CPU cores greater than 0, such as 0.5 or 2" })
    .positive({ error: "a number of CPU cores greater than 0, such as 0.5 or 2" })
    .max(64, { error: "at most 64 CPU cores" });
const positiveInt = (what) => z
    .number({ error: `${what}: a whole number of at least 1` })
    .int({ error: `${what}: a whole number of at least 1` })
    .min(1, { error: `${what}: a whole number of at least 1` });
exports.positiveInt = positiveInt;
exports.podResourcesOverride = z.strictObject({
    cpu: exports.cpuCores.optional(),
    memory: exports.memoryQuantity.optional(),
});
/** Object-store URI schemes Flink can use for durable checkpoints/savepoints/HA. */
exports.durableSchemes = ["s3", "s3a", "s3p", "gs", "abfs", "abfss", "wasbs", "hdfs", "oss"];
const uriPattern = /^([a-z][a-z0-9+.-]*):\/\/[^\s]+$/;
const storageUri = z
    .string({ error: `a URI such as s3://bucket/path (schemes: ${exports.durableSchemes.join(", ")}; file:// in dev)` })
    .regex(uriPattern, {
    error: `an absolute URI with a scheme, such as s3://bucket/path (schemes: ${exports.durableSchemes.join(", ")}; file:// in dev)`,
});
exports.Tier = {
    /** Development: guardrails warn, the in-cluster MinIO is allowed. */
    Dev: "dev",
    /** Pre-production: guardrails warn; durable storage as in prod. */
    Staging: "staging",
    /** Production: durable storage required, MinIO forbidden, guardrail warnings are errors. */
    Prod: "prod",
};
/** The tiers, in order. */
exports.tiers = [exports.Tier.Dev, exports.Tier.Staging, exports.Tier.Prod];
exports.CertManagerMode = {
    /** The platform installs cert-manager with Helm. */
    Install: "install",
    /** cert-manager is already in the cluster; the platform only depends on it. */
    Existing: "existing",
    /** No cert-manager: the operator's admission webhook is turned off. */
    None: "none",
};
const certManagerModes = [exports.CertManagerMode.Install, exports.CertManagerMode.Existing, exports.CertManagerMode.None];
/** Flink versions (major.minor) the operator 1.15 CRD accepts and this library supports. */
exports.supportedFlinkMinors = ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2"];
exports.environmentSchema = z.strictObject({
    /** ENV_NAME: used in resource names and labels. */
    name: exports.dnsLabel,
    /** Which rules apply; defaults to `name` when that is dev, staging or prod. */
    tier: z.enum(exports.tiers, { error: `one of ${exports.tiers.join(", ")}` }).optional(),
});
exports.namespacesSchema = z.strictObject({
    /** Namespace of the operator (and CMF on the CP target). */
    operator: exports.dnsLabel.default("flink-operator"),
    /** K8S_NAMESPACE_FLINK: the namespaces the operator watches; a single name or a list. */
    flink: z
        .union([exports.dnsLabel, z.array(exports.dnsLabel).min(1, { error: "a non-empty list of namespaces" })], {
        error: "a namespace name or a non-empty list of namespace names",
    })
        .transform((v) => (Array.isArray(v) ? v : [v]))
        .default(["flink"]),
});
exports.certManagerSchema = z.strictObject({
    mode: z
        .enum(certManagerModes, { error: `one of ${certManagerModes.join(", ")}` })
        .default(exports.CertManagerMode.Install),
    /** cert-manager chart version (jetstack), used when mode is install. */
    version: z
        .string()
        .regex(/^v\d+\.\d+\.\d+$/, { error: "a cert-manager chart version such as v1.18.2" })
        .default("v1.18.2"),
    namespace: exports.dnsLabel.default("cert-manager"),
});
/**
 * Which build of the Flink Kubernetes Operator a platform installs: Apache's
 * (OSS target) or Confluent's (CP target). Both use the same chart keys and
 * the same flink.apache.org CRDs; they differ in chart repository and versions.
 */
exports.OperatorDistribution = {
    /** Apache's Flink Kubernetes Operator chart (OSS target). */
    Apache: "apache",
    /** Confluent's Flink Kubernetes Operator chart (CP target). */
    Confluent: "confluent",
};
/**
 * Apache operator releases whose CRD set is known (newest first). Helm never
 * upgrades CRDs, so the platform applies them itself; a new release is added here.
 */
exports.knownOperatorVersions = ["1.15.0", "1.14.0", "1.13.0"];
/**
 * Confluent's operator chart (`flink-kubernetes-operator` from
 * packages.confluent.io) by release line, newest first: `1.150.x` is
 * Confluent's build of Apache 1.15 and ships the same flink.apache.org CRDs,
 * so the CP platform applies the CRD files of the mapped Apache release. The
 * ONE table for this mapping: a new line is one entry here.
 */
exports.confluentOperatorLines = {
    "1.150": "1.15.0",
    "1.140": "1.14.0",
    "1.130": "1.13.0",
};
/** Operator chart version used when `operator.version` is not set. */
exports.defaultOperatorVersions = {
    [exports.OperatorDistribution.Apache]: "1.15.0",
    [exports.OperatorDistribution.Confluent]: "1.150.3",
};
/** The Apache release whose CRDs a Confluent operator chart version ships, if its line is known. */
function confluentOperatorCrdRelease(version) {
    const line = /^(\d+\.\d+)\.\d+$/.exec(version)?.[1];
    return line !== undefined && Object.hasOwn(exports.confluentOperatorLines, line)
        ? exports.confluentOperatorLines[line]
        : undefined;
}
/** What `operator.version` may be for a distribution (the "allowed" text of errors). */
function allowedOperatorVersions(distribution) {
    return distribution === exports.OperatorDistribution.Confluent
        ? `a Confluent operator chart version of a known line: ${Object.keys(exports.confluentOperatorLines)
            .map((l) => `${l}.x`)
            .join(", ")} (e.g. ${exports.defaultOperatorVersions.confluent})`
        : `one of ${exports.knownOperatorVersions.join(", ")}`;
}
/** True when `version` is a chart version whose CRDs are known for the distribution. */
function isKnownOperatorVersion(distribution, version) {
    return distribution === exports.OperatorDistribution.Confluent
        ? confluentOperatorCrdRelease(version) !== undefined
        : exports.knownOperatorVersions.includes(version);
}
exports.operatorSchema = z.strictObject({
    /**
     * FKO_HELM_VERSION: operator chart (and CRD) version. Which versions are
     * known depends on the target (Apache or Confluent build), so it is checked
     * by the target's rules; unset, the target's default applies.
     */
    version: z.string({ error: "an operator chart version such as 1.15.0 (oss) or 1.150.3 (cp)" }).optional(),
    /** Override of the Helm repository URL (mirrors, air-gapped registries). */
    chartRepository: formats_1.helmRepositoryUrl.optional(),
    /** Operator image override; the chart's default follows the chart version. */
    image: z
        .strictObject({
        repository: z.string().min(1, { error: "an image repository" }),
        tag: z.string().min(1, { error: "an image tag" }),
    })
        .optional(),
    /** Operator pods; must stay 1 unless leader election is configured. */
    replicas: (0, exports.positiveInt)("operator replicas").default(1),
});
exports.flinkSchema = z.strictObject({
    /** Flink version of the jobs the platform runs (also picks the S3 plugin jar). */
    version: z
        .string()
        .regex(/^\d+\.\d+\.\d+$/, { error: "a Flink version such as 1.20.1" })
        .refine((v) => exports.supportedFlinkMinors.includes(v.split(".").slice(0, 2).join(".")), {
        error: `a Flink version in ${exports.supportedFlinkMinors.join(", ")}`,
    })
        .default("1.20.1"),
    /** Image for Flink pods; defaults to the official `flink:<version>`. */
    image: z.string().min(1, { error: "an image reference" }).optional(),
    /** Service account Flink pods run as in each Flink namespace. */
    serviceAccount: exports.dnsLabel.default("flink"),
    /** Extra Flink configuration applied to every deployment through the operator defaults. */
    configuration: (0, formats_1.optionMap)("Flink option", secrets_1.flinkSecretPointer).optional(),
});
exports.resourcesSchema = z.strictObject({
    operator: exports.podResourcesOverride.optional(),
    jobManager: exports.podResourcesOverride.optional(),
    taskManager: z
        .strictObject({
        cpu: exports.cpuCores.optional(),
        memory: exports.memoryQuantity.optional(),
        slots: (0, exports.positiveInt)("task slots").optional(),
    })
        .optional(),
});
exports.credentialsSecretSchema = z.strictObject({
    /** Name of an existing Secret in every Flink namespace (and the MinIO namespace in dev). */
    name: exports.dnsLabel,
    accessKeyIdKey: z.string().min(1).default("AWS_ACCESS_KEY_ID"),
    secretAccessKeyKey: z.string().min(1).default("AWS_SECRET_ACCESS_KEY"),
});
exports.storageSchema = z.strictObject({
    /** CHECKPOINT_URI (`state.checkpoints.dir`). */
    checkpoints: storageUri.optional(),
    /** SAVEPOINT_URI (`state.savepoints.dir`). */
    savepoints: storageUri.optional(),
    /** `high-availability.storageDir` (Kubernetes HA metadata). */
    haStorageDir: storageUri.optional(),
    /** Checkpoint interval; Flink duration syntax. */
    checkpointInterval: z
        .string()
        .regex(/^\d+\s*(ms|s|min|h)$/, { error: "a Flink duration such as 60s or 5 min" })
        .default("60s"),
    s3: z
        .strictObject({
        /** S3-compatible endpoint (MinIO, Ceph, ...); unset for AWS S3. */
        endpoint: (0, formats_1.httpUrl)("an http(s) URL without credentials, such as https://s3.example.com").optional(),
        pathStyleAccess: z.boolean({ error: "true or false" }).default(false),
        /** Existing Secret holding the access key pair; injected into Flink pods by reference. */
        credentialsSecret: exports.credentialsSecretSchema.optional(),
    })
        .optional(),
    /** In-cluster MinIO as the checkpoint store: for laptops and dev clusters only. */
    minio: z
        .strictObject({
        enabled: z.boolean({ error: "true or false" }).default(false),
        namespace: exports.dnsLabel.default("flink-storage"),
        bucket: z
            .string()
            .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
            error: "an S3 bucket name (3-63 lowercase characters)",
        })
            .default("flink"),
        volumeSize: exports.memoryQuantity.optional(),
        image: z.string().min(1).default("quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z"),
        clientImage: z.string().min(1).default("quay.io/minio/mc:RELEASE.2025-04-16T18-13-26Z"),
    })
        .optional(),
});
const hints = {
    "storage.checkpoints": "Checkpoints must survive pod and node loss; use an object store (s3://, gs://, abfss://). The cookbook: durable storage is not optional in production.",
    "storage.savepoints": "Savepoints are how jobs survive upgrades; they need the same durable storage as checkpoints.",
    "storage.haStorageDir": "Kubernetes HA keeps JobManager metadata here; last-state upgrades depend on it.",
    "storage.minio.enabled": "In-cluster MinIO is a dev convenience; staging and prod point at a real bucket.",
    "environment.tier": "Tier selects the rules (prod requires durable storage).",
    size: "S fits a laptop, M a shared cluster, L production; override single values under resources.*.",
    "operator.version": "Each release's CRDs are applied before the chart (Helm never upgrades CRDs); releases are listed in lib/core/schema.ts.",
    "operator.replicas": "More than one operator replica needs leader election configured in the operator.",
};
/** Hint for a dotted config path (without the namespace), if there is one. */
function hintFor(path) {
    return hints[path] ?? hints[path.replace(/\[\d+\]/g, "")];
}
