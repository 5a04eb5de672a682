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
export declare const CMF_TERMINAL_JOB_STATES: readonly ["FAILED", "CANCELED", "FINISHED"];
/** One-line summary of an application's status for error messages. */
export declare function describeApplicationStatus(app: CmfFlinkApplicationDocument | undefined): string;
