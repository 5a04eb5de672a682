import {
  clientAuthFor,
  CmfAuthenticationType,
  CmfClientAuth,
  CmfConfig,
  CmfDatabaseType,
  CmfExposureType,
  sqlImageFlinkMinor,
} from "./config";
import { cmfEnvironmentName, cmfEnvironmentNamespaces } from "./config-platform";
import { cmfKubeconfigMounts, planCmfClusters, type CmfClusterPlan } from "./config-clusters";
import { PodResources, sizeProfiles, Size } from "../core/sizes";
import { PlatformPlan, s3PluginJar } from "../core/derive";
import { k8sCpu } from "../core/units";
import { reporterLabelsOption } from "../core/metrics";
import { confluentHelmRepository, flinkVersionEnum } from "../core/versions";

/**
 * Pure derivation for Confluent Manager for Apache Flink (CMF): the resolved
 * CMF settings, the chart values, and the specs of the CMF objects (the
 * environments' application defaults and the smoke-test application).
 */

export const cmfChartName = "confluent-manager-for-apache-flink";
/** Helm release name used by Confluent's documentation. */
export const cmfReleaseName = "cmf";
/** The ClusterIP Service the chart creates (port 80 -> 8080). */
export const cmfServiceName = "cmf-service";
export const cmfServicePort = 80;
export const cmfContainerPort = 8080;
/** Local port of the documented `kubectl port-forward svc/cmf-service 8080:80`. */
export const cmfPortForwardPort = 8080;
/** Where the TLS Secret is mounted in the CMF pod. */
export const cmfTlsMountPath = "/mnt/cmf-tls";
/** Name of the smoke-test FlinkApplication. */
export const cmfSmokeTestName = "flink-smoke-test";

/** Resolved database settings. */
export type CmfDatabasePlan =
  | {
      readonly type: typeof CmfDatabaseType.Local;
      readonly volumeSize: string;
      readonly storageClassName?: string;
    }
  | {
      readonly type: typeof CmfDatabaseType.Jdbc;
      readonly url: string;
      readonly user: string;
      readonly passwordSecret: { readonly name: string; readonly key: string };
    };

/** A CMF environment: one per Flink namespace it deploys into. */
export interface CmfEnvironmentPlan {
  readonly name: string;
  readonly namespace: string;
}

/** Everything the CP component needs about CMF, fully resolved. */
export interface CmfPlan {
  readonly namespace: string;
  readonly chart: { readonly name: string; readonly version: string; readonly repository: string };
  readonly licenseSecret?: string;
  readonly sql: {
    readonly production: boolean;
    readonly examplesCatalog: boolean;
    readonly encryptionKey?: { readonly name: string; readonly key: string };
  };
  readonly database: CmfDatabasePlan;
  readonly authentication: { readonly type: CmfAuthenticationType; readonly config?: Record<string, string> };
  /** CMF serves HTTPS with this keystore (and truststore for mTLS). */
  readonly tls?: {
    readonly secretName: string;
    readonly keystoreKey: string;
    readonly truststoreKey: string;
  };
  readonly resources: PodResources;
  readonly serviceAccount: { readonly create: boolean; readonly name?: string };
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
export function sqlImageFlinkVersion(image: string): string {
  return flinkVersionEnum(`${sqlImageFlinkMinor(image)}.0`);
}

/** Resolves the validated `cmf` section against the platform plan (sizes, namespaces, URLs). */
export function planCmf(cmf: CmfConfig, plan: PlatformPlan, size: Size): CmfPlan {
  const profile = sizeProfiles[size];
  const namespace = plan.operatorNamespace;
  const db = cmf.database;
  const database: CmfDatabasePlan =
    db.type === CmfDatabaseType.Jdbc && db.jdbc
      ? {
          type: CmfDatabaseType.Jdbc,
          url: db.jdbc.url,
          user: db.jdbc.user,
          passwordSecret: db.jdbc.passwordSecret,
        }
      : {
          type: CmfDatabaseType.Local,
          volumeSize: db.volumeSize ?? profile.cmfDatabaseVolume,
          ...(db.storageClassName !== undefined ? { storageClassName: db.storageClassName } : {}),
        };
  const scheme = cmf.tls ? "https" : "http";
  const ing = cmf.exposure.ingress;
  const ingress =
    cmf.exposure.type === CmfExposureType.Ingress && ing
      ? {
          host: ing.host,
          ...(ing.className !== undefined ? { className: ing.className } : {}),
          ...(ing.tlsSecret !== undefined ? { tlsSecret: ing.tlsSecret } : {}),
          controllerNamespace: ing.controllerNamespace,
          annotations: { ...ingressAnnotations(cmf), ...ing.annotations },
        }
      : undefined;
  const url =
    cmf.exposure.type === CmfExposureType.Ingress && ingress
      ? `${ingress.tlsSecret !== undefined || cmf.tls ? "https" : "http"}://${ingress.host}`
      : cmf.exposure.type === CmfExposureType.None
        ? `${scheme}://${cmfServiceName}.${namespace}.svc.cluster.local${scheme === "https" ? `:${cmfServicePort}` : ""}`
        : undefined;
  const endpoint =
    cmf.endpoint ??
    (cmf.exposure.type === CmfExposureType.Ingress && url !== undefined
      ? url
      : `${scheme}://localhost:${cmfPortForwardPort}`);
  return {
    namespace,
    chart: {
      name: cmfChartName,
      version: cmf.version,
      repository: cmf.chartRepository ?? confluentHelmRepository,
    },
    ...(cmf.license ? { licenseSecret: cmf.license.secretRef } : {}),
    sql: {
      production: cmf.sql.production,
      examplesCatalog: cmf.sql.examplesCatalog,
      ...(cmf.sql.production && cmf.sql.encryptionKeySecret
        ? { encryptionKey: cmf.sql.encryptionKeySecret }
        : {}),
    },
    database,
    authentication: {
      type: cmf.authentication.type,
      ...(cmf.authentication.config ? { config: { ...cmf.authentication.config } } : {}),
    },
    ...(cmf.tls ? { tls: { ...cmf.tls } } : {}),
    resources: { ...profile.cmf, ...cmf.resources },
    serviceAccount: { ...cmf.serviceAccount },
    exposure: {
      type: cmf.exposure.type,
      ...(ingress ? { ingress } : {}),
      allowedNamespaces: [...cmf.exposure.allowedNamespaces],
      allowedCidrs: [...cmf.exposure.allowedCidrs],
    },
    scheme,
    ...(url !== undefined ? { url } : {}),
    endpoint,
    clientAuth: clientAuthFor(cmf.authentication.type),
    environments: cmfEnvironmentNamespaces(plan.flinkNamespaces, cmf.environmentPerNamespace).map((ns) => ({
      name: cmfEnvironmentName(plan.environment, ns),
      namespace: ns,
    })),
    clusters: planCmfClusters(cmf.multiCluster, plan.environment),
    sqlImage: cmf.sqlImage,
    sqlFlinkVersion: sqlImageFlinkVersion(cmf.sqlImage),
    installChoices: {
      databaseType: database.type,
      encryption: cmf.sql.production,
      cmfVersion: cmf.version,
      allowInstallTimeChanges: cmf.allowInstallTimeChanges,
    },
  };
}

/**
 * Ingress annotations for ingress-nginx when CMF itself serves TLS: talk
 * HTTPS to the backend, and for mTLS pass the TLS connection through so CMF
 * sees the client certificate. Other controllers ignore them; override or
 * extend with `cmf.exposure.ingress.annotations`.
 */
function ingressAnnotations(cmf: CmfConfig): Record<string, string> {
  if (!cmf.tls) return {};
  return {
    "nginx.ingress.kubernetes.io/backend-protocol": "HTTPS",
    ...(cmf.authentication.type === CmfAuthenticationType.Mtls
      ? { "nginx.ingress.kubernetes.io/ssl-passthrough": "true" }
      : {}),
  };
}

/**
 * Values of the `confluent-manager-for-apache-flink` chart. Every key is one
 * Confluent documents (checked in tests). Keystore and truststore passwords
 * are not here: the component adds them as Pulumi secrets.
 */
export function cmfValues(cmf: CmfPlan): Record<string, unknown> {
  const r = cmf.resources;
  const ssl = cmf.tls
    ? {
        keystore: `${cmfTlsMountPath}/${cmf.tls.keystoreKey}`,
        ...(cmf.authentication.type === CmfAuthenticationType.Mtls
          ? { "trust-store": `${cmfTlsMountPath}/${cmf.tls.truststoreKey}`, "client-auth": "need" }
          : {}),
      }
    : undefined;
  const db = cmf.database;
  return {
    ...(cmf.licenseSecret !== undefined ? { license: { secretRef: cmf.licenseSecret } } : {}),
    cmf: {
      sql: { production: cmf.sql.production, "examples-catalog": { enabled: cmf.sql.examplesCatalog } },
      database:
        db.type === CmfDatabaseType.Jdbc
          ? {
              type: db.type,
              jdbc: {
                url: db.url,
                user: db.user,
                password: {
                  kubernetesSecretName: db.passwordSecret.name,
                  kubernetesSecretProperty: db.passwordSecret.key,
                },
              },
            }
          : { type: db.type },
      ...(cmf.authentication.type !== CmfAuthenticationType.None
        ? {
            authentication: {
              type: cmf.authentication.type,
              ...(cmf.authentication.config ? { config: { ...cmf.authentication.config } } : {}),
            },
          }
        : {}),
      ...(ssl ? { ssl } : {}),
    },
    ...(cmf.sql.encryptionKey
      ? {
          encryption: {
            key: {
              kubernetesSecretName: cmf.sql.encryptionKey.name,
              kubernetesSecretProperty: cmf.sql.encryptionKey.key,
            },
          },
        }
      : {}),
    // The chart creates the SQLite volume by default (`persistence.create: true`,
    // `dataVolumeCapacity: 10Gi` in the values of docs.confluent.io/platform/current/flink/installation/helm.html);
    // with jdbc the metadata lives in the external database, so no volume.
    persistence:
      db.type === CmfDatabaseType.Local
        ? {
            create: true,
            dataVolumeCapacity: db.volumeSize,
            ...(db.storageClassName !== undefined ? { storageClassName: db.storageClassName } : {}),
          }
        : { create: false },
    ...mountedVolumes(cmf),
    // The chart's default limits are 2 CPU / 1024Mi; limits keep its 2x CPU headroom.
    resources: {
      requests: { cpu: k8sCpu(r.cpu), memory: r.memory },
      limits: { cpu: k8sCpu(r.cpu * 2), memory: r.memory },
    },
    serviceAccount: {
      create: cmf.serviceAccount.create,
      ...(cmf.serviceAccount.name !== undefined ? { name: cmf.serviceAccount.name } : {}),
    },
  };
}

/** `mountedVolumes` of the chart: CMF's TLS Secret, the spokes' kubeconfigs; none when neither is there. */
function mountedVolumes(cmf: CmfPlan): { mountedVolumes?: Record<string, unknown[]> } {
  const kubeconfigs = cmfKubeconfigMounts(cmf.clusters);
  const volumes = [
    ...(cmf.tls ? [{ name: "cmf-tls", secret: { secretName: cmf.tls.secretName } }] : []),
    ...kubeconfigs.volumes,
  ];
  const volumeMounts = [
    ...(cmf.tls ? [{ name: "cmf-tls", mountPath: cmfTlsMountPath, readOnly: true }] : []),
    ...kubeconfigs.volumeMounts,
  ];
  return volumes.length === 0 ? {} : { mountedVolumes: { volumes, volumeMounts } };
}

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
export function cpFlinkImage(flinkVersion: string): string {
  return `confluentinc/cp-flink:${flinkVersion}-cp1`;
}

/**
 * The Flink build an image's tag names, which the built-in plugin jars carry
 * in their file names: `confluentinc/cp-flink:1.20.5-cp2-java17` ->
 * `1.20.5-cp2` (cp-flink ships `flink-s3-fs-presto-1.19.1-cp1.jar` in the
 * `1.19.1-cp1` image), `flink:1.20.3-scala_2.12-java17` -> `1.20.3`;
 * `undefined` when the tag starts with no `x.y.z` version.
 */
export function imageFlinkBuild(image: string): string | undefined {
  const name = image.split("@")[0];
  const colon = name.lastIndexOf(":");
  if (colon < 0 || colon < name.lastIndexOf("/")) return undefined;
  return /^(\d+\.\d+\.\d+(?:-cp\d+)?)(?:-|$)/.exec(name.slice(colon + 1))?.[1];
}

const isBuiltInPluginsKey = (key: string) => key.endsWith(".env.ENABLE_BUILT_IN_PLUGINS");

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
 * ({@link cmfApplicationPlugins}). So too the reporter's labels: "Flink
 * configuration at the environment level has precedence over [that of]
 * individual Flink applications" (docs.confluent.io/platform/current/flink/concepts/environments.html),
 * and each application sets its own (environment and application name).
 */
export function cmfApplicationDefaults(plan: PlatformPlan): { spec: Record<string, unknown> } {
  const { [reporterLabelsOption]: _labels, ...flinkConfiguration } = cpOperatorDefaults(plan.flinkDefaults);
  return {
    spec: {
      serviceAccount: plan.flink.serviceAccount,
      flinkConfiguration,
    },
  };
}

/**
 * The `ENABLE_BUILT_IN_PLUGINS` settings of one CMF application (none when
 * durable state is not on S3): the S3 plugin jar of the application's own
 * image, from its tag (see {@link imageFlinkBuild}), else of `flink.version`.
 */
export function cmfApplicationPlugins(plan: PlatformPlan, image: string): Record<string, string> {
  const jar = s3PluginJar(imageFlinkBuild(image) ?? plan.flink.version);
  return Object.fromEntries(
    Object.keys(plan.flinkDefaults)
      .filter(isBuiltInPluginsKey)
      .map((key) => [key, jar]),
  );
}

/**
 * Operator defaults on the CP target. The built-in plugin jar named by
 * `ENABLE_BUILT_IN_PLUGINS` is version-specific, and CMF SQL pools run
 * another Flink version (cp-flink-sql 1.19) in the same watched namespaces:
 * its image's entrypoint exits when the named jar is missing. So the operator
 * defaults leave those two keys out; each application gets them for its own
 * image ({@link cmfApplicationPlugins}).
 */
export function cpOperatorDefaults(flinkDefaults: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(flinkDefaults).filter(([k]) => !isBuiltInPluginsKey(k)));
}
