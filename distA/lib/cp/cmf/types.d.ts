/**
 * Request and response bodies of the CMF API (hand-written for the fields
 * used) and what each CMF object is made of.
 */
/** Free-form JSON object (CMF's `format: yamlorjson` fields). */
export type JsonObject = {
    [key: string]: unknown;
};
/** Flink configuration defaults for detached or interactive statements. */
export interface CmfStatementDefaults {
    readonly flinkConfiguration?: Readonly<Record<string, string>>;
}
/** Body of `POST /cmf/api/v1/environments` (schema `PostEnvironment`). */
export interface CmfEnvironmentBody {
    /** `EnvironmentMetadata`: where CMF 2.3.1 takes the name. */
    metadata?: {
        name: string;
        labels?: Record<string, string>;
        annotations?: Record<string, string>;
    };
    /** Deprecated in CMF 2.3.1 for `metadata.name`; `Environment` (GET) still requires it. */
    name: string;
    kubernetesNamespace: string;
    kubernetesClusterName?: string;
    flinkApplicationDefaults?: JsonObject;
    computePoolDefaults?: JsonObject;
    statementDefaults?: {
        detached?: CmfStatementDefaults;
        interactive?: CmfStatementDefaults;
    };
}
/** CMF's answer for an environment (schema `Environment`). */
export interface CmfEnvironmentDocument extends CmfEnvironmentBody {
    created_time?: string;
    updated_time?: string;
    secrets?: Record<string, string>;
    status?: JsonObject;
}
/** Kubernetes-style metadata of applications and compute pools. */
export interface CmfMetadata {
    name: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    /** Server-set fields (creationTimestamp, uid, ...). */
    [key: string]: unknown;
}
/**
 * Status CMF reports for a FlinkApplication. The OpenAPI leaves it free-form;
 * CMF mirrors the Flink Kubernetes operator's FlinkDeployment status.
 */
export interface CmfFlinkApplicationStatus {
    jobStatus?: {
        state?: string;
        jobId?: string;
        jobName?: string;
        [key: string]: unknown;
    };
    lifecycleState?: string;
    jobManagerDeploymentStatus?: string;
    error?: string;
    [key: string]: unknown;
}
/** Body and answer of the application endpoints (schema `FlinkApplication`). */
export interface CmfFlinkApplicationDocument {
    apiVersion: string;
    kind: "FlinkApplication";
    metadata: CmfMetadata;
    /** A FlinkDeployment spec (image, flinkVersion, jobManager, taskManager, job, ...). */
    spec: JsonObject;
    status?: CmfFlinkApplicationStatus;
}
/** `ComputePoolSpec.type`. */
export type CmfComputePoolType = "DEDICATED" | "SHARED";
/** `ComputePoolSpec.state`; only for SHARED pools. */
export type CmfComputePoolState = "RUNNING" | "SUSPENDED";
/** Body and answer of the compute-pool endpoints (schema `ComputePool`). */
export interface CmfComputePoolDocument {
    apiVersion: string;
    kind: "ComputePool";
    metadata: CmfMetadata;
    spec: {
        type: CmfComputePoolType;
        state?: CmfComputePoolState;
        /** flinkVersion, image (`confluentinc/cp-flink-sql:<tag>`), flinkConfiguration, jobManager, taskManager. */
        clusterSpec: JsonObject;
    };
    status?: {
        phase: string;
        message?: string;
        warning?: string;
        [key: string]: unknown;
    };
}
/** What an environment is made of; input of {@link buildEnvironmentBody}. */
export interface CmfEnvironmentSpec {
    /** CMF environment name: lowercase DNS name, at least 4 characters. */
    readonly name: string;
    /** Kubernetes namespace CMF deploys the environment's Flink clusters into. */
    readonly kubernetesNamespace: string;
    /** Kubernetes cluster registered in CMF. @default CMF's local cluster */
    readonly kubernetesClusterName?: string;
    /** Defaults merged into every FlinkApplication spec of the environment. */
    readonly flinkApplicationDefaults?: JsonObject;
    /** Defaults merged into every compute pool of the environment. */
    readonly computePoolDefaults?: JsonObject;
    /** Flink configuration defaults for SQL statements. */
    readonly statementDefaults?: {
        readonly detached?: CmfStatementDefaults;
        readonly interactive?: CmfStatementDefaults;
    };
}
/** What an application is made of; input of {@link buildApplicationBody}. */
export interface CmfApplicationSpec {
    /** Application name (lowercase DNS name). */
    readonly name: string;
    /** FlinkDeployment spec: image, flinkVersion, flinkConfiguration, jobManager, taskManager, job, ... */
    readonly spec: JsonObject;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
}
/** What a compute pool is made of; input of {@link buildComputePoolBody}. */
export interface CmfComputePoolSpec {
    /** Compute pool name (lowercase DNS name). */
    readonly name: string;
    /** `DEDICATED` (one cluster per statement) or `SHARED` (one session cluster). */
    readonly type: CmfComputePoolType;
    /** Desired state; only allowed for SHARED pools. @default RUNNING (CMF's default) */
    readonly state?: CmfComputePoolState;
    /** flinkVersion, image (`confluentinc/cp-flink-sql:<tag>`), flinkConfiguration, jobManager, taskManager. */
    readonly clusterSpec: JsonObject;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
}
