/**
 * What a platform config derives to (the input of every chart and
 * component), as types: derive.ts computes it, guardrails.ts checks it.
 */
import type { CertManagerMode, CmfPoolType, OperatorDistribution, Tier } from "./schema";
import type { PodResources, TaskManagerResources } from "./sizes";

/** Reference to the Secret that holds the object-store access key pair. */
export interface S3CredentialsRef {
  readonly name: string;
  readonly accessKeyIdKey: string;
  readonly secretAccessKeyKey: string;
}

/** The in-cluster MinIO of dev stacks. */
export interface MinioPlan {
  readonly namespace: string;
  readonly bucket: string;
  readonly volumeSize: string;
  readonly image: string;
  readonly clientImage: string;
  /** In-cluster endpoint the Flink pods use. */
  readonly endpoint: string;
}

/** Durable state locations after defaults (MinIO fills them in for dev). */
export interface StoragePlan {
  readonly checkpoints?: string;
  readonly savepoints?: string;
  readonly haStorageDir?: string;
  readonly checkpointInterval: string;
  readonly s3Endpoint?: string;
  readonly pathStyleAccess: boolean;
  readonly credentials?: S3CredentialsRef;
  readonly minio?: MinioPlan;
}

/** A compute pool on Kubernetes, fully resolved. Capacity is taskManagers x slots. */
export interface PoolPlan {
  readonly name: string;
  readonly namespace: string;
  readonly taskManagers: number;
  readonly slots: number;
  readonly taskManager: PodResources;
  readonly type: CmfPoolType;
  readonly allowCpuBelowSlots: boolean;
}

/** A Flink application: its own cluster, or a session job when `pool` is set. */
export interface ApplicationPlan {
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
}

/** Everything the Kubernetes layers need, fully resolved: no optional sizing left. */
export interface PlatformPlan {
  readonly environment: string;
  readonly tier: Tier;
  readonly operatorNamespace: string;
  readonly flinkNamespaces: readonly string[];
  readonly certManager: {
    readonly mode: CertManagerMode;
    readonly version: string;
    readonly namespace: string;
  };
  readonly operator: {
    /** Apache's build (OSS target) or Confluent's (CP target). */
    readonly distribution: OperatorDistribution;
    /** Helm release name. */
    readonly releaseName: string;
    readonly chart: string;
    readonly version: string;
    readonly chartRepository: string;
    /** The Apache release whose CRDs are applied (the version itself for Apache's build). */
    readonly crdRelease: string;
    readonly crdUrls: readonly string[];
    readonly image?: { readonly repository: string; readonly tag: string };
    readonly replicas: number;
    readonly resources: PodResources;
  };
  readonly flink: {
    readonly version: string;
    /** `spec.flinkVersion` value, e.g. `v1_20`. */
    readonly versionEnum: string;
    readonly image: string;
    readonly serviceAccount: string;
  };
  readonly jobManager: PodResources;
  readonly taskManager: TaskManagerResources;
  readonly namespaceQuota: PodResources;
  readonly storage: StoragePlan;
  /** Defaults every Flink deployment in the watched namespaces inherits (operator `defaultConfiguration`). */
  readonly flinkDefaults: Readonly<Record<string, string>>;
  readonly smokeTest: {
    readonly enabled: boolean;
    readonly parallelism: number;
    readonly timeoutSeconds: number;
  };
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
  /** Guardrail warnings (errors throw). */
  readonly warnings: readonly string[];
}
