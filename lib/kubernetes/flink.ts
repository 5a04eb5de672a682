import { ApiObject, ApiObjectMetadata, GroupVersionKind } from "cdk8s";
import { Construct } from "constructs";
import { ApplicationJobState, ApplicationUpgradeMode } from "../core/schema";
import { flinkVersionEnums } from "../core/versions";

/**
 * Typed Flink custom resources (flink.apache.org/v1beta1), written by hand for
 * the fields this library emits. Enums are validated at synth time so a bad
 * value fails here, not in the operator's admission webhook.
 */

/** `spec.flinkVersion`: the enum values this library emits (`V1_20` -> `"v1_20"`). */
export const FlinkVersion = Object.fromEntries(flinkVersionEnums.map((v) => [v.toUpperCase(), v])) as {
  readonly [V in (typeof flinkVersionEnums)[number] as Uppercase<V>]: V;
};
export type FlinkVersion = (typeof FlinkVersion)[keyof typeof FlinkVersion];

/** `spec.job.upgradeMode`: the values of an application's `upgradeMode`. */
export const UpgradeMode = ApplicationUpgradeMode;
export type UpgradeMode = ApplicationUpgradeMode;

/** `spec.job.state`: the values of an application's `state`. */
export const JobState = ApplicationJobState;
export type JobState = ApplicationJobState;

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
