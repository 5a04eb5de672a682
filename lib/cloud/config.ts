import * as z from "zod";
import { parseOrThrow } from "../core/load";
import { uniqueNames } from "../core/rules";
import { configNamespace } from "../core/schema";
import { databaseProperty, statementNameRules, statementSchema, versionStatement } from "../core/statements";

/**
 * The Confluent Cloud vocabulary (clouds, governance packages, roles, CFU
 * steps) and the `flink-platform:cloud` section of a cloud stack's config.
 *
 * The constants live here, not in lib/cloud, so that this layer stays free of
 * SDK imports: lib/cloud and the zod schema below share one set of rules.
 */

/** Cloud providers Confluent Cloud for Apache Flink runs on (the provider's spelling). */
export const CloudProvider = {
  /** Amazon Web Services. */
  AWS: "AWS",
  /** Google Cloud. */
  GCP: "GCP",
  /** Microsoft Azure (`AZURE`). */
  Azure: "AZURE",
} as const;
export type CloudProvider = (typeof CloudProvider)[keyof typeof CloudProvider];
export const cloudProviders: readonly CloudProvider[] = Object.values(CloudProvider);

/** Stream Governance package of an environment (Schema Registry comes with either). */
export const StreamGovernancePackage = {
  /** The Essentials package (the default). */
  Essentials: "ESSENTIALS",
  /** The Advanced package (Stream Catalog and lineage among others). */
  Advanced: "ADVANCED",
} as const;
export type StreamGovernancePackage = (typeof StreamGovernancePackage)[keyof typeof StreamGovernancePackage];
export const streamGovernancePackages: readonly StreamGovernancePackage[] =
  Object.values(StreamGovernancePackage);

/** Environment-level Flink role of the statement runner. */
export const FlinkRole = {
  /** May run statements in the environment's pools. */
  FlinkDeveloper: "FlinkDeveloper",
  /** May also manage the environment's compute pools. */
  FlinkAdmin: "FlinkAdmin",
} as const;
export type FlinkRole = (typeof FlinkRole)[keyof typeof FlinkRole];
export const flinkRoles: readonly FlinkRole[] = [FlinkRole.FlinkDeveloper, FlinkRole.FlinkAdmin];

/** Types of Kafka cluster this library can create (the provider's `basic` / `standard` blocks). */
export const KafkaClusterType = {
  /** A Basic cluster: no role bindings on topics or transactional IDs. */
  Basic: "BASIC",
  /** A Standard cluster: granular Kafka RBAC (topic role bindings) supported. */
  Standard: "STANDARD",
} as const;
export type KafkaClusterType = (typeof KafkaClusterType)[keyof typeof KafkaClusterType];
export const kafkaClusterTypes: readonly KafkaClusterType[] = Object.values(KafkaClusterType);

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
export function topicGrantProblem(type: unknown, topics: unknown): string | undefined {
  if (type !== KafkaClusterType.Basic || !Array.isArray(topics) || topics.length === 0) return undefined;
  return `${KafkaClusterType.Standard} when topics grants access to topics (${topics.join(", ")}): Confluent Cloud supports role bindings on topics and transactional IDs only on Standard, Enterprise, Dedicated and Freight clusters, not Basic`;
}

/**
 * The Max CFU values of a standard compute pool: "The accepted values are:
 * 5, 10, 20, 30, 40 and 50" (the provider's `confluent_flink_compute_pool`
 * docs, confluentinc/terraform-provider-confluent
 * docs/resources/confluent_flink_compute_pool.md, which @pulumi/confluentcloud
 * bridges), and "Each compute pool has a configurable maximum capacity, up to
 * 50 CFUs per pool" (Compute Pools in Confluent Cloud for Apache Flink,
 * https://docs.confluent.io/cloud/current/flink/concepts/compute-pools.html).
 */
export const maxCfuValues = [5, 10, 20, 30, 40, 50] as const;
/**
 * The same page: "Compute pools with up to 1,000 CFU capacity are available
 * as a Limited Availability feature" (sign-up required; one statement still
 * stops at 50 CFU). No step is documented above 50, so any whole number up to
 * this is accepted; Confluent Cloud refuses it at `pulumi up` for an
 * organization that is not enrolled, before the pool changes.
 */
export const maxCfuLimitedAvailability = 1000;
/** A pool's Max CFU: one of {@link maxCfuValues}, or a whole number from 51 to {@link maxCfuLimitedAvailability}. */
export type MaxCfu = number;

/**
 * One rule per kind of value: the check and the "allowed" text shown to users.
 * Used by the zod schemas below (the section, the component args, a pool face).
 */
export const cloudRules = {
  cloud: { allowed: `one of ${cloudProviders.join(", ")}` },
  region: {
    pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/,
    allowed: "a cloud region such as us-east-1 (AWS), us-central1 (GCP) or eastus (AZURE)",
  },
  maxCfu: {
    allowed: `one of ${maxCfuValues.join(", ")} (a standard pool), or a whole number from 51 to ${maxCfuLimitedAvailability} (a Limited Availability pool: the organization must be enrolled)`,
  },
  streamGovernance: { allowed: `one of ${streamGovernancePackages.join(", ")}` },
  flinkRole: { allowed: `one of ${flinkRoles.join(", ")}` },
  environmentId: { pattern: /^env-[a-z0-9]+$/, allowed: "an environment id such as env-abc123" },
  kafkaClusterId: { pattern: /^lkc-[a-z0-9]+$/, allowed: "a Kafka cluster id such as lkc-abc123" },
  displayName: { pattern: /^\S(.*\S)?$/, allowed: "a non-empty name without leading or trailing spaces" },
  /** Pool keys become part of resource names. */
  poolName: {
    pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    maxLength: 40,
    allowed: "a name of lowercase letters, digits and '-' (at most 40 characters)",
  },
  statementName: statementNameRules.statementName,
  deployedStatementName: statementNameRules.deployedStatementName,
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
} as const;

/**
 * The Max CFU rule (the schema's, and `scale --max-cfu`'s). A decrease is
 * not a value rule: the diff refuses it (lib/plan/diff-rules.ts `refusedNote`).
 */
export function isMaxCfu(value: unknown): value is MaxCfu {
  if ((maxCfuValues as readonly unknown[]).includes(value)) return true;
  return Number.isInteger(value) && (value as number) > 50 && (value as number) <= maxCfuLimitedAvailability;
}

function matches(rule: { pattern: RegExp; maxLength?: number }, value: unknown): boolean {
  return (
    typeof value === "string" &&
    rule.pattern.test(value) &&
    (rule.maxLength === undefined || value.length <= rule.maxLength)
  );
}

const patterned = (rule: keyof typeof cloudRules) => {
  const r = cloudRules[rule] as { pattern: RegExp; maxLength?: number; allowed: string };
  return z.string({ error: r.allowed }).refine((v) => matches(r, v), { error: r.allowed });
};

// ---------------------------------------------------------------------------
// Stack config section
// ---------------------------------------------------------------------------

/** Key of the section under the project namespace: `flink-platform:cloud`. */
export const cloudConfigKey = "cloud";

export { cloudSecretKeys } from "../core/secrets";

export const cloudEnvironmentSchema = z.strictObject({
  /** Display name of a created environment; also the SQL catalog name. Defaults to the component name. */
  displayName: patterned("displayName").optional(),
  /** Adopt this existing environment instead of creating one. */
  existingId: patterned("environmentId").optional(),
  streamGovernance: z
    .enum(streamGovernancePackages as [StreamGovernancePackage, ...StreamGovernancePackage[]], {
      error: cloudRules.streamGovernance.allowed,
    })
    .default(StreamGovernancePackage.Essentials),
  /** Protect the created environment from `pulumi destroy` (intended for prod). */
  protect: z.boolean({ error: "true or false" }).optional(),
});

export const cloudKafkaSchema = z.strictObject({
  /** Existing cluster the statements read and write (its display name is the SQL database). */
  clusterId: patterned("kafkaClusterId").optional(),
  /** Create a small cluster instead (dev stacks). */
  create: z
    .strictObject({
      displayName: patterned("displayName").optional(),
      /** BASIC, or STANDARD when `topics` are granted (no topic RBAC on Basic). */
      type: z
        .enum(kafkaClusterTypes as [KafkaClusterType, ...KafkaClusterType[]], {
          error: `one of ${kafkaClusterTypes.join(", ")}`,
        })
        .default(KafkaClusterType.Basic),
    })
    .optional(),
});

export const cloudPoolSchema = z.strictObject({
  name: patterned("poolName"),
  maxCfu: z
    .number({ error: cloudRules.maxCfu.allowed })
    .refine((v) => isMaxCfu(v), { error: cloudRules.maxCfu.allowed }),
  /** Display name in Confluent Cloud; defaults to `<component name>-<name>`. */
  displayName: patterned("displayName").optional(),
});

export { catalogProperty, databaseProperty } from "../core/statements";
/** Property that starts a new statement from the offsets of an earlier one. */
export const offsetCarryOverProperty = "sql.tables.initial-offset-from";

/**
 * The statement shape shared with the CP target (core/statements.ts), with
 * Cloud's pool-name rule: a `file` (read in the project) or `sql` text; the
 * parsed statement carries its `sql`.
 */
export const cloudStatementSchema = statementSchema(patterned("poolName"));

/**
 * The Confluent Cloud face of a standalone ComputePool (its environment id, a
 * Pulumi input, is added by lib/compute-pool): the same rules as `pools` and
 * the section's cloud and region.
 */
export const cloudPoolFaceSchema = z.strictObject({
  cloud: z.enum(cloudProviders as [CloudProvider, ...CloudProvider[]], { error: cloudRules.cloud.allowed }),
  region: patterned("region"),
  maxCfu: cloudPoolSchema.shape.maxCfu,
  displayName: cloudPoolSchema.shape.displayName,
  defaultPool: z.boolean({ error: "true or false" }).optional(),
});

/** The keys of the section; the component's args (lib/cloud/args.ts) take the same ones. */
export const cloudConfigShape = {
  environment: cloudEnvironmentSchema.default({ streamGovernance: StreamGovernancePackage.Essentials }),
  cloud: cloudPoolFaceSchema.shape.cloud,
  region: cloudPoolFaceSchema.shape.region,
  kafka: cloudKafkaSchema.default({}),
  /** Topics (or prefixes) the runner may read and write. */
  topics: z.array(patterned("topic"), { error: "a list of topic names" }).default([]),
  /** Schema Registry subjects the runner may read and write; defaults to `<topic>-*` per topic. */
  schemaRegistrySubjects: z.array(patterned("subject"), { error: "a list of subject names" }).optional(),
  serviceAccounts: z
    .strictObject({
      /** Also create a deployer service account that may act as the runner (Assigner). */
      deployer: z.boolean({ error: "true or false" }).default(false),
      flinkRole: z
        .enum(flinkRoles as [FlinkRole, ...FlinkRole[]], { error: cloudRules.flinkRole.allowed })
        .default(FlinkRole.FlinkDeveloper),
    })
    .default({ deployer: false, flinkRole: FlinkRole.FlinkDeveloper }),
  pools: z.array(cloudPoolSchema, { error: "a list of compute pools" }).default([]),
  statements: z.array(cloudStatementSchema, { error: "a list of statements" }).default([]),
};

/** What the cross-field rules read: the section as parsed so far. */
export type CloudRuleInput = z.output<z.ZodObject<typeof cloudConfigShape>>;

function eachOnce(ctx: z.RefinementCtx, list: unknown, key: string, what: string): void {
  const seen = new Set<unknown>();
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
export function cloudRulesCheck(cfg: CloudRuleInput, ctx: z.RefinementCtx): void {
  if (!cfg || typeof cfg !== "object") return;
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
        message:
          "not set when environment.existingId adopts an environment (only a created one is protected)",
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
  const grantProblem =
    kafka.clusterId === undefined ? topicGrantProblem(kafka.create?.type, cfg.topics) : undefined;
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
  const poolNames = uniqueNames(ctx, cfg.pools, "pools", "pool");
  uniqueNames(ctx, cfg.statements, "statements", "statement");
  const statements = Array.isArray(cfg.statements) ? cfg.statements : [];
  statements.forEach((s, i) => {
    if (!s) return;
    if (s.properties?.[offsetCarryOverProperty] !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["statements", i, "properties", offsetCarryOverProperty],
        input: s.properties[offsetCarryOverProperty],
        message:
          "not set here: use carryOffsetsFrom, which is kept out of the version hash so it does not create a new version by itself",
      });
    }
    // Offsets carry over from the version being replaced; this SQL already runs under its own name.
    if (
      s.carryOffsetsFrom !== undefined &&
      typeof s.sql === "string" &&
      s.carryOffsetsFrom === versionStatement(s).statementName
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["statements", i, "carryOffsetsFrom"],
        input: s.carryOffsetsFrom,
        message: "the name of a previous version, not of this one",
      });
    }
    if (typeof s.pool === "string" && !poolNames.has(s.pool)) {
      ctx.addIssue({
        code: "custom",
        path: ["statements", i, "pool"],
        input: s.pool,
        message:
          poolNames.size > 0
            ? `one of the pools: ${[...poolNames].join(", ")}`
            : "a pool declared under pools",
      });
    }
  });
  // Every running statement holds at least one CFU of its pool, so a pool's
  // maxCfu below its running statements starves them (e.g. after shrinking it).
  (Array.isArray(cfg.pools) ? cfg.pools : []).forEach((pool, i) => {
    if (!pool || !isMaxCfu(pool.maxCfu)) return;
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
  const needDatabase = statements.filter((s) => s && s.properties?.[databaseProperty] === undefined);
  if (!hasKafka && needDatabase.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["kafka"],
      input: cfg.kafka,
      message: `clusterId or create, because statements (${needDatabase.map((s) => s.name).join(", ")}) resolve tables in the cluster (sql.current-database)`,
    });
  }
}

/**
 * A Kafka API key goes with its secret: both or neither. One rule for the
 * stack's `flink-platform:kafkaApiKey` / `kafkaApiSecret` (cloudSecretKeys)
 * and the component's args of the same names.
 */
export function kafkaKeyPairRule(
  cfg: { readonly kafkaApiKey?: unknown; readonly kafkaApiSecret?: unknown } | undefined,
  ctx: z.RefinementCtx,
): void {
  if (
    !cfg ||
    typeof cfg !== "object" ||
    (cfg.kafkaApiKey === undefined) === (cfg.kafkaApiSecret === undefined)
  )
    return;
  ctx.addIssue({
    code: "custom",
    path: [cfg.kafkaApiKey === undefined ? "kafkaApiKey" : "kafkaApiSecret"],
    input: undefined,
    message: "set together with its pair (kafkaApiKey and kafkaApiSecret)",
  });
}

/** Everything under `flink-platform:cloud` in a cloud stack's file. */
export const cloudConfigSchema = z
  .strictObject(cloudConfigShape)
  .superRefine(cloudRulesCheck, { when: () => true });

export type CloudConfigInput = z.input<typeof cloudConfigSchema>;
export type CloudConfig = z.output<typeof cloudConfigSchema>;

/** Validates the `flink-platform:cloud` value; throws one ConfigError listing every problem. */
export function parseCloudConfig(value: unknown): CloudConfig {
  return parseOrThrow(cloudConfigSchema, value, {
    prefix: `${configNamespace}:${cloudConfigKey}.`,
    title: "Invalid flink-platform cloud configuration",
  });
}
