import { ApiObject, ApiObjectMetadata, GroupVersionKind } from "cdk8s";
import { Construct } from "constructs";

/**
 * Typed Flink custom resources (flink.apache.org/v1beta1), written by hand for
 * the fields this library emits. Enums are validated at synth time so a bad
 * value fails here, not in the operator's admission webhook.
 */

export const FlinkVersion = {
  V1_16: "v1_16",
  V1_17: "v1_17",
  V1_18: "v1_18",
  V1_19: "v1_19",
  V1_20: "v1_20",
  V2_0: "v2_0",
  V2_1: "v2_1",
  V2_2: "v2_2",
} as const;
export type FlinkVersion = (typeof FlinkVersion)[keyof typeof FlinkVersion];

export const UpgradeMode = {
  Stateless: "stateless",
  Savepoint: "savepoint",
  LastState: "last-state",
} as const;
export type UpgradeMode = (typeof UpgradeMode)[keyof typeof UpgradeMode];

export const JobState = { Running: "running", Suspended: "suspended" } as const;
export type JobState = (typeof JobState)[keyof typeof JobState];

export const DeploymentMode = { Native: "native", Standalone: "standalone" } as const;
export type DeploymentMode = (typeof DeploymentMode)[keyof typeof DeploymentMode];

/** `resource` of a JobManager or TaskManager: cpu in cores, memory in Flink syntax (`2048m`). */
export interface FlinkResource {
  readonly cpu: number;
  readonly memory: string;
  readonly ephemeralStorage?: string;
}

export interface JobManagerSpec {
  readonly resource: FlinkResource;
  /** @default 1 */
  readonly replicas?: number;
  readonly podTemplate?: Record<string, unknown>;
}

export interface TaskManagerSpec {
  readonly resource: FlinkResource;
  /** Fixed TaskManager count; when set it overrides parallelism (replicas x slots). */
  readonly replicas?: number;
  readonly podTemplate?: Record<string, unknown>;
}

export interface JobSpec {
  readonly jarURI: string;
  readonly entryClass?: string;
  readonly args?: readonly string[];
  readonly parallelism: number;
  /** @default running */
  readonly state?: JobState;
  /** @default stateless */
  readonly upgradeMode?: UpgradeMode;
  readonly initialSavepointPath?: string;
  readonly allowNonRestoredState?: boolean;
}

export interface FlinkDeploymentSpec {
  readonly image: string;
  readonly imagePullPolicy?: string;
  readonly flinkVersion: FlinkVersion;
  /** @default native */
  readonly mode?: DeploymentMode;
  readonly serviceAccount: string;
  readonly flinkConfiguration?: Readonly<Record<string, string>>;
  readonly podTemplate?: Record<string, unknown>;
  readonly jobManager: JobManagerSpec;
  readonly taskManager: TaskManagerSpec;
  /** Without `job` the deployment is a session cluster for FlinkSessionJobs. */
  readonly job?: JobSpec;
  readonly restartNonce?: number;
}

export interface FlinkDeploymentProps {
  readonly metadata: ApiObjectMetadata;
  readonly spec: FlinkDeploymentSpec;
}

export interface FlinkSessionJobSpec {
  /** The session cluster (FlinkDeployment without `job`) to run on. */
  readonly deploymentName: string;
  readonly job: JobSpec;
  readonly flinkConfiguration?: Readonly<Record<string, string>>;
}

export interface FlinkSessionJobProps {
  readonly metadata: ApiObjectMetadata;
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

export class FlinkDeployment extends ApiObject {
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

export class FlinkSessionJob extends ApiObject {
  static readonly GVK: GroupVersionKind = { apiVersion: "flink.apache.org/v1beta1", kind: "FlinkSessionJob" };

  constructor(scope: Construct, id: string, props: FlinkSessionJobProps) {
    checkJob(`FlinkSessionJob ${props.metadata.name ?? id}`, props.spec.job);
    super(scope, id, { ...FlinkSessionJob.GVK, metadata: props.metadata, spec: props.spec });
  }
}
