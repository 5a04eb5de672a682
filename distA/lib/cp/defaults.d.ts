import { CmfAuthenticationType, CmfClientAuth, CmfConfig, CmfDatabaseType, CmfExposureType } from "./config";
import { type CmfClusterPlan } from "./config-clusters";
import { PodResources, Size } from "../core/sizes";
import { PlatformPlan } from "../core/derive";
/**
 * Pure derivation for Confluent Manager for Apache Flink (CMF): the resolved
 * CMF settings, the chart values, and the specs of the CMF objects (the
 * environments' application defaults and the smoke-test application).
 */
export declare const cmfChartName = "confluent-manager-for-apache-flink";
/** Helm release name used by Confluent's documentation. */
export declare const cmfReleaseName = "cmf";
/** The ClusterIP Service the chart creates (port 80 -> 8080). */
export declare const cmfServiceName = "cmf-service";
export declare const cmfServicePort = 80;
export declare const cmfContainerPort = 8080;
/** Local port of the documented `kubectl port-forward svc/cmf-service 8080:80`. */
export declare const cmfPortForwardPort = 8080;
/** Where the TLS Secret is mounted in the CMF pod. */
export declare const cmfTlsMountPath = "/mnt/cmf-tls";
/** Name of the smoke-test FlinkApplication. */
export declare const cmfSmokeTestName = "flink-smoke-test";
/** Resolved database settings. */
export type CmfDatabasePlan = {
    readonly type: typeof CmfDatabaseType.Local;
    readonly volumeSize: string;
    readonly storageClassName?: string;
} | {
    readonly type: typeof CmfDatabaseType.Jdbc;
    readonly url: string;
    readonly user: string;
    readonly passwordSecret: {
        readonly name: string;
        readonly key: string;
    };
};
/** A CMF environment: one per Flink namespace it deploys into. */
export interface CmfEnvironmentPlan {
    readonly name: string;
    readonly namespace: string;
}
/** Everything the CP component needs about CMF, fully resolved. */
export interface CmfPlan {
    readonly namespace: string;
    readonly chart: {
        readonly name: string;
        readonly version: string;
        readonly repository: string;
    };
    readonly licenseSecret?: string;
    readonly sql: {
        readonly production: boolean;
        readonly examplesCatalog: boolean;
        readonly encryptionKey?: {
            readonly name: string;
            readonly key: string;
        };
    };
    readonly database: CmfDatabasePlan;
    readonly authentication: {
        readonly type: CmfAuthenticationType;
        readonly config?: Record<string, string>;
    };
    /** CMF serves HTTPS with this keystore (and truststore for mTLS). */
    readonly tls?: {
        readonly secretName: string;
        readonly keystoreKey: string;
        readonly truststoreKey: string;
    };
    readonly resources: PodResources;
    readonly serviceAccount: {
        readonly create: boolean;
        readonly name?: string;
    };
    readonly exposure: {
        readonly type: CmfExposureType;
        readonly ingress?: {
            readonly host: string;
            readonly className?: string;
            readonly tlsSecret?: string;
            readonly controllerNamespace: string;
            readonly annotations: Readonly<Record<string, string>>;
        };
        readonly allowedNamespaces: readonly string[];
        readonly allowedCidrs: readonly string[];
    };
    /** `https` when CMF serves TLS. */
    readonly scheme: "http" | "https";
    /** The CMF API URL as exposed; undefined for a LoadBalancer (known once it is provisioned). */
    readonly url?: string;
    /** The URL `pulumi up` calls to manage CMF objects. */
    readonly endpoint: string;
    readonly clientAuth: CmfClientAuth;
    readonly environments: readonly CmfEnvironmentPlan[];
    /** Spoke Kubernetes clusters (`cmf.multiCluster`), each with its environments. */
    readonly clusters: readonly CmfClusterPlan[];
    readonly sqlImage: string;
    /** `flinkVersion` of CMF SQL pools, from the SQL image tag (e.g. `v1_19`). */
    readonly sqlFlinkVersion: string;
    /** What the install-time guard compares with the previous deployment. */
    readonly installChoices: {
        readonly databaseType: CmfDatabaseType;
        readonly encryption: boolean;
        readonly cmfVersion: string;
        readonly allowInstallTimeChanges: boolean;
    };
}
/** `confluentinc/cp-flink-sql:1.19-cp10` -> `v1_19`. */
export declare function sqlImageFlinkVersion(image: string): string;
/** Resolves the validated `cmf` section against the platform plan (sizes, namespaces, URLs). */
export declare function planCmf(cmf: CmfConfig, plan: PlatformPlan, size: Size): CmfPlan;
/**
 * Values of the `confluent-manager-for-apache-flink` chart. Every key is one
 * Confluent documents (checked in tests). Keystore and truststore passwords
 * are not here: the component adds them as Pulumi secrets.
 */
export declare function cmfValues(cmf: CmfPlan): Record<string, unknown>;
/**
 * Default image of CMF applications: CMF runs Confluent Platform Flink images
 * ("CMF expects this image to be a Confluent Platform Flink image or to be
 * derived from a Confluent Platform Flink image",
 * docs.confluent.io/platform/current/flink/jobs/applications/create.html,
 * whose example is `confluentinc/cp-flink:1.19.3-cp1` with `flinkVersion: v1_19`).
 * Tags are `<Apache Flink version>-cp<build>` with optional suffixes
 * (`1.20.0-cp1`, `1.20.5-cp2-java17`); `-cp1` is the first Confluent build of
 * a Flink release. Set `flink.image` to pin a later build.
 */
export declare function cpFlinkImage(flinkVersion: string): string;
/**
 * The Flink build an image's tag names, which the built-in plugin jars carry
 * in their file names: `confluentinc/cp-flink:1.20.5-cp2-java17` ->
 * `1.20.5-cp2` (cp-flink ships `flink-s3-fs-presto-1.19.1-cp1.jar` in the
 * `1.19.1-cp1` image), `flink:1.20.3-scala_2.12-java17` -> `1.20.3`;
 * `undefined` when the tag starts with no `x.y.z` version.
 */
export declare function imageFlinkBuild(image: string): string | undefined;
/**
 * `flinkApplicationDefaults` of a CMF environment: a FlinkApplication fragment
 * `{spec: {...}}` that CMF deep-merges into every application of the
 * environment, the environment's values taking precedence. The OpenAPI types
 * the field as a free object, but every example of `createOrUpdateEnvironment`
 * in the CMF 2.3.1 OpenAPI, and Confluent's FlinkEnvironment CR
 * (docs.confluent.io/operator/current/co-manage-flink-environments.html:
 * `flinkApplicationDefaults: {metadata, spec: {flinkConfiguration}}`), wrap
 * the settings in `spec`; keys beside it never reach the application. It
 * carries the durable-state settings (checkpoints, savepoints, HA, S3 access
 * with credentials by Secret reference) and the job service account, but not
 * the S3 plugin jar: its name depends on each application's image, and the
 * environment's value would override the application's
 * ({@link cmfApplicationPlugins}).
 */
export declare function cmfApplicationDefaults(plan: PlatformPlan): {
    spec: Record<string, unknown>;
};
/**
 * The `ENABLE_BUILT_IN_PLUGINS` settings of one CMF application (none when
 * durable state is not on S3): the S3 plugin jar of the application's own
 * image, from its tag (see {@link imageFlinkBuild}), else of `flink.version`.
 */
export declare function cmfApplicationPlugins(plan: PlatformPlan, image: string): Record<string, string>;
/**
 * Operator defaults on the CP target. The built-in plugin jar named by
 * `ENABLE_BUILT_IN_PLUGINS` is version-specific, and CMF SQL pools run
 * another Flink version (cp-flink-sql 1.19) in the same watched namespaces:
 * its image's entrypoint exits when the named jar is missing. So the operator
 * defaults leave those two keys out; each application gets them for its own
 * image ({@link cmfApplicationPlugins}).
 */
export declare function cpOperatorDefaults(flinkDefaults: Readonly<Record<string, string>>): Record<string, string>;
