"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cmfSmokeTestName = exports.cmfTlsMountPath = exports.cmfPortForwardPort = exports.cmfContainerPort = exports.cmfServicePort = exports.cmfServiceName = exports.cmfReleaseName = exports.cmfChartName = void 0;
exports.sqlImageFlinkVersion = sqlImageFlinkVersion;
exports.planCmf = planCmf;
exports.cmfValues = cmfValues;
exports.cpFlinkImage = cpFlinkImage;
exports.imageFlinkBuild = imageFlinkBuild;
exports.cmfApplicationDefaults = cmfApplicationDefaults;
exports.cmfApplicationPlugins = cmfApplicationPlugins;
exports.cpOperatorDefaults = cpOperatorDefaults;
const config_1 = require("./config");
const config_platform_1 = require("./config-platform");
const config_clusters_1 = require("./config-clusters");
const sizes_1 = require("../core/sizes");
const derive_1 = require("../core/derive");
const units_1 = require("../core/units");
const versions_1 = require("../core/versions");
/**
 * Pure derivation for Confluent Manager for Apache Flink (CMF): the resolved
 * CMF settings, the chart values, and the specs of the CMF objects (the
 * environments' application defaults and the smoke-test application).
 */
exports.cmfChartName = "confluent-manager-for-apache-flink";
/** Helm release name used by Confluent's documentation. */
exports.cmfReleaseName = "cmf";
/** The ClusterIP Service the chart creates (port 80 -> 8080). */
exports.cmfServiceName = "cmf-service";
exports.cmfServicePort = 80;
exports.cmfContainerPort = 8080;
/** Local port of the documented `kubectl port-forward svc/cmf-service 8080:80`. */
exports.cmfPortForwardPort = 8080;
/** Where the TLS Secret is mounted in the CMF pod. */
exports.cmfTlsMountPath = "/mnt/cmf-tls";
/** Name of the smoke-test FlinkApplication. */
exports.cmfSmokeTestName = "flink-smoke-test";
/** `confluentinc/cp-flink-sql:1.19-cp10` -> `v1_19`. */
function sqlImageFlinkVersion(image) {
    return (0, versions_1.flinkVersionEnum)(`${(0, config_1.sqlImageFlinkMinor)(image)}.0`);
}
/** Resolves the validated `cmf` section against the platform plan (sizes, namespaces, URLs). */
function planCmf(cmf, plan, size) {
    const profile = sizes_1.sizeProfiles[size];
    const namespace = plan.operatorNamespace;
    const db = cmf.database;
    const database = db.type === config_1.CmfDatabaseType.Jdbc && db.jdbc
        ? {
            type: config_1.CmfDatabaseType.Jdbc,
            url: db.jdbc.url,
            user: db.jdbc.user,
            passwordSecret: db.jdbc.passwordSecret,
        }
        : {
            type: config_1.CmfDatabaseType.Local,
            volumeSize: db.volumeSize ?? profile.cmfDatabaseVolume,
            ...(db.storageClassName !== undefined ? { storageClassName: db.storageClassName } : {}),
        };
    const scheme = cmf.tls ? "https" : "http";
    const ing = cmf.exposure.ingress;
    const ingress = cmf.exposure.type === config_1.CmfExposureType.Ingress && ing
        ? {
            host: ing.host,
            ...(ing.className !== undefined ? { className: ing.className } : {}),
            ...(ing.tlsSecret !== undefined ? { tlsSecret: ing.tlsSecret } : {}),
            controllerNamespace: ing.controllerNamespace,
            annotations: { ...ingressAnnotations(cmf), ...ing.annotations },
        }
        : undefined;
    const url = cmf.exposure.type === config_1.CmfExposureType.Ingress && ingress
        ? `${ingress.tlsSecret !== undefined || cmf.tls ? "https" : "http"}://${ingress.host}`
        : cmf.exposure.type === config_1.CmfExposureType.None
            ? `${scheme}://${exports.cmfServiceName}.${namespace}.svc.cluster.local${scheme === "https" ? `:${exports.cmfServicePort}` : ""}`
            : undefined;
    const endpoint = cmf.endpoint ??
        (cmf.exposure.type === config_1.CmfExposureType.Ingress && url !== undefined
            ? url
            : `${scheme}://localhost:${exports.cmfPortForwardPort}`);
    return {
        namespace,
        chart: {
            name: exports.cmfChartName,
            version: cmf.version,
            repository: cmf.chartRepository ?? versions_1.confluentHelmRepository,
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
        clientAuth: (0, config_1.clientAuthFor)(cmf.authentication.type),
        environments: (0, config_platform_1.cmfEnvironmentNamespaces)(plan.flinkNamespaces, cmf.environmentPerNamespace).map((ns) => ({
            name: (0, config_platform_1.cmfEnvironmentName)(plan.environment, ns),
            namespace: ns,
        })),
        clusters: (0, config_clusters_1.planCmfClusters)(cmf.multiCluster, plan.environment),
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
function ingressAnnotations(cmf) {
    if (!cmf.tls)
        return {};
    return {
        "nginx.ingress.kubernetes.io/backend-protocol": "HTTPS",
        ...(cmf.authentication.type === config_1.CmfAuthenticationType.Mtls
            ? { "nginx.ingress.kubernetes.io/ssl-passthrough": "true" }
            : {}),
    };
}
/**
 * Values of the `confluent-manager-for-apache-flink` chart. Every key is one
 * Confluent documents (checked in tests). Keystore and truststore passwords
 * are not here: the component adds them as Pulumi secrets.
 */
function cmfValues(cmf) {
    const r = cmf.resources;
    const ssl = cmf.tls
        ? {
            keystore: `${exports.cmfTlsMountPath}/${cmf.tls.keystoreKey}`,
            ...(cmf.authentication.type === config_1.CmfAuthenticationType.Mtls
                ? { "trust-store": `${exports.cmfTlsMountPath}/${cmf.tls.truststoreKey}`, "client-auth": "need" }
                : {}),
        }
        : undefined;
    const db = cmf.database;
    return {
        ...(cmf.licenseSecret !== undefined ? { license: { secretRef: cmf.licenseSecret } } : {}),
        cmf: {
            sql: { production: cmf.sql.production, "examples-catalog": { enabled: cmf.sql.examplesCatalog } },
            database: db.type === config_1.CmfDatabaseType.Jdbc
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
            ...(cmf.authentication.type !== config_1.CmfAuthenticationType.None
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
        persistence: db.type === config_1.CmfDatabaseType.Local
            ? {
                create: true,
                dataVolumeCapacity: db.volumeSize,
                ...(db.storageClassName !== undefined ? { storageClassName: db.storageClassName } : {}),
            }
            : { create: false },
        ...mountedVolumes(cmf),
        // The chart's default limits are 2 CPU / 1024Mi; limits keep its 2x CPU headroom.
        resources: {
            requests: { cpu: (0, units_1.k8sCpu)(r.cpu), memory: r.memory },
            limits: { cpu: (0, units_1.k8sCpu)(r.cpu * 2), memory: r.memory },
        },
        serviceAccount: {
            create: cmf.serviceAccount.create,
            ...(cmf.serviceAccount.name !== undefined ? { name: cmf.serviceAccount.name } : {}),
        },
    };
}
/** `mountedVolumes` of the chart: CMF's TLS Secret, the spokes' kubeconfigs; none when neither is there. */
function mountedVolumes(cmf) {
    const kubeconfigs = (0, config_clusters_1.cmfKubeconfigMounts)(cmf.clusters);
    const volumes = [
        ...(cmf.tls ? [{ name: "cmf-tls", secret: { secretName: cmf.tls.secretName } }] : []),
        ...kubeconfigs.volumes,
    ];
    const volumeMounts = [
        ...(cmf.tls ? [{ name: "cmf-tls", mountPath: exports.cmfTlsMountPath, readOnly: true }] : []),
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
function cpFlinkImage(flinkVersion) {
    return `confluentinc/cp-flink:${flinkVersion}-cp1`;
}
/**
 * The Flink build an image's tag names, which the built-in plugin jars carry
 * in their file names: `confluentinc/cp-flink:1.20.5-cp2-java17` ->
 * `1.20.5-cp2` (cp-flink ships `flink-s3-fs-presto-1.19.1-cp1.jar` in the
 * `1.19.1-cp1` image), `flink:1.20.3-scala_2.12-java17` -> `1.20.3`;
 * `undefined` when the tag starts with no `x.y.z` version.
 */
function imageFlinkBuild(image) {
    const name = image.split("@")[0];
    const colon = name.lastIndexOf(":");
    if (colon < 0 || colon < name.lastIndexOf("/"))
        return undefined;
    return /^(\d+\.\d+\.\d+(?:-cp\d+)?)(?:-|$)/.exec(name.slice(colon + 1))?.[1];
}
const isBuiltInPluginsKey = (key) => key.endsWith(".env.ENABLE_BUILT_IN_PLUGINS");
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
function cmfApplicationDefaults(plan) {
    return {
        spec: {
            serviceAccount: plan.flink.serviceAccount,
            flinkConfiguration: cpOperatorDefaults(plan.flinkDefaults),
        },
    };
}
/**
 * The `ENABLE_BUILT_IN_PLUGINS` settings of one CMF application (none when
 * durable state is not on S3): the S3 plugin jar of the application's own
 * image, from its tag (see {@link imageFlinkBuild}), else of `flink.version`.
 */
function cmfApplicationPlugins(plan, image) {
    const jar = (0, derive_1.s3PluginJar)(imageFlinkBuild(image) ?? plan.flink.version);
    return Object.fromEntries(Object.keys(plan.flinkDefaults)
        .filter(isBuiltInPluginsKey)
        .map((key) => [key, jar]));
}
/**
 * Operator defaults on the CP target. The built-in plugin jar named by
 * `ENABLE_BUILT_IN_PLUGINS` is version-specific, and CMF SQL pools run
 * another Flink version (cp-flink-sql 1.19) in the same watched namespaces:
 * its image's entrypoint exits when the named jar is missing. So the operator
 * defaults leave those two keys out; each application gets them for its own
 * image ({@link cmfApplicationPlugins}).
 */
function cpOperatorDefaults(flinkDefaults) {
    return Object.fromEntries(Object.entries(flinkDefaults).filter(([k]) => !isBuiltInPluginsKey(k)));
}
