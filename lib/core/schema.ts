import * as z from "zod";
import { helmRepositoryUrl, httpUrl, optionMap } from "./formats";
import { flinkSecretPointer } from "./secrets";

/**
 * The stack config schema: one zod schema for everything under the
 * `flink-platform:` namespace of `Pulumi.<stack>.yaml`.
 *
 * Schema messages are phrased as "what is allowed" because the error
 * formatter prints them under `allowed:` next to the value that was seen.
 */

/** Namespace of every key this library reads from Pulumi config. */
export const configNamespace = "flink-platform";

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const dnsLabel = z
  .string({ error: "a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters)" })
  .max(63, { error: "a DNS-1123 label of at most 63 characters" })
  .regex(dns1123Label, {
    error: "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit",
  });

/** Kubernetes memory quantity in Mi or Gi; converted to Flink's units where needed. */
export const memoryQuantity = z
  .string({ error: "a memory quantity such as 2048Mi or 4Gi" })
  .regex(/^[1-9][0-9]*(Mi|Gi)$/, { error: "a memory quantity such as 2048Mi or 4Gi (units Mi or Gi)" });

/** CPU in cores; fractions are allowed (0.5 = 500m). */
export const cpuCores = z
  .number({ error: "a number of CPU cores greater than 0, such as 0.5 or 2" })
  .positive({ error: "a number of CPU cores greater than 0, such as 0.5 or 2" })
  .max(64, { error: "at most 64 CPU cores" });

export const positiveInt = (what: string) =>
  z
    .number({ error: `${what}: a whole number of at least 1` })
    .int({ error: `${what}: a whole number of at least 1` })
    .min(1, { error: `${what}: a whole number of at least 1` });

export const podResourcesOverride = z.strictObject({
  cpu: cpuCores.optional(),
  memory: memoryQuantity.optional(),
});

/** Object-store URI schemes Flink can use for durable checkpoints/savepoints/HA. */
export const durableSchemes = ["s3", "s3a", "s3p", "gs", "abfs", "abfss", "wasbs", "hdfs", "oss"] as const;
const uriPattern = /^([a-z][a-z0-9+.-]*):\/\/[^\s]+$/;
const storageUri = z
  .string({ error: `a URI such as s3://bucket/path (schemes: ${durableSchemes.join(", ")}; file:// in dev)` })
  .regex(uriPattern, {
    error: `an absolute URI with a scheme, such as s3://bucket/path (schemes: ${durableSchemes.join(", ")}; file:// in dev)`,
  });

export const Tier = {
  /** Development: guardrails warn, the in-cluster MinIO is allowed. */
  Dev: "dev",
  /** Pre-production: guardrails warn; durable storage as in prod. */
  Staging: "staging",
  /** Production: durable storage required, MinIO forbidden, guardrail warnings are errors. */
  Prod: "prod",
} as const;
export type Tier = (typeof Tier)[keyof typeof Tier];
/** The tiers, in order. */
export const tiers = [Tier.Dev, Tier.Staging, Tier.Prod] as const;

export const CertManagerMode = {
  /** The platform installs cert-manager with Helm. */
  Install: "install",
  /** cert-manager is already in the cluster; the platform only depends on it. */
  Existing: "existing",
  /** No cert-manager: the operator's admission webhook is turned off. */
  None: "none",
} as const;
export type CertManagerMode = (typeof CertManagerMode)[keyof typeof CertManagerMode];
const certManagerModes = [CertManagerMode.Install, CertManagerMode.Existing, CertManagerMode.None] as const;

/** Flink versions (major.minor) the operator 1.15 CRD accepts and this library supports. */
export const supportedFlinkMinors = ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2"] as const;

export const environmentSchema = z.strictObject({
  /** ENV_NAME: used in resource names and labels. */
  name: dnsLabel,
  /** Which rules apply; defaults to `name` when that is dev, staging or prod. */
  tier: z.enum(tiers, { error: `one of ${tiers.join(", ")}` }).optional(),
});

export const namespacesSchema = z.strictObject({
  /** Namespace of the operator (and CMF on the CP target). */
  operator: dnsLabel.default("flink-operator"),
  /** K8S_NAMESPACE_FLINK: the namespaces the operator watches; a single name or a list. */
  flink: z
    .union([dnsLabel, z.array(dnsLabel).min(1, { error: "a non-empty list of namespaces" })], {
      error: "a namespace name or a non-empty list of namespace names",
    })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .default(["flink"]),
});

export const certManagerSchema = z.strictObject({
  mode: z
    .enum(certManagerModes, { error: `one of ${certManagerModes.join(", ")}` })
    .default(CertManagerMode.Install),
  /** cert-manager chart version (jetstack), used when mode is install. */
  version: z
    .string()
    .regex(/^v\d+\.\d+\.\d+$/, { error: "a cert-manager chart version such as v1.18.2" })
    .default("v1.18.2"),
  namespace: dnsLabel.default("cert-manager"),
});

/**
 * Which build of the Flink Kubernetes Operator a platform installs: Apache's
 * (OSS target) or Confluent's (CP target). Both use the same chart keys and
 * the same flink.apache.org CRDs; they differ in chart repository and versions.
 */
export const OperatorDistribution = {
  /** Apache's Flink Kubernetes Operator chart (OSS target). */
  Apache: "apache",
  /** Confluent's Flink Kubernetes Operator chart (CP target). */
  Confluent: "confluent",
} as const;
export type OperatorDistribution = (typeof OperatorDistribution)[keyof typeof OperatorDistribution];

/**
 * Apache operator releases whose CRD set is known (newest first). Helm never
 * upgrades CRDs, so the platform applies them itself; a new release is added here.
 */
export const knownOperatorVersions = ["1.15.0", "1.14.0", "1.13.0"] as const;
export type KnownOperatorVersion = (typeof knownOperatorVersions)[number];

/**
 * Confluent's operator chart (`flink-kubernetes-operator` from
 * packages.confluent.io) by release line, newest first: `1.150.x` is
 * Confluent's build of Apache 1.15 and ships the same flink.apache.org CRDs,
 * so the CP platform applies the CRD files of the mapped Apache release. The
 * ONE table for this mapping: a new line is one entry here.
 */
export const confluentOperatorLines: Readonly<Record<string, KnownOperatorVersion>> = {
  "1.150": "1.15.0",
  "1.140": "1.14.0",
  "1.130": "1.13.0",
};

/** Operator chart version used when `operator.version` is not set. */
export const defaultOperatorVersions: Readonly<Record<OperatorDistribution, string>> = {
  [OperatorDistribution.Apache]: "1.15.0",
  [OperatorDistribution.Confluent]: "1.150.3",
};

/** The Apache release whose CRDs a Confluent operator chart version ships, if its line is known. */
export function confluentOperatorCrdRelease(version: string): KnownOperatorVersion | undefined {
  const line = /^(\d+\.\d+)\.\d+$/.exec(version)?.[1];
  return line !== undefined && Object.hasOwn(confluentOperatorLines, line)
    ? confluentOperatorLines[line]
    : undefined;
}

/** What `operator.version` may be for a distribution (the "allowed" text of errors). */
export function allowedOperatorVersions(distribution: OperatorDistribution): string {
  return distribution === OperatorDistribution.Confluent
    ? `a Confluent operator chart version of a known line: ${Object.keys(confluentOperatorLines)
        .map((l) => `${l}.x`)
        .join(", ")} (e.g. ${defaultOperatorVersions.confluent})`
    : `one of ${knownOperatorVersions.join(", ")}`;
}

/** True when `version` is a chart version whose CRDs are known for the distribution. */
export function isKnownOperatorVersion(distribution: OperatorDistribution, version: string): boolean {
  return distribution === OperatorDistribution.Confluent
    ? confluentOperatorCrdRelease(version) !== undefined
    : (knownOperatorVersions as readonly string[]).includes(version);
}

export const operatorSchema = z.strictObject({
  /**
   * FKO_HELM_VERSION: operator chart (and CRD) version. Which versions are
   * known depends on the target (Apache or Confluent build), so it is checked
   * by the target's rules; unset, the target's default applies.
   */
  version: z.string({ error: "an operator chart version such as 1.15.0 (oss) or 1.150.3 (cp)" }).optional(),
  /** Override of the Helm repository URL (mirrors, air-gapped registries). */
  chartRepository: helmRepositoryUrl.optional(),
  /** Operator image override; the chart's default follows the chart version. */
  image: z
    .strictObject({
      repository: z.string().min(1, { error: "an image repository" }),
      tag: z.string().min(1, { error: "an image tag" }),
    })
    .optional(),
  /** Operator pods; must stay 1 unless leader election is configured. */
  replicas: positiveInt("operator replicas").default(1),
});

export const flinkSchema = z.strictObject({
  /** Flink version of the jobs the platform runs (also picks the S3 plugin jar). */
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, { error: "a Flink version such as 1.20.1" })
    .refine((v) => (supportedFlinkMinors as readonly string[]).includes(v.split(".").slice(0, 2).join(".")), {
      error: `a Flink version in ${supportedFlinkMinors.join(", ")}`,
    })
    .default("1.20.1"),
  /** Image for Flink pods; defaults to the official `flink:<version>`. */
  image: z.string().min(1, { error: "an image reference" }).optional(),
  /** Service account Flink pods run as in each Flink namespace. */
  serviceAccount: dnsLabel.default("flink"),
  /** Extra Flink configuration applied to every deployment through the operator defaults. */
  configuration: optionMap("Flink option", flinkSecretPointer).optional(),
});

export const resourcesSchema = z.strictObject({
  operator: podResourcesOverride.optional(),
  jobManager: podResourcesOverride.optional(),
  taskManager: z
    .strictObject({
      cpu: cpuCores.optional(),
      memory: memoryQuantity.optional(),
      slots: positiveInt("task slots").optional(),
    })
    .optional(),
});

export const credentialsSecretSchema = z.strictObject({
  /** Name of an existing Secret in every Flink namespace (and the MinIO namespace in dev). */
  name: dnsLabel,
  accessKeyIdKey: z.string().min(1).default("AWS_ACCESS_KEY_ID"),
  secretAccessKeyKey: z.string().min(1).default("AWS_SECRET_ACCESS_KEY"),
});

export const storageSchema = z.strictObject({
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
      endpoint: httpUrl("an http(s) URL without credentials, such as https://s3.example.com").optional(),
      pathStyleAccess: z.boolean({ error: "true or false" }).default(false),
      /** Existing Secret holding the access key pair; injected into Flink pods by reference. */
      credentialsSecret: credentialsSecretSchema.optional(),
    })
    .optional(),
  /** In-cluster MinIO as the checkpoint store: for laptops and dev clusters only. */
  minio: z
    .strictObject({
      enabled: z.boolean({ error: "true or false" }).default(false),
      namespace: dnsLabel.default("flink-storage"),
      bucket: z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
          error: "an S3 bucket name (3-63 lowercase characters)",
        })
        .default("flink"),
      volumeSize: memoryQuantity.optional(),
      image: z.string().min(1).default("quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z"),
      clientImage: z.string().min(1).default("quay.io/minio/mc:RELEASE.2025-04-16T18-13-26Z"),
    })
    .optional(),
});

const hints: Record<string, string> = {
  "storage.checkpoints":
    "Checkpoints must survive pod and node loss; use an object store (s3://, gs://, abfss://). The cookbook: durable storage is not optional in production.",
  "storage.savepoints":
    "Savepoints are how jobs survive upgrades; they need the same durable storage as checkpoints.",
  "storage.haStorageDir": "Kubernetes HA keeps JobManager metadata here; last-state upgrades depend on it.",
  "storage.minio.enabled": "In-cluster MinIO is a dev convenience; staging and prod point at a real bucket.",
  "environment.tier": "Tier selects the rules (prod requires durable storage).",
  size: "S fits a laptop, M a shared cluster, L production; override single values under resources.*.",
  "operator.version":
    "Each release's CRDs are applied before the chart (Helm never upgrades CRDs); releases are listed in lib/core/schema.ts.",
  "operator.replicas": "More than one operator replica needs leader election configured in the operator.",
};

/** Hint for a dotted config path (without the namespace), if there is one. */
export function hintFor(path: string): string | undefined {
  return hints[path] ?? hints[path.replace(/\[\d+\]/g, "")];
}
