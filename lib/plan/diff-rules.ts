/**
 * The tables that classify a plan change (replace, restart, state risk) and
 * how a rule matches a resource type and a field path. Each resource's own
 * replace table is read from where the resource is defined.
 */
import { flinkStatementType } from "../cloud/statement-type";
import { statementReplaceOnChanges } from "../core/replace-on-change";
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
  // The operator 1.15 job-management docs: a new savepointRedeployNonce redeploys the job from
  // spec.job.initialSavepointPath (a restart), where a new savepointTriggerNonce only takes a savepoint.
  "spec.job.savepointRedeployNonce",
];

/** FlinkSessionJob spec fields whose change restarts the job (the session cluster stays). */
export const flinkSessionJobRestartPaths = ["spec.restartNonce", "spec.job.savepointRedeployNonce"];

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
  [flinkSessionJobType]: flinkSessionJobRestartPaths,
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

/** Helm chart of CMF, whose values hold its install-time choices. */
export const cmfChart = "confluent-manager-for-apache-flink";
const cmfInstallChoicesType = "pulumi-nodejs:dynamic/cmf:CmfInstallChoices";
const pvcType = "kubernetes:core/v1:PersistentVolumeClaim";
const ccPoolType = "confluentcloud:index/flinkComputePool:FlinkComputePool";

/**
 * CMF's own state: its database (SQLite on the chart's PVC, or PostgreSQL)
 * and the encryption of the secrets it stores there. CMF fixes the database
 * type and the encryption mode when it first creates its database ("Changing
 * the database type after install risks data loss"; `cmf.sql.production` and
 * `encryption.key.*` are fixed then, see lib/cp/cmf/install-choices.ts, whose
 * guard refuses them at `pulumi up` unless `cmf.allowInstallTimeChanges`),
 * and the SQLite volume holds every CMF environment, application, pool and
 * statement. Paths under a CMF Helm release's inputs, and the install-time
 * guard's fields.
 */
const cmfStatePaths = [
  "values.persistence",
  "values.cmf.database",
  "values.cmf.sql.production",
  "values.encryption",
];
const cmfStateNote =
  "CMF's database (volume, type or encryption mode): fixed when CMF creates it; a change can lose CMF's environments, applications and statements";

/** Why a change at `path` risks Flink or CMF state (`inputs`: the resource's inputs after the change), or undefined. */
export function stateRiskNote(
  type: string,
  inputs: Readonly<Record<string, unknown>>,
  path: string,
): string | undefined {
  if (type === "kubernetes:helm.sh/v3:Release" && inputs.chart === cmfChart) {
    return cmfStatePaths.some((rule) => pathCovered(path, rule)) ? cmfStateNote : undefined;
  }
  if (type === cmfInstallChoicesType && (path === "databaseType" || path === "encryption")) {
    return `${cmfStateNote} (refused at pulumi up unless cmf.allowInstallTimeChanges is true)`;
  }
  return undefined;
}

const quantityFactors: Record<string, number> = {
  "": 1,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
};

/** Bytes of a Kubernetes storage quantity (`10Gi`, `500M`, `1073741824`); undefined for anything else. */
export function quantityBytes(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(value);
  return m ? Number(m[1]) * quantityFactors[m[2] ?? ""] : undefined;
}

function smaller(before: unknown, after: unknown): boolean {
  const b = quantityBytes(before);
  const a = quantityBytes(after);
  return b !== undefined && a !== undefined && a < b;
}

/**
 * Why the target refuses a change (applying it fails, nothing to accept), or
 * undefined:
 *
 * - A PersistentVolumeClaim never shrinks: the API server rejects a smaller
 *   `spec.resources.requests.storage` ("Forbidden: field can not be less than
 *   previous value", ValidatePersistentVolumeClaimUpdate in
 *   kubernetes/kubernetes pkg/apis/core/validation); volume expansion only
 *   grows a claim ("To request a larger volume for a PVC, edit the PVC object
 *   and specify a larger size",
 *   https://kubernetes.io/docs/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims;
 *   "Shrinking persistent volumes is currently not supported", Azure's AKS
 *   storage docs). The same holds for CMF's SQLite volume, a PVC the CMF
 *   chart renders from `persistence.dataVolumeCapacity`.
 * - A Confluent Cloud compute pool's `maxCfu` does not decrease: "You can
 *   increase the Max CFUs value later, but decreasing Max CFUs is not
 *   supported" (Manage Compute Pools,
 *   https://docs.confluent.io/cloud/current/flink/operate-and-deploy/create-compute-pool.html).
 *   The provider itself updates `max_cfu` in place either way
 *   (confluentinc/terraform-provider-confluent resource_flink_compute_pool.go
 *   computePoolUpdate), and the CLI's `compute-pool update --max-cfu` takes any
 *   value, so the documents disagree; the safe reading is the Confluent page:
 *   a decrease is refused here, and a smaller pool is a new pool (a new name)
 *   that the statements move to.
 */
export function refusedNote(
  type: string,
  inputs: Readonly<Record<string, unknown>>,
  path: string,
  before: unknown,
  after: unknown,
): string | undefined {
  if (type === pvcType && path === "spec.resources.requests.storage" && smaller(before, after)) {
    return "Kubernetes never shrinks a PersistentVolumeClaim (volume expansion only grows it)";
  }
  if (
    type === "kubernetes:helm.sh/v3:Release" &&
    inputs.chart === cmfChart &&
    path === "values.persistence.dataVolumeCapacity" &&
    smaller(before, after)
  ) {
    return "CMF's database volume is a PersistentVolumeClaim, and Kubernetes never shrinks one";
  }
  if (
    type === ccPoolType &&
    path === "maxCfu" &&
    typeof before === "number" &&
    typeof after === "number" &&
    after < before
  ) {
    return "Confluent Cloud does not support decreasing a compute pool's Max CFUs; create a new pool with the lower maxCfu and move the statements to it";
  }
  return undefined;
}
