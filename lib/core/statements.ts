import { createHash } from "node:crypto";
import * as z from "zod";
import { projectRoot, readProjectFileOrRefuse, sqlFileRule } from "./files";
import { optionMap } from "./formats";
import { statementPropertySecretPointer } from "./secrets";

/**
 * One Flink SQL statement concept across targets: the `statements:` config
 * shape, the naming/versioning scheme and the replace rule that Confluent
 * Cloud (`flink-platform:cloud.statements`, lib/cloud) and Confluent Platform
 * (`flink-platform:cmf.statements`, lib/cp/cmf/statement.ts) share, so a
 * pipeline moves between the two by changing its target, not its statements.
 * Pure: no SDK imports, so the plan/diff tooling can use it without Pulumi.
 *
 * A statement's SQL and properties are immutable once it runs (Confluent
 * Cloud; CMF likewise: its `Statement` has no update of `spec.statement`
 * that restarts the job), and its name is its identity in the environment.
 * So the deployed name carries a hash of the content: changing SQL or
 * properties yields a new name (Pulumi creates the new statement, waits for
 * it, then deletes the old one), changing nothing keeps the name, and
 * `stopped` toggles in place because it is not part of the hash.
 */

/** Hex digits of the content hash appended to a statement's base name. */
export const statementHashLength = 8;

/**
 * Bumped only if the hashing scheme changes on purpose: every statement would
 * get a new name (and be redeployed) at once.
 */
const hashScheme = "flink-platform/statement/v1";

/** Property holding the SQL catalog (Cloud: the environment; CP: a `cmf.catalogs` entry). */
export const catalogProperty = "sql.current-catalog";
/** Property holding the SQL database (Cloud: the Kafka cluster; CP: a database of that catalog). */
export const databaseProperty = "sql.current-database";

/**
 * Normalizes SQL so that editor noise (CRLF, trailing newline) does not create a
 * new version. The normalized text is both hashed and sent: they must agree, or
 * a changed `statement` would force a replacement under the same name.
 */
export function normalizeStatementSql(sql: string): string {
  return sql.replace(/\r\n?/g, "\n").trim();
}

/** Properties as `[key, value]` pairs sorted by key. */
export function sortedEntries(properties: Readonly<Record<string, string>> | undefined): [string, string][] {
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

/** The versioned form of a statement, common to both targets. */
export interface VersionedStatement {
  /** Versioned name: `<name>-<hash8>`. */
  readonly statementName: string;
  /** Normalized SQL as sent (and hashed). */
  readonly statement: string;
  /** The user's properties, sorted by key. */
  readonly properties: Readonly<Record<string, string>>;
  readonly stopped: boolean;
  /** Full content hash (hex); the name uses its first {@link statementHashLength} digits. */
  readonly contentHash: string;
}

/**
 * The versioned form of `{name, sql, properties, stopped}`. The hash covers
 * the normalized SQL and the properties; not `stopped` (toggles in place).
 */
export function versionStatement(spec: {
  readonly name: string;
  readonly sql: string;
  readonly properties?: Readonly<Record<string, string>>;
  readonly stopped?: boolean;
}): VersionedStatement {
  const statement = normalizeStatementSql(spec.sql);
  const properties = Object.fromEntries(sortedEntries(spec.properties));
  const contentHash = statementContentHash(statement, properties);
  return {
    statementName: `${spec.name}-${contentHash.slice(0, statementHashLength)}`,
    statement,
    properties,
    stopped: spec.stopped ?? false,
    contentHash,
  };
}

export { statementReplaceOnChanges } from "./replace-on-change";

// ---------------------------------------------------------------------------
// The `statements:` config shape
// ---------------------------------------------------------------------------

const dnsLabelPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Rules of the statement names, with the text shown to users. */
export const statementNameRules = {
  /**
   * Statement base names. The deployed name appends `-<8 hex>`; 54 keeps the
   * versioned name a 63-character DNS label.
   */
  statementName: {
    pattern: dnsLabelPattern,
    maxLength: 54,
    allowed:
      "a name of lowercase letters, digits and '-' starting and ending with a letter or digit (at most 54 characters)",
  },
  /** A full (versioned) statement name, e.g. for offset carry-over. */
  deployedStatementName: {
    pattern: dnsLabelPattern,
    maxLength: 100,
    allowed: "an existing statement name such as orders-enrich-1a2b3c4d",
  },
} as const;

/** A string matching `rule` (pattern and length), with its `allowed` text as the error. */
export function patternedString(rule: { pattern: RegExp; maxLength?: number; allowed: string }) {
  return z
    .string({ error: rule.allowed })
    .refine((v) => rule.pattern.test(v) && (rule.maxLength === undefined || v.length <= rule.maxLength), {
      error: rule.allowed,
    });
}

/** Statement properties; secret ones (`sql.secrets.*`, ...) would be stored in plain text, so they are refused. */
const propertiesSchema = optionMap("statement property", statementPropertySecretPointer);

/**
 * Fields of a statement other than where its SQL comes from; `pool` is the
 * target's pool-name rule.
 */
export function statementFields<P extends z.ZodType>(pool: P) {
  return {
    name: patternedString(statementNameRules.statementName),
    /** Key of a compute pool declared by the target. */
    pool,
    properties: propertiesSchema.optional(),
    stopped: z.boolean({ error: "true or false" }).optional(),
    /** Full name of the previous version whose offsets the new version starts from (Confluent Cloud). */
    carryOffsetsFrom: patternedString(statementNameRules.deployedStatementName).optional(),
  };
}

const fileAllowed = "a path to a .sql file";
const sqlAllowed = "non-empty SQL text";

/** `file`: SQL file, relative to the project, read under the rules of core/files.ts. */
export const statementFileField = z.string({ error: fileAllowed }).min(1, { error: fileAllowed });

/** `sql`: SQL text; line endings and outer whitespace are normalized. */
export const statementSqlField = z
  .string({ error: sqlAllowed })
  .refine((v) => normalizeStatementSql(v) !== "", { error: sqlAllowed });

/** A statement as declared: its SQL in `file` or as `sql` text. */
export interface StatementInput<Pool> {
  readonly name: string;
  readonly file?: string;
  readonly sql?: string;
  readonly pool: Pool;
  readonly properties?: Record<string, string>;
  readonly stopped?: boolean;
  readonly carryOffsetsFrom?: string;
}

/** A statement as parsed: its SQL read (`file` gone). */
export type StatementOutput<Pool> = Omit<StatementInput<Pool>, "file" | "sql"> & { readonly sql: string };

/**
 * The schema {@link statementSchema} returns, named so the emitted `.d.ts`
 * states it instead of expanding zod's inference (which strict consumers
 * could not compile).
 */
export type StatementSchema<P extends z.ZodType, E extends z.ZodRawShape = Record<never, never>> = z.ZodType<
  StatementOutput<z.output<P>> & ExtraFields<E, "out">,
  StatementInput<z.input<P>> & ExtraFields<E, "in">
>;

/** A target's extra statement fields as parsed (`out`) or declared (`in`); nothing without any. */
type ExtraFields<E extends z.ZodRawShape, D extends "in" | "out"> = keyof E extends never
  ? unknown
  : D extends "out"
    ? z.output<z.ZodObject<E>>
    : z.input<z.ZodObject<E>>;

/**
 * A statement as a stack file and component args declare it: its SQL in a
 * `file` (what stack files do) or as `sql` text (what a program may do), one
 * of the two. The output always carries `sql`: a `file` is read here, inside
 * the project ({@link projectRoot}) with the bounded reader, so a section
 * the stack program parsed reaches its component with its SQL and is not
 * validated again. `extra` adds a target's own fields (CP: declared
 * savepoints and the start point, core/rollback-schema.ts), so the other
 * target still refuses them as unknown keys.
 */
export function statementSchema<P extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  pool: P,
  extra?: E,
): StatementSchema<P, E> {
  const { name, ...rest } = statementFields(pool);
  return z
    .strictObject({
      name,
      file: statementFileField.optional(),
      sql: statementSqlField.optional(),
      ...rest,
      ...extra,
    })
    .superRefine((s, ctx) => {
      if ((s.file === undefined) === (s.sql === undefined)) {
        const both = s.file !== undefined;
        ctx.addIssue({
          code: "custom",
          path: [both ? "sql" : "file"],
          input: both ? s.sql : undefined,
          message: both
            ? `not set together with file: the SQL is either in a file or given as sql`
            : `required: ${fileAllowed} (or the SQL text as sql)`,
        });
      }
    })
    .transform(({ file, sql, ...statement }, ctx) => {
      if (sql !== undefined) return { ...statement, sql };
      const read = readProjectFileOrRefuse(projectRoot(), file!, sqlFileRule);
      if ("text" in read) return { ...statement, sql: read.text };
      const hint = read.hint ?? (read.found === undefined ? undefined : `found: ${read.found}`);
      ctx.addIssue({ code: "custom", path: ["file"], input: file, message: read.allowed, params: { hint } });
      return z.NEVER;
    }) as unknown as StatementSchema<P, E>; // zod infers the same shape; TypeScript cannot prove it for a generic P
}
