"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stateDirKeys = exports.restartOnChange = exports.replaceOnChange = exports.flinkSpecRestartPaths = exports.ccEnvironmentType = exports.flinkSessionJobType = exports.flinkDeploymentType = void 0;
exports.cmfPoolChangeRestarts = cmfPoolChangeRestarts;
exports.typeMatches = typeMatches;
exports.escapeRegExp = escapeRegExp;
exports.pathCovered = pathCovered;
exports.ruleMatches = ruleMatches;
/**
 * The tables that classify a plan change (replace, restart, state risk) and
 * how a rule matches a resource type and a field path. Each resource's own
 * replace table is read from where the resource is defined.
 */
const statements_1 = require("../cloud/statements");
const replace_on_change_1 = require("../cp/cmf/replace-on-change");
exports.flinkDeploymentType = "kubernetes:flink.apache.org/v1beta1:FlinkDeployment";
exports.flinkSessionJobType = "kubernetes:flink.apache.org/v1beta1:FlinkSessionJob";
exports.ccEnvironmentType = "confluentcloud:index/environment:Environment";
/** FlinkDeployment spec fields whose change restarts JobManager and TaskManager pods. */
exports.flinkSpecRestartPaths = [
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
function cmfPoolChangeRestarts(pool, path) {
    const spec = isRecord(pool.spec) ? pool.spec : undefined;
    const prefix = spec ? "spec.clusterSpec" : "clusterSpec";
    if (!pathCovered(path, prefix))
        return false;
    const type = spec ? spec.type : pool.type;
    if (type !== "SHARED")
        return false;
    const clusterSpec = (spec ?? pool).clusterSpec;
    const standalone = isRecord(clusterSpec) && clusterSpec.mode === "standalone";
    return !(standalone && pathCovered(path, `${prefix}.taskManager.replicas`));
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * Fields whose change makes the provider delete and re-create the resource,
 * keyed by type pattern (`*` matches any characters). Paths are field paths as
 * rendered in a diff; a listed path also covers everything under it.
 */
exports.replaceOnChange = {
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
    [statements_1.flinkStatementType]: [...statements_1.statementReplaceOnChanges],
    // CMF dynamic resources: each resource's own table (lib/cp/cmf/replace-on-change.ts).
    ...(0, replace_on_change_1.cmfReplaceRules)(),
};
/**
 * Fields whose in-place update restarts TaskManager/JobManager pods (the
 * operator redeploys the cluster), keyed by type pattern like
 * {@link replaceOnChange}. Scaling `spec.taskManager.replicas` and
 * `spec.job.parallelism` are plain updates.
 */
exports.restartOnChange = {
    [exports.flinkDeploymentType]: exports.flinkSpecRestartPaths,
    "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication": exports.flinkSpecRestartPaths,
    // CMF compute pools: by pool type, see cmfPoolChangeRestarts.
    "pulumi-nodejs:dynamic:Resource": exports.flinkSpecRestartPaths,
};
/**
 * Flink options that locate durable state. Changing one (anywhere: CR specs,
 * operator defaults in Helm values, CMF defaults) orphans existing
 * checkpoints, savepoints or HA metadata.
 */
exports.stateDirKeys = [
    "state.checkpoints.dir",
    "state.savepoints.dir",
    "execution.checkpointing.dir",
    "execution.checkpointing.savepoint-dir",
    "high-availability.storageDir",
];
function typeMatches(pattern, type) {
    if (!pattern.includes("*"))
        return pattern === type;
    const re = new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`);
    return re.test(type);
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function pathCovered(path, rule) {
    return path === rule || path.startsWith(`${rule}.`) || path.startsWith(`${rule}[`);
}
function ruleMatches(table, type, path) {
    return Object.entries(table).some(([pattern, paths]) => typeMatches(pattern, type) && paths.some((rule) => pathCovered(path, rule)));
}
