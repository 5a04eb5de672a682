import * as pulumi from "@pulumi/pulumi";
import * as confluentcloud from "@pulumi/confluentcloud";
import { ConfluentCloudFlinkArgs } from "./args";
export * from "./args";
export { defaultSubjects } from "./access";
/**
 * A Confluent Cloud for Apache Flink platform: environment, Flink region,
 * service accounts and role bindings, a Flink API key, compute pools, and
 * versioned SQL statements. Everything goes through one Confluent provider
 * configured from the given Cloud API key.
 */
export declare class ConfluentCloudFlink extends pulumi.ComponentResource {
    /** The provider every child uses; pass it to extra resources (topics, schemas). */
    readonly provider: confluentcloud.Provider;
    /** Environment id (`env-...`). */
    readonly environmentId: pulumi.Output<string>;
    /** SQL catalog: the environment's display name. */
    readonly catalog: pulumi.Output<string>;
    /** SQL database: the Kafka cluster's display name (undefined without a cluster). */
    readonly database: pulumi.Output<string | undefined>;
    /** Kafka cluster id (undefined without a cluster). */
    readonly kafkaClusterId: pulumi.Output<string | undefined>;
    /** Flink region id (e.g. `aws.us-east-1`), the Flink API key's scope. */
    readonly flinkRegionId: pulumi.Output<string>;
    /** Flink SQL REST endpoint of the region. */
    readonly flinkRestEndpoint: pulumi.Output<string>;
    /** Compute pool id per pool name. */
    readonly computePoolIds: pulumi.Output<Record<string, string>>;
    /** Deployed (versioned) statement name per statement name; feed `carryOffsetsFrom` from it. */
    readonly statementNames: pulumi.Output<Record<string, string>>;
    /** Service account the statements run as. */
    readonly runnerServiceAccountId: pulumi.Output<string>;
    /** Deployer service account (undefined unless `createDeployer`). */
    readonly deployerServiceAccountId: pulumi.Output<string | undefined>;
    /** Flink API key id of the deployer (secret; undefined unless `createDeployer`). */
    readonly deployerFlinkApiKey: pulumi.Output<string | undefined>;
    /** Flink API secret of the deployer (secret; undefined unless `createDeployer`). */
    readonly deployerFlinkApiSecret: pulumi.Output<string | undefined>;
    /** Flink API key id of the runner (secret). */
    readonly flinkApiKey: pulumi.Output<string>;
    /** Flink API secret of the runner (secret). */
    readonly flinkApiSecret: pulumi.Output<string>;
    /** Kafka API key passed in (secret; undefined when not given). */
    readonly kafkaApiKey: pulumi.Output<string | undefined>;
    /** Kafka API secret passed in (secret; undefined when not given). */
    readonly kafkaApiSecret: pulumi.Output<string | undefined>;
    constructor(name: string, input: ConfluentCloudFlinkArgs, opts?: pulumi.ComponentResourceOptions);
}
