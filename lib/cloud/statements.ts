import { createHash } from "node:crypto";
import { ConfigProblem } from "../core/errors";
import { cloudRules, meetsRule } from "./config";

/**
 * Naming and versioning of Confluent Cloud Flink statements. Pure: no SDK
 * imports, so the plan/diff tooling can use it without loading Pulumi.
 *
 * A statement's SQL and properties are immutable once it runs, and its name is
 * its identity in the environment. So the deployed name carries a hash of the
 * content: changing SQL or properties yields a new name (Pulumi creates the new
 * statement, then deletes the old one), changing nothing keeps the name, and
 * `stopped` toggles in place because it is not part of the hash.
 */

/** Property holding the SQL catalog: the environment's display name. */
export const catalogProperty = "sql.current-catalog";
/** Property holding the SQL database: the Kafka cluster's display name. */
export const databaseProperty = "sql.current-database";
/** Property that starts a new statement from the offsets of an earlier one. */
export const offsetCarryOverProperty = "sql.tables.initial-offset-from";

/** Hex digits of the content hash appended to a statement's base name. */
export const statementHashLength = 8;

/**
 * Bumped only if the hashing scheme changes on purpose: every statement would
 * get a new name (and be redeployed) at once.
 */
const hashScheme = "flink-platform/statement/v1";

/** One statement as ConfluentCloudFlink takes it. */
export interface FlinkStatementSpec {
  /**
   * Base name; the deployed statement is named `<name>-<8 hex of the content hash>`.
   * Unique within the environment across stacks, so prefix it per application.
   */
  readonly name: string;
  /** SQL text (the stack layer reads it from a file). Line endings and outer whitespace are normalized. */
  readonly sql: string;
  /** Key of the compute pool (in `computePools`) that runs it. */
  readonly pool: string;
  /**
   * Statement properties. `sql.current-catalog` and `sql.current-database` default
   * to the environment and cluster display names.
   * @default {}
   */
  readonly properties?: Readonly<Record<string, string>>;
  /**
   * Stop (true) or resume (false) the statement in place. Only CTAS, INSERT INTO
   * and STATEMENT SET statements can resume.
   * @default false
   */
  readonly stopped?: boolean;
  /**
   * Full name of the previous version (e.g. `orders-enrich-1a2b3c4d`): the new
   * version starts from its offsets (`sql.tables.initial-offset-from`). Set it in
   * the same change as the new SQL; it is not part of the hash, so leaving it set
   * afterwards changes nothing.
   * @default no carry-over: the new version starts from the tables' configured offsets
   */
  readonly carryOffsetsFrom?: string;
}

/** What gets deployed for one spec, apart from catalog/database (resolved from outputs). */
export interface StatementPlan {
  /** Versioned name: `<name>-<hash8>`. */
  readonly statementName: string;
  /** Normalized SQL as sent to Confluent Cloud (and hashed). */
  readonly statement: string;
  /** User properties plus the offset carry-over, when set. */
  readonly properties: Readonly<Record<string, string>>;
  readonly stopped: boolean;
  /** Full content hash (hex); the name uses its first {@link statementHashLength} digits. */
  readonly contentHash: string;
}

/**
 * Normalizes SQL so that editor noise (CRLF, trailing newline) does not create a
 * new version. The normalized text is both hashed and sent: they must agree, or
 * a changed `statement` would force a replacement under the same name.
 */
export function normalizeStatementSql(sql: string): string {
  return sql.replace(/\r\n?/g, "\n").trim();
}

function sortedEntries(properties: Readonly<Record<string, string>> | undefined): [string, string][] {
  return Object.entries(properties ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** SHA-256 (hex) of the normalized SQL and the properties (key order does not matter). */
export function statementContentHash(sql: string, properties?: Readonly<Record<string, string>>): string {
  const canonical = JSON.stringify([hashScheme, normalizeStatementSql(sql), sortedEntries(properties)]);
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** `<name>-<hash8>`: a new name whenever SQL or properties change. */
export function versionedStatementName(
  name: string,
  sql: string,
  properties?: Readonly<Record<string, string>>,
): string {
  return `${name}-${statementContentHash(sql, properties).slice(0, statementHashLength)}`;
}

/**
 * The deployable form of a spec. The hash covers the normalized SQL and the
 * user's properties; not `stopped` (toggles in place), not the carry-over (only
 * meaningful at creation) and not catalog/database defaults (resolved from the
 * environment and cluster).
 */
export function planStatement(spec: FlinkStatementSpec): StatementPlan {
  const statement = normalizeStatementSql(spec.sql);
  const userProperties = Object.fromEntries(sortedEntries(spec.properties));
  const contentHash = statementContentHash(statement, userProperties);
  return {
    statementName: `${spec.name}-${contentHash.slice(0, statementHashLength)}`,
    statement,
    properties:
      spec.carryOffsetsFrom !== undefined
        ? { ...userProperties, [offsetCarryOverProperty]: spec.carryOffsetsFrom }
        : userProperties,
    stopped: spec.stopped ?? false,
    contentHash,
  };
}

/** Context the statement rules need from the rest of the args. */
export interface StatementRuleContext {
  /** Keys of the declared compute pools. */
  readonly pools: readonly string[];
  /** Whether a Kafka cluster supplies `sql.current-database`. */
  readonly hasDatabase: boolean;
}

/**
 * Every problem with a list of statement specs; `path` is where the list sits
 * in the caller's args (e.g. `statements`).
 */
export function statementProblems(
  specs: readonly FlinkStatementSpec[],
  context: StatementRuleContext,
  path = "statements",
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  specs.forEach((spec, i) => {
    const at = `${path}[${i}]`;
    if (!meetsRule("statementName", spec.name)) {
      problems.push({ path: `${at}.name`, got: spec.name, allowed: cloudRules.statementName.allowed });
    } else if (seen.has(spec.name)) {
      problems.push({
        path: `${at}.name`,
        got: spec.name,
        allowed: "a name not used by another statement",
        hint: "Each statement is one long-running job; give every one its own name.",
      });
    }
    seen.add(spec.name);
    if (typeof spec.sql !== "string" || normalizeStatementSql(spec.sql) === "") {
      problems.push({ path: `${at}.sql`, got: spec.sql, allowed: "non-empty SQL text" });
    }
    if (!context.pools.includes(spec.pool)) {
      problems.push({
        path: `${at}.pool`,
        got: spec.pool,
        allowed: context.pools.length > 0 ? `one of ${context.pools.join(", ")}` : "a declared compute pool",
      });
    }
    const properties = spec.properties ?? {};
    for (const [key, value] of Object.entries(properties)) {
      if (typeof value !== "string") {
        problems.push({ path: `${at}.properties[${key}]`, got: value, allowed: "a string value" });
      }
    }
    if (offsetCarryOverProperty in properties) {
      problems.push({
        path: `${at}.properties[${offsetCarryOverProperty}]`,
        got: properties[offsetCarryOverProperty],
        allowed: "not set here",
        hint: "Use carryOffsetsFrom: it is kept out of the version hash, so it does not create a new version by itself.",
      });
    }
    if (!context.hasDatabase && properties[databaseProperty] === undefined) {
      problems.push({
        path: `${at}.properties[${databaseProperty}]`,
        got: undefined,
        allowed:
          "set, or a Kafka cluster (kafkaClusterId or createKafkaCluster) whose name becomes the database",
      });
    }
    if (spec.carryOffsetsFrom !== undefined) {
      if (!meetsRule("deployedStatementName", spec.carryOffsetsFrom)) {
        problems.push({
          path: `${at}.carryOffsetsFrom`,
          got: spec.carryOffsetsFrom,
          allowed: cloudRules.deployedStatementName.allowed,
        });
      } else if (
        typeof spec.sql === "string" &&
        spec.carryOffsetsFrom === planStatement(spec).statementName
      ) {
        problems.push({
          path: `${at}.carryOffsetsFrom`,
          got: spec.carryOffsetsFrom,
          allowed: "the name of a previous version, not of this one",
          hint: "Offsets carry over from the version being replaced; this SQL already runs under that name.",
        });
      }
    }
  });
  return problems;
}

/**
 * Input fields whose change replaces a resource, per resource type, as dotted
 * paths. The diff tooling uses this to classify changes before Pulumi runs.
 * From the Confluent provider's schema (ForceNew) plus our own
 * `replaceOnChanges: ["statementName"]` on statements (the provider would try,
 * and fail, to rename a statement in place).
 */
export const replaceOnChangeFields: Readonly<Record<string, readonly string[]>> = {
  "confluentcloud:index/flinkComputePool:FlinkComputePool": ["cloud", "region", "environment.id"],
  "confluentcloud:index/flinkStatement:FlinkStatement": [
    "statement",
    "statementName",
    "restEndpoint",
    "environment.id",
    "organization.id",
  ],
  "confluentcloud:index/roleBinding:RoleBinding": ["principal", "roleName", "crnPattern"],
  "confluentcloud:index/apiKey:ApiKey": ["owner", "managedResource"],
  "confluentcloud:index/kafkaCluster:KafkaCluster": ["cloud", "region", "availability", "environment.id"],
};
