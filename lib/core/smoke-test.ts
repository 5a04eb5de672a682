import { checkpointStateKeys } from "./derive";
import type { PlatformPlan } from "./plan";

/**
 * What the smoke test proves on the Kubernetes targets, and how `pulumi up`
 * knows it did: a completed checkpoint of a stateful job in the configured
 * checkpoint store (`storage.checkpoints`).
 *
 * The job is Flink's StateMachineExample (`/opt/flink/examples/streaming/` in
 * the official and the Confluent images): it keeps a keyed `ValueState` per
 * source address and calls `enableCheckpointing(2000)` itself (apache/flink,
 * flink-examples-streaming, StateMachineExample.java), so it writes
 * checkpoints to `state.checkpoints.dir` as soon as it runs.
 *
 * How completion shows in the operator's status (operator 1.15.0 source and
 * docs, "Snapshots",
 * https://nightlies.apache.org/flink/flink-kubernetes-operator-docs-release-1.15/docs/custom-resource/snapshots/):
 * - `status.jobStatus.checkpointInfo.lastCheckpoint` is "the last completed
 *   checkpoint by the operator" (CheckpointInfo.java): it is filled only for
 *   checkpoints the operator triggers itself (manual, or periodic through
 *   `kubernetes.operator.periodic.checkpoint.interval`), not for the ones
 *   Flink takes on its own schedule;
 * - since 1.10 the operator records triggered snapshots as FlinkStateSnapshot
 *   resources instead, and fills these (deprecated) status fields only when
 *   `kubernetes.operator.snapshot.resource.enabled` is false. That option is
 *   dynamic, so the smoke test sets it on its own deployment only;
 * - the operator triggers checkpoints through Flink's REST API, which exists
 *   from Flink 1.17 (SnapshotUtils.isSnapshotTriggeringSupported).
 * A triggered checkpoint completes only when every task wrote its state to
 * the checkpoint store, so `lastCheckpoint.triggerType == PERIODIC` proves the
 * store works. The CRD (flinkdeployments.flink.apache.org-v1.yml, 1.15.0)
 * declares `lastCheckpoint.triggerType` as one of MANUAL, PERIODIC, UNKNOWN,
 * UPGRADE.
 */

export { smokeCheckpointStatusPath, smokeCheckpointTriggerType } from "./smoke-test-schema";

/**
 * Flink options of the smoke-test job: checkpoints go to the configured store
 * every `storage.checkpointInterval`, and the operator triggers one of its own
 * at the same interval and reports it in the FlinkDeployment status.
 */
export function smokeTestFlinkConfiguration(
  plan: Pick<PlatformPlan, "storage" | "flink">,
): Record<string, string> {
  const { storage } = plan;
  if (storage.checkpoints === undefined) {
    // platformRules refuses this config (smokeTestRules); a plan built without them is a bug.
    throw new Error("the smoke test needs storage.checkpoints");
  }
  return {
    [checkpointStateKeys(plan.flink.version).checkpoints]: storage.checkpoints,
    "execution.checkpointing.interval": storage.checkpointInterval,
    "kubernetes.operator.periodic.checkpoint.interval": storage.checkpointInterval,
    "kubernetes.operator.snapshot.resource.enabled": "false",
  };
}
