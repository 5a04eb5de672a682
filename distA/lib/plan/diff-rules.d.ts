export declare const flinkDeploymentType = "kubernetes:flink.apache.org/v1beta1:FlinkDeployment";
export declare const flinkSessionJobType = "kubernetes:flink.apache.org/v1beta1:FlinkSessionJob";
export declare const ccEnvironmentType = "confluentcloud:index/environment:Environment";
/** FlinkDeployment spec fields whose change restarts JobManager and TaskManager pods. */
export declare const flinkSpecRestartPaths: string[];
/**
 * Whether a change at `path` of a CMF compute pool (its inputs `pool`, after
 * the change) restarts running Flink pods.
 *
 * - DEDICATED: CMF starts one application cluster per statement from the
 *   pool's `clusterSpec` when the statement is submitted ("For dedicated
 *   pools, CMF launches a new cluster matching this spec for each statement
 *   submitted to the pool", docs.confluent.io/cp-flink/current/configure/compute-pools.html).
 *   A PUT changes the template for later statements; running ones keep their
 *   cluster, so nothing restarts.
 * - SHARED: the pool is one long-lived session cluster (same page), a
 *   FlinkDeployment without a job. The operator 1.15.0 SessionReconciler
 *   deletes and redeploys the session cluster on every spec change that is not
 *   ignored, and `taskManager.replicas` is a SCALE change only in standalone
 *   mode (`@SpecDiff(value = SCALE, mode = STANDALONE)` on TaskManagerSpec;
 *   ReflectiveDiffBuilder makes it UPGRADE in native mode, the default). So a
 *   replicas change of a standalone session cluster scales its TaskManager
 *   Deployment in place, and every other cluster spec change restarts it.
 */
export declare function cmfPoolChangeRestarts(pool: Readonly<Record<string, unknown>>, path: string): boolean;
/**
 * Fields whose change makes the provider delete and re-create the resource,
 * keyed by type pattern (`*` matches any characters). Paths are field paths as
 * rendered in a diff; a listed path also covers everything under it.
 */
export declare const replaceOnChange: Record<string, string[]>;
/**
 * Fields whose in-place update restarts TaskManager/JobManager pods (the
 * operator redeploys the cluster), keyed by type pattern like
 * {@link replaceOnChange}. Scaling `spec.taskManager.replicas` and
 * `spec.job.parallelism` are plain updates.
 */
export declare const restartOnChange: Record<string, string[]>;
/**
 * Flink options that locate durable state. Changing one (anywhere: CR specs,
 * operator defaults in Helm values, CMF defaults) orphans existing
 * checkpoints, savepoints or HA metadata.
 */
export declare const stateDirKeys: readonly string[];
export declare function typeMatches(pattern: string, type: string): boolean;
export declare function escapeRegExp(s: string): string;
export declare function pathCovered(path: string, rule: string): boolean;
export declare function ruleMatches(table: Record<string, string[]>, type: string, path: string): boolean;
