"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildOssCharts = buildOssCharts;
exports.synthOssPlatformYaml = synthOssPlatformYaml;
const cdk8s_1 = require("cdk8s");
const flink_charts_1 = require("../kubernetes/flink-charts");
const applications_1 = require("../kubernetes/applications");
const platform_charts_1 = require("../kubernetes/platform-charts");
/** Builds every Kubernetes object of an OSS platform (not the Helm releases) into `app`. */
function buildOssCharts(app, plan) {
    const base = (0, platform_charts_1.buildPlatformCharts)(app, plan);
    const smokeTest = plan.smokeTest.enabled
        ? new flink_charts_1.SmokeTestChart(app, "smoke-test", {
            environment: plan.environment,
            namespace: plan.flinkNamespaces[0],
            image: plan.flink.image,
            flinkVersion: plan.flink.versionEnum,
            serviceAccount: plan.flink.serviceAccount,
            parallelism: plan.smokeTest.parallelism,
            timeoutSeconds: plan.smokeTest.timeoutSeconds,
        })
        : undefined;
    const applications = plan.applications.length > 0
        ? new applications_1.FlinkApplicationsChart(app, "applications", {
            environment: plan.environment,
            applications: plan.applications.map((a) => (0, applications_1.applicationProps)(plan, a)),
        })
        : undefined;
    return { ...base, smokeTest, applications };
}
/**
 * Plain YAML of an OSS platform's Kubernetes objects for GitOps tools. The
 * Helm releases (cert-manager, operator) are installed by the GitOps tool.
 */
function synthOssPlatformYaml(plan) {
    const app = new cdk8s_1.App();
    buildOssCharts(app, plan);
    return app.synthYaml();
}
