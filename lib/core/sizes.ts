/**
 * T-shirt sizes: one word that picks consistent resources for every moving part.
 * Figures follow the cookbook's JobManager/node T-shirts and the TaskManager
 * rule of thumb (4 GiB default, at least one core per busy slot).
 */
export const Size = {
  /** Small: a dev or test environment (1 CPU / 2 GiB pods, one slot per TaskManager). */
  S: "S",
  /** Medium: a modest production environment (2 CPU / 4 GiB pods, two slots per TaskManager). */
  M: "M",
  /** Large: a busy production environment (the biggest pods, the most slots). */
  L: "L",
} as const;
export type Size = (typeof Size)[keyof typeof Size];
export const sizes: readonly Size[] = [Size.S, Size.M, Size.L];

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

/** CPU in cores and memory, `[cpu, memory]`, as the table below writes them. */
type Pod = readonly [cpu: number, memory: string];

/** One size's figures, in the order of {@link SizeProfile}'s fields. */
function profile(
  operator: Pod,
  jobManager: Pod,
  [cpu, memory, slots]: readonly [...Pod, slots: number],
  taskManagers: number,
  namespaceQuota: Pod,
  objectStoreVolume: string,
  cmf: Pod,
  cmfDatabaseVolume: string,
): SizeProfile {
  const pod = ([cpu, memory]: Pod): PodResources => ({ cpu, memory });
  return {
    operator: pod(operator),
    jobManager: pod(jobManager),
    taskManager: { cpu, memory, slots },
    taskManagers,
    namespaceQuota: pod(namespaceQuota),
    objectStoreVolume,
    cmf: pod(cmf),
    cmfDatabaseVolume,
  };
}

// One row per size; the columns are profile()'s parameters.
// prettier-ignore
export const sizeProfiles: Readonly<Record<Size, SizeProfile>> = {
  //         operator         jobManager   taskManager      TMs  namespaceQuota  MinIO    CMF pod      CMF database
  S: profile([0.25, "512Mi"], [1, "2Gi"], [1, "2Gi", 1], 1,   [8, "16Gi"],    "10Gi",  [1, "1Gi"], "10Gi"),
  M: profile([0.5, "1Gi"],    [2, "4Gi"], [2, "4Gi", 2], 2,   [16, "64Gi"],   "50Gi",  [2, "2Gi"], "20Gi"),
  L: profile([2, "3Gi"],      [4, "8Gi"], [4, "8Gi", 4], 4,   [48, "94Gi"],   "200Gi", [2, "4Gi"], "50Gi"),
};
