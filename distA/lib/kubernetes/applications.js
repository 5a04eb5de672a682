"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FlinkApplicationsChart = exports.smokeTestName = void 0;
exports.applicationProps = applicationProps;
exports.applicationDeploymentSpec = applicationDeploymentSpec;
exports.smokeTestApplication = smokeTestApplication;
exports.waitUntilStable = waitUntilStable;
const cdk8s_1 = require("cdk8s");
const identities_1 = require("../core/identities");
Object.defineProperty(exports, "smokeTestName", { enumerable: true, get: function () { return identities_1.smokeTestName; } });
const units_1 = require("../core/units");
const flink_1 = require("./flink");
const labels_1 = require("./labels");
/**
 * An application of a platform plan with the platform's cluster settings
 * filled in (image unless the application names its own, Flink version,
 * service account, slots, JobManager and TaskManager resources): what both
 * the OSS chart and CMF's FlinkApplication render.
 */
function applicationProps(plan, app) {
    return {
        ...app,
        image: app.image ?? plan.flink.image,
        flinkVersion: plan.flink.versionEnum,
        serviceAccount: plan.flink.serviceAccount,
        slots: plan.taskManager.slots,
        taskManager: plan.taskManager,
        jobManager: plan.jobManager,
    };
}
/** The job part of an application. */
function jobSpec(app) {
    return {
        jarURI: app.jarURI,
        ...(app.entryClass ? { entryClass: app.entryClass } : {}),
        ...(app.args ? { args: [...app.args] } : {}),
        parallelism: app.parallelism,
        upgradeMode: app.upgradeMode,
        state: app.state,
    };
}
/**
 * The FlinkDeployment spec of an application running in its own cluster
 * (application mode). Also the spec of a CMF FlinkApplication, which is the
 * same shape.
 */
function applicationDeploymentSpec(app) {
    return {
        image: app.image,
        flinkVersion: app.flinkVersion,
        serviceAccount: app.serviceAccount,
        flinkConfiguration: { "taskmanager.numberOfTaskSlots": String(app.slots), ...app.configuration },
        podTemplate: (0, labels_1.restrictedFlinkPodTemplate)(),
        jobManager: {
            replicas: 1,
            resource: { cpu: app.jobManager.cpu, memory: (0, units_1.flinkMemory)(app.jobManager.memory) },
        },
        taskManager: { resource: { cpu: app.taskManager.cpu, memory: (0, units_1.flinkMemory)(app.taskManager.memory) } },
        job: jobSpec(app),
    };
}
/**
 * The cookbook's smoke test: the StateMachineExample streaming job,
 * stateless, JobManager and TaskManager 1 CPU / 1 GiB each.
 */
function smokeTestApplication(props) {
    return {
        ...props,
        name: identities_1.smokeTestName,
        jarURI: "local:///opt/flink/examples/streaming/StateMachineExample.jar",
        upgradeMode: "stateless",
        state: "running",
        slots: 1,
        taskManager: { cpu: 1, memory: "1Gi" },
        jobManager: { cpu: 1, memory: "1Gi" },
    };
}
/** Annotations that make `pulumi up` wait until the operator reports the deployment STABLE. */
function waitUntilStable(timeoutSeconds) {
    return {
        "pulumi.com/waitFor": "jsonpath={.status.lifecycleState}=STABLE",
        "pulumi.com/timeoutSeconds": String(timeoutSeconds),
    };
}
/**
 * A platform's Flink applications: a FlinkDeployment in application mode per
 * application, or a FlinkSessionJob when it runs on a pool. Checkpoint,
 * savepoint and HA settings come from the operator defaults.
 */
class FlinkApplicationsChart extends cdk8s_1.Chart {
    constructor(scope, id, props) {
        super(scope, id, { disableResourceNameHashes: true });
        for (const app of props.applications) {
            const metadata = {
                name: app.name,
                namespace: app.namespace,
                labels: {
                    ...(0, labels_1.platformLabels)(props.environment, "application"),
                    "flink-platform.io/application": app.name,
                },
            };
            if (app.pool) {
                new flink_1.FlinkSessionJob(this, app.name, {
                    metadata,
                    spec: {
                        deploymentName: app.pool,
                        job: jobSpec(app),
                        ...(app.configuration ? { flinkConfiguration: app.configuration } : {}),
                    },
                });
            }
            else {
                new flink_1.FlinkDeployment(this, app.name, { metadata, spec: applicationDeploymentSpec(app) });
            }
        }
    }
}
exports.FlinkApplicationsChart = FlinkApplicationsChart;
