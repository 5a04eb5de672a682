import type { CertManagerMode, CmfPoolType, PlatformConfigInput, Size, Tier } from "../config";

/**
 * Args of the Kubernetes platform components. They mirror the stack config
 * keys one to one (`flink-platform:storage` is `args.storage`), so a stack
 * passes its validated config straight through, and a consumer repo writes
 * the same shape in code. All plain data.
 */

export interface EnvironmentArgs {
  /** Environment name (ENV_NAME), a DNS-1123 label used in names and labels. */
  readonly name: string;
  /**
   * Which rules apply: `prod` requires durable checkpoint, savepoint and HA
   * storage and forbids the in-cluster MinIO.
   * @default the name, when it is dev, staging or prod; required otherwise
   */
  readonly tier?: Tier;
}

export interface NamespacesArgs {
  /**
   * Namespace of the operator.
   * @default "flink-operator"
   */
  readonly operator?: string;
  /**
   * Namespaces the operator watches and Flink jobs run in (K8S_NAMESPACE_FLINK).
   * @default ["flink"]
   */
  readonly flink?: string[];
}

export interface CertManagerArgs {
  /**
   * `install` installs the jetstack chart (CRDs enabled), `existing` uses the
   * cluster's cert-manager, `none` disables the operator's admission webhook.
   * @default "install"
   */
  readonly mode?: CertManagerMode;
  /**
   * cert-manager chart version, when mode is install.
   * @default "v1.18.2"
   */
  readonly version?: string;
  /**
   * Namespace cert-manager is installed in, when mode is install.
   * @default "cert-manager"
   */
  readonly namespace?: string;
}

export interface ImageArgs {
  /** Image repository, e.g. `ghcr.io/apache/flink-kubernetes-operator`. */
  readonly repository: string;
  /** Image tag. */
  readonly tag: string;
}

export interface OperatorArgs {
  /**
   * Operator release (FKO_HELM_VERSION); its CRDs are applied before the chart.
   * @default "1.15.0"
   */
  readonly version?: string;
  /**
   * Helm repository URL, for mirrors.
   * @default the Apache download (newest release) or archive URL of the version
   */
  readonly chartRepository?: string;
  /**
   * Operator image override.
   * @default the chart's image for its version
   */
  readonly image?: ImageArgs;
  /**
   * Operator replicas; more than one needs leader election.
   * @default 1
   */
  readonly replicas?: number;
}

export interface FlinkArgs {
  /**
   * Flink version of the jobs (picks `spec.flinkVersion` and the S3 plugin jar).
   * @default "1.20.1"
   */
  readonly version?: string;
  /**
   * Image of Flink pods.
   * @default "flink:<version>"
   */
  readonly image?: string;
  /**
   * Service account of Flink pods in every Flink namespace.
   * @default "flink"
   */
  readonly serviceAccount?: string;
  /**
   * Extra Flink options every deployment inherits (operator defaults).
   * @default {}
   */
  readonly configuration?: Record<string, string>;
}

export interface PodResourcesArgs {
  /**
   * CPU cores.
   * @default from the size
   */
  readonly cpu?: number;
  /**
   * Memory, `Mi` or `Gi`.
   * @default from the size
   */
  readonly memory?: string;
}

export interface TaskManagerResourcesArgs extends PodResourcesArgs {
  /**
   * Task slots per TaskManager (`taskmanager.numberOfTaskSlots`).
   * @default from the size
   */
  readonly slots?: number;
}

export interface ResourcesArgs {
  /** Operator pod. @default from the size */
  readonly operator?: PodResourcesArgs;
  /** JobManagers. @default from the size */
  readonly jobManager?: PodResourcesArgs;
  /** TaskManagers. @default from the size */
  readonly taskManager?: TaskManagerResourcesArgs;
}

export interface CredentialsSecretArgs {
  /** Name of an existing Secret present in every Flink namespace. */
  readonly name: string;
  /**
   * Key of the access key id.
   * @default "AWS_ACCESS_KEY_ID"
   */
  readonly accessKeyIdKey?: string;
  /**
   * Key of the secret access key.
   * @default "AWS_SECRET_ACCESS_KEY"
   */
  readonly secretAccessKeyKey?: string;
}

export interface S3Args {
  /**
   * S3-compatible endpoint.
   * @default AWS S3 (or the in-cluster MinIO when enabled)
   */
  readonly endpoint?: string;
  /**
   * Path-style bucket access (needed by most S3-compatible stores).
   * @default false (true with MinIO)
   */
  readonly pathStyleAccess?: boolean;
  /**
   * Secret with the access key pair, injected into Flink pods by reference.
   * @default none: the pods' own identity (IRSA, workload identity)
   */
  readonly credentialsSecret?: CredentialsSecretArgs;
}

export interface MinioArgs {
  /**
   * Run MinIO in the cluster as the checkpoint store (dev only).
   * @default false
   */
  readonly enabled?: boolean;
  /** @default "flink-storage" */
  readonly namespace?: string;
  /** @default "flink" */
  readonly bucket?: string;
  /** @default from the size */
  readonly volumeSize?: string;
  /** @default a pinned quay.io/minio/minio release */
  readonly image?: string;
  /** @default a pinned quay.io/minio/mc release */
  readonly clientImage?: string;
}

export interface StorageArgs {
  /**
   * CHECKPOINT_URI (`state.checkpoints.dir`); required in prod.
   * @default the MinIO bucket when enabled, else unset
   */
  readonly checkpoints?: string;
  /**
   * SAVEPOINT_URI (`state.savepoints.dir`); required in prod.
   * @default the MinIO bucket when enabled, else unset
   */
  readonly savepoints?: string;
  /**
   * `high-availability.storageDir`; required in prod.
   * @default the MinIO bucket when enabled, else unset
   */
  readonly haStorageDir?: string;
  /**
   * Checkpoint interval (Flink duration).
   * @default "60s"
   */
  readonly checkpointInterval?: string;
  /** S3 access. @default AWS S3 with the pods' own identity */
  readonly s3?: S3Args;
  /** In-cluster MinIO. @default disabled */
  readonly minio?: MinioArgs;
}

export interface SmokeTestArgs {
  /**
   * Deploy the example streaming job and wait until it is STABLE.
   * @default false
   */
  readonly enabled?: boolean;
  /** @default 2 */
  readonly parallelism?: number;
  /** @default 600 */
  readonly timeoutSeconds?: number;
}

export interface PoolArgs {
  /** Pool name; the session cluster (OSS) or CMF compute pool (CP) is named after it. */
  readonly name: string;
  /**
   * Namespace of the pool; must be one of the Flink namespaces.
   * @default the first Flink namespace
   */
  readonly namespace?: string;
  /**
   * TaskManagers of the pool. Capacity is taskManagers x slots.
   * @default from the size
   */
  readonly taskManagers?: number;
  /**
   * Task slots per TaskManager; changing it restarts the TaskManagers.
   * @default resources.taskManager.slots
   */
  readonly slots?: number;
  /**
   * TaskManager CPU and memory.
   * @default resources.taskManager
   */
  readonly taskManager?: PodResourcesArgs;
  /**
   * CMF pool type (CP target only).
   * @default "DEDICATED"
   */
  readonly type?: CmfPoolType;
  /**
   * Accept fewer CPUs than slots per TaskManager (an error in prod otherwise).
   * @default false
   */
  readonly allowCpuBelowSlots?: boolean;
}

/** Settings shared by the Kubernetes platform components (OSS and CP). */
export interface KubernetesPlatformArgs {
  /** Environment name and tier. */
  readonly environment: EnvironmentArgs;
  /**
   * T-shirt size for every moving part; override single values in `resources`.
   * @default "S"
   */
  readonly size?: Size;
  /** @default operator "flink-operator", flink ["flink"] */
  readonly namespaces?: NamespacesArgs;
  /** @default install v1.18.2 into "cert-manager" */
  readonly certManager?: CertManagerArgs;
  /** @default 1.15.0 from the Apache repository */
  readonly operator?: OperatorArgs;
  /** @default Flink 1.20.1, service account "flink" */
  readonly flink?: FlinkArgs;
  /** @default from the size */
  readonly resources?: ResourcesArgs;
  /** @default no durable storage (not allowed in prod) */
  readonly storage?: StorageArgs;
  /** @default disabled */
  readonly smokeTest?: SmokeTestArgs;
  /**
   * Compute pools: session clusters (OSS) or CMF SQL pools (CP).
   * @default []
   */
  readonly pools?: PoolArgs[];
}

// Compile-time guard: the documented args stay assignable to what the schema accepts.
const _argsMatchSchema = (a: KubernetesPlatformArgs): PlatformConfigInput => a;
void _argsMatchSchema;
