/**
 * The cdk8s charts every Kubernetes platform (OSS and CP) builds the same
 * way: namespaces, Flink namespaces with their RBAC and quotas, dev MinIO;
 * and the apply order of a platform's charts.
 */
import { App, Chart } from "cdk8s";
import { PlatformPlan } from "../core/derive";
import { FlinkNamespaceChart, MinioChart, NamespaceRole, PlatformNamespace, PlatformNamespacesChart, PodSecurityLevel } from "./charts";
import { SmokeTestChart } from "./flink-charts";
import { FlinkApplicationsChart } from "./applications";
/** The cdk8s charts every Kubernetes platform (OSS and CP) has. */
export interface PlatformCharts {
    /** The platform's namespaces. */
    readonly namespaces: PlatformNamespacesChart;
    /** Job RBAC, quota and network policies of each Flink namespace. */
    readonly flinkNamespaces: readonly FlinkNamespaceChart[];
    /** The dev MinIO, when enabled. */
    readonly minio?: MinioChart;
}
/** The cdk8s charts of an OSS platform, grouped by what they must wait for. */
export interface OssPlatformCharts extends PlatformCharts {
    /** Needs the operator (and its CRDs) before it can be applied. */
    readonly smokeTest?: SmokeTestChart;
    /** Needs the operator, and the pools its session jobs run on. */
    readonly applications?: FlinkApplicationsChart;
}
/**
 * Namespaces a platform owns, each once, in a stable order. `operatorRole`
 * labels the operator's namespace (`cmf` on the CP target, where CMF shares it).
 */
export declare function platformNamespaces(plan: PlatformPlan, operatorRole?: NamespaceRole): PlatformNamespace[];
/** Options of {@link buildPlatformCharts}. */
export interface PlatformChartsOptions {
    /** Role label of the operator's namespace. @default "operator" */
    readonly operatorRole?: NamespaceRole;
    /** Pod Security level the Flink namespaces enforce. @default "restricted" */
    readonly flinkPodSecurity?: PodSecurityLevel;
}
/**
 * Builds the Kubernetes objects shared by the OSS and CP platforms into
 * `app`: namespaces, job RBAC and quota per Flink namespace, dev MinIO.
 */
export declare function buildPlatformCharts(app: App, plan: PlatformPlan, options?: PlatformChartsOptions): PlatformCharts;
/** All charts of a platform in apply order. */
export declare function chartsInOrder(charts: OssPlatformCharts): Chart[];
