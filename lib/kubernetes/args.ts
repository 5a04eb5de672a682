import type * as pulumi from "@pulumi/pulumi";
import type {
  ApplicationJobState,
  ApplicationUpgradeMode,
  CertManagerMode,
  CmfPoolType,
  PlatformConfigInput,
  Tier,
} from "../core/schema";
import type {
  CmfAuthenticationType,
  CmfDatabaseType,
  CmfExposureType,
  CpPlatformConfigInput,
} from "../cp/config";
import type { Size } from "../core/sizes";

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

/** An existing Secret holding an S3 access key pair, referenced by Flink pods. */
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

/** How Flink reaches the S3-compatible object store (`flink-platform:storage.s3`). */
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

/** In-cluster MinIO as a dev checkpoint store (`flink-platform:storage.minio`). */
export interface MinioArgs {
  /**
   * Run MinIO in the cluster as the checkpoint store (dev only).
   * @default false
   */
  readonly enabled?: boolean;
  /**
   * Namespace MinIO runs in.
   * @default "flink-storage"
   */
  readonly namespace?: string;
  /**
   * Bucket created for checkpoints, savepoints and HA metadata.
   * @default "flink"
   */
  readonly bucket?: string;
  /**
   * Size of MinIO's PersistentVolumeClaim.
   * @default from the size
   */
  readonly volumeSize?: string;
  /**
   * MinIO server image.
   * @default a pinned quay.io/minio/minio release
   */
  readonly image?: string;
  /**
   * MinIO client image of the bucket-creating Job.
   * @default a pinned quay.io/minio/mc release
   */
  readonly clientImage?: string;
}

/** Durable state: checkpoint, savepoint and HA directories and object-store access (`flink-platform:storage`). */
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

/** A streaming example job that proves the platform works (`flink-platform:smokeTest`). */
export interface SmokeTestArgs {
  /**
   * Deploy the example streaming job and wait until it is STABLE.
   * @default false
   */
  readonly enabled?: boolean;
  /**
   * Parallelism of the smoke-test job.
   * @default 2
   */
  readonly parallelism?: number;
  /**
   * How long `pulumi up` waits for the job to become STABLE.
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
}

/** A Flink application (a JAR job) the platform runs. */
export interface ApplicationArgs {
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
   * Default-deny NetworkPolicies in the Flink namespaces, with the flows Flink needs.
   * @default enabled, no extra egress
   */
  readonly networkPolicies?: NetworkPoliciesArgs;
}

/** A key in an existing Kubernetes Secret. */
export interface SecretKeyRefArgs {
  /** Name of an existing Secret in the CMF namespace. */
  readonly name: string;
  /** Key (property) in the Secret. */
  readonly key: string;
}

/** The Confluent license CMF runs with (`flink-platform:cmf.license`). */
export interface CmfLicenseArgs {
  /** Secret in the CMF namespace created from license.txt (`license.secretRef`). */
  readonly secretRef: string;
}

/** CMF's SQL settings (`flink-platform:cmf.sql`). */
export interface CmfSqlArgs {
  /**
   * `cmf.sql.production`: encrypt the secrets CMF stores in its database.
   * Fixed when CMF creates its database (guarded, see `allowInstallTimeChanges`).
   * @default false
   */
  readonly production?: boolean;
  /**
   * Secret with the 256-bit encryption key (`encryption.key.*`); required when
   * `production` is true, not set otherwise.
   * @default none
   */
  readonly encryptionKeySecret?: SecretKeyRefArgs;
  /**
   * `cmf.sql.examples-catalog.enabled`.
   * @default false
   */
  readonly examplesCatalog?: boolean;
}

/** An external PostgreSQL database for CMF (`flink-platform:cmf.database.jdbc`). */
export interface CmfJdbcArgs {
  /** JDBC URL, e.g. `jdbc:postgresql://db.example.com:5432/cmf`. */
  readonly url: string;
  /** Database user. */
  readonly user: string;
  /** The password, by Secret reference only. */
  readonly passwordSecret: SecretKeyRefArgs;
}

/** Where CMF keeps its state (`flink-platform:cmf.database`). */
export interface CmfDatabaseArgs {
  /**
   * `local` (SQLite on a PVC) or `jdbc` (PostgreSQL, CMF 2.1.1+). Fixed at
   * install: changing it loses CMF's data (guarded).
   * @default "local"
   */
  readonly type?: CmfDatabaseType;
  /**
   * Size of the SQLite PVC (`local` only).
   * @default from the size (S 10Gi, M 20Gi, L 50Gi)
   */
  readonly volumeSize?: string;
  /**
   * StorageClass of the SQLite PVC (`local` only).
   * @default the cluster's default class
   */
  readonly storageClassName?: string;
  /**
   * The external database; required for `jdbc`.
   * @default none
   */
  readonly jdbc?: CmfJdbcArgs;
}

/** How CMF authenticates API requests (`flink-platform:cmf.authentication`). */
export interface CmfAuthenticationArgs {
  /**
   * How CMF authenticates requests: `none`, `mtls` (needs `tls`) or `oauth`.
   * The stack's CMF client follows it (no auth, client certificate, bearer token).
   * @default "none"
   */
  readonly type?: CmfAuthenticationType;
  /**
   * `cmf.authentication.config`: for oauth at least
   * `oauthbearer.jwks.endpoint.url` and `oauthbearer.expected.issuer`.
   * @default none
   */
  readonly config?: Record<string, string>;
}

/** CMF serving HTTPS from a keystore (`flink-platform:cmf.tls`). */
export interface CmfTlsArgs {
  /** Existing Secret (CMF namespace) with CMF's keystore, and its truststore for mTLS. */
  readonly secretName: string;
  /**
   * Key of the keystore file in the Secret.
   * @default "keystore.jks"
   */
  readonly keystoreKey?: string;
  /**
   * Key of the truststore file (the CAs of accepted client certificates).
   * @default "truststore.jks"
   */
  readonly truststoreKey?: string;
}

/** An Ingress in front of the CMF API (`flink-platform:cmf.exposure.ingress`). */
export interface CmfIngressArgs {
  /** Host name of the CMF API. */
  readonly host: string;
  /**
   * IngressClass.
   * @default the cluster's default class
   */
  readonly className?: string;
  /**
   * TLS Secret for the host (TLS terminated at the controller); required in
   * prod unless CMF serves TLS itself (`tls`).
   * @default none
   */
  readonly tlsSecret?: string;
  /**
   * Namespace of the ingress controller's pods, admitted by the NetworkPolicy.
   * @default "ingress-nginx"
   */
  readonly controllerNamespace?: string;
  /**
   * Extra Ingress annotations; they override the ingress-nginx ones set when
   * CMF serves TLS (backend-protocol HTTPS, ssl-passthrough for mTLS).
   * @default none
   */
  readonly annotations?: Record<string, string>;
}

/** How the CMF API is reachable from outside the cluster (`flink-platform:cmf.exposure`). */
export interface CmfExposureArgs {
  /**
   * `none` (ClusterIP only: port-forward), `ingress` or `loadBalancer`.
   * @default "none"
   */
  readonly type?: CmfExposureType;
  /**
   * Ingress settings; required for `ingress`, not set otherwise.
   * @default none
   */
  readonly ingress?: CmfIngressArgs;
  /**
   * More namespaces whose pods may reach CMF (NetworkPolicy).
   * @default []
   */
  readonly allowedNamespaces?: string[];
  /**
   * Client CIDRs that may reach CMF (LoadBalancer source ranges and
   * NetworkPolicy); required non-empty for `loadBalancer`.
   * @default []
   */
  readonly allowedCidrs?: string[];
}

/** CMF's Kubernetes service account (`flink-platform:cmf.serviceAccount`). */
export interface CmfServiceAccountArgs {
  /**
   * Let the chart create CMF's service account.
   * @default true
   */
  readonly create?: boolean;
  /**
   * Its name; required when `create` is false.
   * @default the chart's
   */
  readonly name?: string;
}

/** Confluent Manager for Apache Flink: mirrors `flink-platform:cmf`. */
export interface CmfArgs {
  /**
   * CMF chart version (CMF_HELM_VERSION). CMF cannot be downgraded (guarded).
   * @default "2.4.2"
   */
  readonly version?: string;
  /**
   * Helm repository URL, for mirrors.
   * @default "https://packages.confluent.io/helm"
   */
  readonly chartRepository?: string;
  /**
   * CMF API URL `pulumi up` calls to manage environments, pools and
   * applications: the exposed URL, or a port-forward.
   * @default with ingress exposure the ingress URL, otherwise http(s)://localhost:8080 (kubectl port-forward svc/cmf-service 8080:80)
   */
  readonly endpoint?: string;
  /**
   * License Secret; required in prod (CMF otherwise runs on an expiring trial license).
   * @default none (trial license)
   */
  readonly license?: CmfLicenseArgs;
  /**
   * SQL settings: secret encryption, the examples catalog.
   * @default production false, examples catalog off
   */
  readonly sql?: CmfSqlArgs;
  /**
   * CMF's database (fixed at install).
   * @default local SQLite on a PVC sized from the size
   */
  readonly database?: CmfDatabaseArgs;
  /**
   * Authentication of API requests.
   * @default none
   */
  readonly authentication?: CmfAuthenticationArgs;
  /**
   * Serve HTTPS with this keystore (required for mTLS).
   * @default plain HTTP
   */
  readonly tls?: CmfTlsArgs;
  /**
   * How the API is exposed.
   * @default none (ClusterIP only)
   */
  readonly exposure?: CmfExposureArgs;
  /** CMF pod resources. @default from the size (S 1 CPU / 1Gi, M 2 / 2Gi, L 2 / 4Gi) */
  readonly resources?: PodResourcesArgs;
  /**
   * CMF's service account.
   * @default created by the chart
   */
  readonly serviceAccount?: CmfServiceAccountArgs;
  /**
   * One CMF environment per Flink namespace (`<environment>-<namespace>`);
   * otherwise one for the first namespace.
   * @default false
   */
  readonly environmentPerNamespace?: boolean;
  /**
   * Image of CMF SQL compute pools; the pools' Flink version is read from its tag.
   * @default "confluentinc/cp-flink-sql:1.19-cp10"
   */
  readonly sqlImage?: string;
  /**
   * Accept a change of an install-time choice (database type, encryption, a
   * CMF downgrade) on an existing stack: CMF's data is then lost or unreadable.
   * @default false
   */
  readonly allowInstallTimeChanges?: boolean;
}

/**
 * Credentials of the CMF client the component uses for environments, pools
 * and applications (and CMF's keystore passwords). Pulumi secrets end to end.
 */
export interface CmfCredentialsArgs {
  /**
   * OAuth access token; required when `cmf.authentication.type` is oauth.
   * @default none
   */
  readonly token?: pulumi.Input<string>;
  /**
   * PEM client certificate; required for mtls.
   * @default none
   */
  readonly clientCertPem?: pulumi.Input<string>;
  /**
   * PEM private key of the client certificate; required for mtls.
   * @default none
   */
  readonly clientKeyPem?: pulumi.Input<string>;
  /**
   * PEM CA bundle that signed CMF's server certificate.
   * @default Node's CA store
   */
  readonly caPem?: pulumi.Input<string>;
  /**
   * Password of CMF's keystore (`cmf.ssl.keystore-password`).
   * @default none (keystore without password)
   */
  readonly keystorePassword?: pulumi.Input<string>;
  /**
   * Password of CMF's truststore (`cmf.ssl.trust-store-password`).
   * @default none (truststore without password)
   */
  readonly truststorePassword?: pulumi.Input<string>;
}

/** Args of `FlinkPlatformCP`: the Kubernetes platform settings plus CMF. */
export interface FlinkPlatformCPArgs extends KubernetesPlatformArgs {
  /**
   * Confluent Manager for Apache Flink.
   * @default CMF 2.4.2, local database, no authentication, not exposed
   */
  readonly cmf?: CmfArgs;
  /**
   * Credentials of the CMF client (Pulumi secrets).
   * @default none (enough for `cmf.authentication.type: none`)
   */
  readonly cmfCredentials?: CmfCredentialsArgs;
}

// Compile-time guards: the documented args stay assignable to what the schemas accept.
const _argsMatchSchema = (a: KubernetesPlatformArgs): PlatformConfigInput => a;
void _argsMatchSchema;
const _cpArgsMatchSchema = (a: Omit<FlinkPlatformCPArgs, "cmfCredentials">): CpPlatformConfigInput => a;
void _cpArgsMatchSchema;
