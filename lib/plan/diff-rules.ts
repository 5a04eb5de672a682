/**
 * The tables that classify a plan change (replace, restart, state risk) and
 * how a rule matches a resource type and a field path. Each resource's own
 * replace table is read from where the resource is defined.
 */
import { flinkStatementType, statementReplaceOnChanges } from "../cloud/statements";
import { cmfReplaceRules } from "../cp/cmf/replace-on-change";

export const flinkDeploymentType = "kubernetes:flink.apache.org/v1beta1:FlinkDeployment";
export const flinkSessionJobType = "kubernetes:flink.apache.org/v1beta1:FlinkSessionJob";
export const ccEnvironmentType = "confluentcloud:index/environment:Environment";

/** FlinkDeployment spec fields whose change restarts JobManager and TaskManager pods. */
export const flinkSpecRestartPaths = [
  "spec.flinkConfiguration",
  "spec.taskManager.resource",
  "spec.jobManager.resource",
  "spec.image",
  "spec.flinkVersion",
  "spec.podTemplate",
  "spec.taskManager.podTemplate",
  "spec.jobManager.podTemplate",
  "spec.restartNonce",
];

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
export function cmfPoolChangeRestarts(pool: Readonly<Record<string, unknown>>, path: string): boolean {
  const spec = isRecord(pool.spec) ? pool.spec : undefined;
  const prefix = spec ? "spec.clusterSpec" : "clusterSpec";
  if (!pathCovered(path, prefix)) return false;
  const type = spec ? spec.type : pool.type;
  if (type !== "SHARED") return false;
  const clusterSpec = (spec ?? pool).clusterSpec;
  const standalone = isRecord(clusterSpec) && clusterSpec.mode === "standalone";
  return !(standalone && pathCovered(path, `${prefix}.taskManager.replicas`));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Fields whose change makes the provider delete and re-create the resource,
 * keyed by type pattern (`*` matches any characters). Paths are field paths as
 * rendered in a diff; a listed path also covers everything under it.
 */
export const replaceOnChange: Record<string, string[]> = {
  "kubernetes:*": ["metadata.name", "metadata.namespace"],
  "kubernetes:helm.sh/v3:Release": ["name", "namespace", "chart"],
  // Immutable in the Kubernetes API: the provider can only replace.
  "kubernetes:apps/v1:StatefulSet": [
    "spec.selector",
    "spec.serviceName",
    "spec.volumeClaimTemplates",
    "spec.podManagementPolicy",
  ],
  "kubernetes:apps/v1:Deployment": ["spec.selector"],
  "kubernetes:batch/v1:Job": ["spec.selector", "spec.template"],
  "kubernetes:core/v1:PersistentVolumeClaim": [
    "spec.accessModes",
    "spec.storageClassName",
    "spec.volumeMode",
    "spec.volumeName",
    "spec.selector",
  ],
  "confluentcloud:index/flinkComputePool:FlinkComputePool": ["cloud", "region", "environment"],
  // One table with the statement resource's own replaceOnChanges option.
  [flinkStatementType]: [...statementReplaceOnChanges],
  // CMF dynamic resources: each resource's own table (lib/cp/cmf/replace-on-change.ts).
  ...cmfReplaceRules(),
};

/**
 * Fields whose in-place update restarts TaskManager/JobManager pods (the
 * operator redeploys the cluster), keyed by type pattern like
 * {@link replaceOnChange}. Scaling `spec.taskManager.replicas` and
 * `spec.job.parallelism` are plain updates.
 */
export const restartOnChange: Record<string, string[]> = {
  [flinkDeploymentType]: flinkSpecRestartPaths,
  "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication": flinkSpecRestartPaths,
  // CMF compute pools: by pool type, see cmfPoolChangeRestarts.
  "pulumi-nodejs:dynamic:Resource": flinkSpecRestartPaths,
};

/**
 * Flink options that locate durable state. Changing one (anywhere: CR specs,
 * operator defaults in Helm values, CMF defaults) orphans existing
 * checkpoints, savepoints or HA metadata.
 */
export const stateDirKeys: readonly string[] = [
  "state.checkpoints.dir",
  "state.savepoints.dir",
  "execution.checkpointing.dir",
  "execution.checkpointing.savepoint-dir",
  "high-availability.storageDir",
];

export function typeMatches(pattern: string, type: string): boolean {
  if (!pattern.includes("*")) return pattern === type;
  const re = new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`);
  return re.test(type);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export function pathCovered(path: string, rule: string): boolean {
  return path === rule || path.startsWith(`${rule}.`) || path.startsWith(`${rule}[`);
}

export function ruleMatches(table: Record<string, string[]>, type: string, path: string): boolean {
  return Object.entries(table).some(
    ([pattern, paths]) => typeMatches(pattern, type) && paths.some((rule) => pathCovered(path, rule)),
  );
}
