import type * as pulumi from "@pulumi/pulumi";
import type { CloudProvider } from "../cloud/config-values";
import type { CmfPoolType } from "../core/workload-schema";
import { enumValues } from "../core/rules";
import type { CmfConnectionArgs } from "../cp/cmf/connection-args";
import type { AutoscalerArgs } from "../kubernetes/autoscaler-args";

/**
 * The args of {@link ComputePool}, one section per face, and what a face
 * returns. Plain data: the component and each face import them from here.
 */

/** Where the pool lives. */
export const ComputePoolTarget = {
  /** Confluent Cloud for Apache Flink: a compute pool measured in CFUs. */
  Cloud: "cloud",
  /** Confluent Platform for Apache Flink (CMF). */
  ConfluentPlatform: "cp",
  /** Open-source Flink Kubernetes operator. */
  Oss: "oss",
} as const;
export type ComputePoolTarget = (typeof ComputePoolTarget)[keyof typeof ComputePoolTarget];
export const computePoolTargets: readonly ComputePoolTarget[] = enumValues(ComputePoolTarget);

/** The Confluent Cloud face of a pool. */
export interface CloudComputePoolArgs {
  /** Environment that owns the pool. */
  environmentId: pulumi.Input<string>;
  /** Cloud the pool runs in; changing it replaces the pool. */
  cloud: CloudProvider;
  /** Region of the pool (e.g. `us-east-1`); changing it replaces the pool. */
  region: string;
  /**
   * Upper bound of CFUs the pool autoscales to (5, 10, 20, 30, 40 or 50).
   * Changes in place; it caps cost, the pool only bills for CFUs in use.
   */
  maxCfu: number;
  /**
   * Name shown in Confluent Cloud.
   * @default the component's name
   */
  displayName?: string;
  /**
   * Make this the environment's default pool (used by statements that name none).
   * @default false (unset: Confluent Cloud's own default applies)
   */
  defaultPool?: boolean;
}

/** CPU in cores and memory as a Kubernetes quantity (`Mi`/`Gi`). */
export interface PoolResourcesArgs {
  /** CPU cores (fractions allowed). */
  cpu: number;
  /** Memory as a Kubernetes quantity, e.g. `2048Mi` or `4Gi`. */
  memory: string;
}

/** Fields shared by the Kubernetes faces (OSS session cluster, CMF pool). */
export interface KubernetesComputePoolArgs {
  /**
   * Pool name: the session FlinkDeployment or the CMF compute pool.
   * @default the component's name
   */
  poolName?: string;
  /** Flink version enum, e.g. `v1_20`. */
  flinkVersion: string;
  /** Image of the pool's Flink pods (CP: `confluentinc/cp-flink-sql:<tag>`). */
  image: string;
  /** TaskManagers; capacity is taskManagers x slots. */
  taskManagers: number;
  /** Task slots per TaskManager; changing it restarts the TaskManagers. */
  slots: number;
  /** CPU and memory of each TaskManager. */
  taskManager: PoolResourcesArgs;
  /** CPU and memory of the JobManager. */
  jobManager: PoolResourcesArgs;
  /**
   * Job autoscaler defaults of the pool's jobs, written into the cluster's Flink configuration.
   * @default none: the operator's defaults
   */
  autoscaler?: AutoscalerArgs;
  /**
   * Flink options added to the pool's cluster (the platform's metrics
   * reporter); the pool's slots win over them.
   * @default {}
   */
  flinkConfiguration?: Record<string, string>;
}

/** The OSS face: a session-mode FlinkDeployment for FlinkSessionJobs. */
export interface OssComputePoolArgs extends KubernetesComputePoolArgs {
  /** Namespace of the session cluster (watched by the operator). */
  namespace: string;
  /** Service account of the Flink pods. */
  serviceAccount: string;
  /**
   * Environment name for labels.
   * @default the component's name
   */
  environment?: string;
  /**
   * How long `pulumi up` waits for the cluster to be STABLE.
   * @default 600
   */
  timeoutSeconds?: number;
  /**
   * Container port the pool's pods declare as `metrics` (PodMonitors scrape it by name).
   * @default none
   */
  metricsPort?: number;
}

/** The CP face: a CMF SQL compute pool. */
export interface CpComputePoolArgs extends KubernetesComputePoolArgs {
  /** How to reach CMF. */
  connection: CmfConnectionArgs;
  /** CMF environment of the pool; changing it replaces the pool. */
  cmfEnvironment: pulumi.Input<string>;
  /**
   * `DEDICATED` (a cluster per statement) or `SHARED` (one session cluster).
   * @default "DEDICATED"
   */
  type?: CmfPoolType;
}

/**
 * Args of {@link ComputePool}: the target, and the settings of that target's
 * face (exactly one of `cloud`, `oss`, `cp`, matching `target`).
 */
export interface ComputePoolArgs {
  /** Platform the pool lives on; selects which face section applies. */
  target: ComputePoolTarget;
  /**
   * Settings for `target: "cloud"`; required then, rejected otherwise.
   * @default none
   */
  cloud?: CloudComputePoolArgs;
  /**
   * Settings for `target: "oss"`; required then, rejected otherwise.
   * @default none
   */
  oss?: OssComputePoolArgs;
  /**
   * Settings for `target: "cp"`; required then, rejected otherwise.
   * @default none
   */
  cp?: CpComputePoolArgs;
}

/** What a face registered: the pool's id, and its slot capacity (Kubernetes faces). */
export interface ComputePoolFaceResult {
  readonly id: pulumi.Output<string>;
  readonly maxCfu?: pulumi.Output<number>;
  readonly slotCapacity?: number;
}

/**
 * Registers one face of a pool as children of `parent`; `dependsOn` are the
 * resources given to the component, which the face's own resources must wait
 * for (a component's dependsOn does not reach its children).
 */
export type ComputePoolFace<A> = (
  parent: pulumi.ComponentResource,
  name: string,
  args: A,
  dependsOn: pulumi.Resource[],
) => ComputePoolFaceResult;
