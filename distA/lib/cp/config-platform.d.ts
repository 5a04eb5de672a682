import * as z from "zod";
import { type CmfConfig } from "./config";
/**
 * The Confluent Platform target's whole config: the shared Kubernetes
 * platform keys plus `cmf` (./config), and the cross-field rules that run
 * across them.
 */
/** CMF environment name for a Flink namespace: `<environment>-<namespace>`. */
export declare function cmfEnvironmentName(environment: string, namespace: string): string;
/** The CMF environments a config creates: one per Flink namespace, or one for the first. */
export declare function cmfEnvironmentNamespaces(flinkNamespaces: readonly string[], perNamespace: boolean): string[];
type CpShapeOutput = z.output<z.ZodObject<typeof cpShape>>;
/**
 * Cross-field rules of the CP target, on top of the platform rules (with the
 * Confluent operator versions). Like those, they run on invalid input too,
 * so every read is defensive and values the field checks report are skipped.
 */
export declare function cpRules(cfg: Omit<CpShapeOutput, "cmf"> & {
    readonly cmf?: CmfConfig;
}, ctx: z.RefinementCtx): void;
/** The CP target's settings: the Kubernetes platform keys plus `cmf`. */
export declare const cpShape: {
    cmf: z.ZodPrefault<z.ZodObject<{
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
        statements: z.ZodDefault<z.ZodArray<z.ZodObject<{
            pool: z.ZodString;
            properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            stopped: z.ZodOptional<z.ZodBoolean>;
            carryOffsetsFrom: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            sql: z.ZodString;
        }, z.core.$strict>>>;
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
    }, z.core.$strict>>;
    environment: z.ZodObject<{
        name: z.ZodString;
        tier: z.ZodOptional<z.ZodEnum<{
            dev: "dev";
            staging: "staging";
            prod: "prod";
        }>>;
    }, z.core.$strict>;
    size: z.ZodDefault<z.ZodEnum<{
        S: "S";
        M: "M";
        L: "L";
    }>>;
    namespaces: z.ZodDefault<z.ZodObject<{
        operator: z.ZodDefault<z.ZodString>;
        flink: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>, z.ZodTransform<string[], string | string[]>>>;
    }, z.core.$strict>>;
    certManager: z.ZodDefault<z.ZodObject<{
        mode: z.ZodDefault<z.ZodEnum<{
            install: "install";
            existing: "existing";
            none: "none";
        }>>;
        version: z.ZodDefault<z.ZodString>;
        namespace: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    operator: z.ZodDefault<z.ZodObject<{
        version: z.ZodOptional<z.ZodString>;
        chartRepository: z.ZodOptional<z.ZodString>;
        image: z.ZodOptional<z.ZodObject<{
            repository: z.ZodString;
            tag: z.ZodString;
        }, z.core.$strict>>;
        replicas: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    flink: z.ZodDefault<z.ZodObject<{
        version: z.ZodDefault<z.ZodString>;
        image: z.ZodOptional<z.ZodString>;
        serviceAccount: z.ZodDefault<z.ZodString>;
        configuration: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    resources: z.ZodDefault<z.ZodObject<{
        operator: z.ZodOptional<z.ZodObject<{
            cpu: z.ZodOptional<z.ZodNumber>;
            memory: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        jobManager: z.ZodOptional<z.ZodObject<{
            cpu: z.ZodOptional<z.ZodNumber>;
            memory: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        taskManager: z.ZodOptional<z.ZodObject<{
            cpu: z.ZodOptional<z.ZodNumber>;
            memory: z.ZodOptional<z.ZodString>;
            slots: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    storage: z.ZodDefault<z.ZodObject<{
        checkpoints: z.ZodOptional<z.ZodString>;
        savepoints: z.ZodOptional<z.ZodString>;
        haStorageDir: z.ZodOptional<z.ZodString>;
        checkpointInterval: z.ZodDefault<z.ZodString>;
        s3: z.ZodOptional<z.ZodObject<{
            endpoint: z.ZodOptional<z.ZodString>;
            pathStyleAccess: z.ZodDefault<z.ZodBoolean>;
            credentialsSecret: z.ZodOptional<z.ZodObject<{
                name: z.ZodString;
                accessKeyIdKey: z.ZodDefault<z.ZodString>;
                secretAccessKeyKey: z.ZodDefault<z.ZodString>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        minio: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            namespace: z.ZodDefault<z.ZodString>;
            bucket: z.ZodDefault<z.ZodString>;
            volumeSize: z.ZodOptional<z.ZodString>;
            image: z.ZodDefault<z.ZodString>;
            clientImage: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    smokeTest: z.ZodDefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        parallelism: z.ZodDefault<z.ZodNumber>;
        timeoutSeconds: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    pools: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        namespace: z.ZodOptional<z.ZodString>;
        taskManagers: z.ZodOptional<z.ZodNumber>;
        slots: z.ZodOptional<z.ZodNumber>;
        taskManager: z.ZodOptional<z.ZodObject<{
            cpu: z.ZodOptional<z.ZodNumber>;
            memory: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        type: z.ZodOptional<z.ZodEnum<{
            SHARED: "SHARED";
            DEDICATED: "DEDICATED";
        }>>;
        allowCpuBelowSlots: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>>;
    applications: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        namespace: z.ZodOptional<z.ZodString>;
        pool: z.ZodOptional<z.ZodString>;
        jarURI: z.ZodString;
        entryClass: z.ZodOptional<z.ZodString>;
        args: z.ZodOptional<z.ZodArray<z.ZodString>>;
        parallelism: z.ZodNumber;
        upgradeMode: z.ZodDefault<z.ZodEnum<{
            stateless: "stateless";
            savepoint: "savepoint";
            "last-state": "last-state";
        }>>;
        stateful: z.ZodDefault<z.ZodBoolean>;
        state: z.ZodDefault<z.ZodEnum<{
            running: "running";
            suspended: "suspended";
        }>>;
        image: z.ZodOptional<z.ZodString>;
        configuration: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>>;
    networkPolicies: z.ZodDefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        extraEgress: z.ZodDefault<z.ZodArray<z.ZodObject<{
            cidr: z.ZodCIDRv4;
            ports: z.ZodArray<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
};
/** CP settings as component args take them (no `target`, no secrets). */
export declare const cpPlatformSchema: z.ZodPipe<z.ZodObject<{
    cmf: z.ZodPrefault<z.ZodObject<{
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
        statements: z.ZodDefault<z.ZodArray<z.ZodObject<{
            pool: z.ZodString;
            properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            stopped: z.ZodOptional<z.ZodBoolean>;
            carryOffsetsFrom: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            sql: z.ZodString;
        }, z.core.$strict>>>;
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
    }, z.core.$strict>>;
    environment: z.ZodObject<{
        name: z.ZodString;
        tier: z.ZodOptional<z.ZodEnum<{
            dev: "dev";
            staging: "staging";
            prod: "prod";
        }>>;
    }, z.core.$strict>;
    size: z.ZodDefault<z.ZodEnum<{
        S: "S";
        M: "M";
        L: "L";
    }>>;
    namespaces: z.ZodDefault<z.ZodObject<{
        operator: z.ZodDefault<z.ZodString>;
        flink: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>, z.ZodTransform<string[], string | string[]>>>;
    }, z.core.$strict>>;
    certManager: z.ZodDefault<z.ZodObject<{
        mode: z.ZodDefault<z.ZodEnum<{
            install: "install";
            existing: "existing";
            none: "none";
        }>>;
        version: z.ZodDefault<z.ZodString>;
        namespace: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    operator: z.ZodDefault<z.ZodObject<{
        version: z.ZodOptional<z.ZodString>;
        chartRepository: z.ZodOptional<z.ZodString>;
        image: z.ZodOptional<z.ZodObject<{
            repository: z.ZodString;
            tag: z.ZodString;
        }, z.core.$strict>>;
        replicas: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    flink: z.ZodDefault<z.ZodObject<{
        version: z.ZodDefault<z.ZodString>;
        image: z.ZodOptional<z.ZodString>;
        serviceAccount: z.ZodDefault<z.ZodString>;
        configuration: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    resources: z.ZodDefault<z.ZodObject<{
        operator: z.ZodOptional<z.ZodObject<{
            cpu: z.ZodOptional<z.ZodNumber>;
            memory: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        jobManager: z.ZodOptional<z.ZodObject<{
            cpu: z.ZodOptional<z.ZodNumber>;
            memory: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        taskManager: z.ZodOptional<z.ZodObject<{
            cpu: z.ZodOptional<z.ZodNumber>;
            memory: z.ZodOptional<z.ZodString>;
            slots: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    storage: z.ZodDefault<z.ZodObject<{
        checkpoints: z.ZodOptional<z.ZodString>;
        savepoints: z.ZodOptional<z.ZodString>;
        haStorageDir: z.ZodOptional<z.ZodString>;
        checkpointInterval: z.ZodDefault<z.ZodString>;
        s3: z.ZodOptional<z.ZodObject<{
            endpoint: z.ZodOptional<z.ZodString>;
            pathStyleAccess: z.ZodDefault<z.ZodBoolean>;
            credentialsSecret: z.ZodOptional<z.ZodObject<{
                name: z.ZodString;
                accessKeyIdKey: z.ZodDefault<z.ZodString>;
                secretAccessKeyKey: z.ZodDefault<z.ZodString>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        minio: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            namespace: z.ZodDefault<z.ZodString>;
            bucket: z.ZodDefault<z.ZodString>;
            volumeSize: z.ZodOptional<z.ZodString>;
            image: z.ZodDefault<z.ZodString>;
            clientImage: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    smokeTest: z.ZodDefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        parallelism: z.ZodDefault<z.ZodNumber>;
        timeoutSeconds: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    pools: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        namespace: z.ZodOptional<z.ZodString>;
        taskManagers: z.ZodOptional<z.ZodNumber>;
        slots: z.ZodOptional<z.ZodNumber>;
        taskManager: z.ZodOptional<z.ZodObject<{
            cpu: z.ZodOptional<z.ZodNumber>;
            memory: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        type: z.ZodOptional<z.ZodEnum<{
            SHARED: "SHARED";
            DEDICATED: "DEDICATED";
        }>>;
        allowCpuBelowSlots: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>>;
    applications: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        namespace: z.ZodOptional<z.ZodString>;
        pool: z.ZodOptional<z.ZodString>;
        jarURI: z.ZodString;
        entryClass: z.ZodOptional<z.ZodString>;
        args: z.ZodOptional<z.ZodArray<z.ZodString>>;
        parallelism: z.ZodNumber;
        upgradeMode: z.ZodDefault<z.ZodEnum<{
            stateless: "stateless";
            savepoint: "savepoint";
            "last-state": "last-state";
        }>>;
        stateful: z.ZodDefault<z.ZodBoolean>;
        state: z.ZodDefault<z.ZodEnum<{
            running: "running";
            suspended: "suspended";
        }>>;
        image: z.ZodOptional<z.ZodString>;
        configuration: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>>;
    networkPolicies: z.ZodDefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        extraEgress: z.ZodDefault<z.ZodArray<z.ZodObject<{
            cidr: z.ZodCIDRv4;
            ports: z.ZodArray<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodTransform<import("../core/platform-schema").WithOperatorVersion<{
    cmf: {
        version: string;
        sql: {
            production: boolean;
            examplesCatalog: boolean;
            encryptionKeySecret?: {
                name: string;
                key: string;
            } | undefined;
        };
        database: {
            type: "local" | "jdbc";
            volumeSize?: string | undefined;
            storageClassName?: string | undefined;
            jdbc?: {
                url: string;
                user: string;
                passwordSecret: {
                    name: string;
                    key: string;
                };
            } | undefined;
        };
        authentication: {
            type: "none" | "mtls" | "oauth";
            config?: Record<string, string> | undefined;
        };
        exposure: {
            type: "none" | "ingress" | "loadBalancer";
            allowedNamespaces: string[];
            allowedCidrs: string[];
            ingress?: {
                host: string;
                controllerNamespace: string;
                className?: string | undefined;
                tlsSecret?: string | undefined;
                annotations?: Record<string, string> | undefined;
            } | undefined;
        };
        serviceAccount: {
            create: boolean;
            name?: string | undefined;
        };
        environmentPerNamespace: boolean;
        sqlImage: string;
        allowInstallTimeChanges: boolean;
        statements: {
            pool: string;
            name: string;
            sql: string;
            properties?: Record<string, string> | undefined;
            stopped?: boolean | undefined;
            carryOffsetsFrom?: string | undefined;
        }[];
        secrets: {
            name: string;
            kubernetesSecret?: {
                name: string;
                namespace?: string | undefined;
            } | undefined;
        }[];
        secretMappings: {
            name: string;
            secretName: string;
        }[];
        catalogs: {
            name: string;
            schemaRegistry: {
                url: string;
                config?: Record<string, string> | undefined;
                connectionSecretId?: string | undefined;
            };
            databases: {
                name: string;
                bootstrapServers: string;
                connectionSecretId: string;
                config?: Record<string, string> | undefined;
            }[];
        }[];
        multiCluster?: {
            clusters: {
                name: string;
                context: string;
                kubeconfigSecret: {
                    name: string;
                    key: string;
                };
                labels?: Record<string, string> | undefined;
            }[];
            environments: {
                cluster: string;
                namespace: string;
            }[];
        } | undefined;
        chartRepository?: string | undefined;
        endpoint?: string | undefined;
        license?: {
            secretRef: string;
        } | undefined;
        tls?: {
            secretName: string;
            keystoreKey: string;
            truststoreKey: string;
        } | undefined;
        resources?: {
            cpu?: number | undefined;
            memory?: string | undefined;
        } | undefined;
    };
    environment: {
        name: string;
        tier?: "dev" | "staging" | "prod" | undefined;
    };
    size: "S" | "M" | "L";
    namespaces: {
        operator: string;
        flink: string[];
    };
    certManager: {
        mode: "install" | "existing" | "none";
        version: string;
        namespace: string;
    };
    operator: {
        replicas: number;
        version?: string | undefined;
        chartRepository?: string | undefined;
        image?: {
            repository: string;
            tag: string;
        } | undefined;
    };
    flink: {
        version: string;
        serviceAccount: string;
        image?: string | undefined;
        configuration?: Record<string, string> | undefined;
    };
    resources: {
        operator?: {
            cpu?: number | undefined;
            memory?: string | undefined;
        } | undefined;
        jobManager?: {
            cpu?: number | undefined;
            memory?: string | undefined;
        } | undefined;
        taskManager?: {
            cpu?: number | undefined;
            memory?: string | undefined;
            slots?: number | undefined;
        } | undefined;
    };
    storage: {
        checkpointInterval: string;
        checkpoints?: string | undefined;
        savepoints?: string | undefined;
        haStorageDir?: string | undefined;
        s3?: {
            pathStyleAccess: boolean;
            endpoint?: string | undefined;
            credentialsSecret?: {
                name: string;
                accessKeyIdKey: string;
                secretAccessKeyKey: string;
            } | undefined;
        } | undefined;
        minio?: {
            enabled: boolean;
            namespace: string;
            bucket: string;
            image: string;
            clientImage: string;
            volumeSize?: string | undefined;
        } | undefined;
    };
    smokeTest: {
        enabled: boolean;
        parallelism: number;
        timeoutSeconds: number;
    };
    pools: {
        name: string;
        namespace?: string | undefined;
        taskManagers?: number | undefined;
        slots?: number | undefined;
        taskManager?: {
            cpu?: number | undefined;
            memory?: string | undefined;
        } | undefined;
        type?: "SHARED" | "DEDICATED" | undefined;
        allowCpuBelowSlots?: boolean | undefined;
    }[];
    applications: {
        name: string;
        jarURI: string;
        parallelism: number;
        upgradeMode: "stateless" | "savepoint" | "last-state";
        stateful: boolean;
        state: "running" | "suspended";
        namespace?: string | undefined;
        pool?: string | undefined;
        entryClass?: string | undefined;
        args?: string[] | undefined;
        image?: string | undefined;
        configuration?: Record<string, string> | undefined;
    }[];
    networkPolicies: {
        enabled: boolean;
        extraEgress: {
            cidr: string;
            ports: number[];
        }[];
    };
}>, {
    cmf: {
        version: string;
        sql: {
            production: boolean;
            examplesCatalog: boolean;
            encryptionKeySecret?: {
                name: string;
                key: string;
            } | undefined;
        };
        database: {
            type: "local" | "jdbc";
            volumeSize?: string | undefined;
            storageClassName?: string | undefined;
            jdbc?: {
                url: string;
                user: string;
                passwordSecret: {
                    name: string;
                    key: string;
                };
            } | undefined;
        };
        authentication: {
            type: "none" | "mtls" | "oauth";
            config?: Record<string, string> | undefined;
        };
        exposure: {
            type: "none" | "ingress" | "loadBalancer";
            allowedNamespaces: string[];
            allowedCidrs: string[];
            ingress?: {
                host: string;
                controllerNamespace: string;
                className?: string | undefined;
                tlsSecret?: string | undefined;
                annotations?: Record<string, string> | undefined;
            } | undefined;
        };
        serviceAccount: {
            create: boolean;
            name?: string | undefined;
        };
        environmentPerNamespace: boolean;
        sqlImage: string;
        allowInstallTimeChanges: boolean;
        statements: {
            pool: string;
            name: string;
            sql: string;
            properties?: Record<string, string> | undefined;
            stopped?: boolean | undefined;
            carryOffsetsFrom?: string | undefined;
        }[];
        secrets: {
            name: string;
            kubernetesSecret?: {
                name: string;
                namespace?: string | undefined;
            } | undefined;
        }[];
        secretMappings: {
            name: string;
            secretName: string;
        }[];
        catalogs: {
            name: string;
            schemaRegistry: {
                url: string;
                config?: Record<string, string> | undefined;
                connectionSecretId?: string | undefined;
            };
            databases: {
                name: string;
                bootstrapServers: string;
                connectionSecretId: string;
                config?: Record<string, string> | undefined;
            }[];
        }[];
        multiCluster?: {
            clusters: {
                name: string;
                context: string;
                kubeconfigSecret: {
                    name: string;
                    key: string;
                };
                labels?: Record<string, string> | undefined;
            }[];
            environments: {
                cluster: string;
                namespace: string;
            }[];
        } | undefined;
        chartRepository?: string | undefined;
        endpoint?: string | undefined;
        license?: {
            secretRef: string;
        } | undefined;
        tls?: {
            secretName: string;
            keystoreKey: string;
            truststoreKey: string;
        } | undefined;
        resources?: {
            cpu?: number | undefined;
            memory?: string | undefined;
        } | undefined;
    };
    environment: {
        name: string;
        tier?: "dev" | "staging" | "prod" | undefined;
    };
    size: "S" | "M" | "L";
    namespaces: {
        operator: string;
        flink: string[];
    };
    certManager: {
        mode: "install" | "existing" | "none";
        version: string;
        namespace: string;
    };
    operator: {
        replicas: number;
        version?: string | undefined;
        chartRepository?: string | undefined;
        image?: {
            repository: string;
            tag: string;
        } | undefined;
    };
    flink: {
        version: string;
        serviceAccount: string;
        image?: string | undefined;
        configuration?: Record<string, string> | undefined;
    };
    resources: {
        operator?: {
            cpu?: number | undefined;
            memory?: string | undefined;
        } | undefined;
        jobManager?: {
            cpu?: number | undefined;
            memory?: string | undefined;
        } | undefined;
        taskManager?: {
            cpu?: number | undefined;
            memory?: string | undefined;
            slots?: number | undefined;
        } | undefined;
    };
    storage: {
        checkpointInterval: string;
        checkpoints?: string | undefined;
        savepoints?: string | undefined;
        haStorageDir?: string | undefined;
        s3?: {
            pathStyleAccess: boolean;
            endpoint?: string | undefined;
            credentialsSecret?: {
                name: string;
                accessKeyIdKey: string;
                secretAccessKeyKey: string;
            } | undefined;
        } | undefined;
        minio?: {
            enabled: boolean;
            namespace: string;
            bucket: string;
            image: string;
            clientImage: string;
            volumeSize?: string | undefined;
        } | undefined;
    };
    smokeTest: {
        enabled: boolean;
        parallelism: number;
        timeoutSeconds: number;
    };
    pools: {
        name: string;
        namespace?: string | undefined;
        taskManagers?: number | undefined;
        slots?: number | undefined;
        taskManager?: {
            cpu?: number | undefined;
            memory?: string | undefined;
        } | undefined;
        type?: "SHARED" | "DEDICATED" | undefined;
        allowCpuBelowSlots?: boolean | undefined;
    }[];
    applications: {
        name: string;
        jarURI: string;
        parallelism: number;
        upgradeMode: "stateless" | "savepoint" | "last-state";
        stateful: boolean;
        state: "running" | "suspended";
        namespace?: string | undefined;
        pool?: string | undefined;
        entryClass?: string | undefined;
        args?: string[] | undefined;
        image?: string | undefined;
        configuration?: Record<string, string> | undefined;
    }[];
    networkPolicies: {
        enabled: boolean;
        extraEgress: {
            cidr: string;
            ports: number[];
        }[];
    };
}>>;
export type CpPlatformConfigInput = z.input<typeof cpPlatformSchema>;
export type CpPlatformConfig = z.output<typeof cpPlatformSchema>;
export {};
