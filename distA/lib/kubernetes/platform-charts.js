"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.platformNamespaces = platformNamespaces;
exports.buildPlatformCharts = buildPlatformCharts;
exports.chartsInOrder = chartsInOrder;
const schema_1 = require("../core/schema");
const charts_1 = require("./charts");
/**
 * Namespaces a platform owns, each once, in a stable order. `operatorRole`
 * labels the operator's namespace (`cmf` on the CP target, where CMF shares it).
 */
function platformNamespaces(plan, operatorRole = charts_1.NamespaceRole.Operator) {
    const all = [{ name: plan.operatorNamespace, role: operatorRole }];
    for (const ns of plan.flinkNamespaces)
        all.push({ name: ns, role: charts_1.NamespaceRole.Flink });
    if (plan.storage.minio)
        all.push({ name: plan.storage.minio.namespace, role: charts_1.NamespaceRole.Storage });
    if (plan.certManager.mode === schema_1.CertManagerMode.Install) {
        all.push({ name: plan.certManager.namespace, role: charts_1.NamespaceRole.CertManager });
    }
    const seen = new Set();
    return all.filter((ns) => !seen.has(ns.name) && seen.add(ns.name));
}
/**
 * Builds the Kubernetes objects shared by the OSS and CP platforms into
 * `app`: namespaces, job RBAC and quota per Flink namespace, dev MinIO.
 */
function buildPlatformCharts(app, plan, options = {}) {
    const env = plan.environment;
    const namespaces = new charts_1.PlatformNamespacesChart(app, "namespaces", {
        environment: env,
        namespaces: platformNamespaces(plan, options.operatorRole),
        ...(options.flinkPodSecurity ? { flinkPodSecurity: options.flinkPodSecurity } : {}),
    });
    const flinkNamespaces = plan.flinkNamespaces.map((ns) => new charts_1.FlinkNamespaceChart(app, `flink-${ns}`, {
        environment: env,
        namespace: ns,
        serviceAccount: plan.flink.serviceAccount,
        quota: plan.namespaceQuota,
        network: plan.networkPolicies.enabled
            ? {
                controlNamespaces: [plan.operatorNamespace],
                objectStore: plan.storage.minio && { namespace: plan.storage.minio.namespace, port: charts_1.minioPort },
                extraEgress: plan.networkPolicies.extraEgress,
            }
            : undefined,
    }));
    const m = plan.storage.minio;
    const minio = m && plan.storage.credentials
        ? new charts_1.MinioChart(app, "minio", {
            environment: env,
            namespace: m.namespace,
            bucket: m.bucket,
            volumeSize: m.volumeSize,
            image: m.image,
            clientImage: m.clientImage,
            credentialsSecret: plan.storage.credentials,
            clientNamespaces: plan.networkPolicies.enabled ? plan.flinkNamespaces : undefined,
        })
        : undefined;
    return { namespaces, flinkNamespaces, minio };
}
/** All charts of a platform in apply order. */
function chartsInOrder(charts) {
    return [
        charts.namespaces,
        ...charts.flinkNamespaces,
        charts.minio,
        charts.smokeTest,
        charts.applications,
    ].filter((c) => c !== undefined);
}
