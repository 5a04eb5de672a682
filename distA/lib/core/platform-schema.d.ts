import * as z from "zod";
import { OperatorDistribution, Tier } from "./schema";
/**
 * The Kubernetes platform's config: the shared sections of `./schema`
 * put together, with the cross-field rules every Kubernetes target (OSS, CP)
 * runs on them and the OSS target's schema.
 */
/** The Kubernetes platform's settings (OSS today), before cross-field rules. */
export declare const platformShape: {
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
export declare function effectiveTier(env: {
    name: string;
    tier?: Tier;
}): Tier | undefined;
/**
 * Cross-field rules. They run even when other keys are invalid (`when`), so
 * the user sees every problem in one message; hence the defensive reads.
 */
export declare function tierRule(cfg: {
    environment?: {
        name: string;
        tier?: Tier;
    };
}, ctx: z.RefinementCtx): Tier | undefined;
export declare function platformRules(cfg: z.output<z.ZodObject<typeof platformShape>>, ctx: z.RefinementCtx, distribution?: OperatorDistribution): void;
/** The parsed settings with the distribution's operator version filled in when unset. */
export type WithOperatorVersion<T extends {
    operator: {
        version?: string;
    };
}> = Omit<T, "operator"> & {
    operator: T["operator"] & {
        version: string;
    };
};
/** Fills in the distribution's default `operator.version` (the schema leaves it unset). */
export declare function withOperatorDefaults<T extends {
    operator: {
        version?: string;
    };
}>(cfg: T, distribution: OperatorDistribution): WithOperatorVersion<T>;
/** Platform settings as component args take them (no `target`); the OSS target's rules. */
export declare const platformSchema: z.ZodPipe<z.ZodObject<{
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
}, z.core.$strict>, z.ZodTransform<WithOperatorVersion<{
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
export type PlatformConfigInput = z.input<typeof platformSchema>;
export type PlatformConfig = z.output<typeof platformSchema>;
