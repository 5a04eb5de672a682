import { confluentOperatorCrdRelease, knownOperatorVersions, OperatorDistribution } from "./schema";

/**
 * Version facts: which Flink versions map to which CRD enum value, where each
 * operator release's chart and CRDs live.
 */

/** `1.20.1` -> `v1_20` (FlinkDeployment `spec.flinkVersion`). */
export function flinkVersionEnum(version: string): string {
  const [major, minor] = version.split(".");
  return `v${major}_${minor}`;
}

/** Enum values of `spec.flinkVersion` this library emits (operator 1.15 CRD). */
export const flinkVersionEnums = [
  "v1_16",
  "v1_17",
  "v1_18",
  "v1_19",
  "v1_20",
  "v2_0",
  "v2_1",
  "v2_2",
] as const;

/** CRD files in `helm/flink-kubernetes-operator/crds/` of every known release. */
export const operatorCrdFiles = [
  "flinkdeployments.flink.apache.org-v1.yml",
  "flinksessionjobs.flink.apache.org-v1.yml",
  "flinkstatesnapshots.flink.apache.org-v1.yml",
  "flinkbluegreendeployments.flink.apache.org-v1.yml",
] as const;

/**
 * The Apache Helm repository that serves a release's chart: the newest
 * release lives on downloads.apache.org, older ones move to the archive.
 */
export function operatorChartRepository(version: string): string {
  const host =
    version === knownOperatorVersions[0] ? "https://downloads.apache.org" : "https://archive.apache.org/dist";
  return `${host}/flink/flink-kubernetes-operator-${version}/`;
}

/** CRD manifests of a release, fetched by the Kubernetes provider at deploy time. */
export function operatorCrdUrls(version: string): string[] {
  return operatorCrdFiles.map(
    (file) =>
      `https://raw.githubusercontent.com/apache/flink-kubernetes-operator/release-${version}/helm/flink-kubernetes-operator/crds/${file}`,
  );
}

/** Confluent's Helm repository: its operator build and CMF. */
export const confluentHelmRepository = "https://packages.confluent.io/helm";

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

export const operatorChartName = "flink-kubernetes-operator";

/**
 * Chart, repository and CRD release of an operator version. Confluent chart
 * versions map to Apache CRD releases through `confluentOperatorLines`.
 * The version must have been validated for the distribution.
 */
export function operatorChartSource(
  distribution: OperatorDistribution,
  version: string,
): OperatorChartSource {
  if (distribution === OperatorDistribution.Confluent) {
    const crdRelease = confluentOperatorCrdRelease(version);
    if (crdRelease === undefined) throw new Error(`operator ${version}: not a known Confluent line`);
    return {
      releaseName: "cp-flink-kubernetes-operator",
      chart: operatorChartName,
      repository: confluentHelmRepository,
      crdRelease,
    };
  }
  return {
    releaseName: operatorChartName,
    chart: operatorChartName,
    repository: operatorChartRepository(version),
    crdRelease: version,
  };
}
