import type * as pulumi from "@pulumi/pulumi";
import * as z from "zod";
import { CloudProvider, FlinkRole, KafkaClusterType, StreamGovernancePackage } from "./config";
import { FlinkStatementSpec } from "./statements";
/** The zod schema of {@link ConfluentCloudFlinkArgs}. */
export declare const confluentCloudFlinkArgsSchema: z.ZodObject<{
    statements: z.ZodDefault<z.ZodArray<z.ZodObject<{
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        sql: z.ZodString;
    }, z.core.$strict>>>;
    environment: z.ZodDefault<z.ZodObject<{
        displayName: z.ZodOptional<z.ZodString>;
        existingId: z.ZodOptional<z.ZodString>;
        streamGovernance: z.ZodDefault<z.ZodEnum<{
            ESSENTIALS: "ESSENTIALS";
            ADVANCED: "ADVANCED";
        }>>;
        protect: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    cloud: z.ZodEnum<{
        AWS: "AWS";
        GCP: "GCP";
        AZURE: "AZURE";
    }>;
    region: z.ZodString;
    kafka: z.ZodDefault<z.ZodObject<{
        clusterId: z.ZodOptional<z.ZodString>;
        create: z.ZodOptional<z.ZodObject<{
            displayName: z.ZodOptional<z.ZodString>;
            type: z.ZodDefault<z.ZodEnum<{
                BASIC: "BASIC";
                STANDARD: "STANDARD";
            }>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    topics: z.ZodDefault<z.ZodArray<z.ZodString>>;
    schemaRegistrySubjects: z.ZodOptional<z.ZodArray<z.ZodString>>;
    serviceAccounts: z.ZodDefault<z.ZodObject<{
        deployer: z.ZodDefault<z.ZodBoolean>;
        flinkRole: z.ZodDefault<z.ZodEnum<{
            FlinkDeveloper: "FlinkDeveloper";
            FlinkAdmin: "FlinkAdmin";
        }>>;
    }, z.core.$strict>>;
    pools: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        maxCfu: z.ZodNumber & z.ZodType<5 | 10 | 20 | 50 | 30 | 40, number, z.core.$ZodTypeInternals<5 | 10 | 20 | 50 | 30 | 40, number>>;
        displayName: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    cloudApiKey: z.ZodCustom<pulumi.Input<string>, pulumi.Input<string>>;
    cloudApiSecret: z.ZodCustom<pulumi.Input<string>, pulumi.Input<string>>;
    endpoint: z.ZodOptional<z.ZodString>;
    kafkaApiKey: z.ZodOptional<z.ZodCustom<pulumi.Input<string>, pulumi.Input<string>>>;
    kafkaApiSecret: z.ZodOptional<z.ZodCustom<pulumi.Input<string>, pulumi.Input<string>>>;
}, z.core.$strict>;
/** Args after validation, with the section's defaults filled in. */
export type ConfluentCloudFlinkConfig = z.output<typeof confluentCloudFlinkArgsSchema>;
/** Validates args with the section's rules; one ConfigError lists every problem. */
export declare function parseConfluentCloudFlinkArgs(name: string, args: unknown): ConfluentCloudFlinkConfig;
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
/**
 * Args of {@link ConfluentCloudFlink}: the keys of `flink-platform:cloud`
 * (statements with `sql` instead of `file`) plus the credentials.
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
