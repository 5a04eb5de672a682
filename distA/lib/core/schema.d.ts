import * as z from "zod";
/**
 * The stack config schema: one zod schema for everything under the
 * `flink-platform:` namespace of `Pulumi.<stack>.yaml`.
 *
 * Schema messages are phrased as "what is allowed" because the error
 * formatter prints them under `allowed:` next to the value that was seen.
 */
/** Namespace of every key this library reads from Pulumi config. */
export declare const configNamespace = "flink-platform";
export declare const dnsLabel: z.ZodString;
/** Kubernetes memory quantity in Mi or Gi; converted to Flink's units where needed. */
export declare const memoryQuantity: z.ZodString;
/** CPU in cores; fractions are allowed (0.5 = 500m). */
export declare const cpuCores: z.ZodNumber;
export declare const positiveInt: (what: string) => z.ZodNumber;
export declare const podResourcesOverride: z.ZodObject<{
    cpu: z.ZodOptional<z.ZodNumber>;
    memory: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** Object-store URI schemes Flink can use for durable checkpoints/savepoints/HA. */
export declare const durableSchemes: readonly ["s3", "s3a", "s3p", "gs", "abfs", "abfss", "wasbs", "hdfs", "oss"];
export declare const Tier: {
    /** Development: guardrails warn, the in-cluster MinIO is allowed. */
    readonly Dev: "dev";
    /** Pre-production: guardrails warn; durable storage as in prod. */
    readonly Staging: "staging";
    /** Production: durable storage required, MinIO forbidden, guardrail warnings are errors. */
    readonly Prod: "prod";
};
export type Tier = (typeof Tier)[keyof typeof Tier];
/** The tiers, in order. */
export declare const tiers: readonly ["dev", "staging", "prod"];
export declare const CertManagerMode: {
    /** The platform installs cert-manager with Helm. */
    readonly Install: "install";
    /** cert-manager is already in the cluster; the platform only depends on it. */
    readonly Existing: "existing";
    /** No cert-manager: the operator's admission webhook is turned off. */
    readonly None: "none";
};
export type CertManagerMode = (typeof CertManagerMode)[keyof typeof CertManagerMode];
/** Flink versions (major.minor) the operator 1.15 CRD accepts and this library supports. */
export declare const supportedFlinkMinors: readonly ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2"];
export declare const environmentSchema: z.ZodObject<{
    name: z.ZodString;
    tier: z.ZodOptional<z.ZodEnum<{
        dev: "dev";
        staging: "staging";
        prod: "prod";
    }>>;
}, z.core.$strict>;
export declare const namespacesSchema: z.ZodObject<{
    operator: z.ZodDefault<z.ZodString>;
    flink: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>, z.ZodTransform<string[], string | string[]>>>;
}, z.core.$strict>;
export declare const certManagerSchema: z.ZodObject<{
    mode: z.ZodDefault<z.ZodEnum<{
        install: "install";
        existing: "existing";
        none: "none";
    }>>;
    version: z.ZodDefault<z.ZodString>;
    namespace: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
/**
 * Which build of the Flink Kubernetes Operator a platform installs: Apache's
 * (OSS target) or Confluent's (CP target). Both use the same chart keys and
 * the same flink.apache.org CRDs; they differ in chart repository and versions.
 */
export declare const OperatorDistribution: {
    /** Apache's Flink Kubernetes Operator chart (OSS target). */
    readonly Apache: "apache";
    /** Confluent's Flink Kubernetes Operator chart (CP target). */
    readonly Confluent: "confluent";
};
export type OperatorDistribution = (typeof OperatorDistribution)[keyof typeof OperatorDistribution];
/**
 * Apache operator releases whose CRD set is known (newest first). Helm never
 * upgrades CRDs, so the platform applies them itself; a new release is added here.
 */
export declare const knownOperatorVersions: readonly ["1.15.0", "1.14.0", "1.13.0"];
export type KnownOperatorVersion = (typeof knownOperatorVersions)[number];
/**
 * Confluent's operator chart (`flink-kubernetes-operator` from
 * packages.confluent.io) by release line, newest first: `1.150.x` is
 * Confluent's build of Apache 1.15 and ships the same flink.apache.org CRDs,
 * so the CP platform applies the CRD files of the mapped Apache release. The
 * ONE table for this mapping: a new line is one entry here.
 */
export declare const confluentOperatorLines: Readonly<Record<string, KnownOperatorVersion>>;
/** Operator chart version used when `operator.version` is not set. */
export declare const defaultOperatorVersions: Readonly<Record<OperatorDistribution, string>>;
/** The Apache release whose CRDs a Confluent operator chart version ships, if its line is known. */
export declare function confluentOperatorCrdRelease(version: string): KnownOperatorVersion | undefined;
/** What `operator.version` may be for a distribution (the "allowed" text of errors). */
export declare function allowedOperatorVersions(distribution: OperatorDistribution): string;
/** True when `version` is a chart version whose CRDs are known for the distribution. */
export declare function isKnownOperatorVersion(distribution: OperatorDistribution, version: string): boolean;
export declare const operatorSchema: z.ZodObject<{
    version: z.ZodOptional<z.ZodString>;
    chartRepository: z.ZodOptional<z.ZodString>;
    image: z.ZodOptional<z.ZodObject<{
        repository: z.ZodString;
        tag: z.ZodString;
    }, z.core.$strict>>;
    replicas: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const flinkSchema: z.ZodObject<{
    version: z.ZodDefault<z.ZodString>;
    image: z.ZodOptional<z.ZodString>;
    serviceAccount: z.ZodDefault<z.ZodString>;
    configuration: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strict>;
export declare const resourcesSchema: z.ZodObject<{
    operator: z.ZodOptional<z.ZodObject<{
        cpu: z.ZodOptional<z.ZodNumber>;
        memory: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    jobManager: z.ZodOptional<z.ZodObject<{
        cpu: z.ZodOptional<z.ZodNumber>;
        memory: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    taskManager: z.ZodOptional<z.ZodObject<{
        cpu: z.ZodOptional<z.ZodNumber>;
        memory: z.ZodOptional<z.ZodString>;
        slots: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const credentialsSecretSchema: z.ZodObject<{
    name: z.ZodString;
    accessKeyIdKey: z.ZodDefault<z.ZodString>;
    secretAccessKeyKey: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
export declare const storageSchema: z.ZodObject<{
    checkpoints: z.ZodOptional<z.ZodString>;
    savepoints: z.ZodOptional<z.ZodString>;
    haStorageDir: z.ZodOptional<z.ZodString>;
    checkpointInterval: z.ZodDefault<z.ZodString>;
    s3: z.ZodOptional<z.ZodObject<{
        endpoint: z.ZodOptional<z.ZodString>;
        pathStyleAccess: z.ZodDefault<z.ZodBoolean>;
        credentialsSecret: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            accessKeyIdKey: z.ZodDefault<z.ZodString>;
            secretAccessKeyKey: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    minio: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        namespace: z.ZodDefault<z.ZodString>;
        bucket: z.ZodDefault<z.ZodString>;
        volumeSize: z.ZodOptional<z.ZodString>;
        image: z.ZodDefault<z.ZodString>;
        clientImage: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** Hint for a dotted config path (without the namespace), if there is one. */
export declare function hintFor(path: string): string | undefined;
