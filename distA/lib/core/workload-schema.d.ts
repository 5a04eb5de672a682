import * as z from "zod";
/**
 * The workload sections of the Kubernetes platforms: compute pools,
 * applications and the smoke test (schema.ts holds the platform's own
 * sections). Each field's rule lives here, once.
 */
export declare const CmfPoolType: {
    /** A Flink cluster per statement. */
    readonly Dedicated: "DEDICATED";
    /** One Flink cluster shared by the pool's statements. */
    readonly Shared: "SHARED";
};
export type CmfPoolType = (typeof CmfPoolType)[keyof typeof CmfPoolType];
/**
 * A compute pool on a Kubernetes target: a session cluster (OSS) or a CMF
 * SQL compute pool (CP). Its capacity is taskManagers x slots; scaling is a
 * change to these numbers.
 */
export declare const poolSchema: z.ZodObject<{
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
}, z.core.$strict>;
/**
 * Flink applications a Kubernetes platform runs. Without `pool` an
 * application is its own cluster (application mode); with `pool` it is a
 * session job on that pool's session cluster and must fit its capacity.
 */
export declare const ApplicationUpgradeMode: {
    /** No state carried over: upgrades start from scratch. */
    readonly Stateless: "stateless";
    /** A savepoint before the upgrade, restored after it. */
    readonly Savepoint: "savepoint";
    /** The last checkpoint (needs Kubernetes HA metadata). */
    readonly LastState: "last-state";
};
export type ApplicationUpgradeMode = (typeof ApplicationUpgradeMode)[keyof typeof ApplicationUpgradeMode];
/** Desired state of an application's job. */
export declare const ApplicationJobState: {
    /** The job runs. */
    readonly Running: "running";
    /** The job is stopped with its state kept. */
    readonly Suspended: "suspended";
};
export type ApplicationJobState = (typeof ApplicationJobState)[keyof typeof ApplicationJobState];
export declare const applicationSchema: z.ZodObject<{
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
}, z.core.$strict>;
export declare const smokeTestSchema: z.ZodObject<{
    enabled: z.ZodDefault<z.ZodBoolean>;
    parallelism: z.ZodDefault<z.ZodNumber>;
    timeoutSeconds: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
