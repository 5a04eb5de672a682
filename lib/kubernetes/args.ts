import type { ObservabilityArgs } from "./observability-args";
import type { CertManagerMode, Tier } from "../core/schema";
import type { ApplicationJobState, ApplicationUpgradeMode, CmfPoolType } from "../core/workload-schema";
import type { PlatformConfigInput } from "../core/platform-schema";
import type { Size } from "../core/sizes";
import type { StorageArgs } from "./storage-args";
import type { AutoscalerArgs } from "./autoscaler-args";
import type { ApplicationRollbackArgs, RollbackArgs } from "./rollback-args";

/**
 * Args of the Kubernetes platform components. They mirror the stack config
 * keys one to one (`flink-platform:storage` is `args.storage`), so a stack
 * passes its validated config straight through, and a consumer repo writes
 * the same shape in code. All plain data.
 */

/** Which environment this platform is: its name and the rules that apply (`flink-platform:environment`). */
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

/** Namespaces of the operator and of Flink jobs (`flink-platform:namespaces`). */
export interface NamespacesArgs {
  /**
   * Namespace of the operator; on the CP target also of CMF (K8S_NAMESPACE_CMF).
   * @default "flink-operator"
   */
  readonly operator?: string;
  /**
   * Namespaces the operator watches and Flink jobs run in (K8S_NAMESPACE_FLINK).
   * @default ["flink"]
   */
  readonly flink?: string[];
}

/** cert-manager, which issues the operator webhook's certificate (`flink-platform:certManager`). */
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

/** A container image as repository and tag. */
export interface ImageArgs {
  /** Image repository, e.g. `ghcr.io/apache/flink-kubernetes-operator`. */
  readonly repository: string;
  /** Image tag. */
  readonly tag: string;
}

/** The Flink Kubernetes Operator's chart, image and replicas (`flink-platform:operator`). */
export interface OperatorArgs {
  /**
   * Operator chart version (FKO_HELM_VERSION); its CRDs are applied before the
   * chart. OSS: an Apache release; CP: a Confluent chart version of a known
   * line (1.150.x, 1.140.x, 1.130.x), whose CRDs are the matching Apache release's.
   * @default "1.15.0" (OSS) or "1.150.3" (CP)
   */
  readonly version?: string;
  /**
   * Helm repository URL, for mirrors.
   * @default OSS: the Apache download (newest release) or archive URL of the version; CP: https://packages.confluent.io/helm
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

/** Flink version, image and defaults of the jobs (`flink-platform:flink`). */
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

/** CPU and memory of one pod; unset values come from the size. */
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

/** TaskManager CPU, memory and task slots; unset values come from the size. */
export interface TaskManagerResourcesArgs extends PodResourcesArgs {
  /**
   * Task slots per TaskManager (`taskmanager.numberOfTaskSlots`).
   * @default from the size
   */
  readonly slots?: number;
}

/** Per-pod resource overrides on top of the size (`flink-platform:resources`). */
export interface ResourcesArgs {
  /** Operator pod. @default from the size */
  readonly operator?: PodResourcesArgs;
  /** JobManagers. @default from the size */
  readonly jobManager?: PodResourcesArgs;
  /** TaskManagers. @default from the size */
  readonly taskManager?: TaskManagerResourcesArgs;
}

/** A streaming example job that proves the platform works (`flink-platform:smokeTest`). */
export interface SmokeTestArgs {
  /**
   * Deploy the example streaming job (keyed state, checkpoints to
   * `storage.checkpoints`, which it then requires) and wait until a
   * checkpoint the operator triggered completed (see lib/core/smoke-test).
   * @default false
   */
  readonly enabled?: boolean;
  /**
   * Parallelism of the smoke-test job.
   * @default 2
   */
  readonly parallelism?: number;
  /**
   * How long `pulumi up` waits for the completed checkpoint; past it the update fails.
   * @default 600
   */
  readonly timeoutSeconds?: number;
}

/**
 * A compute pool (`flink-platform:pools`): a session cluster on OSS, a CMF SQL
 * compute pool on CP. Scaling is a change to these numbers.
 */
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
  /**
   * Job autoscaler defaults of the pool's jobs (its cluster's Flink configuration).
   * @default none: the operator's defaults
   */
  readonly autoscaler?: AutoscalerArgs;
}

/** A Flink application (a JAR job) the platform runs. */
export interface ApplicationArgs extends ApplicationRollbackArgs {
  /** Application name (DNS-1123 label): the FlinkDeployment, FlinkSessionJob or CMF application. */
  readonly name: string;
  /**
   * Namespace; must be one of the Flink namespaces.
   * @default the pool's namespace, or the first Flink namespace
   */
  readonly namespace?: string;
  /**
   * Run as a session job on this pool (OSS only); its parallelism must fit the
   * pool's taskManagers x slots.
   * @default none: the application gets its own cluster (application mode)
   */
  readonly pool?: string;
  /** The job's JAR, e.g. `local:///opt/flink/usrlib/job.jar` or `s3://bucket/job.jar`. */
  readonly jarURI: string;
  /**
   * Main class, when the JAR's manifest does not name one.
   * @default the JAR's manifest
   */
  readonly entryClass?: string;
  /**
   * Program arguments.
   * @default []
   */
  readonly args?: string[];
  /** Job parallelism. */
  readonly parallelism: number;
  /**
   * How state survives upgrades; a stateful job needs savepoint or last-state.
   * @default "savepoint"
   */
  readonly upgradeMode?: ApplicationUpgradeMode;
  /**
   * Whether the job keeps state worth keeping; with upgradeMode stateless that is
   * an error in prod and a warning elsewhere.
   * @default true
   */
  readonly stateful?: boolean;
  /**
   * Desired job state; suspended stops the job with a savepoint (or last state).
   * @default "running"
   */
  readonly state?: ApplicationJobState;
  /**
   * Image of the application's own cluster.
   * @default the platform's Flink image
   */
  readonly image?: string;
  /**
   * Extra Flink options of this application.
   * @default {}
   */
  readonly configuration?: Record<string, string>;
  /**
   * Job autoscaler; a session job inherits its pool's unset keys.
   * @default none: the pool's, or the operator's defaults
   */
  readonly autoscaler?: AutoscalerArgs;
}

/** An egress flow Flink pods need beyond the defaults (Kafka brokers, databases). */
export interface EgressArgs {
  /** Destination IPv4 CIDR, e.g. `10.20.0.0/16`. */
  readonly cidr: string;
  /** TCP ports, e.g. `[9092]`. */
  readonly ports: number[];
}

/** NetworkPolicies of the Flink namespaces. */
export interface NetworkPoliciesArgs {
  /**
   * Default-deny NetworkPolicies in every Flink namespace, with the flows Flink
   * needs: in-namespace traffic, the operator to the JobManager REST API, DNS,
   * HTTPS (Kubernetes API, object stores) and the dev MinIO.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Extra egress of Flink pods.
   * @default []
   */
  readonly extraEgress?: EgressArgs[];
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
  /**
   * Namespaces of the operator and of Flink jobs.
   * @default operator "flink-operator", flink ["flink"]; on CP, CMF shares the operator's namespace
   */
  readonly namespaces?: NamespacesArgs;
  /**
   * cert-manager for the operator's admission webhook.
   * @default install v1.18.2 into "cert-manager"
   */
  readonly certManager?: CertManagerArgs;
  /**
   * Operator chart version, repository, image and replicas.
   * @default OSS: 1.15.0 from the Apache repository; CP: 1.150.3 from Confluent's
   */
  readonly operator?: OperatorArgs;
  /**
   * Flink version, image, service account and configuration of the jobs.
   * @default Flink 1.20.1, service account "flink"
   */
  readonly flink?: FlinkArgs;
  /**
   * Resource overrides on top of the size.
   * @default from the size
   */
  readonly resources?: ResourcesArgs;
  /**
   * Checkpoint, savepoint and HA storage.
   * @default no durable storage (not allowed in prod)
   */
  readonly storage?: StorageArgs;
  /**
   * The smoke-test job.
   * @default disabled
   */
  readonly smokeTest?: SmokeTestArgs;
  /**
   * Compute pools: session clusters (OSS) or CMF SQL pools (CP).
   * @default []
   */
  readonly pools?: PoolArgs[];
  /**
   * Flink applications: their own cluster each, or session jobs on a pool.
   * @default []
   */
  readonly applications?: ApplicationArgs[];
  /**
   * Periodic-snapshot defaults and the break-glass move to a known-good pool.
   * @default none
   */
  readonly rollback?: RollbackArgs;
  /**
   * Default-deny NetworkPolicies in the Flink namespaces, with the flows Flink needs.
   * @default enabled, no extra egress
   */
  readonly networkPolicies?: NetworkPoliciesArgs;
  /**
   * Metrics: Flink's Prometheus reporter, the operator's metrics, scraper access, PodMonitors, dashboard.
   * @default on in staging and prod, off in dev
   */
  readonly observability?: ObservabilityArgs;
}

// Compile-time guards: the documented args stay assignable to what the schemas accept.
const _argsMatchSchema = (a: KubernetesPlatformArgs): PlatformConfigInput => a;
void _argsMatchSchema;
