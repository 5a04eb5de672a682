import * as z from "zod";
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
export declare const statementHashLength = 8;
/** Property holding the SQL catalog (Cloud: the environment; CP: a `cmf.catalogs` entry). */
export declare const catalogProperty = "sql.current-catalog";
/** Property holding the SQL database (Cloud: the Kafka cluster; CP: a database of that catalog). */
export declare const databaseProperty = "sql.current-database";
/**
 * Normalizes SQL so that editor noise (CRLF, trailing newline) does not create a
 * new version. The normalized text is both hashed and sent: they must agree, or
 * a changed `statement` would force a replacement under the same name.
 */
export declare function normalizeStatementSql(sql: string): string;
/** Properties as `[key, value]` pairs sorted by key. */
export declare function sortedEntries(properties: Readonly<Record<string, string>> | undefined): [string, string][];
/** SHA-256 (hex) of the normalized SQL and the properties (key order does not matter). */
export declare function statementContentHash(sql: string, properties?: Readonly<Record<string, string>>): string;
/** `<name>-<hash8>`: a new name whenever SQL or properties change. */
export declare function versionedStatementName(name: string, sql: string, properties?: Readonly<Record<string, string>>): string;
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
export declare function versionStatement(spec: {
    readonly name: string;
    readonly sql: string;
    readonly properties?: Readonly<Record<string, string>>;
    readonly stopped?: boolean;
}): VersionedStatement;
/**
 * Inputs whose change replaces a statement, on both targets: a new name is a
 * new statement, and its SQL is immutable once it runs; `stopped` toggles in
 * place. Cloud's `replaceOnChanges` and the plan diff read it; the CMF
 * statement's table (lib/cp/cmf/replace-on-change.ts) adds its environment.
 */
export declare const statementReplaceOnChanges: readonly string[];
/** Rules of the statement names, with the text shown to users. */
export declare const statementNameRules: {
    /**
     * Statement base names. The deployed name appends `-<8 hex>`; 54 keeps the
     * versioned name a 63-character DNS label.
     */
    readonly statementName: {
        readonly pattern: RegExp;
        readonly maxLength: 54;
        readonly allowed: "a name of lowercase letters, digits and '-' starting and ending with a letter or digit (at most 54 characters)";
    };
    /** A full (versioned) statement name, e.g. for offset carry-over. */
    readonly deployedStatementName: {
        readonly pattern: RegExp;
        readonly maxLength: 100;
        readonly allowed: "an existing statement name such as orders-enrich-1a2b3c4d";
    };
};
/** A string matching `rule` (pattern and length), with its `allowed` text as the error. */
export declare function patternedString(rule: {
    pattern: RegExp;
    maxLength?: number;
    allowed: string;
}): z.ZodString;
/**
 * Fields of a statement other than where its SQL comes from; `pool` is the
 * target's pool-name rule. The config names a `file`, component args carry
 * the `sql` read from it.
 */
export declare function statementFields<P extends z.ZodType>(pool: P): {
    name: z.ZodString;
    /** Key of a compute pool declared by the target. */
    pool: P;
    properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    stopped: z.ZodOptional<z.ZodBoolean>;
    /** Full name of the previous version whose offsets the new version starts from (Confluent Cloud). */
    carryOffsetsFrom: z.ZodOptional<z.ZodString>;
};
/** `file`: SQL file, relative to the project; the stack program reads it (core/files.ts rules). */
export declare const statementFileField: z.ZodString;
/** `sql`: SQL text; line endings and outer whitespace are normalized. */
export declare const statementSqlField: z.ZodString;
/** A statement as a stack file declares it (`file`) and as component args take it (`sql`). */
export declare function statementSchemas<P extends z.ZodType>(pool: P): {
    fields: {
        name: z.ZodString;
        /** Key of a compute pool declared by the target. */
        pool: P;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        /** Full name of the previous version whose offsets the new version starts from (Confluent Cloud). */
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
    };
    config: z.ZodObject<{
        pool: P;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        file: z.ZodString;
    }, z.core.$strict>;
    args: z.ZodObject<{
        pool: P;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        sql: z.ZodString;
    }, z.core.$strict>;
};
