"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionClusterChart = exports.SmokeTestChart = void 0;
/**
 * The charts of one FlinkDeployment that `pulumi up` waits on (cdk8s, no
 * Pulumi): the smoke test and a compute pool's session cluster.
 */
const cdk8s_1 = require("cdk8s");
const units_1 = require("../core/units");
const applications_1 = require("./applications");
const charts_1 = require("./charts");
const flink_1 = require("./flink");
const labels_1 = require("./labels");
/** The FlinkDeployment of such a chart, annotated so that `pulumi up` waits until it is STABLE. */
function stableDeployment(chart, id, props, metadata, spec) {
    return new flink_1.FlinkDeployment(chart, id, {
        metadata: { ...metadata, annotations: (0, applications_1.waitUntilStable)(props.timeoutSeconds) },
        spec,
    });
}
/**
 * The smoke test as a FlinkDeployment: `pulumi up` waits until the operator
 * reports it STABLE, and fails after the timeout otherwise.
 */
class SmokeTestChart extends cdk8s_1.Chart {
    /** The smoke-test FlinkDeployment. */
    deployment;
    constructor(scope, id, props) {
        super(scope, id, { ...charts_1.chartOptions, namespace: props.namespace });
        this.deployment = stableDeployment(this, "smoke-test", props, { name: applications_1.smokeTestName, labels: (0, labels_1.platformLabels)(props.environment, "smoke-test") }, (0, applications_1.applicationDeploymentSpec)((0, applications_1.smokeTestApplication)(props)));
    }
}
exports.SmokeTestChart = SmokeTestChart;
/**
 * A session cluster: a FlinkDeployment without `job`, with a fixed number of
 * TaskManagers, so its capacity (taskManagers x slots) is what FlinkSessionJobs
 * can use. This is the OSS face of a compute pool.
 */
class SessionClusterChart extends cdk8s_1.Chart {
    /** The session cluster's FlinkDeployment. */
    deployment;
    constructor(scope, id, props) {
        super(scope, id, { ...charts_1.chartOptions, namespace: props.namespace });
        const labels = {
            ...(0, labels_1.platformLabels)(props.environment, "compute-pool"),
            "flink-platform.io/pool": props.name,
        };
        this.deployment = stableDeployment(this, "session", props, { name: props.name, labels }, {
            image: props.image,
            flinkVersion: props.flinkVersion,
            serviceAccount: props.serviceAccount,
            mode: "native",
            flinkConfiguration: { "taskmanager.numberOfTaskSlots": String(props.slots) },
            podTemplate: (0, labels_1.restrictedFlinkPodTemplate)(),
            jobManager: {
                replicas: 1,
                resource: { cpu: props.jobManager.cpu, memory: (0, units_1.flinkMemory)(props.jobManager.memory) },
            },
            taskManager: {
                replicas: props.taskManagers,
                resource: { cpu: props.taskManager.cpu, memory: (0, units_1.flinkMemory)(props.taskManager.memory) },
            },
        });
    }
}
exports.SessionClusterChart = SessionClusterChart;
