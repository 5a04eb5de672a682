import * as pulumi from "@pulumi/pulumi";
import * as confluentcloud from "@pulumi/confluentcloud";
import { ConfluentCloudFlinkArgs, parseConfluentCloudFlinkArgs } from "./args";
import { AccessContext, createDeployer, createRunner, defaultSubjects, flinkApiKey } from "./access";
import { environment, kafkaCluster } from "./environment";
import { computePools, poolMetrics, smokeStatements, statements } from "./workloads";
import type { CloudPoolMetrics } from "./pool-metrics";

export * from "./args";
export { defaultSubjects } from "./access";

/**
 * A Confluent Cloud for Apache Flink platform: environment, Flink region,
 * service accounts and role bindings, a Flink API key, compute pools, and
 * versioned SQL statements. Everything goes through one Confluent provider
 * configured from the given Cloud API key.
 */
export class ConfluentCloudFlink extends pulumi.ComponentResource {
  /** The provider every child uses; pass it to extra resources (topics, schemas). */
  public readonly provider: confluentcloud.Provider;
  /** Environment id (`env-...`). */
  public readonly environmentId: pulumi.Output<string>;
  /** SQL catalog: the environment's display name. */
  public readonly catalog: pulumi.Output<string>;
  /** SQL database: the Kafka cluster's display name (undefined without a cluster). */
  public readonly database: pulumi.Output<string | undefined>;
  /** Kafka cluster id (undefined without a cluster). */
  public readonly kafkaClusterId: pulumi.Output<string | undefined>;
  /** Flink region id (e.g. `aws.us-east-1`), the Flink API key's scope. */
  public readonly flinkRegionId: pulumi.Output<string>;
  /** Flink SQL REST endpoint of the region. */
  public readonly flinkRestEndpoint: pulumi.Output<string>;
  /** Compute pool id per pool name. */
  public readonly computePoolIds: pulumi.Output<Record<string, string>>;
  /** Per pool, what a Confluent Cloud Metrics API query for CFU usage vs `maxCfu` needs. */
  public readonly poolMetrics: pulumi.Output<Record<string, CloudPoolMetrics>>;
  /** Deployed (versioned) statement name per statement name; feed `carryOffsetsFrom` from it. */
  public readonly statementNames: pulumi.Output<Record<string, string>>;
  /** Service account the statements run as. */
  public readonly runnerServiceAccountId: pulumi.Output<string>;
  /** Deployer service account (undefined unless `createDeployer`). */
  public readonly deployerServiceAccountId: pulumi.Output<string | undefined>;
  /** Flink API key id of the deployer (secret; undefined unless `createDeployer`). */
  public readonly deployerFlinkApiKey: pulumi.Output<string | undefined>;
  /** Flink API secret of the deployer (secret; undefined unless `createDeployer`). */
  public readonly deployerFlinkApiSecret: pulumi.Output<string | undefined>;
  /** Flink API key id of the runner (secret). */
  public readonly flinkApiKey: pulumi.Output<string>;
  /** Flink API secret of the runner (secret). */
  public readonly flinkApiSecret: pulumi.Output<string>;
  /** Kafka API key passed in (secret; undefined when not given). */
  public readonly kafkaApiKey: pulumi.Output<string | undefined>;
  /** Kafka API secret passed in (secret; undefined when not given). */
  public readonly kafkaApiSecret: pulumi.Output<string | undefined>;

  constructor(name: string, input: ConfluentCloudFlinkArgs, opts?: pulumi.ComponentResourceOptions) {
    // Validated by the section's own schema before anything is registered, so bad args leave nothing behind.
    const args = parseConfluentCloudFlinkArgs(name, input);
    super("flink-platform:index:ConfluentCloudFlink", name, {}, opts);

    this.provider = new confluentcloud.Provider(
      `${name}-provider`,
      {
        cloudApiKey: pulumi.secret(args.cloudApiKey),
        cloudApiSecret: pulumi.secret(args.cloudApiSecret),
        ...(args.endpoint !== undefined ? { endpoint: args.endpoint } : {}),
      },
      { parent: this },
    );
    const childOpts = { parent: this, provider: this.provider };

    const env = environment(name, args.environment, childOpts);
    this.environmentId = env.id;
    this.catalog = env.displayName;
    const environmentId = this.environmentId;

    const region = confluentcloud.getFlinkRegionOutput({ cloud: args.cloud, region: args.region }, childOpts);
    this.flinkRegionId = region.id;
    this.flinkRestEndpoint = region.restEndpoint;

    const cluster = kafkaCluster(name, args, environmentId, childOpts);
    this.kafkaClusterId = cluster ? cluster.id : pulumi.output(undefined);
    this.database = cluster ? cluster.displayName : pulumi.output(undefined);

    // The organization is looked up only when needed (Assigner, statements), once.
    let organization: pulumi.Output<confluentcloud.GetOrganizationResult> | undefined;
    const access: AccessContext = {
      name,
      childOpts,
      environmentId,
      environmentCrn: env.resourceName,
      organization: () => (organization ??= confluentcloud.getOrganizationOutput(childOpts)),
    };
    const { flinkRole } = args.serviceAccounts;
    const { runner, bindings } = createRunner(access, {
      flinkRole,
      cluster,
      topics: args.topics,
      subjects: args.schemaRegistrySubjects ?? defaultSubjects(args.topics),
    });
    this.runnerServiceAccountId = runner.id;

    if (args.serviceAccounts.deployer) {
      const deployer = createDeployer(access, runner, flinkRole, region);
      this.deployerServiceAccountId = deployer.id;
      this.deployerFlinkApiKey = pulumi.secret(deployer.key.id);
      this.deployerFlinkApiSecret = pulumi.secret(deployer.key.secret);
    } else {
      this.deployerServiceAccountId = pulumi.output(undefined);
      this.deployerFlinkApiKey = pulumi.output(undefined);
      this.deployerFlinkApiSecret = pulumi.output(undefined);
    }

    const flinkKey = flinkApiKey(access, `${name}-flink-api-key`, runner, region, "statement runner");
    this.flinkApiKey = pulumi.secret(flinkKey.id);
    this.flinkApiSecret = pulumi.secret(flinkKey.secret);
    this.kafkaApiKey = pulumi.secret(args.kafkaApiKey);
    this.kafkaApiSecret = pulumi.secret(args.kafkaApiSecret);

    const pools = computePools(name, args, environmentId, childOpts);
    this.computePoolIds = pulumi.all(Object.fromEntries([...pools].map(([key, pool]) => [key, pool.id])));
    this.poolMetrics = poolMetrics(args, pools, environmentId);
    const statementContext = {
      ...access,
      catalog: this.catalog,
      cluster,
      runnerId: runner.id,
      restEndpoint: region.restEndpoint,
      flinkKey,
      dependsOn: bindings,
    };
    this.statementNames = pulumi.output(
      statements(statementContext, [...args.statements, ...smokeStatements(name, args)], pools),
    );

    this.registerOutputs({
      environmentId: this.environmentId,
      catalog: this.catalog,
      database: this.database,
      kafkaClusterId: this.kafkaClusterId,
      flinkRegionId: this.flinkRegionId,
      flinkRestEndpoint: this.flinkRestEndpoint,
      computePoolIds: this.computePoolIds,
      poolMetrics: this.poolMetrics,
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
