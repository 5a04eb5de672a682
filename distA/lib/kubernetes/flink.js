"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FlinkSessionJob = exports.FlinkDeployment = exports.DeploymentMode = exports.JobState = exports.UpgradeMode = exports.FlinkVersion = void 0;
const cdk8s_1 = require("cdk8s");
const workload_schema_1 = require("../core/workload-schema");
/**
 * Typed Flink custom resources (flink.apache.org/v1beta1), written by hand for
 * the fields this library emits. Enums are validated at synth time so a bad
 * value fails here, not in the operator's admission webhook.
 */
/**
 * `spec.flinkVersion`: the operator 1.15 CRD values this library emits
 * (`V1_20` -> `"v1_20"`). The `satisfies` line keeps it equal to
 * `flinkVersionEnums`, the list the config schema accepts.
 */
exports.FlinkVersion = {
    /** Flink 1.16. */
    V1_16: "v1_16",
    /** Flink 1.17. */
    V1_17: "v1_17",
    /** Flink 1.18. */
    V1_18: "v1_18",
    /** Flink 1.19. */
    V1_19: "v1_19",
    /** Flink 1.20. */
    V1_20: "v1_20",
    /** Flink 2.0. */
    V2_0: "v2_0",
    /** Flink 2.1. */
    V2_1: "v2_1",
    /** Flink 2.2. */
    V2_2: "v2_2",
};
/** `spec.job.upgradeMode`: the values of an application's `upgradeMode`. */
exports.UpgradeMode = workload_schema_1.ApplicationUpgradeMode;
/** `spec.job.state`: the values of an application's `state`. */
exports.JobState = workload_schema_1.ApplicationJobState;
/** `spec.mode`: how the operator runs the cluster. */
exports.DeploymentMode = {
    /** The operator creates TaskManagers through Flink's native Kubernetes integration. */
    Native: "native",
    /** A fixed set of TaskManagers, without Kubernetes permissions for Flink. */
    Standalone: "standalone",
};
function checkEnum(kind, field, value, allowed) {
    if (value === undefined)
        return;
    const values = Object.values(allowed);
    if (!values.includes(value)) {
        throw new Error(`${kind} ${field}: got ${JSON.stringify(value)}; allowed: one of ${values.join(", ")}`);
    }
}
function checkPositive(kind, field, value) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
        throw new Error(`${kind} ${field}: got ${value}; allowed: a whole number of at least 1`);
    }
}
function checkJob(kind, job) {
    if (!job)
        return;
    checkEnum(kind, "spec.job.state", job.state, exports.JobState);
    checkEnum(kind, "spec.job.upgradeMode", job.upgradeMode, exports.UpgradeMode);
    checkPositive(kind, "spec.job.parallelism", job.parallelism);
}
/** A `flink.apache.org/v1beta1` FlinkDeployment: an application cluster, or a session cluster without `job`. Enum and count fields are checked at construction. */
class FlinkDeployment extends cdk8s_1.ApiObject {
    /** Its apiVersion and kind. */
    static GVK = { apiVersion: "flink.apache.org/v1beta1", kind: "FlinkDeployment" };
    constructor(scope, id, props) {
        const kind = `FlinkDeployment ${props.metadata.name ?? id}`;
        checkEnum(kind, "spec.flinkVersion", props.spec.flinkVersion, exports.FlinkVersion);
        checkEnum(kind, "spec.mode", props.spec.mode, exports.DeploymentMode);
        checkPositive(kind, "spec.jobManager.replicas", props.spec.jobManager.replicas);
        checkPositive(kind, "spec.taskManager.replicas", props.spec.taskManager.replicas);
        checkJob(kind, props.spec.job);
        super(scope, id, { ...FlinkDeployment.GVK, metadata: props.metadata, spec: props.spec });
    }
}
exports.FlinkDeployment = FlinkDeployment;
/** A `flink.apache.org/v1beta1` FlinkSessionJob: a job on a session cluster. Its job fields are checked at construction. */
class FlinkSessionJob extends cdk8s_1.ApiObject {
    /** Its apiVersion and kind. */
    static GVK = { apiVersion: "flink.apache.org/v1beta1", kind: "FlinkSessionJob" };
    constructor(scope, id, props) {
        checkJob(`FlinkSessionJob ${props.metadata.name ?? id}`, props.spec.job);
        super(scope, id, { ...FlinkSessionJob.GVK, metadata: props.metadata, spec: props.spec });
    }
}
exports.FlinkSessionJob = FlinkSessionJob;
