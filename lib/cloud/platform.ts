import * as pulumi from "@pulumi/pulumi";
import * as confluentcloud from "./confluent-sdk";
import { ConfigError, ConfigProblem } from "../core/errors";
import {
  CloudProvider,
  FlinkRole,
  KafkaClusterType,
  StreamGovernancePackage,
  cloudRules,
  flinkRoles,
  isCloudProvider,
  kafkaClusterTypes,
  meetsRule,
  streamGovernancePackages,
  topicGrantProblem,
} from "./config";
import { ComputePool, ComputePoolTarget, maxCfuProblems } from "../compute-pool/compute-pool";
import {
  FlinkStatementSpec,
  catalogProperty,
  databaseProperty,
  planStatement,
  statementProblems,
} from "./statements";

/** One compute pool of a ConfluentCloudFlink; it inherits the environment, cloud and region. */
export interface CloudComputePoolSpec {
  /** Key statements use to pick the pool; part of resource names. */
  name: string;
  /** CFU ceiling: 5, 10, 20, 30, 40 or 50. Changes in place. */
  maxCfu: number;
  /**
   * Name shown in Confluent Cloud.
   * @default `<component name>-<name>`
   */
  displayName?: string;
}

/** A Kafka cluster created for the platform (dev stacks), single-zone. */
export interface CreateKafkaClusterArgs {
  /**
   * Cluster display name; it becomes the SQL database name.
   * @default `<component name>-kafka`
   */
  displayName?: string;
  /**
   * `BASIC`, or `STANDARD` when {@link ConfluentCloudFlinkArgs.topics} are
   * granted: Confluent Cloud has no topic-level RBAC on Basic clusters.
   * @default "BASIC"
   */
  type?: "BASIC" | "STANDARD";
}

/**
 * Args of {@link ConfluentCloudFlink}: credentials, the environment (created or
 * adopted), cloud and region, the Kafka cluster, access grants, compute pools and
 * statements.
 */
export interface ConfluentCloudFlinkArgs {
  /** Cloud API key the provider authenticates with (treated as a Pulumi secret). */
  cloudApiKey: pulumi.Input<string>;
  /** Secret of {@link cloudApiKey} (treated as a Pulumi secret). */
  cloudApiSecret: pulumi.Input<string>;
  /**
   * Confluent Cloud API endpoint, for private or test endpoints.
   * @default the provider's default (https://api.confluent.cloud)
   */
  endpoint?: string;

  /**
   * Adopt this existing environment (e.g. `env-abc123`) instead of creating one.
   * Its display name is looked up and used as the SQL catalog.
   * @default a new environment is created
   */
  existingEnvironmentId?: string;
  /**
   * Display name of the created environment; it is also the SQL catalog name.
   * @default the component's name
   */
  environmentDisplayName?: string;
  /**
   * Stream Governance package of the created environment.
   * @default "ESSENTIALS"
   */
  streamGovernance?: StreamGovernancePackage;
  /**
   * Protect the created environment from deletion (`pulumi destroy` refuses).
   * Intended for prod: deleting an environment deletes everything in it.
   * @default unset: inherited from this component's `protect` option
   */
  protectEnvironment?: boolean;

  /** Cloud of the Flink region, the pools and a created Kafka cluster. */
  cloud: CloudProvider;
  /** Region of the same (e.g. `us-east-1`). A Flink API key is valid for one region. */
  region: string;

  /**
   * Existing Kafka cluster (e.g. `lkc-abc123`) the statements use; its display
   * name is the SQL database.
   * @default no cluster referenced
   */
  kafkaClusterId?: string;
  /**
   * Create a Kafka cluster instead of referencing one (dev stacks).
   * @default no cluster created
   */
  createKafkaCluster?: CreateKafkaClusterArgs;
  /**
   * Kafka API key for clients of the cluster; re-exported as a secret output.
   * Statements do not need it (they run as the runner service account).
   * @default none
   */
  kafkaApiKey?: pulumi.Input<string>;
  /**
   * Secret of {@link kafkaApiKey}; set both or neither.
   * @default none
   */
  kafkaApiSecret?: pulumi.Input<string>;

  /**
   * Topics (or prefixes ending in `*`) the runner may read and write; each gets
   * DeveloperRead and DeveloperWrite, and the runner gets both on Flink's
   * `_confluent-flink_*` transactional ids.
   * @default []
   */
  topics?: string[];
  /**
   * Schema Registry subjects (or patterns) the runner may read and write.
   * @default `<topic>-*` for each topic (a prefix topic `p*` maps to `p*`), so
   *   key and value schemas follow topic access; `[]` grants none
   */
  schemaRegistrySubjects?: string[];
  /**
   * Environment role of the statement runner.
   * @default "FlinkDeveloper"
   */
  flinkRole?: FlinkRole;
  /**
   * Create a deployer service account: Assigner on the runner (so it can submit
   * statements that run as the runner), the same Flink role on the environment,
   * and a Flink API key of its own for the region (exported as
   * {@link ConfluentCloudFlink.deployerFlinkApiKey}), which it submits with.
   * @default false
   */
  createDeployer?: boolean;

  /** Compute pools in the environment (several are fine). */
  computePools: CloudComputePoolSpec[];
  /**
   * Flink SQL statements to run as the runner; each deployed name is versioned by
   * a hash of its SQL and properties.
   * @default []
   */
  statements?: FlinkStatementSpec[];
}

const invalidTitle = (name: string) => `Invalid ConfluentCloudFlink "${name}" args`;

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return dup;
}

/** Subjects the runner gets when none are configured: key and value subjects of each topic. */
export function defaultSubjects(topics: readonly string[]): string[] {
  return [...new Set(topics.map((t) => (t.endsWith("*") ? t : `${t}-*`)))];
}

/** Every problem with the args, with paths relative to the args object. */
export function confluentCloudFlinkProblems(args: ConfluentCloudFlinkArgs): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const push = (path: string, got: unknown, allowed: string, hint?: string) =>
    problems.push(hint === undefined ? { path, got, allowed } : { path, got, allowed, hint });

  for (const key of ["cloudApiKey", "cloudApiSecret"] as const) {
    if (args[key] === undefined || args[key] === null || args[key] === "") {
      push(
        key,
        undefined,
        "a Cloud API key or secret (a Pulumi secret)",
        "Set it with `pulumi config set --secret`.",
      );
    }
  }
  if (args.endpoint !== undefined && !/^https?:\/\/\S+$/.test(args.endpoint)) {
    push("endpoint", args.endpoint, "an http(s) URL such as https://api.confluent.cloud");
  }

  if (args.existingEnvironmentId !== undefined) {
    if (!meetsRule("environmentId", args.existingEnvironmentId)) {
      push("existingEnvironmentId", args.existingEnvironmentId, cloudRules.environmentId.allowed);
    }
    const createOnly = {
      environmentDisplayName: "its name is looked up",
      streamGovernance: "its package is kept",
      protectEnvironment: "only a created environment is protected here",
    } as const;
    for (const [key, why] of Object.entries(createOnly) as [keyof typeof createOnly, string][]) {
      if (args[key] !== undefined) {
        push(key, args[key], "not set when existingEnvironmentId adopts an environment", why);
      }
    }
  } else {
    if (args.environmentDisplayName !== undefined && !meetsRule("displayName", args.environmentDisplayName)) {
      push("environmentDisplayName", args.environmentDisplayName, cloudRules.displayName.allowed);
    }
    if (
      args.streamGovernance !== undefined &&
      !(streamGovernancePackages as readonly unknown[]).includes(args.streamGovernance)
    ) {
      push("streamGovernance", args.streamGovernance, cloudRules.streamGovernance.allowed);
    }
  }

  if (!isCloudProvider(args.cloud)) push("cloud", args.cloud, cloudRules.cloud.allowed);
  if (!meetsRule("region", args.region)) {
    push(
      "region",
      args.region,
      cloudRules.region.allowed,
      "Pools, the Flink region (API key scope) and a created Kafka cluster all use it.",
    );
  }

  if (args.kafkaClusterId !== undefined && !meetsRule("kafkaClusterId", args.kafkaClusterId)) {
    push("kafkaClusterId", args.kafkaClusterId, cloudRules.kafkaClusterId.allowed);
  }
  if (args.kafkaClusterId !== undefined && args.createKafkaCluster !== undefined) {
    push(
      "createKafkaCluster",
      args.createKafkaCluster,
      "not set together with kafkaClusterId: either reference a cluster or create one",
    );
  }
  const createdName = args.createKafkaCluster?.displayName;
  if (createdName !== undefined && !meetsRule("displayName", createdName)) {
    push("createKafkaCluster.displayName", createdName, cloudRules.displayName.allowed);
  }
  const createdType = args.createKafkaCluster?.type ?? KafkaClusterType.Basic;
  if (args.createKafkaCluster !== undefined && !kafkaClusterTypes.includes(createdType)) {
    push("createKafkaCluster.type", createdType, `one of ${kafkaClusterTypes.join(", ")}`);
  }
  const grantProblem =
    args.createKafkaCluster !== undefined && args.kafkaClusterId === undefined
      ? topicGrantProblem(createdType, args.topics)
      : undefined;
  if (grantProblem !== undefined) push("createKafkaCluster.type", createdType, grantProblem);
  if ((args.kafkaApiKey === undefined) !== (args.kafkaApiSecret === undefined)) {
    const missing = args.kafkaApiKey === undefined ? "kafkaApiKey" : "kafkaApiSecret";
    push(missing, undefined, "set together with its pair (kafkaApiKey and kafkaApiSecret)");
  }
  const hasKafka = args.kafkaClusterId !== undefined || args.createKafkaCluster !== undefined;

  const topics = args.topics ?? [];
  if (!Array.isArray(topics)) {
    push("topics", topics, "a list of topic names");
  } else {
    topics.forEach((t, i) => {
      if (!meetsRule("topic", t)) push(`topics[${i}]`, t, cloudRules.topic.allowed);
    });
    for (const d of duplicates(topics)) push("topics", d, "each topic listed once");
    if (topics.length > 0 && !hasKafka) {
      push("topics", topics, "an empty list unless kafkaClusterId or createKafkaCluster is set");
    }
  }
  const subjects = args.schemaRegistrySubjects;
  if (subjects !== undefined) {
    if (!Array.isArray(subjects)) {
      push("schemaRegistrySubjects", subjects, "a list of subject names or patterns");
    } else {
      subjects.forEach((s, i) => {
        if (!meetsRule("subject", s)) push(`schemaRegistrySubjects[${i}]`, s, cloudRules.subject.allowed);
      });
      for (const d of duplicates(subjects)) push("schemaRegistrySubjects", d, "each subject listed once");
    }
  }
  if (args.flinkRole !== undefined && !(flinkRoles as readonly unknown[]).includes(args.flinkRole)) {
    push("flinkRole", args.flinkRole, cloudRules.flinkRole.allowed);
  }

  const pools = args.computePools;
  const poolNames: string[] = [];
  if (!Array.isArray(pools)) {
    push("computePools", pools, "a list of compute pools { name, maxCfu }");
  } else {
    pools.forEach((p, i) => {
      if (!meetsRule("poolName", p?.name))
        push(`computePools[${i}].name`, p?.name, cloudRules.poolName.allowed);
      else if (poolNames.includes(p.name))
        push(`computePools[${i}].name`, p.name, "a name not used by another pool");
      if (typeof p?.name === "string") poolNames.push(p.name);
      problems.push(...maxCfuProblems(p?.maxCfu, `computePools[${i}].maxCfu`));
      if (p?.displayName !== undefined && !meetsRule("displayName", p.displayName)) {
        push(`computePools[${i}].displayName`, p.displayName, cloudRules.displayName.allowed);
      }
    });
  }

  const statements = args.statements ?? [];
  if (!Array.isArray(statements)) {
    push("statements", statements, "a list of statements { name, sql, pool }");
  } else {
    problems.push(...statementProblems(statements, { pools: poolNames, hasDatabase: hasKafka }));
  }
  return problems;
}

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

  constructor(name: string, args: ConfluentCloudFlinkArgs, opts?: pulumi.ComponentResourceOptions) {
    // Validated before anything is registered, so bad args leave nothing behind.
    const problems = confluentCloudFlinkProblems(args);
    if (problems.length > 0) throw new ConfigError(problems, invalidTitle(name));
    super("flink-platform:index:ConfluentCloudFlink", name, {}, opts);

    const topics = args.topics ?? [];
    const subjects = args.schemaRegistrySubjects ?? defaultSubjects(topics);
    const statements = args.statements ?? [];
    const flinkRole = args.flinkRole ?? FlinkRole.FlinkDeveloper;

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

    // Environment: created, or adopted by id.
    let environmentCrn: pulumi.Output<string>;
    if (args.existingEnvironmentId !== undefined) {
      const env = confluentcloud.getEnvironmentOutput({ id: args.existingEnvironmentId }, childOpts);
      this.environmentId = env.id;
      this.catalog = env.displayName;
      environmentCrn = env.resourceName;
    } else {
      const env = new confluentcloud.Environment(
        `${name}-env`,
        {
          displayName: args.environmentDisplayName ?? name,
          streamGovernance: { package: args.streamGovernance ?? StreamGovernancePackage.Essentials },
        },
        {
          ...childOpts,
          ...(args.protectEnvironment !== undefined ? { protect: args.protectEnvironment } : {}),
        },
      );
      this.environmentId = env.id;
      this.catalog = env.displayName;
      environmentCrn = env.resourceName;
    }
    const environmentId = this.environmentId;

    const region = confluentcloud.getFlinkRegionOutput({ cloud: args.cloud, region: args.region }, childOpts);
    this.flinkRegionId = region.id;
    this.flinkRestEndpoint = region.restEndpoint;

    // Kafka cluster: referenced, created (Basic or Standard), or none.
    let cluster:
      | { id: pulumi.Output<string>; displayName: pulumi.Output<string>; rbacCrn: pulumi.Output<string> }
      | undefined;
    if (args.kafkaClusterId !== undefined) {
      cluster = confluentcloud.getKafkaClusterOutput(
        { id: args.kafkaClusterId, environment: { id: environmentId } },
        childOpts,
      );
    } else if (args.createKafkaCluster !== undefined) {
      cluster = new confluentcloud.KafkaCluster(
        `${name}-kafka`,
        {
          displayName: args.createKafkaCluster.displayName ?? `${name}-kafka`,
          availability: "SINGLE_ZONE",
          cloud: args.cloud,
          region: args.region,
          ...(args.createKafkaCluster.type === KafkaClusterType.Standard ? { standard: {} } : { basic: {} }),
          environment: { id: environmentId },
        },
        childOpts,
      );
    }
    this.kafkaClusterId = cluster ? cluster.id : pulumi.output(undefined);
    this.database = cluster ? cluster.displayName : pulumi.output(undefined);

    // The organization is looked up only when needed (Assigner, statements), once.
    let organization: pulumi.Output<confluentcloud.GetOrganizationResult> | undefined;
    const lookupOrganization = () => (organization ??= confluentcloud.getOrganizationOutput(childOpts));

    // Identities and access.
    const runner = new confluentcloud.ServiceAccount(
      `${name}-runner-sa`,
      {
        displayName: `${name}-flink-runner`,
        description: "Runs Flink SQL statements (managed by flink-platform)",
      },
      childOpts,
    );
    this.runnerServiceAccountId = runner.id;
    const bind = (
      resourceName: string,
      principalId: pulumi.Input<string>,
      roleName: string,
      crnPattern: pulumi.Input<string>,
    ) =>
      new confluentcloud.RoleBinding(
        resourceName,
        { principal: pulumi.interpolate`User:${principalId}`, roleName, crnPattern },
        childOpts,
      );

    const runnerBindings: confluentcloud.RoleBinding[] = [
      bind(`${name}-runner-flink-role`, runner.id, flinkRole, environmentCrn),
    ];
    if (cluster && topics.length > 0) {
      const kafkaCrn = pulumi.interpolate`${cluster.rbacCrn}/kafka=${cluster.id}`;
      for (const topic of topics) {
        runnerBindings.push(
          bind(
            `${name}-runner-topic-read-${topic}`,
            runner.id,
            "DeveloperRead",
            pulumi.interpolate`${kafkaCrn}/topic=${topic}`,
          ),
          bind(
            `${name}-runner-topic-write-${topic}`,
            runner.id,
            "DeveloperWrite",
            pulumi.interpolate`${kafkaCrn}/topic=${topic}`,
          ),
        );
      }
      // Flink's exactly-once sinks write with transactional ids under this prefix.
      const txnCrn = pulumi.interpolate`${kafkaCrn}/transactional-id=_confluent-flink_*`;
      runnerBindings.push(
        bind(`${name}-runner-txn-read`, runner.id, "DeveloperRead", txnCrn),
        bind(`${name}-runner-txn-write`, runner.id, "DeveloperWrite", txnCrn),
      );
    }
    if (subjects.length > 0) {
      const registry = confluentcloud.getSchemaRegistryClusterOutput(
        { environment: { id: environmentId } },
        childOpts,
      );
      for (const subject of subjects) {
        const crn = pulumi.interpolate`${registry.resourceName}/subject=${subject}`;
        runnerBindings.push(
          bind(`${name}-runner-subject-read-${subject}`, runner.id, "DeveloperRead", crn),
          bind(`${name}-runner-subject-write-${subject}`, runner.id, "DeveloperWrite", crn),
        );
      }
    }

    /** A Flink API key owned by `owner`, valid for this environment's Flink region. */
    const flinkApiKey = (keyName: string, owner: confluentcloud.ServiceAccount, whose: string) =>
      new confluentcloud.ApiKey(
        keyName,
        {
          displayName: keyName,
          description: `Flink API key of the ${whose} (managed by flink-platform)`,
          owner: { id: owner.id, apiVersion: owner.apiVersion, kind: owner.kind },
          managedResource: {
            id: region.id,
            apiVersion: region.apiVersion,
            kind: region.kind,
            environment: { id: environmentId },
          },
        },
        { ...childOpts, additionalSecretOutputs: ["secret"] },
      );

    if (args.createDeployer) {
      const deployer = new confluentcloud.ServiceAccount(
        `${name}-deployer-sa`,
        {
          displayName: `${name}-flink-deployer`,
          description: "Deploys Flink SQL statements that run as the runner (managed by flink-platform)",
        },
        childOpts,
      );
      bind(
        `${name}-deployer-assigner`,
        deployer.id,
        "Assigner",
        pulumi.interpolate`${lookupOrganization().resourceName}/service-account=${runner.id}`,
      );
      bind(`${name}-deployer-flink-role`, deployer.id, flinkRole, environmentCrn);
      this.deployerServiceAccountId = deployer.id;
      // A service account authenticates only with API keys: without one, the
      // deployer's roles are unusable. It submits statements through the Flink
      // REST API, so a Flink key of the region; it needs no Kafka key (data
      // access is checked against the runner the statements run as).
      const deployerKey = flinkApiKey(`${name}-deployer-flink-api-key`, deployer, "deployer");
      this.deployerFlinkApiKey = pulumi.secret(deployerKey.id);
      this.deployerFlinkApiSecret = pulumi.secret(deployerKey.secret);
    } else {
      this.deployerServiceAccountId = pulumi.output(undefined);
      this.deployerFlinkApiKey = pulumi.output(undefined);
      this.deployerFlinkApiSecret = pulumi.output(undefined);
    }

    const flinkKey = flinkApiKey(`${name}-flink-api-key`, runner, "statement runner");
    this.flinkApiKey = pulumi.secret(flinkKey.id);
    this.flinkApiSecret = pulumi.secret(flinkKey.secret);
    this.kafkaApiKey = pulumi.secret(args.kafkaApiKey);
    this.kafkaApiSecret = pulumi.secret(args.kafkaApiSecret);

    // Compute pools.
    const pools = new Map<string, ComputePool>();
    for (const spec of args.computePools) {
      pools.set(
        spec.name,
        new ComputePool(
          `${name}-pool-${spec.name}`,
          {
            target: ComputePoolTarget.Cloud,
            cloud: {
              environmentId,
              cloud: args.cloud,
              region: args.region,
              maxCfu: spec.maxCfu,
              displayName: spec.displayName ?? `${name}-${spec.name}`,
            },
          },
          childOpts,
        ),
      );
    }
    this.computePoolIds = pulumi.all(Object.fromEntries([...pools].map(([key, pool]) => [key, pool.id])));

    // Statements: the name is versioned by content, so a SQL or property change
    // creates the new statement before the old one is deleted.
    const statementNames: Record<string, string> = {};
    for (const spec of statements) {
      const plan = planStatement(spec);
      statementNames[spec.name] = plan.statementName;
      const pool = pools.get(spec.pool) as ComputePool;
      new confluentcloud.FlinkStatement(
        `${name}-stmt-${spec.name}`,
        {
          organization: { id: lookupOrganization().id },
          environment: { id: environmentId },
          computePool: { id: pool.id },
          principal: { id: runner.id },
          statement: plan.statement,
          statementName: plan.statementName,
          properties: {
            [catalogProperty]: this.catalog,
            ...(cluster ? { [databaseProperty]: cluster.displayName } : {}),
            ...plan.properties,
          },
          restEndpoint: region.restEndpoint,
          credentials: { key: pulumi.secret(flinkKey.id), secret: pulumi.secret(flinkKey.secret) },
          stopped: plan.stopped,
        },
        {
          ...childOpts,
          // The provider cannot rename a statement in place; a new name is a new statement.
          replaceOnChanges: ["statementName"],
          // A statement fails at submission if its principal cannot yet read or write.
          dependsOn: [...runnerBindings, flinkKey],
        },
      );
    }
    this.statementNames = pulumi.output(statementNames);

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
