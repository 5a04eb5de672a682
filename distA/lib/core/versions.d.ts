import { OperatorDistribution } from "./schema";
/**
 * Version facts: which Flink versions map to which CRD enum value, where each
 * operator release's chart and CRDs live.
 */
/** `1.20.1` -> `v1_20` (FlinkDeployment `spec.flinkVersion`). */
export declare function flinkVersionEnum(version: string): string;
/** Enum values of `spec.flinkVersion` this library emits (operator 1.15 CRD). */
export declare const flinkVersionEnums: readonly ["v1_16", "v1_17", "v1_18", "v1_19", "v1_20", "v2_0", "v2_1", "v2_2"];
/** CRD files in `helm/flink-kubernetes-operator/crds/` of every known release. */
export declare const operatorCrdFiles: readonly ["flinkdeployments.flink.apache.org-v1.yml", "flinksessionjobs.flink.apache.org-v1.yml", "flinkstatesnapshots.flink.apache.org-v1.yml", "flinkbluegreendeployments.flink.apache.org-v1.yml"];
/**
 * The Apache Helm repository that serves a release's chart: the newest
 * release lives on downloads.apache.org, older ones move to the archive.
 */
export declare function operatorChartRepository(version: string): string;
/** CRD manifests of a release, fetched by the Kubernetes provider at deploy time. */
export declare function operatorCrdUrls(version: string): string[];
/** Confluent's Helm repository: its operator build and CMF. */
export declare const confluentHelmRepository = "https://packages.confluent.io/helm";
/** Where an operator chart comes from and which CRDs it needs, by distribution. */
export interface OperatorChartSource {
    /** Helm release name (Confluent's documentation calls it `cp-flink-kubernetes-operator`). */
    readonly releaseName: string;
    /** Chart name; the same for both builds. */
    readonly chart: string;
    readonly repository: string;
    /** The Apache release whose flink.apache.org CRDs this chart version ships. */
    readonly crdRelease: string;
}
export declare const operatorChartName = "flink-kubernetes-operator";
/**
 * Chart, repository and CRD release of an operator version. Confluent chart
 * versions map to Apache CRD releases through `confluentOperatorLines`.
 * The version must have been validated for the distribution.
 */
export declare function operatorChartSource(distribution: OperatorDistribution, version: string): OperatorChartSource;
