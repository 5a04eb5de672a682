/** How long to wait for a CMF application, what for, and how its status reads in messages. */
import { smokeCheckpointTriggerType } from "../../core/smoke-test-schema";
import type { CmfFlinkApplicationDocument } from "./types";

/** Job states after which an application will not become RUNNING without a new deployment. */
export const CMF_TERMINAL_JOB_STATES = ["FAILED", "CANCELED", "FINISHED"] as const;

/** What a wait for an application waits for, and how its messages say it. */
export interface CmfApplicationGoal {
  /** Whether the application's status shows the goal reached. */
  readonly reached: (app: CmfFlinkApplicationDocument) => boolean;
  /** After "did not ... ": e.g. `did not reach RUNNING`. */
  readonly missed: string;
  /** After "disappeared while waiting for ". */
  readonly waitingFor: string;
}

/** The job runs (`status.jobStatus.state` RUNNING). */
export const CMF_GOAL_RUNNING: CmfApplicationGoal = {
  reached: (app) => app.status?.jobStatus?.state === "RUNNING",
  missed: "did not reach RUNNING",
  waitingFor: "it to run",
};

/**
 * A checkpoint the operator triggered completed. The CMF 2.3.1 OpenAPI types
 * `FlinkApplication.status` as a free object ("Status for Flink
 * Application"); CMF reports the FlinkDeployment status of the operator it
 * drives (the shape read above: jobStatus, lifecycleState), so the field is
 * the operator CRD's `status.jobStatus.checkpointInfo.lastCheckpoint`, filled
 * when the application's flinkConfiguration asks the operator for periodic
 * checkpoints with snapshot resources off (lib/core/smoke-test).
 */
export const CMF_GOAL_CHECKPOINT: CmfApplicationGoal = {
  reached: (app) => checkpointInfo(app)?.lastCheckpoint?.triggerType === smokeCheckpointTriggerType,
  missed: "did not report a completed checkpoint (status.jobStatus.checkpointInfo.lastCheckpoint)",
  waitingFor: "a completed checkpoint",
};

function checkpointInfo(
  app: CmfFlinkApplicationDocument | undefined,
): { lastCheckpoint?: { triggerType?: unknown } } | undefined {
  const info = app?.status?.jobStatus?.checkpointInfo;
  return typeof info === "object" && info !== null ? info : undefined;
}

/** One-line summary of an application's status for error messages. */
export function describeApplicationStatus(app: CmfFlinkApplicationDocument | undefined): string {
  if (app === undefined) return "application not found";
  const status = app.status;
  if (status === undefined) return "no status reported yet";
  const parts: string[] = [];
  if (status.jobStatus?.state !== undefined) parts.push(`jobStatus.state=${status.jobStatus.state}`);
  if (status.lifecycleState !== undefined) parts.push(`lifecycleState=${status.lifecycleState}`);
  if (status.jobManagerDeploymentStatus !== undefined) {
    parts.push(`jobManagerDeploymentStatus=${status.jobManagerDeploymentStatus}`);
  }
  const lastCheckpoint = checkpointInfo(app)?.lastCheckpoint;
  if (lastCheckpoint !== undefined) {
    parts.push(`checkpointInfo.lastCheckpoint.triggerType=${String(lastCheckpoint.triggerType)}`);
  }
  if (status.error !== undefined && status.error !== "") parts.push(`error=${status.error}`);
  return parts.length > 0 ? parts.join(", ") : `status ${JSON.stringify(status)}`;
}
