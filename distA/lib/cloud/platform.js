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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfluentCloudFlink = exports.defaultSubjects = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const confluentcloud = __importStar(require("@pulumi/confluentcloud"));
const args_1 = require("./args");
const access_1 = require("./access");
const environment_1 = require("./environment");
const workloads_1 = require("./workloads");
__exportStar(require("./args"), exports);
var access_2 = require("./access");
Object.defineProperty(exports, "defaultSubjects", { enumerable: true, get: function () { return access_2.defaultSubjects; } });
/**
 * A Confluent Cloud for Apache Flink platform: environment, Flink region,
 * service accounts and role bindings, a Flink API key, compute pools, and
 * versioned SQL statements. Everything goes through one Confluent provider
 * configured from the given Cloud API key.
 */
class ConfluentCloudFlink extends pulumi.ComponentResource {
    /** The provider every child uses; pass it to extra resources (topics, schemas). */
    provider;
    /** Environment id (`env-...`). */
    environmentId;
    /** SQL catalog: the environment's display name. */
    catalog;
    /** SQL database: the Kafka cluster's display name (undefined without a cluster). */
    database;
    /** Kafka cluster id (undefined without a cluster). */
    kafkaClusterId;
    /** Flink region id (e.g. `aws.us-east-1`), the Flink API key's scope. */
    flinkRegionId;
    /** Flink SQL REST endpoint of the region. */
    flinkRestEndpoint;
    /** Compute pool id per pool name. */
    computePoolIds;
    /** Deployed (versioned) statement name per statement name; feed `carryOffsetsFrom` from it. */
    statementNames;
    /** Service account the statements run as. */
    runnerServiceAccountId;
    /** Deployer service account (undefined unless `createDeployer`). */
    deployerServiceAccountId;
    /** Flink API key id of the deployer (secret; undefined unless `createDeployer`). */
    deployerFlinkApiKey;
    /** Flink API secret of the deployer (secret; undefined unless `createDeployer`). */
    deployerFlinkApiSecret;
    /** Flink API key id of the runner (secret). */
    flinkApiKey;
    /** Flink API secret of the runner (secret). */
    flinkApiSecret;
    /** Kafka API key passed in (secret; undefined when not given). */
    kafkaApiKey;
    /** Kafka API secret passed in (secret; undefined when not given). */
    kafkaApiSecret;
    constructor(name, input, opts) {
        // Validated by the section's own schema before anything is registered, so bad args leave nothing behind.
        const args = (0, args_1.parseConfluentCloudFlinkArgs)(name, input);
        super("flink-platform:index:ConfluentCloudFlink", name, {}, opts);
        this.provider = new confluentcloud.Provider(`${name}-provider`, {
            cloudApiKey: pulumi.secret(args.cloudApiKey),
            cloudApiSecret: pulumi.secret(args.cloudApiSecret),
            ...(args.endpoint !== undefined ? { endpoint: args.endpoint } : {}),
        }, { parent: this });
        const childOpts = { parent: this, provider: this.provider };
        const env = (0, environment_1.environment)(name, args.environment, childOpts);
        this.environmentId = env.id;
        this.catalog = env.displayName;
        const environmentId = this.environmentId;
        const region = confluentcloud.getFlinkRegionOutput({ cloud: args.cloud, region: args.region }, childOpts);
        this.flinkRegionId = region.id;
        this.flinkRestEndpoint = region.restEndpoint;
        const cluster = (0, environment_1.kafkaCluster)(name, args, environmentId, childOpts);
        this.kafkaClusterId = cluster ? cluster.id : pulumi.output(undefined);
        this.database = cluster ? cluster.displayName : pulumi.output(undefined);
        // The organization is looked up only when needed (Assigner, statements), once.
        let organization;
        const access = {
            name,
            childOpts,
            environmentId,
            environmentCrn: env.resourceName,
            organization: () => (organization ??= confluentcloud.getOrganizationOutput(childOpts)),
        };
        const { flinkRole } = args.serviceAccounts;
        const { runner, bindings } = (0, access_1.createRunner)(access, {
            flinkRole,
            cluster,
            topics: args.topics,
            subjects: args.schemaRegistrySubjects ?? (0, access_1.defaultSubjects)(args.topics),
        });
        this.runnerServiceAccountId = runner.id;
        if (args.serviceAccounts.deployer) {
            const deployer = (0, access_1.createDeployer)(access, runner, flinkRole, region);
            this.deployerServiceAccountId = deployer.id;
            this.deployerFlinkApiKey = pulumi.secret(deployer.key.id);
            this.deployerFlinkApiSecret = pulumi.secret(deployer.key.secret);
        }
        else {
            this.deployerServiceAccountId = pulumi.output(undefined);
            this.deployerFlinkApiKey = pulumi.output(undefined);
            this.deployerFlinkApiSecret = pulumi.output(undefined);
        }
        const flinkKey = (0, access_1.flinkApiKey)(access, `${name}-flink-api-key`, runner, region, "statement runner");
        this.flinkApiKey = pulumi.secret(flinkKey.id);
        this.flinkApiSecret = pulumi.secret(flinkKey.secret);
        this.kafkaApiKey = pulumi.secret(args.kafkaApiKey);
        this.kafkaApiSecret = pulumi.secret(args.kafkaApiSecret);
        const pools = (0, workloads_1.computePools)(name, args, environmentId, childOpts);
        this.computePoolIds = pulumi.all(Object.fromEntries([...pools].map(([key, pool]) => [key, pool.id])));
        const statementContext = {
            ...access,
            catalog: this.catalog,
            cluster,
            runnerId: runner.id,
            restEndpoint: region.restEndpoint,
            flinkKey,
            dependsOn: bindings,
        };
        this.statementNames = pulumi.output((0, workloads_1.statements)(statementContext, args.statements, pools));
        this.registerOutputs({
            environmentId: this.environmentId,
            catalog: this.catalog,
            database: this.database,
            kafkaClusterId: this.kafkaClusterId,
            flinkRegionId: this.flinkRegionId,
            flinkRestEndpoint: this.flinkRestEndpoint,
            computePoolIds: this.computePoolIds,
            statementNames: this.statementNames,
            runnerServiceAccountId: this.runnerServiceAccountId,
            deployerServiceAccountId: this.deployerServiceAccountId,
            deployerFlinkApiKey: this.deployerFlinkApiKey,
            deployerFlinkApiSecret: this.deployerFlinkApiSecret,
            flinkApiKey: this.flinkApiKey,
            flinkApiSecret: this.flinkApiSecret,
            kafkaApiKey: this.kafkaApiKey,
            kafkaApiSecret: this.kafkaApiSecret,
        });
    }
}
exports.ConfluentCloudFlink = ConfluentCloudFlink;
