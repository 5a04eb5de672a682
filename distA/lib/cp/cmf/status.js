"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CMF_TERMINAL_JOB_STATES = void 0;
exports.describeApplicationStatus = describeApplicationStatus;
/** Job states after which an application will not become RUNNING without a new deployment. */
exports.CMF_TERMINAL_JOB_STATES = ["FAILED", "CANCELED", "FINISHED"];
/** One-line summary of an application's status for error messages. */
function describeApplicationStatus(app) {
    if (app === undefined)
        return "application not found";
    const status = app.status;
    if (status === undefined)
        return "no status reported yet";
    const parts = [];
    if (status.jobStatus?.state !== undefined)
        parts.push(`jobStatus.state=${status.jobStatus.state}`);
    if (status.lifecycleState !== undefined)
        parts.push(`lifecycleState=${status.lifecycleState}`);
    if (status.jobManagerDeploymentStatus !== undefined) {
        parts.push(`jobManagerDeploymentStatus=${status.jobManagerDeploymentStatus}`);
    }
    if (status.error !== undefined && status.error !== "")
        parts.push(`error=${status.error}`);
    return parts.length > 0 ? parts.join(", ") : `status ${JSON.stringify(status)}`;
}
