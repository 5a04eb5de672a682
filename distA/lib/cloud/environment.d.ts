import * as pulumi from "@pulumi/pulumi";
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
export declare function environment(name: string, env: ConfluentCloudFlinkConfig["environment"], childOpts: pulumi.CustomResourceOptions): EnvironmentRef;
/** The Kafka cluster: referenced by `clusterId`, created (Basic or Standard, single zone), or none. */
export declare function kafkaCluster(name: string, args: Pick<ConfluentCloudFlinkConfig, "kafka" | "cloud" | "region">, environmentId: pulumi.Output<string>, childOpts: pulumi.CustomResourceOptions): KafkaClusterRef | undefined;
