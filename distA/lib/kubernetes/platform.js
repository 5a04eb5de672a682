"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerPlatformBase = registerPlatformBase;
exports.operatorRelease = operatorRelease;
exports.logWarnings = logWarnings;
exports.poolCapacities = poolCapacities;
const k8s = __importStar(require("./k8s-sdk"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const random = __importStar(require("@pulumi/random"));
const bridge_1 = require("./bridge");
const cert_manager_1 = require("./cert-manager");
/**
 * Namespaces, cert-manager, CRDs, Flink namespaces (RBAC, quota) and dev
 * MinIO with its credentials, as children of `parent`.
 *
 * Helm never upgrades CRDs, so the operator chart is installed with
 * `skipCrds` and the CRDs of the configured release are applied by a
 * `yaml/v2.ConfigGroup` that the release depends on (see {@link operatorRelease}).
 */
function registerPlatformBase(parent, name, plan, charts) {
    const namespaces = new Map();
    // In prod the namespaces hold state (HA metadata, CMF's database volume):
    // deleting one must be a deliberate act, not a side effect of a destroy.
    (0, bridge_1.registerCharts)([charts.namespaces], {
        parent,
        prefix: name,
        namespaces,
        protect: plan.tier === "prod" ? ["Namespace"] : [],
    });
    const platformNamespaces = [...namespaces.values()];
    const certManager = (0, cert_manager_1.certManagerRelease)(name, plan.certManager, { parent, dependsOn: platformNamespaces });
    const crds = new k8s.ConfigGroup(`${name}-operator-crds`, { files: [...plan.operator.crdUrls] }, { parent });
    const flinkNamespaceObjects = (0, bridge_1.registerCharts)(charts.flinkNamespaces, { parent, prefix: name, namespaces });
    const storageSecrets = minioCredentials(parent, name, plan, namespaces);
    if (charts.minio) {
        (0, bridge_1.registerCharts)([charts.minio], { parent, prefix: name, namespaces, dependsOn: storageSecrets });
    }
    return { namespaces, platformNamespaces, certManager, crds, flinkNamespaceObjects, storageSecrets };
}
/**
 * The operator's Helm release (Apache or Confluent build, as planned), with
 * `skipCrds`: it depends on the CRD group, the namespaces and cert-manager.
 */
function operatorRelease(parent, name, plan, base, values) {
    return new k8s.Release(`${name}-flink-operator`, {
        name: plan.operator.releaseName,
        chart: plan.operator.chart,
        version: plan.operator.version,
        repositoryOpts: { repo: plan.operator.chartRepository },
        namespace: plan.operatorNamespace,
        createNamespace: false,
        // CRDs come from the ConfigGroup, which Helm would never upgrade.
        skipCrds: true,
        values,
        cleanupOnFail: true,
        timeout: 600,
    }, {
        parent,
        dependsOn: [base.crds, ...base.platformNamespaces, ...(base.certManager ? [base.certManager] : [])],
    });
}
/**
 * Dev MinIO: generated credentials, stored as a Secret in the storage
 * namespace and every Flink namespace (pods can only reference Secrets of
 * their own namespace). Pulumi secrets end to end; never in cdk8s output.
 */
function minioCredentials(parent, name, plan, namespaces) {
    const minio = plan.storage.minio;
    const ref = plan.storage.credentials;
    if (!minio || !ref)
        return [];
    const accessKey = new random.RandomString(`${name}-minio-access-key`, { length: 20, special: false, upper: false }, { parent });
    const secretKey = new random.RandomPassword(`${name}-minio-secret-key`, { length: 40, special: false }, { parent });
    return [minio.namespace, ...plan.flinkNamespaces].map((ns) => new k8s.coreV1.Secret(`${name}:${ns}/${ref.name}`, {
        metadata: {
            name: ref.name,
            namespace: ns,
            labels: { "app.kubernetes.io/part-of": "flink-platform" },
        },
        type: "Opaque",
        stringData: {
            [ref.accessKeyIdKey]: pulumi.secret(accessKey.result),
            [ref.secretAccessKeyKey]: secretKey.result,
        },
    }, { parent, dependsOn: namespaces.has(ns) ? [namespaces.get(ns)] : [] }));
}
/** Guardrail warnings of the plan, logged on the component. */
function logWarnings(parent, plan) {
    for (const warning of plan.warnings)
        void pulumi.log.warn(warning, parent);
}
/** Session-pool capacity by name: namespace and slots (taskManagers x slots). */
function poolCapacities(pools) {
    return Object.fromEntries(pools.map((p) => [p.name, { namespace: p.namespace, slotCapacity: p.taskManagers * p.slots }]));
}
