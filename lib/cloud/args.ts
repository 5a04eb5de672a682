import type * as pulumi from "@pulumi/pulumi";
import * as z from "zod";
import { ConfigError, type ConfigProblem } from "../core/errors";
import { parseOrThrow } from "../core/load";
import { cloudConfigSchema, kafkaKeyPairRule, type CloudConfig } from "./config";
import { CloudProvider, FlinkRole, KafkaClusterType, StreamGovernancePackage } from "./config-values";
import type { FlinkStatementSpec } from "./statements";

/**
 * The args of {@link ConfluentCloudFlink}: the keys of the
 * `flink-platform:cloud` section one to one, validated by the section's own
 * schema (lib/cloud/config.ts), plus the secret credentials, which never live
 * in the section. A section the stack program parsed is taken as parsed.
 */

/** A secret input: a non-empty string, or a Pulumi input resolving to one. */
const secretInput = (what: string) =>
  // A refine, not z.custom's own check: that one aborts, hiding the cross-field rules' problems.
  z.custom<pulumi.Input<string>>().refine((v) => v !== undefined && v !== null && v !== "", {
    error: `a ${what} (a Pulumi secret); set it with \`pulumi config set --secret\``,
  });

/** The credentials of {@link ConfluentCloudFlinkArgs}: what the args add to the section. */
export const cloudCredentialsSchema = z
  .strictObject({
    cloudApiKey: secretInput("Cloud API key"),
    cloudApiSecret: secretInput("Cloud API secret"),
    endpoint: z
      .string()
      .regex(/^https?:\/\/\S+$/, { error: "an http(s) URL such as https://api.confluent.cloud" })
      .optional(),
    kafkaApiKey: secretInput("Kafka API key").optional(),
    kafkaApiSecret: secretInput("Kafka API secret").optional(),
  })
  .superRefine(kafkaKeyPairRule, { when: () => true });

type CloudCredentials = z.output<typeof cloudCredentialsSchema>;

/** Args after validation: the parsed section (defaults filled in, statements with their SQL) and the credentials. */
export type ConfluentCloudFlinkConfig = CloudConfig & CloudCredentials;

/**
 * Validates args: the credentials, then the section with its own schema (not
 * again when it is the section the stack parsed); one ConfigError lists every problem.
 */
export function parseConfluentCloudFlinkArgs(name: string, args: unknown): ConfluentCloudFlinkConfig {
  const title = `Invalid ConfluentCloudFlink "${name}" args`;
  const { cloudApiKey, cloudApiSecret, endpoint, kafkaApiKey, kafkaApiSecret, ...section } = (args ??
    {}) as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  const parsed = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (err) {
      if (!ConfigError.isConfigError(err)) throw err;
      problems.push(...err.problems);
      return undefined;
    }
  };
  const keys = { cloudApiKey, cloudApiSecret, endpoint, kafkaApiKey, kafkaApiSecret };
  const credentials = parsed(() => parseOrThrow(cloudCredentialsSchema, keys, { title }));
  const cloud = parsed(() => parseOrThrow(cloudConfigSchema, section, { title }));
  if (credentials === undefined || cloud === undefined) throw new ConfigError(problems, title);
  return { ...cloud, ...credentials };
}

/** `environment`: the environment, created or adopted. */
export interface CloudEnvironmentArgs {
  /**
   * Display name of the created environment; it is also the SQL catalog name.
   * Not set when `existingId` adopts an environment.
   * @default the component's name
   */
  displayName?: string;
  /**
   * Adopt this existing environment (e.g. `env-abc123`) instead of creating
   * one; its display name is looked up and used as the SQL catalog.
   * @default a new environment is created
   */
  existingId?: string;
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
  protect?: boolean;
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
  type?: KafkaClusterType;
}

/** `kafka`: the cluster statements read and write, referenced or created. */
export interface CloudKafkaArgs {
  /**
   * Existing Kafka cluster (e.g. `lkc-abc123`) the statements use; its
   * display name is the SQL database.
   * @default no cluster referenced
   */
  clusterId?: string;
  /**
   * Create a Kafka cluster instead of referencing one (dev stacks).
   * @default no cluster created
   */
  create?: CreateKafkaClusterArgs;
}

/** `serviceAccounts`: the runner's role and the optional deployer. */
export interface CloudServiceAccountsArgs {
  /**
   * Create a deployer service account: Assigner on the runner (so it can
   * submit statements that run as the runner), the same Flink role on the
   * environment, and a Flink API key of its own for the region (exported as
   * `deployerFlinkApiKey`), which it submits with.
   * @default false
   */
  deployer?: boolean;
  /**
   * Environment role of the statement runner.
   * @default "FlinkDeveloper"
   */
  flinkRole?: FlinkRole;
}

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

/** Args of {@link ConfluentCloudFlink}: the keys of `flink-platform:cloud` plus the credentials. */
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
   * The environment, created or adopted.
   * @default a created environment named after the component, ESSENTIALS governance
   */
  environment?: CloudEnvironmentArgs;
  /** Cloud of the Flink region, the pools and a created Kafka cluster. */
  cloud: CloudProvider;
  /** Region of the same (e.g. `us-east-1`). A Flink API key is valid for one region. */
  region: string;
  /**
   * The Kafka cluster, referenced or created.
   * @default no cluster
   */
  kafka?: CloudKafkaArgs;
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
   * The runner's role and the optional deployer.
   * @default FlinkDeveloper, no deployer
   */
  serviceAccounts?: CloudServiceAccountsArgs;
  /**
   * Compute pools in the environment (several are fine).
   * @default []
   */
  pools?: CloudComputePoolSpec[];
  /**
   * Flink SQL statements to run as the runner; each deployed name is versioned by
   * a hash of its SQL and properties.
   * @default []
   */
  statements?: FlinkStatementSpec[];
}

// The interfaces above document the schema's input type; they must stay equal to it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const argsMirrorSchema: Same<
  ConfluentCloudFlinkArgs,
  z.input<typeof cloudConfigSchema> & z.input<typeof cloudCredentialsSchema>
> = true;
void argsMirrorSchema;
