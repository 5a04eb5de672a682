import * as z from "zod";
import { ConfigProblem } from "../core/errors";
import { CmfSecretKey } from "../core/secrets";
/**
 * The Confluent Platform (CP) target's own settings: Confluent Manager for
 * Apache Flink (CMF) under `flink-platform:cmf`, and the top-level secret keys
 * the CMF client reads. The Kubernetes settings (namespaces, cert-manager,
 * operator, storage, pools, ...) are the shared platform keys.
 *
 * Schema messages are phrased as "what is allowed": the error formatter
 * prints them under `allowed:` next to the value that was seen.
 */
/** Key of the section under the project namespace: `flink-platform:cmf`. */
export declare const cmfConfigKey = "cmf";
export { cmfSecretKeys, type CmfSecretKey } from "../core/secrets";
/** PEM CA bundle that signed CMF's server certificate (not secret; a plain key). */
export declare const cmfCaCertKey = "cmfCaCert";
export declare const CmfDatabaseType: {
    /** SQLite on a PersistentVolumeClaim of the CMF pod. */
    readonly Local: "local";
    /** An external PostgreSQL database reached over JDBC. */
    readonly Jdbc: "jdbc";
};
export type CmfDatabaseType = (typeof CmfDatabaseType)[keyof typeof CmfDatabaseType];
export declare const CmfAuthenticationType: {
    /** No authentication (development only). */
    readonly None: "none";
    /** Mutual TLS: clients present a certificate. */
    readonly Mtls: "mtls";
    /** OAuth: clients present a bearer token (JWT) checked against the identity provider. */
    readonly OAuth: "oauth";
};
export type CmfAuthenticationType = (typeof CmfAuthenticationType)[keyof typeof CmfAuthenticationType];
export declare const CmfExposureType: {
    /** Only the in-cluster ClusterIP Service `cmf-service`. */
    readonly None: "none";
    /** An Ingress in front of that Service. */
    readonly Ingress: "ingress";
    /** A LoadBalancer Service limited to `cmf.exposure.allowedCidrs`. */
    readonly LoadBalancer: "loadBalancer";
};
export type CmfExposureType = (typeof CmfExposureType)[keyof typeof CmfExposureType];
/**
 * CMF_HELM_VERSION used when `cmf.version` is not set: the CMF release
 * shipped next to the 1.150.3 operator chart (the CP default). CMF cannot be
 * downgraded, so bumping it is a reviewed, one-way change.
 */
export declare const defaultCmfVersion = "2.4.2";
/** PostgreSQL (`cmf.database.type: jdbc`) is supported from this CMF release on. */
export declare const minimumJdbcCmfVersion = "2.1.1";
/**
 * Image of CMF SQL compute pools. CMF runs statements on Flink 1.19 images
 * (`cp-flink-sql:1.19-cpN`); cp10 is the image paired with CMF 2.4.2. The
 * pools' `flinkVersion` is read from the tag.
 */
export declare const defaultCmfSqlImage = "confluentinc/cp-flink-sql:1.19-cp10";
/** OAuth settings CMF needs to validate tokens (`cmf.authentication.config`). */
export declare const requiredOAuthSettings: readonly ["oauthbearer.jwks.endpoint.url", "oauthbearer.expected.issuer"];
/** `confluentinc/cp-flink-sql:1.19-cp10` -> `1.19`: the Flink major.minor an image tag starts with. */
export declare function sqlImageFlinkMinor(image: string): string;
/** Semantic version parts, for comparisons. */
export declare function versionParts(version: string): number[];
/** a < b for `x.y.z` versions. */
export declare function versionBefore(a: string, b: string): boolean;
export declare const cmfSqlSchema: z.ZodObject<{
    production: z.ZodDefault<z.ZodBoolean>;
    encryptionKeySecret: z.ZodOptional<z.ZodObject<{
        name: z.ZodString;
        key: z.ZodString;
    }, z.core.$strict>>;
    examplesCatalog: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export declare const cmfDatabaseSchema: z.ZodObject<{
    type: z.ZodDefault<z.ZodEnum<{
        local: "local";
        jdbc: "jdbc";
    }>>;
    volumeSize: z.ZodOptional<z.ZodString>;
    storageClassName: z.ZodOptional<z.ZodString>;
    jdbc: z.ZodOptional<z.ZodObject<{
        url: z.ZodString;
        user: z.ZodString;
        passwordSecret: z.ZodObject<{
            name: z.ZodString;
            key: z.ZodString;
        }, z.core.$strict>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const cmfAuthenticationSchema: z.ZodObject<{
    type: z.ZodDefault<z.ZodEnum<{
        none: "none";
        mtls: "mtls";
        oauth: "oauth";
    }>>;
    config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strict>;
export declare const cmfTlsSchema: z.ZodObject<{
    secretName: z.ZodString;
    keystoreKey: z.ZodDefault<z.ZodString>;
    truststoreKey: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
export declare const cmfExposureSchema: z.ZodObject<{
    type: z.ZodDefault<z.ZodEnum<{
        none: "none";
        ingress: "ingress";
        loadBalancer: "loadBalancer";
    }>>;
    ingress: z.ZodOptional<z.ZodObject<{
        host: z.ZodString;
        className: z.ZodOptional<z.ZodString>;
        tlsSecret: z.ZodOptional<z.ZodString>;
        controllerNamespace: z.ZodDefault<z.ZodString>;
        annotations: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    allowedNamespaces: z.ZodDefault<z.ZodArray<z.ZodString>>;
    allowedCidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
/** Everything under `flink-platform:cmf`. Cross-field rules are in {@link cpRules}. */
export declare const cmfConfigSchema: z.ZodObject<{
    multiCluster: z.ZodOptional<z.ZodObject<{
        clusters: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            context: z.ZodString;
            kubeconfigSecret: z.ZodObject<{
                name: z.ZodString;
                key: z.ZodString;
            }, z.core.$strict>;
            labels: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strict>>>;
        environments: z.ZodDefault<z.ZodArray<z.ZodObject<{
            cluster: z.ZodString;
            namespace: z.ZodString;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    secrets: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        kubernetesSecret: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            namespace: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    secretMappings: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        secretName: z.ZodString;
    }, z.core.$strict>>>;
    catalogs: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        schemaRegistry: z.ZodObject<{
            url: z.ZodURL;
            config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            connectionSecretId: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>;
        databases: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            bootstrapServers: z.ZodString;
            config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            connectionSecretId: z.ZodString;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
    statements: z.ZodDefault<z.ZodArray<z.ZodObject<{
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        file: z.ZodString;
    }, z.core.$strict>>>;
    version: z.ZodDefault<z.ZodString>;
    chartRepository: z.ZodOptional<z.ZodString>;
    endpoint: z.ZodOptional<z.ZodURL>;
    license: z.ZodOptional<z.ZodObject<{
        secretRef: z.ZodString;
    }, z.core.$strict>>;
    sql: z.ZodPrefault<z.ZodObject<{
        production: z.ZodDefault<z.ZodBoolean>;
        encryptionKeySecret: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            key: z.ZodString;
        }, z.core.$strict>>;
        examplesCatalog: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    database: z.ZodPrefault<z.ZodObject<{
        type: z.ZodDefault<z.ZodEnum<{
            local: "local";
            jdbc: "jdbc";
        }>>;
        volumeSize: z.ZodOptional<z.ZodString>;
        storageClassName: z.ZodOptional<z.ZodString>;
        jdbc: z.ZodOptional<z.ZodObject<{
            url: z.ZodString;
            user: z.ZodString;
            passwordSecret: z.ZodObject<{
                name: z.ZodString;
                key: z.ZodString;
            }, z.core.$strict>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    authentication: z.ZodPrefault<z.ZodObject<{
        type: z.ZodDefault<z.ZodEnum<{
            none: "none";
            mtls: "mtls";
            oauth: "oauth";
        }>>;
        config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    tls: z.ZodOptional<z.ZodObject<{
        secretName: z.ZodString;
        keystoreKey: z.ZodDefault<z.ZodString>;
        truststoreKey: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    exposure: z.ZodPrefault<z.ZodObject<{
        type: z.ZodDefault<z.ZodEnum<{
            none: "none";
            ingress: "ingress";
            loadBalancer: "loadBalancer";
        }>>;
        ingress: z.ZodOptional<z.ZodObject<{
            host: z.ZodString;
            className: z.ZodOptional<z.ZodString>;
            tlsSecret: z.ZodOptional<z.ZodString>;
            controllerNamespace: z.ZodDefault<z.ZodString>;
            annotations: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strict>>;
        allowedNamespaces: z.ZodDefault<z.ZodArray<z.ZodString>>;
        allowedCidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    resources: z.ZodOptional<z.ZodObject<{
        cpu: z.ZodOptional<z.ZodNumber>;
        memory: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    serviceAccount: z.ZodPrefault<z.ZodObject<{
        create: z.ZodDefault<z.ZodBoolean>;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    environmentPerNamespace: z.ZodDefault<z.ZodBoolean>;
    sqlImage: z.ZodDefault<z.ZodString>;
    allowInstallTimeChanges: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** The section as both a stack (statements with `file`) and component args (with `sql`) give it. */
export type CmfConfig = Omit<z.output<typeof cmfConfigSchema>, "statements">;
/** Hint for a dotted CP config path (without the namespace), if there is one. */
export declare function cpHintFor(path: string): string | undefined;
/** Hints of a CP stack or FlinkPlatformCP args: the shared sections', then CMF's. */
export declare function cpStackHintFor(path: string): string | undefined;
/** Client authentication the CMF client uses, following CMF's own authentication type. */
export declare const CmfClientAuth: {
    readonly None: "none";
    readonly Bearer: "bearer";
    readonly Mtls: "mtls";
};
export type CmfClientAuth = (typeof CmfClientAuth)[keyof typeof CmfClientAuth];
export declare function clientAuthFor(type: CmfAuthenticationType): CmfClientAuth;
/** Which client secrets a CMF authentication type needs (key -> why). */
export declare function requiredCmfSecrets(type: CmfAuthenticationType): Partial<Record<CmfSecretKey, string>>;
/**
 * Problems with the CMF client secrets: `present(key)` tells whether a secret
 * was given, `pathOf(key)` where it is configured (stack key or args field).
 */
export declare function cmfSecretProblems(authentication: CmfAuthenticationType | undefined, present: (key: CmfSecretKey) => boolean, pathOf: (key: CmfSecretKey) => string): ConfigProblem[];
