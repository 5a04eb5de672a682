import { versionStatement, type VersionedStatement } from "../core/statements";
import { offsetCarryOverProperty } from "./config";

export { catalogProperty, databaseProperty, offsetCarryOverProperty } from "./config";
export {
  normalizeStatementSql,
  statementContentHash,
  statementHashLength,
  statementReplaceOnChanges,
  versionedStatementName,
} from "../core/statements";

/**
 * Confluent Cloud Flink statements: the naming and versioning shared with
 * the CP target (core/statements.ts) plus Cloud's offset carry-over. Pure:
 * no SDK imports, so the plan/diff tooling can use it without loading Pulumi.
 */

/** One statement as ConfluentCloudFlink takes it. */
export interface FlinkStatementSpec {
  /**
   * Base name; the deployed statement is named `<name>-<8 hex of the content hash>`.
   * Unique within the environment across stacks, so prefix it per application.
   */
  readonly name: string;
  /**
   * SQL file, relative to the project (a `.sql` file inside it, at most 1 MiB); read when the
   * args are parsed. Set it or `sql`.
   * @default none: `sql` holds the SQL
   */
  readonly file?: string;
  /**
   * SQL text. Line endings and outer whitespace are normalized. Set it or `file`.
   * @default none: the SQL is read from `file`
   */
  readonly sql?: string;
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

/** A spec as parsed: its SQL read from its file, if it named one. */
export type ParsedStatement = Omit<FlinkStatementSpec, "file" | "sql"> & { readonly sql: string };

/** What gets deployed for one spec, apart from catalog/database (resolved from outputs); `properties` add the offset carry-over, when set. */
export type StatementPlan = VersionedStatement;

/**
 * The deployable form of a spec. The hash covers the normalized SQL and the
 * user's properties; not `stopped` (toggles in place), not the carry-over (only
 * meaningful at creation) and not catalog/database defaults (resolved from the
 * environment and cluster).
 */
export function planStatement(spec: ParsedStatement): StatementPlan {
  const versioned = versionStatement(spec);
  if (spec.carryOffsetsFrom === undefined) return versioned;
  return {
    ...versioned,
    properties: { ...versioned.properties, [offsetCarryOverProperty]: spec.carryOffsetsFrom },
  };
}

export { flinkStatementType } from "./statement-type";
