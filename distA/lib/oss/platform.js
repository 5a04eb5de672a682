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
exports.FlinkPlatformOSS = void 0;
exports.planFromArgs = planFromArgs;
const pulumi = __importStar(require("@pulumi/pulumi"));
const cdk8s_1 = require("cdk8s");
const schema_1 = require("../core/schema");
const platform_schema_1 = require("../core/platform-schema");
const load_1 = require("../core/load");
const operator_values_1 = require("../core/operator-values");
const derive_1 = require("../core/derive");
const charts_1 = require("./charts");
const applications_1 = require("../kubernetes/applications");
const bridge_1 = require("../kubernetes/bridge");
const cluster_claims_1 = require("../kubernetes/cluster-claims");
const cert_manager_1 = require("../kubernetes/cert-manager");
const args_1 = require("../compute-pool/args");
const compute_pool_1 = require("../compute-pool/compute-pool");
const platform_1 = require("../kubernetes/platform");
/** Validates component args with the stack-config schema and resolves them. */
function planFromArgs(component, name, args) {
    return (0, derive_1.planPlatform)((0, load_1.parseOrThrow)(platform_schema_1.platformSchema, args, {
        prefix: "args.",
        title: `Invalid arguments for ${component} "${name}"`,
    }), schema_1.OperatorDistribution.Apache);
}
/**
 * Apache Flink on Kubernetes with the Apache Flink Kubernetes Operator:
 * namespaces, cert-manager, the operator's CRDs and Helm release, job RBAC,
 * durable-state defaults, optional dev MinIO and a smoke test.
 *
 * Operator upgrades: Helm never upgrades CRDs, so the release is installed
 * with `skipCrds` and the CRDs of the configured version are applied by a
 * separate `yaml/v2.ConfigGroup` from the release tag, which the release
 * depends on. Bumping `operator.version` changes the CRD URLs, so the new
 * CRDs are applied first, then the chart is upgraded.
 */
class FlinkPlatformOSS extends pulumi.ComponentResource {
    /** Every namespace the platform owns. */
    namespaces;
    /** Namespace of the operator. */
    operatorNamespace;
    /** Namespaces the operator watches. */
    flinkNamespaces;
    /** Helm release name of the operator. */
    operatorReleaseName;
    /** Operator chart version. */
    operatorVersion;
    /** Name of the smoke-test FlinkDeployment, when enabled. */
    smokeTestName;
    /** The Flink defaults every deployment inherits (checkpoints, HA, S3). */
    flinkDefaults;
    /** Applications by `namespace/name`, with the pool each runs on (none: its own cluster). */
    applications;
    /** Session-cluster pools by name: namespace and slot capacity (taskManagers x slots). */
    pools;
    constructor(name, args, opts) {
        // Validate before anything is registered: bad input must not half-apply.
        const plan = planFromArgs("FlinkPlatformOSS", name, args);
        super("flink-platform:index:FlinkPlatformOSS", name, {}, opts);
        const app = new cdk8s_1.App();
        const charts = (0, charts_1.buildOssCharts)(app, plan);
        (0, cluster_claims_1.claimPlatform)(this, "FlinkPlatformOSS", name, plan, charts);
        const base = (0, platform_1.registerPlatformBase)(this, name, plan, charts);
        const { namespaces, crds, flinkNamespaceObjects, storageSecrets } = base;
        const operator = (0, platform_1.operatorRelease)(this, name, plan, base, (0, operator_values_1.operatorValues)(plan, (0, cert_manager_1.webhookEnabled)(plan.certManager)));
        if (charts.smokeTest) {
            (0, bridge_1.registerCharts)([charts.smokeTest], {
                parent: this,
                prefix: name,
                namespaces,
                dependsOn: [...flinkNamespaceObjects.values(), ...storageSecrets],
                customResourceDependsOn: [crds, operator],
            });
        }
        const pools = (0, compute_pool_1.registerPools)(this, name, plan.pools, (pool) => ({
            target: args_1.ComputePoolTarget.Oss,
            oss: {
                poolName: pool.name,
                environment: plan.environment,
                namespace: pool.namespace,
                serviceAccount: plan.flink.serviceAccount,
                image: plan.flink.image,
                flinkVersion: plan.flink.versionEnum,
                taskManagers: pool.taskManagers,
                slots: pool.slots,
                taskManager: pool.taskManager,
                jobManager: plan.jobManager,
            },
        }), () => [crds, operator, ...flinkNamespaceObjects.values(), ...storageSecrets]);
        if (charts.applications) {
            // Session jobs need their pool's session cluster; every job needs the operator.
            (0, bridge_1.registerCharts)([charts.applications], {
                parent: this,
                prefix: name,
                namespaces,
                dependsOn: [...flinkNamespaceObjects.values(), ...storageSecrets, ...pools],
                customResourceDependsOn: [crds, operator],
            });
        }
        (0, platform_1.logWarnings)(this, plan);
        this.namespaces = pulumi.output([...namespaces.keys()]);
        this.operatorNamespace = pulumi.output(plan.operatorNamespace);
        this.flinkNamespaces = pulumi.output([...plan.flinkNamespaces]);
        this.operatorReleaseName = operator.name;
        this.operatorVersion = operator.version;
        this.smokeTestName = pulumi.output(charts.smokeTest ? applications_1.smokeTestName : undefined);
        this.flinkDefaults = pulumi.output({ ...plan.flinkDefaults });
        this.pools = pulumi.output((0, platform_1.poolCapacities)(plan.pools));
        this.applications = pulumi.output(Object.fromEntries(plan.applications.map((a) => [`${a.namespace}/${a.name}`, { pool: a.pool }])));
        this.registerOutputs({
            namespaces: this.namespaces,
            operatorNamespace: this.operatorNamespace,
            flinkNamespaces: this.flinkNamespaces,
            operatorReleaseName: this.operatorReleaseName,
            operatorVersion: this.operatorVersion,
            smokeTestName: this.smokeTestName,
            flinkDefaults: this.flinkDefaults,
            pools: this.pools,
            applications: this.applications,
        });
    }
}
exports.FlinkPlatformOSS = FlinkPlatformOSS;
