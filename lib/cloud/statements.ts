import { createHash } from "node:crypto";
import { offsetCarryOverProperty } from "./config";

export { catalogProperty, databaseProperty, offsetCarryOverProperty } from "./config";

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
  /** Key of the compute pool (in `pools`) that runs it. */
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
    statementName: versionedStatementName(spec.name, statement, userProperties),
    statement,
    properties:
      spec.carryOffsetsFrom !== undefined
        ? { ...userProperties, [offsetCarryOverProperty]: spec.carryOffsetsFrom }
        : userProperties,
    stopped: spec.stopped ?? false,
    contentHash,
  };
}

/** Type of the statement resource, as plans and diffs show it. */
export const flinkStatementType = "confluentcloud:index/flinkStatement:FlinkStatement";

/**
 * Inputs whose change replaces a statement: the one table the statement
 * resource's `replaceOnChanges` option and the plan diff (lib/plan/diff.ts)
 * both use. The provider cannot rename a statement in place (a new name is a
 * new statement), and its SQL is immutable once it runs; `stopped` and the
 * carry-over toggle in place.
 */
export const statementReplaceOnChanges: readonly string[] = ["statement", "statementName"];
