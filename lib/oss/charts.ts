import { App } from "cdk8s";
import { PlatformPlan } from "../core/derive";
import { smokeTestFlinkConfiguration } from "../core/smoke-test";
import { SmokeTestChart } from "../kubernetes/flink-charts";
import {
  applicationClusterMetrics,
  applicationProps,
  FlinkApplicationsChart,
  smokeTestName,
} from "../kubernetes/applications";
import { FlinkVersion } from "../kubernetes/flink";
import { buildPlatformCharts, type OssPlatformCharts } from "../kubernetes/platform-charts";

/** Builds every Kubernetes object of an OSS platform (not the Helm releases) into `app`. */
export function buildOssCharts(app: App, plan: PlatformPlan): OssPlatformCharts {
  const base = buildPlatformCharts(app, plan);
  const smokeTest = plan.smokeTest.enabled
    ? new SmokeTestChart(app, "smoke-test", {
        environment: plan.environment,
        namespace: plan.flinkNamespaces[0],
        image: plan.flink.image,
        flinkVersion: plan.flink.versionEnum as FlinkVersion,
        serviceAccount: plan.flink.serviceAccount,
        parallelism: plan.smokeTest.parallelism,
        configuration: smokeTestFlinkConfiguration(plan),
        timeoutSeconds: plan.smokeTest.timeoutSeconds,
        ...applicationClusterMetrics(plan, smokeTestName),
      })
    : undefined;
  const applications =
    plan.applications.length > 0
      ? new FlinkApplicationsChart(app, "applications", {
          environment: plan.environment,
          applications: plan.applications.map((a) => applicationProps(plan, a)),
        })
      : undefined;
  return { ...base, smokeTest, applications };
}

/**
 * Plain YAML of an OSS platform's Kubernetes objects for GitOps tools. The
 * Helm releases (cert-manager, operator) are installed by the GitOps tool.
 */
export function synthOssPlatformYaml(plan: PlatformPlan): string {
  const app = new App();
  buildOssCharts(app, plan);
  return app.synthYaml();
}
