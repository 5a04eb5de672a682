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
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudConfigSchema = exports.cloudConfigShape = exports.cloudPoolFaceSchema = exports.cloudStatementArgsSchema = exports.cloudStatementSchema = exports.cloudStatementFields = exports.offsetCarryOverProperty = exports.databaseProperty = exports.catalogProperty = exports.cloudPoolSchema = exports.cloudKafkaSchema = exports.cloudEnvironmentSchema = exports.cloudSecretKeys = exports.cloudConfigKey = exports.cloudRules = exports.maxCfuValues = exports.kafkaClusterTypes = exports.KafkaClusterType = exports.flinkRoles = exports.FlinkRole = exports.streamGovernancePackages = exports.StreamGovernancePackage = exports.cloudProviders = exports.CloudProvider = void 0;
exports.topicGrantProblem = topicGrantProblem;
exports.isMaxCfu = isMaxCfu;
exports.cloudRulesCheck = cloudRulesCheck;
exports.parseCloudConfig = parseCloudConfig;
const z = __importStar(require("zod"));
const load_1 = require("../core/load");
const rules_1 = require("../core/rules");
const schema_1 = require("../core/schema");
const statements_1 = require("../core/statements");
/**
 * The Confluent Cloud vocabulary (clouds, governance packages, roles, CFU
 * steps) and the `flink-platform:cloud` section of a cloud stack's config.
 *
 * The constants live here, not in lib/cloud, so that this layer stays free of
 * SDK imports: lib/cloud and the zod schema below share one set of rules.
 */
/** Cloud providers Confluent Cloud for Apache Flink runs on (the provider's spelling). */
exports.CloudProvider = {
    /** Amazon Web Services. */
    AWS: "AWS",
    /** Google Cloud. */
    GCP: "GCP",
    /** Microsoft Azure (`AZURE`). */
    Azure: "AZURE",
};
exports.cloudProviders = Object.values(exports.CloudProvider);
/** Stream Governance package of an environment (Schema Registry comes with either). */
exports.StreamGovernancePackage = {
    /** The Essentials package (the default). */
    Essentials: "ESSENTIALS",
    /** The Advanced package (Stream Catalog and lineage among others). */
    Advanced: "ADVANCED",
};
exports.streamGovernancePackages = Object.values(exports.StreamGovernancePackage);
/** Environment-level Flink role of the statement runner. */
exports.FlinkRole = {
    /** May run statements in the environment's pools. */
    FlinkDeveloper: "FlinkDeveloper",
    /** May also manage the environment's compute pools. */
    FlinkAdmin: "FlinkAdmin",
};
exports.flinkRoles = [exports.FlinkRole.FlinkDeveloper, exports.FlinkRole.FlinkAdmin];
/** Types of Kafka cluster this library can create (the provider's `basic` / `standard` blocks). */
exports.KafkaClusterType = {
    /** A Basic cluster: no role bindings on topics or transactional IDs. */
    Basic: "BASIC",
    /** A Standard cluster: granular Kafka RBAC (topic role bindings) supported. */
    Standard: "STANDARD",
};
exports.kafkaClusterTypes = Object.values(exports.KafkaClusterType);
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
function topicGrantProblem(type, topics) {
    if (type !== exports.KafkaClusterType.Basic || !Array.isArray(topics) || topics.length === 0)
        return undefined;
    return `${exports.KafkaClusterType.Standard} when topics grants access to topics (${topics.join(", ")}): Confluent Cloud supports role bindings on topics and transactional IDs only on Standard, Enterprise, Dedicated and Freight clusters, not Basic`;
}
/** The CFU limits Confluent documents for a compute pool's `maxCfu`. */
exports.maxCfuValues = [5, 10, 20, 30, 40, 50];
/**
 * One rule per kind of value: the check and the "allowed" text shown to users.
 * Used by the zod schemas below (the section, the component args, a pool face).
 */
exports.cloudRules = {
    cloud: { allowed: `one of ${exports.cloudProviders.join(", ")}` },
    region: {
        pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/,
        allowed: "a cloud region such as us-east-1 (AWS), us-central1 (GCP) or eastus (AZURE)",
    },
    maxCfu: { allowed: `one of ${exports.maxCfuValues.join(", ")}` },
    streamGovernance: { allowed: `one of ${exports.streamGovernancePackages.join(", ")}` },
    flinkRole: { allowed: `one of ${exports.flinkRoles.join(", ")}` },
    environmentId: { pattern: /^env-[a-z0-9]+$/, allowed: "an environment id such as env-abc123" },
    kafkaClusterId: { pattern: /^lkc-[a-z0-9]+$/, allowed: "a Kafka cluster id such as lkc-abc123" },
    displayName: { pattern: /^\S(.*\S)?$/, allowed: "a non-empty name without leading or trailing spaces" },
    /** Pool keys become part of resource names. */
    poolName: {
        pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
        maxLength: 40,
        allowed: "a name of lowercase letters, digits and '-' (at most 40 characters)",
    },
    statementName: statements_1.statementNameRules.statementName,
    deployedStatementName: statements_1.statementNameRules.deployedStatementName,
    /** Kafka topic names (with an optional trailing `*` for a prefix, or `*` for all). */
    topic: {
        pattern: /^(\*|[A-Za-z0-9._-]{1,249}\*?)$/,
        allowed: "a topic name (letters, digits, '.', '_', '-'), a prefix ending in '*', or '*'",
    },
    /** Schema Registry subject names or patterns (`*` wildcard allowed). */
    subject: {
        pattern: /^[^\s/]+$/,
        allowed: "a subject name or pattern without spaces or '/', such as orders-value or *",
    },
};
function isMaxCfu(value) {
    return exports.maxCfuValues.includes(value);
}
function matches(rule, value) {
    return (typeof value === "string" &&
        rule.pattern.test(value) &&
        (rule.maxLength === undefined || value.length <= rule.maxLength));
}
const patterned = (rule) => {
    const r = exports.cloudRules[rule];
    return z.string({ error: r.allowed }).refine((v) => matches(r, v), { error: r.allowed });
};
// ---------------------------------------------------------------------------
// Stack config section
// ---------------------------------------------------------------------------
/** Key of the section under the project namespace: `flink-platform:cloud`. */
exports.cloudConfigKey = "cloud";
var secrets_1 = require("../core/secrets");
Object.defineProperty(exports, "cloudSecretKeys", { enumerable: true, get: function () { return secrets_1.cloudSecretKeys; } });
exports.cloudEnvironmentSchema = z.strictObject({
    /** Display name of a created environment; also the SQL catalog name. Defaults to the component name. */
    displayName: patterned("displayName").optional(),
    /** Adopt this existing environment instead of creating one. */
    existingId: patterned("environmentId").optional(),
    streamGovernance: z
        .enum(exports.streamGovernancePackages, {
        error: exports.cloudRules.streamGovernance.allowed,
    })
        .default(exports.StreamGovernancePackage.Essentials),
    /** Protect the created environment from `pulumi destroy` (intended for prod). */
    protect: z.boolean({ error: "true or false" }).optional(),
});
exports.cloudKafkaSchema = z.strictObject({
    /** Existing cluster the statements read and write (its display name is the SQL database). */
    clusterId: patterned("kafkaClusterId").optional(),
    /** Create a small cluster instead (dev stacks). */
    create: z
        .strictObject({
        displayName: patterned("displayName").optional(),
        /** BASIC, or STANDARD when `topics` are granted (no topic RBAC on Basic). */
        type: z
            .enum(exports.kafkaClusterTypes, {
            error: `one of ${exports.kafkaClusterTypes.join(", ")}`,
        })
            .default(exports.KafkaClusterType.Basic),
    })
        .optional(),
});
exports.cloudPoolSchema = z.strictObject({
    name: patterned("poolName"),
    maxCfu: z
        .number({ error: exports.cloudRules.maxCfu.allowed })
        .refine((v) => isMaxCfu(v), { error: exports.cloudRules.maxCfu.allowed }),
    /** Display name in Confluent Cloud; defaults to `<component name>-<name>`. */
    displayName: patterned("displayName").optional(),
});
var statements_2 = require("../core/statements");
Object.defineProperty(exports, "catalogProperty", { enumerable: true, get: function () { return statements_2.catalogProperty; } });
Object.defineProperty(exports, "databaseProperty", { enumerable: true, get: function () { return statements_2.databaseProperty; } });
/** Property that starts a new statement from the offsets of an earlier one. */
exports.offsetCarryOverProperty = "sql.tables.initial-offset-from";
/**
 * The statement shape shared with the CP target (core/statements.ts), with
 * Cloud's pool-name rule: the config section names a `file`, the component's
 * args carry the `sql` text read from it (lib/cloud/args.ts).
 */
const cloudStatements = (0, statements_1.statementSchemas)(patterned("poolName"));
exports.cloudStatementFields = cloudStatements.fields;
exports.cloudStatementSchema = cloudStatements.config;
/** A statement of the component's args: the section's statement with its SQL text. */
exports.cloudStatementArgsSchema = cloudStatements.args;
/**
 * The Confluent Cloud face of a standalone ComputePool (its environment id, a
 * Pulumi input, is added by lib/compute-pool): the same rules as `pools` and
 * the section's cloud and region.
 */
exports.cloudPoolFaceSchema = z.strictObject({
    cloud: z.enum(exports.cloudProviders, { error: exports.cloudRules.cloud.allowed }),
    region: patterned("region"),
    maxCfu: exports.cloudPoolSchema.shape.maxCfu,
    displayName: exports.cloudPoolSchema.shape.displayName,
    defaultPool: z.boolean({ error: "true or false" }).optional(),
});
/** The keys of the section; the component's args (lib/cloud/args.ts) take the same ones. */
exports.cloudConfigShape = {
    environment: exports.cloudEnvironmentSchema.default({ streamGovernance: exports.StreamGovernancePackage.Essentials }),
    cloud: exports.cloudPoolFaceSchema.shape.cloud,
    region: exports.cloudPoolFaceSchema.shape.region,
    kafka: exports.cloudKafkaSchema.default({}),
    /** Topics (or prefixes) the runner may read and write. */
    topics: z.array(patterned("topic"), { error: "a list of topic names" }).default([]),
    /** Schema Registry subjects the runner may read and write; defaults to `<topic>-*` per topic. */
    schemaRegistrySubjects: z.array(patterned("subject"), { error: "a list of subject names" }).optional(),
    serviceAccounts: z
        .strictObject({
        /** Also create a deployer service account that may act as the runner (Assigner). */
        deployer: z.boolean({ error: "true or false" }).default(false),
        flinkRole: z
            .enum(exports.flinkRoles, { error: exports.cloudRules.flinkRole.allowed })
            .default(exports.FlinkRole.FlinkDeveloper),
    })
        .default({ deployer: false, flinkRole: exports.FlinkRole.FlinkDeveloper }),
    pools: z.array(exports.cloudPoolSchema, { error: "a list of compute pools" }).default([]),
    statements: z.array(exports.cloudStatementSchema, { error: "a list of statements" }).default([]),
};
function eachOnce(ctx, list, key, what) {
    const seen = new Set();
    for (const v of Array.isArray(list) ? list : []) {
        if (seen.has(v))
            ctx.addIssue({ code: "custom", path: [key], input: v, message: `each ${what} listed once` });
        seen.add(v);
    }
}
/**
 * Cross-field rules of the section and of the component's args;
 * defensive reads because they also run when fields are invalid.
 */
function cloudRulesCheck(cfg, ctx) {
    if (!cfg || typeof cfg !== "object")
        return;
    const env = cfg.environment ?? {};
    if (env.existingId !== undefined) {
        if (env.displayName !== undefined) {
            ctx.addIssue({
                code: "custom",
                path: ["environment", "displayName"],
                input: env.displayName,
                message: "not set when environment.existingId adopts an environment (its name is looked up)",
            });
        }
        if (env.protect !== undefined) {
            ctx.addIssue({
                code: "custom",
                path: ["environment", "protect"],
                input: env.protect,
                message: "not set when environment.existingId adopts an environment (only a created one is protected)",
            });
        }
    }
    const kafka = cfg.kafka ?? {};
    if (kafka.clusterId !== undefined && kafka.create !== undefined) {
        ctx.addIssue({
            code: "custom",
            path: ["kafka", "create"],
            input: kafka.create,
            message: "not set together with kafka.clusterId: either reference a cluster or create one",
        });
    }
    const hasKafka = kafka.clusterId !== undefined || kafka.create !== undefined;
    const grantProblem = kafka.clusterId === undefined ? topicGrantProblem(kafka.create?.type, cfg.topics) : undefined;
    if (grantProblem !== undefined) {
        ctx.addIssue({
            code: "custom",
            path: ["kafka", "create", "type"],
            input: kafka.create?.type,
            message: grantProblem,
        });
    }
    if (!hasKafka && Array.isArray(cfg.topics) && cfg.topics.length > 0) {
        ctx.addIssue({
            code: "custom",
            path: ["topics"],
            input: cfg.topics,
            message: "an empty list unless kafka.clusterId or kafka.create is set (topics live in a Kafka cluster)",
        });
    }
    eachOnce(ctx, cfg.topics, "topics", "topic");
    eachOnce(ctx, cfg.schemaRegistrySubjects, "schemaRegistrySubjects", "subject");
    const poolNames = (0, rules_1.uniqueNames)(ctx, cfg.pools, "pools", "pool");
    (0, rules_1.uniqueNames)(ctx, cfg.statements, "statements", "statement");
    const statements = Array.isArray(cfg.statements) ? cfg.statements : [];
    statements.forEach((s, i) => {
        if (!s)
            return;
        if (s.properties?.[exports.offsetCarryOverProperty] !== undefined) {
            ctx.addIssue({
                code: "custom",
                path: ["statements", i, "properties", exports.offsetCarryOverProperty],
                input: s.properties[exports.offsetCarryOverProperty],
                message: "not set here: use carryOffsetsFrom, which is kept out of the version hash so it does not create a new version by itself",
            });
        }
        if (typeof s.pool === "string" && !poolNames.has(s.pool)) {
            ctx.addIssue({
                code: "custom",
                path: ["statements", i, "pool"],
                input: s.pool,
                message: poolNames.size > 0
                    ? `one of the pools: ${[...poolNames].join(", ")}`
                    : "a pool declared under pools",
            });
        }
    });
    // Every running statement holds at least one CFU of its pool, so a pool's
    // maxCfu below its running statements starves them (e.g. after shrinking it).
    (Array.isArray(cfg.pools) ? cfg.pools : []).forEach((pool, i) => {
        if (!pool || !isMaxCfu(pool.maxCfu))
            return;
        const running = statements
            .filter((st) => st && st.pool === pool.name && st.stopped !== true)
            .map((st) => st.name);
        if (running.length > pool.maxCfu) {
            ctx.addIssue({
                code: "custom",
                path: ["pools", i, "maxCfu"],
                input: pool.maxCfu,
                message: `at least ${running.length}: one CFU per running statement in pool ${pool.name} (${running.join(", ")})`,
            });
        }
    });
    const needDatabase = statements.filter((s) => s && s.properties?.[statements_1.databaseProperty] === undefined);
    if (!hasKafka && needDatabase.length > 0) {
        ctx.addIssue({
            code: "custom",
            path: ["kafka"],
            input: cfg.kafka,
            message: `clusterId or create, because statements (${needDatabase.map((s) => s.name).join(", ")}) resolve tables in the cluster (sql.current-database)`,
        });
    }
}
/** Everything under `flink-platform:cloud` in a cloud stack's file. */
exports.cloudConfigSchema = z
    .strictObject(exports.cloudConfigShape)
    .superRefine(cloudRulesCheck, { when: () => true });
/** Validates the `flink-platform:cloud` value; throws one ConfigError listing every problem. */
function parseCloudConfig(value) {
    return (0, load_1.parseOrThrow)(exports.cloudConfigSchema, value, {
        prefix: `${schema_1.configNamespace}:${exports.cloudConfigKey}.`,
        title: "Invalid flink-platform cloud configuration",
    });
}
