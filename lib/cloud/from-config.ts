import type * as pulumi from "@pulumi/pulumi";
import { ConfigError, ConfigProblem } from "../core/errors";
import { CloudConfig, cloudConfigKey, cloudSecretKeys } from "./config";
import { configNamespace } from "../core/schema";
import type { ConfluentCloudFlinkArgs } from "./platform";

/**
 * Maps the validated `flink-platform:cloud` section (plus the secret keys and
 * the SQL texts the stack program read) to ConfluentCloudFlink args.
 */

/** Secrets read from the top-level keys in {@link cloudSecretKeys}. */
export interface CloudSecrets {
  /** `flink-platform:confluentCloudApiKey`. */
  readonly cloudApiKey: pulumi.Input<string>;
  /** `flink-platform:confluentCloudApiSecret`. */
  readonly cloudApiSecret: pulumi.Input<string>;
  /** `flink-platform:kafkaApiKey`, when the stack sets it. */
  readonly kafkaApiKey?: pulumi.Input<string>;
  /** `flink-platform:kafkaApiSecret`, when the stack sets it. */
  readonly kafkaApiSecret?: pulumi.Input<string>;
}

/**
 * Maps a parsed section to ConfluentCloudFlink args.
 *
 * @param section the value returned by {@link parseCloudConfig}
 * @param secrets secret config values (already Pulumi secrets when read with `requireSecret`)
 * @param statementSql SQL text per statement `file`, as read by the stack program
 */
export function confluentCloudFlinkArgsFromConfig(
  section: CloudConfig,
  secrets: CloudSecrets,
  statementSql: Readonly<Record<string, string>>,
): ConfluentCloudFlinkArgs {
  const problems: ConfigProblem[] = [];
  const prefix = `${configNamespace}:${cloudConfigKey}.`;
  const statements = section.statements.map((s, i) => {
    const sql = Object.prototype.hasOwnProperty.call(statementSql, s.file) ? statementSql[s.file] : undefined;
    if (sql === undefined) {
      problems.push({
        path: `${prefix}statements[${i}].file`,
        got: s.file,
        allowed: "a SQL file the stack program has read",
        hint: "The stack program reads every file listed by statementFiles() and passes the texts keyed by file.",
      });
    }
    return {
      name: s.name,
      sql: sql ?? "",
      pool: s.pool,
      ...(s.properties !== undefined ? { properties: s.properties } : {}),
      ...(s.stopped !== undefined ? { stopped: s.stopped } : {}),
      ...(s.carryOffsetsFrom !== undefined ? { carryOffsetsFrom: s.carryOffsetsFrom } : {}),
    };
  });
  if ((secrets.kafkaApiKey === undefined) !== (secrets.kafkaApiSecret === undefined)) {
    problems.push({
      path: `${configNamespace}:${secrets.kafkaApiKey === undefined ? cloudSecretKeys.kafkaApiKey : cloudSecretKeys.kafkaApiSecret}`,
      got: undefined,
      allowed: "set together with its pair (kafkaApiKey and kafkaApiSecret)",
      hint: "Set both with `pulumi config set --secret`.",
    });
  }
  if (problems.length > 0) throw new ConfigError(problems, "Invalid flink-platform cloud configuration");

  const env = section.environment;
  const adopt = env.existingId !== undefined;
  return {
    cloudApiKey: secrets.cloudApiKey,
    cloudApiSecret: secrets.cloudApiSecret,
    ...(adopt
      ? { existingEnvironmentId: env.existingId }
      : {
          ...(env.displayName !== undefined ? { environmentDisplayName: env.displayName } : {}),
          streamGovernance: env.streamGovernance,
          ...(env.protect !== undefined ? { protectEnvironment: env.protect } : {}),
        }),
    cloud: section.cloud,
    region: section.region,
    ...(section.kafka.clusterId !== undefined ? { kafkaClusterId: section.kafka.clusterId } : {}),
    ...(section.kafka.create !== undefined ? { createKafkaCluster: { ...section.kafka.create } } : {}),
    ...(secrets.kafkaApiKey !== undefined ? { kafkaApiKey: secrets.kafkaApiKey } : {}),
    ...(secrets.kafkaApiSecret !== undefined ? { kafkaApiSecret: secrets.kafkaApiSecret } : {}),
    topics: [...section.topics],
    ...(section.schemaRegistrySubjects !== undefined
      ? { schemaRegistrySubjects: [...section.schemaRegistrySubjects] }
      : {}),
    createDeployer: section.serviceAccounts.deployer,
    flinkRole: section.serviceAccounts.flinkRole,
    computePools: section.pools.map((p) => ({
      name: p.name,
      maxCfu: p.maxCfu,
      ...(p.displayName !== undefined ? { displayName: p.displayName } : {}),
    })),
    statements,
  };
}
