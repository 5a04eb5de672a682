/** How long to wait for a CMF application, and how its status reads in messages. */
import type { CmfFlinkApplicationDocument } from "./types";

/** Options of `CmfClient.waitForApplicationRunning`. */
export interface CmfWaitOptions {
  /** Give up after this long. @default 600000 */
  readonly timeoutMs?: number;
  /** Time between two GETs. @default 5000 */
  readonly pollIntervalMs?: number;
}

/** Job states after which an application will not become RUNNING without a new deployment. */
export const CMF_TERMINAL_JOB_STATES = ["FAILED", "CANCELED", "FINISHED"] as const;

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
  if (status.error !== undefined && status.error !== "") parts.push(`error=${status.error}`);
  return parts.length > 0 ? parts.join(", ") : `status ${JSON.stringify(status)}`;
}
