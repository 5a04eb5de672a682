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
exports.CmfSpokeCluster = void 0;
exports.spokePlan = spokePlan;
exports.confluentOperatorRelease = confluentOperatorRelease;
exports.registerCmfClusters = registerCmfClusters;
/**
 * Multi-cluster CMF (`flink-platform:cmf.multiCluster`): one program, one
 * stack, several Kubernetes clusters. For each spoke cluster it registers,
 * through a Kubernetes provider on that cluster's kubeconfig context, what
 * CMF needs there before it registers the cluster (Confluent, "Manage
 * Multiple Kubernetes Clusters in Confluent Manager for Apache Flink": the
 * Flink Kubernetes Operator and its CRDs, https://docs.confluent.io/cp-flink/current/configure/kubernetes-clusters.html)
 * plus the Flink namespaces with their job RBAC and quotas, and cert-manager
 * when the platform installs it; then the cluster in CMF (registered from the
 * kubeconfig the CMF chart values mount, see `cmfKubeconfigMounts`) and one
 * CMF environment per namespace, bound with `kubernetesClusterName`.
 */
const pulumi = __importStar(require("@pulumi/pulumi"));
const cdk8s_1 = require("cdk8s");
const k8s = __importStar(require("../kubernetes/k8s-sdk"));
const operator_values_1 = require("../core/operator-values");
const charts_1 = require("../kubernetes/charts");
const cert_manager_1 = require("../kubernetes/cert-manager");
const platform_charts_1 = require("../kubernetes/platform-charts");
const platform_1 = require("../kubernetes/platform");
const environment_1 = require("./cmf/environment");
const kubernetes_cluster_1 = require("./cmf/kubernetes-cluster");
const defaults_1 = require("./defaults");
/**
 * The platform plan of a spoke: its own Flink namespaces, and none of the
 * hub's workloads (pools, applications, smoke test) or dev MinIO, which stay
 * on the hub. Operator, cert-manager, sizes and Flink defaults are the hub's.
 */
function spokePlan(plan, cluster) {
    return {
        ...plan,
        flinkNamespaces: cluster.environments.map((e) => e.namespace),
        storage: { ...plan.storage, minio: undefined },
        smokeTest: { ...plan.smokeTest, enabled: false },
        pools: [],
        applications: [],
    };
}
/**
 * Confluent's operator release, on the hub and on every spoke: the same chart
 * keys as Apache's, with defaults that leave out the version-specific plugin
 * jar, because CMF SQL pools run another Flink version.
 */
function confluentOperatorRelease(parent, name, plan, base) {
    return (0, platform_1.operatorRelease)(parent, name, plan, base, (0, operator_values_1.operatorValues)({ ...plan, flinkDefaults: (0, defaults_1.cpOperatorDefaults)(plan.flinkDefaults) }, (0, cert_manager_1.webhookEnabled)(plan.certManager)));
}
/**
 * What CMF needs on a spoke cluster, registered through the Kubernetes
 * provider the component is given (`providers: { kubernetes }`): namespaces,
 * cert-manager (when installed), the operator's CRDs and Helm release, and the
 * Flink namespaces' job RBAC and quotas.
 */
class CmfSpokeCluster extends pulumi.ComponentResource {
    /** The operator's Helm release on the spoke. */
    operator;
    /** The spoke's Flink namespaces (name -> resource). */
    namespaces;
    constructor(name, args, opts) {
        super("flink-platform:index:CmfSpokeCluster", name, {}, opts);
        const plan = args.plan;
        const charts = (0, platform_charts_1.buildPlatformCharts)(new cdk8s_1.App(), plan, {
            operatorRole: charts_1.NamespaceRole.Operator,
            // Same choice as the hub's Flink namespaces (CMF SQL clusters run undocumented containers).
            flinkPodSecurity: charts_1.PodSecurityLevel.Baseline,
        });
        const base = (0, platform_1.registerPlatformBase)(this, name, plan, charts);
        this.operator = confluentOperatorRelease(this, name, plan, base);
        this.namespaces = base.namespaces;
        this.registerOutputs({ operator: this.operator.name });
    }
}
exports.CmfSpokeCluster = CmfSpokeCluster;
/**
 * Registers every spoke cluster of `clusters` under `parent` (see the file
 * comment). CMF objects wait for `cmfDeps` (the CMF release that mounts the
 * kubeconfigs, its exposure). Returns the spoke environments' CMF names by
 * `<cluster>/<namespace>`.
 */
function registerCmfClusters(parent, name, plan, clusters, connection, cmfDeps) {
    const names = {};
    for (const cluster of clusters) {
        const provider = new k8s.Provider(`${name}-k8s-${cluster.name}`, { context: cluster.context }, { parent });
        const spoke = new CmfSpokeCluster(`${name}-${cluster.name}`, { plan: spokePlan(plan, cluster) }, { parent, providers: { kubernetes: provider } });
        // CMF registers the cluster once its kubeconfig is mounted; the operator must be there first.
        const registered = new kubernetes_cluster_1.CmfKubernetesCluster(`${name}-cmf-cluster-${cluster.name}`, { connection, name: cluster.name, ...(cluster.labels ? { labels: { ...cluster.labels } } : {}) }, { parent, dependsOn: [...cmfDeps, spoke.operator] });
        for (const env of cluster.environments) {
            new environment_1.CmfEnvironment(`${name}-cmf-env-${cluster.name}-${env.namespace}`, {
                connection,
                name: env.name,
                kubernetesNamespace: env.namespace,
                kubernetesClusterName: registered.name,
                flinkApplicationDefaults: (0, defaults_1.cmfApplicationDefaults)(plan),
            }, {
                parent,
                protect: plan.tier === "prod",
                dependsOn: [registered, ...[spoke.namespaces.get(env.namespace)].filter((n) => n !== undefined)],
            });
            names[`${cluster.name}/${env.namespace}`] = env.name;
        }
    }
    return names;
}
