/**
 * T-shirt sizes: one word that picks consistent resources for every moving part.
 * Figures follow the cookbook's JobManager/node T-shirts and the TaskManager
 * rule of thumb (4 GiB default, at least one core per busy slot).
 */
export declare const Size: {
    /** Small: a dev or test environment (1 CPU / 2 GiB pods, one slot per TaskManager). */
    readonly S: "S";
    /** Medium: a modest production environment (2 CPU / 4 GiB pods, two slots per TaskManager). */
    readonly M: "M";
    /** Large: a busy production environment (the biggest pods, the most slots). */
    readonly L: "L";
};
export type Size = (typeof Size)[keyof typeof Size];
export declare const sizes: readonly Size[];
/** CPU in cores and memory as a Kubernetes quantity (`Mi`/`Gi`). */
export interface PodResources {
    /** CPU in cores (fractions allowed, e.g. `0.5`). */
    readonly cpu: number;
    /** Memory as a Kubernetes quantity, e.g. `2Gi`. */
    readonly memory: string;
}
/** TaskManager CPU, memory and task slots. */
export interface TaskManagerResources extends PodResources {
    /** `taskmanager.numberOfTaskSlots`. */
    readonly slots: number;
}
/** The resources one {@link Size} picks for each moving part. */
export interface SizeProfile {
    /** The operator pod; the chart default (~2 CPU / 3 GiB) is sized for ~200 applications. */
    readonly operator: PodResources;
    /** The JobManager pod of each Flink cluster. */
    readonly jobManager: PodResources;
    /** Each TaskManager pod and its slots. */
    readonly taskManager: TaskManagerResources;
    /** TaskManagers of the default session pool. */
    readonly taskManagers: number;
    /** Per Flink namespace ResourceQuota: one node of the matching VM T-shirt. */
    readonly namespaceQuota: PodResources;
    /** In-cluster MinIO volume (dev only). */
    readonly objectStoreVolume: string;
    /** The CMF pod (CP target); the chart's default requests are 1 CPU / 1024Mi. */
    readonly cmf: PodResources;
    /** CMF's SQLite PVC with `cmf.database.type: local` (Confluent's minimum is 10 GB). */
    readonly cmfDatabaseVolume: string;
}
export declare const sizeProfiles: Readonly<Record<Size, SizeProfile>>;
