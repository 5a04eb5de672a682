import * as pulumi from "@pulumi/pulumi";
import * as confluentcloud from "@pulumi/confluentcloud";
import { KafkaClusterType } from "./config-values";
import type { ConfluentCloudFlinkConfig } from "./args";

/**
 * Where a ConfluentCloudFlink's statements run: the environment (created or
 * adopted) and the Kafka cluster (referenced, created, or none).
 */

/** The environment as the rest of the component uses it. */
export interface EnvironmentRef {
  readonly id: pulumi.Output<string>;
  /** Display name: the SQL catalog. */
  readonly displayName: pulumi.Output<string>;
  /** CRN, the scope of environment role bindings. */
  readonly resourceName: pulumi.Output<string>;
}

/** The Kafka cluster as the rest of the component uses it. */
export interface KafkaClusterRef {
  readonly id: pulumi.Output<string>;
  /** Display name: the SQL database. */
  readonly displayName: pulumi.Output<string>;
  readonly rbacCrn: pulumi.Output<string>;
}

/** The environment: adopted by `existingId`, or created (protected when asked). */
export function environment(
  name: string,
  env: ConfluentCloudFlinkConfig["environment"],
  childOpts: pulumi.CustomResourceOptions,
): EnvironmentRef {
  if (env.existingId !== undefined)
    return confluentcloud.getEnvironmentOutput({ id: env.existingId }, childOpts);
  return new confluentcloud.Environment(
    `${name}-env`,
    { displayName: env.displayName ?? name, streamGovernance: { package: env.streamGovernance } },
    { ...childOpts, ...(env.protect !== undefined ? { protect: env.protect } : {}) },
  );
}

/** The Kafka cluster: referenced by `clusterId`, created (Basic or Standard, single zone), or none. */
export function kafkaCluster(
  name: string,
  args: Pick<ConfluentCloudFlinkConfig, "kafka" | "cloud" | "region">,
  environmentId: pulumi.Output<string>,
  childOpts: pulumi.CustomResourceOptions,
): KafkaClusterRef | undefined {
  const { clusterId, create } = args.kafka;
  if (clusterId !== undefined) {
    return confluentcloud.getKafkaClusterOutput(
      { id: clusterId, environment: { id: environmentId } },
      childOpts,
    );
  }
  if (create === undefined) return undefined;
  return new confluentcloud.KafkaCluster(
    `${name}-kafka`,
    {
      displayName: create.displayName ?? `${name}-kafka`,
      availability: "SINGLE_ZONE",
      cloud: args.cloud,
      region: args.region,
      ...(create.type === KafkaClusterType.Standard ? { standard: {} } : { basic: {} }),
      environment: { id: environmentId },
    },
    childOpts,
  );
}
