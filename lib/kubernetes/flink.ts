import { ApiObject, ApiObjectMetadata, GroupVersionKind } from "cdk8s";
import { Construct } from "constructs";
import { ApplicationJobState, ApplicationUpgradeMode } from "../core/workload-schema";
import type { flinkVersionEnums } from "../core/versions";

/**
 * Typed Flink custom resources (flink.apache.org/v1beta1), written by hand for
 * the fields this library emits. Enums are validated at synth time so a bad
 * value fails here, not in the operator's admission webhook.
 */

/**
 * `spec.flinkVersion`: the operator 1.15 CRD values this library emits
 * (`V1_20` -> `"v1_20"`). The `satisfies` line keeps it equal to
 * `flinkVersionEnums`, the list the config schema accepts.
 */
export const FlinkVersion = {
  /** Flink 1.16. */
  V1_16: "v1_16",
  /** Flink 1.17. */
  V1_17: "v1_17",
  /** Flink 1.18. */
  V1_18: "v1_18",
  /** Flink 1.19. */
  V1_19: "v1_19",
  /** Flink 1.20. */
  V1_20: "v1_20",
  /** Flink 2.0. */
  V2_0: "v2_0",
  /** Flink 2.1. */
  V2_1: "v2_1",
  /** Flink 2.2. */
  V2_2: "v2_2",
} as const satisfies { readonly [V in (typeof flinkVersionEnums)[number] as Uppercase<V>]: V };
export type FlinkVersion = (typeof FlinkVersion)[keyof typeof FlinkVersion];

/** `spec.job.upgradeMode`: the values of an application's `upgradeMode`. */
export const UpgradeMode = ApplicationUpgradeMode;
export type UpgradeMode = ApplicationUpgradeMode;

/** `spec.job.state`: the values of an application's `state`. */
export const JobState = ApplicationJobState;
export type JobState = ApplicationJobState;

/** `spec.mode`: how the operator runs the cluster. */
export const DeploymentMode = {
  /** The operator creates TaskManagers through Flink's native Kubernetes integration. */
  Native: "native",
  /** A fixed set of TaskManagers, without Kubernetes permissions for Flink. */
  Standalone: "standalone",
} as const;
export type DeploymentMode = (typeof DeploymentMode)[keyof typeof DeploymentMode];

/** `resource` of a JobManager or TaskManager: cpu in cores, memory in Flink syntax (`2048m`). */
export interface FlinkResource {
  /** CPU in cores. */
  readonly cpu: number;
  /** Memory in Flink syntax, e.g. `2048m`. */
  readonly memory: string;
  /** Ephemeral storage as a Kubernetes quantity. */
  readonly ephemeralStorage?: string;
}

/** `spec.jobManager`. */
export interface JobManagerSpec {
  /** CPU and memory of the JobManager. */
  readonly resource: FlinkResource;
  /** @default 1 */
  readonly replicas?: number;
  /** Pod template merged into the JobManager pod. */
  readonly podTemplate?: Record<string, unknown>;
}

/** `spec.taskManager`. */
export interface TaskManagerSpec {
  /** CPU and memory of each TaskManager. */
  readonly resource: FlinkResource;
  /** Fixed TaskManager count; when set it overrides parallelism (replicas x slots). */
  readonly replicas?: number;
  /** Pod template merged into the TaskManager pods. */
  readonly podTemplate?: Record<string, unknown>;
}

/** `spec.job` of an application or session job. */
export interface JobSpec {
  /** URI of the job's JAR, e.g. `local:///opt/flink/usrlib/job.jar`. */
  readonly jarURI: string;
  /** Main class, when the JAR's manifest does not name one. */
  readonly entryClass?: string;
  /** Program arguments. */
  readonly args?: readonly string[];
  /** Job parallelism. */
  readonly parallelism: number;
  /** @default running */
  readonly state?: JobState;
  /** @default stateless */
  readonly upgradeMode?: UpgradeMode;
  /** Savepoint to start from on first deployment. */
  readonly initialSavepointPath?: string;
  /** Whether state the job no longer has operators for may be dropped on restore. */
  readonly allowNonRestoredState?: boolean;
  /** Changed to a new value: redeploy from `initialSavepointPath` (operator 1.15 JobSpec). */
  readonly savepointRedeployNonce?: number;
  /** Changed to a new value: take a manual savepoint (operator 1.15 JobSpec). */
  readonly savepointTriggerNonce?: number;
}

/** `spec` of a FlinkDeployment. */
export interface FlinkDeploymentSpec {
  /** Flink image. */
  readonly image: string;
  /** Kubernetes image pull policy. */
  readonly imagePullPolicy?: string;
  /** Flink version of the image. */
  readonly flinkVersion: FlinkVersion;
  /** @default native */
  readonly mode?: DeploymentMode;
  /** Service account of the Flink pods. */
  readonly serviceAccount: string;
  /** Flink configuration options (`flink-conf.yaml` keys). */
  readonly flinkConfiguration?: Readonly<Record<string, string>>;
  /** Pod template merged into every pod of the cluster. */
  readonly podTemplate?: Record<string, unknown>;
  /** The JobManager. */
  readonly jobManager: JobManagerSpec;
  /** The TaskManagers. */
  readonly taskManager: TaskManagerSpec;
  /** Without `job` the deployment is a session cluster for FlinkSessionJobs. */
  readonly job?: JobSpec;
  /** Change it to restart the cluster without another spec change. */
  readonly restartNonce?: number;
}

/** Props of {@link FlinkDeployment}. */
export interface FlinkDeploymentProps {
  /** Object metadata (name, namespace, labels, annotations). */
  readonly metadata: ApiObjectMetadata;
  /** The deployment's spec. */
  readonly spec: FlinkDeploymentSpec;
}

/** `spec` of a FlinkSessionJob. */
export interface FlinkSessionJobSpec {
  /** The session cluster (FlinkDeployment without `job`) to run on. */
  readonly deploymentName: string;
  /** The job. */
  readonly job: JobSpec;
  /** Job-level Flink configuration options. */
  readonly flinkConfiguration?: Readonly<Record<string, string>>;
}

/** Props of {@link FlinkSessionJob}. */
export interface FlinkSessionJobProps {
  /** Object metadata (name, namespace, labels, annotations). */
  readonly metadata: ApiObjectMetadata;
  /** The session job's spec. */
  readonly spec: FlinkSessionJobSpec;
}

function checkEnum(kind: string, field: string, value: unknown, allowed: Record<string, string>): void {
  if (value === undefined) return;
  const values = Object.values(allowed);
  if (!values.includes(value as string)) {
    throw new Error(`${kind} ${field}: got ${JSON.stringify(value)}; allowed: one of ${values.join(", ")}`);
  }
}

function checkPositive(kind: string, field: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
    throw new Error(`${kind} ${field}: got ${value}; allowed: a whole number of at least 1`);
  }
}

function checkJob(kind: string, job: JobSpec | undefined): void {
  if (!job) return;
  checkEnum(kind, "spec.job.state", job.state, JobState);
  checkEnum(kind, "spec.job.upgradeMode", job.upgradeMode, UpgradeMode);
  checkPositive(kind, "spec.job.parallelism", job.parallelism);
}

/** A `flink.apache.org/v1beta1` FlinkDeployment: an application cluster, or a session cluster without `job`. Enum and count fields are checked at construction. */
export class FlinkDeployment extends ApiObject {
  /** Its apiVersion and kind. */
  static readonly GVK: GroupVersionKind = { apiVersion: "flink.apache.org/v1beta1", kind: "FlinkDeployment" };

  constructor(scope: Construct, id: string, props: FlinkDeploymentProps) {
    const kind = `FlinkDeployment ${props.metadata.name ?? id}`;
    checkEnum(kind, "spec.flinkVersion", props.spec.flinkVersion, FlinkVersion);
    checkEnum(kind, "spec.mode", props.spec.mode, DeploymentMode);
    checkPositive(kind, "spec.jobManager.replicas", props.spec.jobManager.replicas);
    checkPositive(kind, "spec.taskManager.replicas", props.spec.taskManager.replicas);
    checkJob(kind, props.spec.job);
    super(scope, id, { ...FlinkDeployment.GVK, metadata: props.metadata, spec: props.spec });
  }
}

/** A `flink.apache.org/v1beta1` FlinkSessionJob: a job on a session cluster. Its job fields are checked at construction. */
export class FlinkSessionJob extends ApiObject {
  /** Its apiVersion and kind. */
  static readonly GVK: GroupVersionKind = { apiVersion: "flink.apache.org/v1beta1", kind: "FlinkSessionJob" };

  constructor(scope: Construct, id: string, props: FlinkSessionJobProps) {
    checkJob(`FlinkSessionJob ${props.metadata.name ?? id}`, props.spec.job);
    super(scope, id, { ...FlinkSessionJob.GVK, metadata: props.metadata, spec: props.spec });
  }
}
