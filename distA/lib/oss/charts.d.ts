import { App } from "cdk8s";
import { PlatformPlan } from "../core/derive";
import { type OssPlatformCharts } from "../kubernetes/platform-charts";
/** Builds every Kubernetes object of an OSS platform (not the Helm releases) into `app`. */
export declare function buildOssCharts(app: App, plan: PlatformPlan): OssPlatformCharts;
/**
 * Plain YAML of an OSS platform's Kubernetes objects for GitOps tools. The
 * Helm releases (cert-manager, operator) are installed by the GitOps tool.
 */
export declare function synthOssPlatformYaml(plan: PlatformPlan): string;
