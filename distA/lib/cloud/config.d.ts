import * as z from "zod";
/**
 * The Confluent Cloud vocabulary (clouds, governance packages, roles, CFU
 * steps) and the `flink-platform:cloud` section of a cloud stack's config.
 *
 * The constants live here, not in lib/cloud, so that this layer stays free of
 * SDK imports: lib/cloud and the zod schema below share one set of rules.
 */
/** Cloud providers Confluent Cloud for Apache Flink runs on (the provider's spelling). */
export declare const CloudProvider: {
    /** Amazon Web Services. */
    readonly AWS: "AWS";
    /** Google Cloud. */
    readonly GCP: "GCP";
    /** Microsoft Azure (`AZURE`). */
    readonly Azure: "AZURE";
};
export type CloudProvider = (typeof CloudProvider)[keyof typeof CloudProvider];
export declare const cloudProviders: readonly CloudProvider[];
/** Stream Governance package of an environment (Schema Registry comes with either). */
export declare const StreamGovernancePackage: {
    /** The Essentials package (the default). */
    readonly Essentials: "ESSENTIALS";
    /** The Advanced package (Stream Catalog and lineage among others). */
    readonly Advanced: "ADVANCED";
};
export type StreamGovernancePackage = (typeof StreamGovernancePackage)[keyof typeof StreamGovernancePackage];
export declare const streamGovernancePackages: readonly StreamGovernancePackage[];
/** Environment-level Flink role of the statement runner. */
export declare const FlinkRole: {
    /** May run statements in the environment's pools. */
    readonly FlinkDeveloper: "FlinkDeveloper";
    /** May also manage the environment's compute pools. */
    readonly FlinkAdmin: "FlinkAdmin";
};
export type FlinkRole = (typeof FlinkRole)[keyof typeof FlinkRole];
export declare const flinkRoles: readonly FlinkRole[];
/** Types of Kafka cluster this library can create (the provider's `basic` / `standard` blocks). */
export declare const KafkaClusterType: {
    /** A Basic cluster: no role bindings on topics or transactional IDs. */
    readonly Basic: "BASIC";
    /** A Standard cluster: granular Kafka RBAC (topic role bindings) supported. */
    readonly Standard: "STANDARD";
};
export type KafkaClusterType = (typeof KafkaClusterType)[keyof typeof KafkaClusterType];
export declare const kafkaClusterTypes: readonly KafkaClusterType[];
/**
 * Why topics cannot be granted on a created cluster of `type`, or undefined
 * when they can. Confluent Cloud: "RBAC permissions for operations on
 * granular Kafka resources (topics, consumer groups, and transactional IDs)
 * are supported only on Standard, Enterprise, Dedicated, and Freight
 * clusters" (Predefined RBAC Roles in Confluent Cloud,
 * https://docs.confluent.io/cloud/current/security/access-control/rbac/predefined-rbac-roles.html).
 * On Basic the runner's DeveloperRead/DeveloperWrite bindings on topics and
 * `_confluent-flink_*` transactional IDs fail or grant nothing. The one rule
 * for the stack schema and the component's args.
 */
export declare function topicGrantProblem(type: unknown, topics: unknown): string | undefined;
/** The CFU limits Confluent documents for a compute pool's `maxCfu`. */
export declare const maxCfuValues: readonly [5, 10, 20, 30, 40, 50];
export type MaxCfu = (typeof maxCfuValues)[number];
/**
 * One rule per kind of value: the check and the "allowed" text shown to users.
 * Used by the zod schemas below (the section, the component args, a pool face).
 */
export declare const cloudRules: {
    readonly cloud: {
        readonly allowed: `one of ${string}`;
    };
    readonly region: {
        readonly pattern: RegExp;
        readonly allowed: "a cloud region such as us-east-1 (AWS), us-central1 (GCP) or eastus (AZURE)";
    };
    readonly maxCfu: {
        readonly allowed: `one of ${string}`;
    };
    readonly streamGovernance: {
        readonly allowed: `one of ${string}`;
    };
    readonly flinkRole: {
        readonly allowed: `one of ${string}`;
    };
    readonly environmentId: {
        readonly pattern: RegExp;
        readonly allowed: "an environment id such as env-abc123";
    };
    readonly kafkaClusterId: {
        readonly pattern: RegExp;
        readonly allowed: "a Kafka cluster id such as lkc-abc123";
    };
    readonly displayName: {
        readonly pattern: RegExp;
        readonly allowed: "a non-empty name without leading or trailing spaces";
    };
    /** Pool keys become part of resource names. */
    readonly poolName: {
        readonly pattern: RegExp;
        readonly maxLength: 40;
        readonly allowed: "a name of lowercase letters, digits and '-' (at most 40 characters)";
    };
    readonly statementName: {
        readonly pattern: RegExp;
        readonly maxLength: 54;
        readonly allowed: "a name of lowercase letters, digits and '-' starting and ending with a letter or digit (at most 54 characters)";
    };
    readonly deployedStatementName: {
        readonly pattern: RegExp;
        readonly maxLength: 100;
        readonly allowed: "an existing statement name such as orders-enrich-1a2b3c4d";
    };
    /** Kafka topic names (with an optional trailing `*` for a prefix, or `*` for all). */
    readonly topic: {
        readonly pattern: RegExp;
        readonly allowed: "a topic name (letters, digits, '.', '_', '-'), a prefix ending in '*', or '*'";
    };
    /** Schema Registry subject names or patterns (`*` wildcard allowed). */
    readonly subject: {
        readonly pattern: RegExp;
        readonly allowed: "a subject name or pattern without spaces or '/', such as orders-value or *";
    };
};
export declare function isMaxCfu(value: unknown): value is MaxCfu;
/** Key of the section under the project namespace: `flink-platform:cloud`. */
export declare const cloudConfigKey = "cloud";
export { cloudSecretKeys } from "../core/secrets";
export declare const cloudEnvironmentSchema: z.ZodObject<{
    displayName: z.ZodOptional<z.ZodString>;
    existingId: z.ZodOptional<z.ZodString>;
    streamGovernance: z.ZodDefault<z.ZodEnum<{
        ESSENTIALS: "ESSENTIALS";
        ADVANCED: "ADVANCED";
    }>>;
    protect: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const cloudKafkaSchema: z.ZodObject<{
    clusterId: z.ZodOptional<z.ZodString>;
    create: z.ZodOptional<z.ZodObject<{
        displayName: z.ZodOptional<z.ZodString>;
        type: z.ZodDefault<z.ZodEnum<{
            BASIC: "BASIC";
            STANDARD: "STANDARD";
        }>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const cloudPoolSchema: z.ZodObject<{
    name: z.ZodString;
    maxCfu: z.ZodNumber & z.ZodType<5 | 10 | 20 | 50 | 30 | 40, number, z.core.$ZodTypeInternals<5 | 10 | 20 | 50 | 30 | 40, number>>;
    displayName: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export { catalogProperty, databaseProperty } from "../core/statements";
/** Property that starts a new statement from the offsets of an earlier one. */
export declare const offsetCarryOverProperty = "sql.tables.initial-offset-from";
export declare const cloudStatementFields: {
    name: z.ZodString;
    pool: z.ZodString;
    properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    stopped: z.ZodOptional<z.ZodBoolean>;
    carryOffsetsFrom: z.ZodOptional<z.ZodString>;
};
export declare const cloudStatementSchema: z.ZodObject<{
    pool: z.ZodString;
    properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    stopped: z.ZodOptional<z.ZodBoolean>;
    carryOffsetsFrom: z.ZodOptional<z.ZodString>;
    name: z.ZodString;
    file: z.ZodString;
}, z.core.$strict>;
/** A statement of the component's args: the section's statement with its SQL text. */
export declare const cloudStatementArgsSchema: z.ZodObject<{
    pool: z.ZodString;
    properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    stopped: z.ZodOptional<z.ZodBoolean>;
    carryOffsetsFrom: z.ZodOptional<z.ZodString>;
    name: z.ZodString;
    sql: z.ZodString;
}, z.core.$strict>;
/**
 * The Confluent Cloud face of a standalone ComputePool (its environment id, a
 * Pulumi input, is added by lib/compute-pool): the same rules as `pools` and
 * the section's cloud and region.
 */
export declare const cloudPoolFaceSchema: z.ZodObject<{
    cloud: z.ZodEnum<{
        AWS: "AWS";
        GCP: "GCP";
        AZURE: "AZURE";
    }>;
    region: z.ZodString;
    maxCfu: z.ZodNumber & z.ZodType<5 | 10 | 20 | 50 | 30 | 40, number, z.core.$ZodTypeInternals<5 | 10 | 20 | 50 | 30 | 40, number>>;
    displayName: z.ZodOptional<z.ZodString>;
    defaultPool: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
/** The keys of the section; the component's args (lib/cloud/args.ts) take the same ones. */
export declare const cloudConfigShape: {
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
    /** Topics (or prefixes) the runner may read and write. */
    topics: z.ZodDefault<z.ZodArray<z.ZodString>>;
    /** Schema Registry subjects the runner may read and write; defaults to `<topic>-*` per topic. */
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
    statements: z.ZodDefault<z.ZodArray<z.ZodObject<{
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        file: z.ZodString;
    }, z.core.$strict>>>;
};
/** What the cross-field rules read: the section, or the component's args (statements with `sql`). */
export type CloudRuleInput = Omit<z.output<z.ZodObject<typeof cloudConfigShape>>, "statements"> & {
    statements: readonly z.output<z.ZodObject<typeof cloudStatementFields>>[];
};
/**
 * Cross-field rules of the section and of the component's args;
 * defensive reads because they also run when fields are invalid.
 */
export declare function cloudRulesCheck(cfg: CloudRuleInput, ctx: z.RefinementCtx): void;
/** Everything under `flink-platform:cloud` in a cloud stack's file. */
export declare const cloudConfigSchema: z.ZodObject<{
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
    statements: z.ZodDefault<z.ZodArray<z.ZodObject<{
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        file: z.ZodString;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type CloudConfigInput = z.input<typeof cloudConfigSchema>;
export type CloudConfig = z.output<typeof cloudConfigSchema>;
/** Validates the `flink-platform:cloud` value; throws one ConfigError listing every problem. */
export declare function parseCloudConfig(value: unknown): CloudConfig;
