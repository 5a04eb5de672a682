/**
 * What a platform config derives to (the input of every chart and
 * component), as types: derive.ts computes it, guardrails.ts checks it.
 */
import type { ObservabilityPlan } from "./observability";
import type { CertManagerMode, OperatorDistribution, Tier } from "./schema";
import type { CmfPoolType } from "./workload-schema";
import type { PodResources, TaskManagerResources } from "./sizes";
import type { AutoscalerConfig } from "./autoscaler-schema";
import type { ApplicationRollbackPlan } from "./rollback-schema";

/** Reference to the Secret that holds the object-store access key pair. */
export interface S3CredentialsRef {
  /** Name of the Secret, in each Flink namespace. */
  readonly name: string;
  /** Key of the access key ID in that Secret. */
  readonly accessKeyIdKey: string;
  /** Key of the secret access key in that Secret. */
  readonly secretAccessKeyKey: string;
}

/** The in-cluster MinIO of dev stacks. */
export interface MinioPlan {
  /** Namespace MinIO runs in. */
  readonly namespace: string;
  /** Bucket the job's state goes to, created by a Job. */
  readonly bucket: string;
  /** Size of MinIO's PersistentVolumeClaim (a Kubernetes quantity). */
  readonly volumeSize: string;
  /** MinIO server image. */
  readonly image: string;
  /** MinIO client (`mc`) image that creates the bucket. */
  readonly clientImage: string;
  /** In-cluster endpoint the Flink pods use. */
  readonly endpoint: string;
}

/** Durable state locations after defaults (MinIO fills them in for dev). */
export interface StoragePlan {
  /** Checkpoint directory URI (`state.checkpoints.dir`). */
  readonly checkpoints?: string;
  /** Savepoint directory URI (`state.savepoints.dir`). */
  readonly savepoints?: string;
  /** High-availability metadata directory (`high-availability.storageDir`). */
  readonly haStorageDir?: string;
  /** Checkpoint interval (`execution.checkpointing.interval`), e.g. `60s`. */
  readonly checkpointInterval: string;
  /** S3 endpoint for S3-compatible stores; AWS's when undefined. */
  readonly s3Endpoint?: string;
  /** Whether S3 requests use path-style URLs (MinIO and most S3-compatible stores). */
  readonly pathStyleAccess: boolean;
  /** Secret with the object-store access key pair; none when pods get access otherwise. */
  readonly credentials?: S3CredentialsRef;
  /** The in-cluster MinIO of dev stacks, when enabled. */
  readonly minio?: MinioPlan;
}

/** A compute pool on Kubernetes, fully resolved. Capacity is taskManagers x slots. */
export interface PoolPlan {
  /** Pool name, unique in the platform. */
  readonly name: string;
  /** Flink namespace the pool runs in. */
  readonly namespace: string;
  /** Number of TaskManagers. */
  readonly taskManagers: number;
  /** Task slots per TaskManager. */
  readonly slots: number;
  /** CPU and memory of each TaskManager. */
  readonly taskManager: PodResources;
  /** CMF pool type (CP target): `DEDICATED` or `SHARED`. */
  readonly type: CmfPoolType;
  /** Whether fewer CPUs than slots per TaskManager is accepted (guardrail override). */
  readonly allowCpuBelowSlots: boolean;
  /** Autoscaler defaults of the pool's jobs, as configured (unset keys: the operator's defaults). */
  readonly autoscaler?: AutoscalerConfig;
}

/** A Flink application: its own cluster, or a session job when `pool` is set. */
export interface ApplicationPlan extends ApplicationRollbackPlan {
  /** Application name. */
  readonly name: string;
  /** Resolved namespace (the pool's for session jobs). */
  readonly namespace: string;
  /** Pool whose session cluster runs it; own cluster when undefined. */
  readonly pool?: string;
  /** The job's JAR. */
  readonly jarURI: string;
  /** Main class, when the manifest does not name one. */
  readonly entryClass?: string;
  /** Program arguments. */
  readonly args?: readonly string[];
  /** Job parallelism. */
  readonly parallelism: number;
  /** How state survives upgrades. */
  readonly upgradeMode: "stateless" | "savepoint" | "last-state";
  /** Whether the job keeps state worth keeping. */
  readonly stateful: boolean;
  /** Desired job state. */
  readonly state: "running" | "suspended";
  /** Image of its own cluster; the platform's when undefined. */
  readonly image?: string;
  /** Extra Flink options. */
  readonly configuration?: Readonly<Record<string, string>>;
  /** The job autoscaler, as configured (a session job inherits its pool's unset keys). */
  readonly autoscaler?: AutoscalerConfig;
}

/** Everything the Kubernetes layers need, fully resolved: no optional sizing left. */
export interface PlatformPlan {
  /** Environment name, the prefix and label of every object. */
  readonly environment: string;
  /** Environment tier; picks the guardrails (`prod` turns warnings into errors). */
  readonly tier: Tier;
  /** Namespace of the operator (and of CMF on the CP target). */
  readonly operatorNamespace: string;
  /** Namespaces the operator watches, where Flink jobs run. */
  readonly flinkNamespaces: readonly string[];
  /** cert-manager, which the operator's webhook needs. */
  readonly certManager: {
    /** `install`, `existing` or `none`. */
    readonly mode: CertManagerMode;
    /** Chart version installed with `install`. */
    readonly version: string;
    /** Namespace it is installed in. */
    readonly namespace: string;
  };
  /** The Flink Kubernetes Operator's Helm release and CRDs. */
  readonly operator: {
    /** Apache's build (OSS target) or Confluent's (CP target). */
    readonly distribution: OperatorDistribution;
    /** Helm release name. */
    readonly releaseName: string;
    /** Helm chart name. */
    readonly chart: string;
    /** Chart version. */
    readonly version: string;
    /** Helm repository URL. */
    readonly chartRepository: string;
    /** The Apache release whose CRDs are applied (the version itself for Apache's build). */
    readonly crdRelease: string;
    /** URLs of the CRD files applied before the chart. */
    readonly crdUrls: readonly string[];
    /** Operator image override; the chart's default when undefined. */
    readonly image?: {
      /** Image repository. */
      readonly repository: string;
      /** Image tag. */
      readonly tag: string;
    };
    /** Operator replicas. */
    readonly replicas: number;
    /** Operator pod CPU and memory. */
    readonly resources: PodResources;
  };
  /** Flink itself. */
  readonly flink: {
    /** Flink version, e.g. `1.20`. */
    readonly version: string;
    /** `spec.flinkVersion` value, e.g. `v1_20`. */
    readonly versionEnum: string;
    /** Image of Flink clusters. */
    readonly image: string;
    /** Service account Flink pods run as (the job RBAC's subject). */
    readonly serviceAccount: string;
  };
  /** JobManager CPU and memory. */
  readonly jobManager: PodResources;
  /** TaskManager CPU, memory and slots. */
  readonly taskManager: TaskManagerResources;
  /** ResourceQuota of each Flink namespace. */
  readonly namespaceQuota: PodResources;
  /** Durable state locations and access. */
  readonly storage: StoragePlan;
  /** Defaults every Flink deployment in the watched namespaces inherits (operator `defaultConfiguration`). */
  readonly flinkDefaults: Readonly<Record<string, string>>;
  /** The smoke-test application. */
  readonly smokeTest: {
    /** Whether it is deployed. */
    readonly enabled: boolean;
    /** Its parallelism. */
    readonly parallelism: number;
    /** How long `pulumi up` waits for its first completed checkpoint. */
    readonly timeoutSeconds: number;
  };
  /** Compute pools (session clusters), resolved. */
  readonly pools: readonly PoolPlan[];
  /** Flink applications, resolved. */
  readonly applications: readonly ApplicationPlan[];
  /** Default-deny NetworkPolicies in Flink namespaces, plus extra egress. */
  readonly networkPolicies: {
    /** Whether Flink namespaces get the policies. */
    readonly enabled: boolean;
    /** Extra egress of Flink pods. */
    readonly extraEgress: readonly {
      /** Destination CIDR. */
      readonly cidr: string;
      /** TCP ports. */
      readonly ports: readonly number[];
    }[];
  };
  /** Metrics: the Prometheus reporter, scraper access, PodMonitors, dashboard. */
  readonly observability: ObservabilityPlan;
  /** Guardrail warnings (errors throw). */
  readonly warnings: readonly string[];
}
