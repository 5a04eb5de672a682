"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.operatorChartName = exports.confluentHelmRepository = exports.operatorCrdFiles = exports.flinkVersionEnums = void 0;
exports.flinkVersionEnum = flinkVersionEnum;
exports.operatorChartRepository = operatorChartRepository;
exports.operatorCrdUrls = operatorCrdUrls;
exports.operatorChartSource = operatorChartSource;
const schema_1 = require("./schema");
/**
 * Version facts: which Flink versions map to which CRD enum value, where each
 * operator release's chart and CRDs live.
 */
/** `1.20.1` -> `v1_20` (FlinkDeployment `spec.flinkVersion`). */
function flinkVersionEnum(version) {
    const [major, minor] = version.split(".");
    return `v${major}_${minor}`;
}
/** Enum values of `spec.flinkVersion` this library emits (operator 1.15 CRD). */
exports.flinkVersionEnums = [
    "v1_16",
    "v1_17",
    "v1_18",
    "v1_19",
    "v1_20",
    "v2_0",
    "v2_1",
    "v2_2",
];
/** CRD files in `helm/flink-kubernetes-operator/crds/` of every known release. */
exports.operatorCrdFiles = [
    "flinkdeployments.flink.apache.org-v1.yml",
    "flinksessionjobs.flink.apache.org-v1.yml",
    "flinkstatesnapshots.flink.apache.org-v1.yml",
    "flinkbluegreendeployments.flink.apache.org-v1.yml",
];
/**
 * The Apache Helm repository that serves a release's chart: the newest
 * release lives on downloads.apache.org, older ones move to the archive.
 */
function operatorChartRepository(version) {
    const host = version === schema_1.knownOperatorVersions[0] ? "https://downloads.apache.org" : "https://archive.apache.org/dist";
    return `${host}/flink/flink-kubernetes-operator-${version}/`;
}
/** CRD manifests of a release, fetched by the Kubernetes provider at deploy time. */
function operatorCrdUrls(version) {
    return exports.operatorCrdFiles.map((file) => `https://raw.githubusercontent.com/apache/flink-kubernetes-operator/release-${version}/helm/flink-kubernetes-operator/crds/${file}`);
}
/** Confluent's Helm repository: its operator build and CMF. */
exports.confluentHelmRepository = "https://packages.confluent.io/helm";
exports.operatorChartName = "flink-kubernetes-operator";
/**
 * Chart, repository and CRD release of an operator version. Confluent chart
 * versions map to Apache CRD releases through `confluentOperatorLines`.
 * The version must have been validated for the distribution.
 */
function operatorChartSource(distribution, version) {
    if (distribution === schema_1.OperatorDistribution.Confluent) {
        const crdRelease = (0, schema_1.confluentOperatorCrdRelease)(version);
        if (crdRelease === undefined)
            throw new Error(`operator ${version}: not a known Confluent line`);
        return {
            releaseName: "cp-flink-kubernetes-operator",
            chart: exports.operatorChartName,
            repository: exports.confluentHelmRepository,
            crdRelease,
        };
    }
    return {
        releaseName: exports.operatorChartName,
        chart: exports.operatorChartName,
        repository: operatorChartRepository(version),
        crdRelease: version,
    };
}
