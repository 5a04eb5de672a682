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
exports.FlinkPlatformCP = void 0;
const k8s = __importStar(require("../kubernetes/k8s-sdk"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const cdk8s_1 = require("cdk8s");
const args_1 = require("../compute-pool/args");
const compute_pool_1 = require("../compute-pool/compute-pool");
const application_1 = require("./cmf/application");
const environment_1 = require("./cmf/environment");
const install_choices_1 = require("./cmf/install-choices");
const config_1 = require("./config");
const defaults_1 = require("./defaults");
const applications_1 = require("../kubernetes/applications");
const platform_charts_1 = require("../kubernetes/platform-charts");
const charts_1 = require("./charts");
const charts_2 = require("../kubernetes/charts");
const clusters_1 = require("./clusters");
const bridge_1 = require("../kubernetes/bridge");
const cluster_claims_1 = require("../kubernetes/cluster-claims");
const platform_1 = require("../kubernetes/platform");
const plan_args_1 = require("./plan-args");
const sql_1 = require("./sql");
function secretOrUndefined(value) {
    return value === undefined ? undefined : pulumi.secret(value);
}
/**
 * Confluent Platform for Apache Flink on Kubernetes, the cookbook's recipe as
 * one component: namespaces, cert-manager, Confluent's Flink Kubernetes
 * Operator (CRDs applied from the matching Apache release, chart with
 * `skipCrds`), Confluent Manager for Apache Flink (CMF) with its license,
 * database, encryption and authentication, the CMF API exposed through an
 * Ingress or a LoadBalancer behind a NetworkPolicy, durable-state defaults,
 * CMF environments, CMF SQL compute pools and a smoke-test application.
 *
 * Order: namespaces -> cert-manager -> CRDs -> operator -> CMF -> exposure ->
 * CMF environments -> pools and applications. CMF's install-time choices
 * (database type, encryption, no downgrade) are guarded by
 * {@link CmfInstallChoices}, which the CMF release depends on.
 */
class FlinkPlatformCP extends pulumi.ComponentResource {
    /** Every namespace the platform owns. */
    namespaces;
    /** Namespace of the operator and CMF (K8S_NAMESPACE_CMF). */
    cmfNamespace;
    /** Namespaces the operator watches and CMF deploys into (K8S_NAMESPACE_FLINK). */
    flinkNamespaces;
    /** Helm release name of Confluent's operator. */
    operatorReleaseName;
    /** Confluent operator chart version. */
    operatorVersion;
    /** Helm release name of CMF. */
    cmfReleaseName;
    /** CMF chart version. */
    cmfVersion;
    /**
     * The CMF API as exposed: the ingress URL, the LoadBalancer's address, or
     * the in-cluster Service URL when not exposed.
     */
    cmfUrl;
    /** The URL this stack's CMF client calls (`cmf.endpoint`). */
    cmfEndpoint;
    /** CMF environments by Flink namespace (spoke clusters' by `<cluster>/<namespace>`). */
    environments;
    /** Name of the smoke-test FlinkApplication, when enabled. */
    smokeTestName;
    /** The Flink defaults every application inherits through its environment (checkpoints, HA, S3). */
    flinkDefaults;
    /** CMF SQL compute pools by name: namespace and slot capacity (taskManagers x slots). */
    pools;
    constructor(name, args, opts) {
        // Validate before anything is registered: bad input must not half-apply.
        const { plan, cmf, sql } = (0, plan_args_1.planCpFromArgs)(name, args);
        super("flink-platform:index:FlinkPlatformCP", name, {}, opts);
        const credentials = args.cmfCredentials ?? {};
        const app = new cdk8s_1.App();
        // CMF builds SQL statement clusters from cp-flink-sql images whose user and added
        // containers are not documented: Flink namespaces enforce baseline, audit restricted.
        const flinkPodSecurity = charts_2.PodSecurityLevel.Baseline;
        const charts = (0, platform_charts_1.buildPlatformCharts)(app, plan, { operatorRole: charts_2.NamespaceRole.Cmf, flinkPodSecurity });
        const cmfHelm = { resource: `${name}-cmf`, namespace: cmf.namespace, name: defaults_1.cmfReleaseName };
        (0, cluster_claims_1.claimPlatform)(this, "FlinkPlatformCP", name, plan, charts, [cmfHelm]);
        const base = (0, platform_1.registerPlatformBase)(this, name, plan, charts);
        const { namespaces, flinkNamespaceObjects, storageSecrets } = base;
        const operator = (0, clusters_1.confluentOperatorRelease)(this, name, plan, base);
        // Stateful like the release: deleting it forgets the choices it guards.
        const installChoices = new install_choices_1.CmfInstallChoices(`${name}-cmf-install-choices`, cmf.installChoices, {
            parent: this,
            protect: plan.tier === "prod",
        });
        const cmfRelease = new k8s.Release(`${name}-cmf`, {
            name: defaults_1.cmfReleaseName,
            chart: cmf.chart.name,
            version: cmf.chart.version,
            repositoryOpts: { repo: cmf.chart.repository },
            namespace: cmf.namespace,
            createNamespace: false,
            values: this.cmfChartValues(cmf, credentials),
            cleanupOnFail: true,
            timeout: 600,
        }, {
            parent: this,
            // CMF's database (SQLite volume or the JDBC schema it owns) is state.
            protect: plan.tier === "prod",
            dependsOn: [
                operator,
                installChoices,
                ...base.platformNamespaces,
                ...(base.certManager ? [base.certManager] : []),
            ],
        });
        const exposure = this.exposeCmf(app, name, plan, cmf, namespaces, cmfRelease);
        const exposureResources = [...exposure.values()];
        const connection = {
            endpoint: cmf.endpoint,
            auth: {
                type: cmf.clientAuth,
                ...(cmf.clientAuth === config_1.CmfClientAuth.Bearer ? { token: credentials.token } : {}),
                ...(cmf.clientAuth === config_1.CmfClientAuth.Mtls
                    ? { clientCertPem: credentials.clientCertPem, clientKeyPem: credentials.clientKeyPem }
                    : {}),
                ...(credentials.caPem !== undefined ? { caPem: credentials.caPem } : {}),
            },
        };
        const environments = new Map(cmf.environments.map((env) => [
            env.namespace,
            new environment_1.CmfEnvironment(`${name}-cmf-env-${env.namespace}`, {
                connection,
                name: env.name,
                kubernetesNamespace: env.namespace,
                flinkApplicationDefaults: (0, defaults_1.cmfApplicationDefaults)(plan),
            }, {
                parent: this,
                protect: plan.tier === "prod",
                dependsOn: [
                    cmfRelease,
                    ...exposureResources,
                    ...(namespaces.has(env.namespace) ? [namespaces.get(env.namespace)] : []),
                ],
            }),
        ]));
        // Spoke clusters (cmf.multiCluster), their operators and environments.
        const spokeEnvironments = (0, clusters_1.registerCmfClusters)(this, name, plan, cmf.clusters, connection, [
            cmfRelease,
            ...exposureResources,
        ]);
        const firstEnvironment = environments.get(cmf.environments[0].namespace);
        const environmentOf = (ns) => environments.get(ns) ?? firstEnvironment;
        const workloadDeps = [cmfRelease, ...flinkNamespaceObjects.values(), ...storageSecrets];
        const pools = (0, compute_pool_1.registerPools)(this, name, plan.pools, (pool) => ({
            target: args_1.ComputePoolTarget.ConfluentPlatform,
            cp: {
                poolName: pool.name,
                connection,
                cmfEnvironment: environmentOf(pool.namespace).name,
                type: pool.type,
                image: cmf.sqlImage,
                flinkVersion: cmf.sqlFlinkVersion,
                taskManagers: pool.taskManagers,
                slots: pool.slots,
                taskManager: pool.taskManager,
                jobManager: plan.jobManager,
            },
        }), (pool) => [environmentOf(pool.namespace), ...workloadDeps]);
        const smokeTest = plan.smokeTest.enabled
            ? new application_1.CmfFlinkApplication(`${name}-smoke-test`, {
                connection,
                environment: firstEnvironment.name,
                name: defaults_1.cmfSmokeTestName,
                spec: cmfApplicationSpec(plan, (0, applications_1.smokeTestApplication)({
                    namespace: cmf.environments[0].namespace,
                    image: plan.flink.image,
                    flinkVersion: plan.flink.versionEnum,
                    serviceAccount: plan.flink.serviceAccount,
                    parallelism: plan.smokeTest.parallelism,
                })),
                waitForRunning: true,
                waitTimeoutMs: plan.smokeTest.timeoutSeconds * 1000,
            }, { parent: this, dependsOn: [firstEnvironment, ...workloadDeps] })
            : undefined;
        for (const app of plan.applications) {
            new application_1.CmfFlinkApplication(`${name}-app-${app.namespace}-${app.name}`, {
                connection,
                environment: environmentOf(app.namespace).name,
                name: app.name,
                spec: cmfApplicationSpec(plan, (0, applications_1.applicationProps)(plan, app)),
            }, { parent: this, dependsOn: [environmentOf(app.namespace), ...workloadDeps] });
        }
        // Flink SQL: secrets, mappings, catalogs, databases, statements (./sql).
        (0, sql_1.registerCmfSql)(this, name, {
            sql,
            connection,
            cmfNamespace: cmf.namespace,
            environments: cmf.environments.map((env) => ({
                name: env.name,
                resource: environments.get(env.namespace),
            })),
            pool: (pool) => {
                const i = plan.pools.findIndex((p) => p.name === pool);
                return { environment: environmentOf(plan.pools[i].namespace), resource: pools[i] };
            },
            dependsOn: [cmfRelease, ...exposureResources],
            sqlSecrets: credentials.sqlSecrets,
        });
        (0, platform_1.logWarnings)(this, plan);
        const lb = exposure.get(`Service/${cmf.namespace}/${charts_1.cmfLoadBalancerName}`);
        this.namespaces = pulumi.output([...namespaces.keys()]);
        this.cmfNamespace = pulumi.output(cmf.namespace);
        this.flinkNamespaces = pulumi.output([...plan.flinkNamespaces]);
        this.operatorReleaseName = operator.name;
        this.operatorVersion = operator.version;
        this.cmfReleaseName = cmfRelease.name;
        this.cmfVersion = cmfRelease.version;
        this.cmfUrl = lb ? loadBalancerUrl(lb, cmf.scheme) : pulumi.output(cmf.url ?? cmf.endpoint);
        this.cmfEndpoint = pulumi.output(cmf.endpoint);
        this.environments = pulumi.output({
            ...Object.fromEntries(cmf.environments.map((env) => [env.namespace, env.name])),
            ...spokeEnvironments,
        });
        this.smokeTestName = smokeTest ? smokeTest.name : pulumi.output(undefined);
        this.flinkDefaults = pulumi.output({ ...plan.flinkDefaults });
        this.pools = pulumi.output((0, platform_1.poolCapacities)(plan.pools));
        this.registerOutputs({
            namespaces: this.namespaces,
            cmfNamespace: this.cmfNamespace,
            flinkNamespaces: this.flinkNamespaces,
            operatorReleaseName: this.operatorReleaseName,
            operatorVersion: this.operatorVersion,
            cmfReleaseName: this.cmfReleaseName,
            cmfVersion: this.cmfVersion,
            cmfUrl: this.cmfUrl,
            cmfEndpoint: this.cmfEndpoint,
            environments: this.environments,
            smokeTestName: this.smokeTestName,
            flinkDefaults: this.flinkDefaults,
            pools: this.pools,
        });
    }
    /** CMF chart values, with the keystore and truststore passwords as Pulumi secrets. */
    cmfChartValues(cmf, credentials) {
        const values = (0, defaults_1.cmfValues)(cmf);
        if (!cmf.tls)
            return values;
        const section = values.cmf;
        const keystorePassword = secretOrUndefined(credentials.keystorePassword);
        const truststorePassword = cmf.authentication.type === config_1.CmfAuthenticationType.Mtls
            ? secretOrUndefined(credentials.truststorePassword)
            : undefined;
        section.ssl = {
            ...section.ssl,
            ...(keystorePassword ? { "keystore-password": keystorePassword } : {}),
            ...(truststorePassword ? { "trust-store-password": truststorePassword } : {}),
        };
        return values;
    }
    /** The Ingress or LoadBalancer for the CMF API and its NetworkPolicy (none when not exposed). */
    exposeCmf(app, name, plan, cmf, namespaces, cmfRelease) {
        if (cmf.exposure.type === config_1.CmfExposureType.None)
            return new Map();
        const ingress = cmf.exposure.ingress;
        const chart = new charts_1.CmfExposureChart(app, "cmf-exposure", {
            environment: plan.environment,
            namespace: cmf.namespace,
            kind: cmf.exposure.type,
            ...(ingress ? { ingress } : {}),
            tls: cmf.tls !== undefined,
            serviceName: defaults_1.cmfServiceName,
            servicePort: defaults_1.cmfServicePort,
            containerPort: defaults_1.cmfContainerPort,
            allowedNamespaces: cmf.exposure.allowedNamespaces,
            allowedCidrs: cmf.exposure.allowedCidrs,
        });
        return (0, bridge_1.registerCharts)([chart], { parent: this, prefix: name, namespaces, dependsOn: [cmfRelease] });
    }
}
exports.FlinkPlatformCP = FlinkPlatformCP;
/**
 * The FlinkApplication spec CMF gets: the FlinkDeployment spec plus the S3
 * plugin jar of the application's own image (the application's own
 * configuration wins).
 */
function cmfApplicationSpec(plan, app) {
    const configuration = { ...(0, defaults_1.cmfApplicationPlugins)(plan, app.image), ...app.configuration };
    return (0, applications_1.applicationDeploymentSpec)({ ...app, configuration });
}
/** `<scheme>://<LoadBalancer hostname or IP>` once the provider reports it. */
function loadBalancerUrl(service, scheme) {
    return service.status.apply((status) => {
        const ingress = status?.loadBalancer?.ingress?.[0];
        const address = ingress?.hostname ?? ingress?.ip;
        return address ? `${scheme}://${address}` : `${scheme}://<pending LoadBalancer address>`;
    });
}
