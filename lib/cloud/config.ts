import * as z from "zod";
import { parseOrThrow } from "../core/load";
import { uniqueNames } from "../core/rules";
import { configNamespace } from "../core/schema";
import { databaseProperty, statementSchema, versionStatement } from "../core/statements";
import {
  CloudProvider,
  FlinkRole,
  KafkaClusterType,
  StreamGovernancePackage,
  cloudProviders,
  cloudRules,
  flinkRoles,
  isMaxCfu,
  kafkaClusterTypes,
  patterned,
  streamGovernancePackages,
  topicGrantProblem,
} from "./config-values";

/**
 * The `flink-platform:cloud` section of a cloud stack's config; its
 * vocabulary and value rules are in ./config-values.
 */

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

/** The deployed smoke statement's SQL: bounded (one row, then COMPLETED), it reads no table. */
export const cloudSmokeTestSql = "SELECT 1 AS smoke_test;";

/**
 * Confluent Cloud's smoke test: one bounded statement that proves the pool,
 * the runner's principal and its Flink API key work. The provider's create
 * waits until a statement is RUNNING or COMPLETED and fails `pulumi up`
 * otherwise; `confluent flink query` documents such bounded queries
 * ("Run a bounded Flink SQL query, wait for completion").
 */
export const cloudSmokeTestSchema = z.strictObject({
  enabled: z.boolean({ error: "true or false" }).default(false),
  /** Pool that runs it; defaults to the first of `pools`. */
  pool: patterned("poolName").optional(),
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
  /** The smoke statement (off unless enabled; absent keeps the parsed section unchanged). */
  smokeTest: cloudSmokeTestSchema.optional(),
};

/** What the cross-field rules read: the section as parsed so far. */
export type CloudRuleInput = z.output<z.ZodObject<typeof cloudConfigShape>>;

function smokeTestRules(
  ctx: z.RefinementCtx,
  smoke: CloudRuleInput["smokeTest"],
  poolNames: Set<string>,
): void {
  if (smoke?.enabled !== true) return;
  if (poolNames.size === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["smokeTest", "enabled"],
      input: true,
      message: "false unless a pool is declared under pools (the smoke statement runs on one)",
    });
  } else if (smoke.pool !== undefined && !poolNames.has(smoke.pool)) {
    ctx.addIssue({
      code: "custom",
      path: ["smokeTest", "pool"],
      input: smoke.pool,
      message: `one of the pools: ${[...poolNames].join(", ")}`,
    });
  }
}

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
  smokeTestRules(ctx, cfg.smokeTest, poolNames);
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
