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
exports.statementSqlField = exports.statementFileField = exports.statementNameRules = exports.statementReplaceOnChanges = exports.databaseProperty = exports.catalogProperty = exports.statementHashLength = void 0;
exports.normalizeStatementSql = normalizeStatementSql;
exports.sortedEntries = sortedEntries;
exports.statementContentHash = statementContentHash;
exports.versionedStatementName = versionedStatementName;
exports.versionStatement = versionStatement;
exports.patternedString = patternedString;
exports.statementFields = statementFields;
exports.statementSchemas = statementSchemas;
const node_crypto_1 = require("node:crypto");
const z = __importStar(require("zod"));
const formats_1 = require("./formats");
const secrets_1 = require("./secrets");
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
exports.statementHashLength = 8;
/**
 * Bumped only if the hashing scheme changes on purpose: every statement would
 * get a new name (and be redeployed) at once.
 */
const hashScheme = "flink-platform/statement/v1";
/** Property holding the SQL catalog (Cloud: the environment; CP: a `cmf.catalogs` entry). */
exports.catalogProperty = "sql.current-catalog";
/** Property holding the SQL database (Cloud: the Kafka cluster; CP: a database of that catalog). */
exports.databaseProperty = "sql.current-database";
/**
 * Normalizes SQL so that editor noise (CRLF, trailing newline) does not create a
 * new version. The normalized text is both hashed and sent: they must agree, or
 * a changed `statement` would force a replacement under the same name.
 */
function normalizeStatementSql(sql) {
    return sql.replace(/\r\n?/g, "\n").trim();
}
/** Properties as `[key, value]` pairs sorted by key. */
function sortedEntries(properties) {
    return Object.entries(properties ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** SHA-256 (hex) of the normalized SQL and the properties (key order does not matter). */
function statementContentHash(sql, properties) {
    const canonical = JSON.stringify([hashScheme, normalizeStatementSql(sql), sortedEntries(properties)]);
    return (0, node_crypto_1.createHash)("sha256").update(canonical, "utf8").digest("hex");
}
/** `<name>-<hash8>`: a new name whenever SQL or properties change. */
function versionedStatementName(name, sql, properties) {
    return `${name}-${statementContentHash(sql, properties).slice(0, exports.statementHashLength)}`;
}
/**
 * The versioned form of `{name, sql, properties, stopped}`. The hash covers
 * the normalized SQL and the properties; not `stopped` (toggles in place).
 */
function versionStatement(spec) {
    const statement = normalizeStatementSql(spec.sql);
    const properties = Object.fromEntries(sortedEntries(spec.properties));
    const contentHash = statementContentHash(statement, properties);
    return {
        statementName: `${spec.name}-${contentHash.slice(0, exports.statementHashLength)}`,
        statement,
        properties,
        stopped: spec.stopped ?? false,
        contentHash,
    };
}
/**
 * Inputs whose change replaces a statement, on both targets: a new name is a
 * new statement, and its SQL is immutable once it runs; `stopped` toggles in
 * place. Cloud's `replaceOnChanges` and the plan diff read it; the CMF
 * statement's table (lib/cp/cmf/replace-on-change.ts) adds its environment.
 */
exports.statementReplaceOnChanges = ["statement", "statementName"];
// ---------------------------------------------------------------------------
// The `statements:` config shape
// ---------------------------------------------------------------------------
const dnsLabelPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Rules of the statement names, with the text shown to users. */
exports.statementNameRules = {
    /**
     * Statement base names. The deployed name appends `-<8 hex>`; 54 keeps the
     * versioned name a 63-character DNS label.
     */
    statementName: {
        pattern: dnsLabelPattern,
        maxLength: 54,
        allowed: "a name of lowercase letters, digits and '-' starting and ending with a letter or digit (at most 54 characters)",
    },
    /** A full (versioned) statement name, e.g. for offset carry-over. */
    deployedStatementName: {
        pattern: dnsLabelPattern,
        maxLength: 100,
        allowed: "an existing statement name such as orders-enrich-1a2b3c4d",
    },
};
/** A string matching `rule` (pattern and length), with its `allowed` text as the error. */
function patternedString(rule) {
    return z
        .string({ error: rule.allowed })
        .refine((v) => rule.pattern.test(v) && (rule.maxLength === undefined || v.length <= rule.maxLength), {
        error: rule.allowed,
    });
}
/** Statement properties; secret ones (`sql.secrets.*`, ...) would be stored in plain text, so they are refused. */
const propertiesSchema = (0, formats_1.optionMap)("statement property", secrets_1.statementPropertySecretPointer);
/**
 * Fields of a statement other than where its SQL comes from; `pool` is the
 * target's pool-name rule. The config names a `file`, component args carry
 * the `sql` read from it.
 */
function statementFields(pool) {
    return {
        name: patternedString(exports.statementNameRules.statementName),
        /** Key of a compute pool declared by the target. */
        pool,
        properties: propertiesSchema.optional(),
        stopped: z.boolean({ error: "true or false" }).optional(),
        /** Full name of the previous version whose offsets the new version starts from (Confluent Cloud). */
        carryOffsetsFrom: patternedString(exports.statementNameRules.deployedStatementName).optional(),
    };
}
/** `file`: SQL file, relative to the project; the stack program reads it (core/files.ts rules). */
exports.statementFileField = z
    .string({ error: "a path to a .sql file" })
    .min(1, { error: "a path to a .sql file" });
/** `sql`: SQL text; line endings and outer whitespace are normalized. */
exports.statementSqlField = z
    .string({ error: "non-empty SQL text" })
    .refine((v) => normalizeStatementSql(v) !== "", { error: "non-empty SQL text" });
/** A statement as a stack file declares it (`file`) and as component args take it (`sql`). */
function statementSchemas(pool) {
    const fields = statementFields(pool);
    const { name, ...rest } = fields;
    return {
        fields,
        config: z.strictObject({ name, file: exports.statementFileField, ...rest }),
        args: z.strictObject({ name, sql: exports.statementSqlField, ...rest }),
    };
}
