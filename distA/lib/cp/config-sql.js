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
exports.cmfSqlArgsShape = exports.cmfSqlShape = exports.cpStatements = exports.cmfKafkaCatalogSchema = exports.cmfKafkaDatabaseSchema = exports.cmfSecretMappingSchema = exports.cmfSqlSecretSchema = exports.cmfSqlSecretsKey = void 0;
exports.cmfSqlRules = cmfSqlRules;
exports.statementCatalogDatabase = statementCatalogDatabase;
exports.cmfSqlSecretsNeeded = cmfSqlSecretsNeeded;
exports.cmfSqlConfig = cmfSqlConfig;
exports.parseCmfSqlSecrets = parseCmfSqlSecrets;
const z = __importStar(require("zod"));
const formats_1 = require("../core/formats");
const rules_1 = require("../core/rules");
const errors_1 = require("../core/errors");
const schema_1 = require("../core/schema");
const secrets_1 = require("../core/secrets");
const statements_1 = require("../core/statements");
/**
 * Flink SQL on Confluent Platform: the keys of `flink-platform:cmf` that
 * declare CMF secrets, environment secret mappings, Kafka catalogs (with
 * their databases) and statements, and their cross-field rules. Statements
 * have the same shape as Confluent Cloud's (core/statements.ts).
 */
var secrets_2 = require("../core/secrets");
Object.defineProperty(exports, "cmfSqlSecretsKey", { enumerable: true, get: function () { return secrets_2.cmfSqlSecretsKey; } });
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** CMF object names (the DNS rule CMF applies, `PostResourceBase.name`). */
const cmfName = (what) => z
    .string({ error: `a ${what} name: lowercase letters, digits, '-' and '.' (a DNS-1123 subdomain)` })
    .max(253, { error: `a ${what} name of at most 253 characters` })
    .regex(dns1123Subdomain, {
    error: `a ${what} name: lowercase letters, digits, '-' and '.' (a DNS-1123 subdomain)`,
});
/** Client options of Kafka and Schema Registry; credentials come from a secret mapping, never from here. */
const clientOptions = (what) => (0, formats_1.optionMap)(what, secrets_1.cmfSettingSecretPointer);
exports.cmfSqlSecretSchema = z.strictObject({
    /** CMF secret name. */
    name: cmfName("secret"),
    /**
     * Take the data from this Kubernetes Secret (its keys and values, read at
     * deploy time). Without it, the data is `flink-platform:cmfSqlSecrets.<name>`.
     */
    kubernetesSecret: z
        .strictObject({
        name: cmfName("Kubernetes Secret"),
        /** @default the CMF namespace */
        namespace: schema_1.dnsLabel.optional(),
    })
        .optional(),
});
exports.cmfSecretMappingSchema = z.strictObject({
    /** The connection secret id catalogs and databases name; mapped into every CMF environment. */
    name: cmfName("connection secret id"),
    /** A secret under `cmf.secrets` (EnvironmentSecretMappingSpec.secretName). */
    secretName: cmfName("secret"),
});
exports.cmfKafkaDatabaseSchema = z.strictObject({
    name: cmfName("database"),
    /** `bootstrap.servers` of the Kafka cluster. */
    bootstrapServers: z
        .string({ error: "a host:port list such as kafka.confluent.svc:9092" })
        .regex(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, { error: "a host:port list such as kafka.confluent.svc:9092" }),
    /** More Kafka client options (security.protocol, sasl.mechanism, ...); no credentials. */
    config: clientOptions("Kafka client option").optional(),
    /** Connection secret id (a `cmf.secretMappings` name) holding the Kafka credentials. */
    connectionSecretId: cmfName("connection secret id"),
});
exports.cmfKafkaCatalogSchema = z.strictObject({
    name: cmfName("catalog"),
    schemaRegistry: z.strictObject({
        /** `schema.registry.url`. */
        url: z.url({ protocol: /^https?$/, error: "an http(s) URL of Schema Registry" }),
        /** More Schema Registry client options; no credentials. */
        config: clientOptions("Schema Registry option").optional(),
        /** Connection secret id (a `cmf.secretMappings` name) holding the Schema Registry credentials. */
        connectionSecretId: cmfName("connection secret id").optional(),
    }),
    /** The Kafka clusters of the catalog. */
    databases: z.array(exports.cmfKafkaDatabaseSchema, { error: "a list of databases" }).default([]),
});
/** CP statements: the shared statement shape with the platform's pool names (`flink-platform:pools`). */
exports.cpStatements = (0, statements_1.statementSchemas)(schema_1.dnsLabel);
/** The SQL keys of `flink-platform:cmf`; statements name their `file`. */
exports.cmfSqlShape = {
    secrets: z.array(exports.cmfSqlSecretSchema, { error: "a list of CMF secrets" }).default([]),
    secretMappings: z.array(exports.cmfSecretMappingSchema, { error: "a list of secret mappings" }).default([]),
    catalogs: z.array(exports.cmfKafkaCatalogSchema, { error: "a list of Kafka catalogs" }).default([]),
    statements: z.array(exports.cpStatements.config, { error: "a list of statements" }).default([]),
};
/** The same keys as FlinkPlatformCP args take them: statements carry their `sql`. */
exports.cmfSqlArgsShape = {
    ...exports.cmfSqlShape,
    statements: z.array(exports.cpStatements.args, { error: "a list of statements" }).default([]),
};
const list = (value) => (Array.isArray(value) ? value : []);
const oneOf = (names, what, where) => names.size > 0
    ? `one of the ${what}: ${[...names].join(", ")}`
    : `a ${what.replace(/s$/, "")} declared under ${where}`;
/**
 * Cross-field rules of the SQL keys: every reference names something
 * declared. A mapping names a secret; a catalog's or database's
 * `connectionSecretId` names a mapping (a database without one cannot authenticate); a
 * statement names a pool of `pools`, and its catalog and database (the
 * `sql.current-catalog` / `sql.current-database` properties, or the only
 * catalog and its only database). Defensive reads: runs on invalid input too.
 */
function cmfSqlRules(cmf, pools, ctx) {
    if (!cmf || typeof cmf !== "object")
        return;
    const issues = [];
    const add = (path, input, message) => issues.push({ path: ["cmf", ...path], input, message });
    const secrets = (0, rules_1.uniqueNames)(ctx, cmf.secrets, "cmf.secrets", "secret");
    const mappings = (0, rules_1.uniqueNames)(ctx, cmf.secretMappings, "cmf.secretMappings", "secret mapping");
    const catalogs = (0, rules_1.uniqueNames)(ctx, cmf.catalogs, "cmf.catalogs", "catalog");
    (0, rules_1.uniqueNames)(ctx, cmf.statements, "cmf.statements", "statement");
    list(cmf.secretMappings).forEach((m, i) => {
        if (typeof m?.secretName === "string" && !secrets.has(m.secretName)) {
            add(["secretMappings", i, "secretName"], m.secretName, oneOf(secrets, "secrets", "cmf.secrets"));
        }
    });
    const mapped = (path, secret) => {
        if (typeof secret === "string" && !mappings.has(secret)) {
            add(path, secret, oneOf(mappings, "secret mappings", "cmf.secretMappings"));
        }
    };
    const databases = new Map();
    list(cmf.catalogs).forEach((c, i) => {
        mapped(["catalogs", i, "schemaRegistry", "connectionSecretId"], c?.schemaRegistry?.connectionSecretId);
        const names = new Set();
        list(c?.databases).forEach((d, j) => {
            mapped(["catalogs", i, "databases", j, "connectionSecretId"], d?.connectionSecretId);
            if (typeof d?.name !== "string")
                return;
            if (names.has(d.name))
                add(["catalogs", i, "databases", j, "name"], d.name, "each database name once per catalog");
            names.add(d.name);
        });
        if (typeof c?.name === "string")
            databases.set(c.name, names);
    });
    const poolNames = new Set(list(pools).flatMap((p) => (typeof p?.name === "string" ? [p.name] : [])));
    list(cmf.statements).forEach((s, i) => {
        if (!s)
            return;
        if (typeof s.pool === "string" && !poolNames.has(s.pool)) {
            add(["statements", i, "pool"], s.pool, oneOf(poolNames, "pools", "flink-platform:pools"));
        }
        if (s.carryOffsetsFrom !== undefined) {
            add(["statements", i, "carryOffsetsFrom"], s.carryOffsetsFrom, "not set on the cp target (a Confluent Cloud offset carry-over; a CMF statement starts from its tables' offsets)");
        }
        const props = s.properties ?? {};
        const catalog = props[statements_1.catalogProperty] ?? (catalogs.size === 1 ? [...catalogs][0] : undefined);
        const catalogPath = ["statements", i, "properties", statements_1.catalogProperty];
        if (catalog === undefined) {
            add(catalogPath, undefined, `${oneOf(catalogs, "catalogs", "cmf.catalogs")} (required when there is not exactly one catalog)`);
            return;
        }
        if (!catalogs.has(catalog)) {
            add(catalogPath, catalog, oneOf(catalogs, "catalogs", "cmf.catalogs"));
            return;
        }
        const inCatalog = databases.get(catalog) ?? new Set();
        const database = props[statements_1.databaseProperty] ?? (inCatalog.size === 1 ? [...inCatalog][0] : undefined);
        if (database === undefined || !inCatalog.has(database)) {
            add(["statements", i, "properties", statements_1.databaseProperty], database, `${oneOf(inCatalog, `databases of catalog ${catalog}`, `cmf.catalogs[name=${catalog}].databases`)}${database === undefined ? " (required when the catalog has not exactly one database)" : ""}`);
        }
    });
    for (const issue of issues)
        ctx.addIssue({ code: "custom", ...issue });
}
/** The catalog and database a valid statement runs against: its properties, or the only ones declared. */
function statementCatalogDatabase(cmf, properties) {
    const catalog = properties?.[statements_1.catalogProperty] ?? cmf.catalogs[0].name;
    const databases = cmf.catalogs.find((c) => c.name === catalog).databases;
    return { catalog, database: properties?.[statements_1.databaseProperty] ?? databases[0].name };
}
/** Config-sourced secrets (no `kubernetesSecret`) need `flink-platform:cmfSqlSecrets`; the problem, if any. */
function cmfSqlSecretsNeeded(cmf) {
    return list(cmf?.secrets)
        .filter((s) => s && s.kubernetesSecret === undefined && typeof s.name === "string")
        .map((s) => s.name);
}
/** The SQL keys of a validated section. */
function cmfSqlConfig(cmf) {
    return {
        secrets: cmf.secrets,
        secretMappings: cmf.secretMappings,
        catalogs: cmf.catalogs,
        statements: cmf.statements,
    };
}
/**
 * Reads the value of `flink-platform:cmfSqlSecrets`: a JSON object of secret
 * name to a map of key to string value. A value that is not one is a
 * ConfigError naming the key, never showing the value. Offline synth's
 * placeholder (`[secret]`, never decrypted) reads as no data.
 */
function parseCmfSqlSecrets(text) {
    if (text === secrets_1.secretPlaceholder)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        parsed = undefined;
    }
    const isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    const ok = isMap(parsed) &&
        Object.values(parsed).every((data) => isMap(data) && Object.values(data).every((v) => typeof v === "string"));
    if (!ok) {
        throw new errors_1.ConfigError([
            {
                path: `${schema_1.configNamespace}:${secrets_1.cmfSqlSecretsKey}`,
                got: secrets_1.hiddenSecret,
                allowed: 'a JSON object of CMF secret name to a map of key to string value, such as {"kafka-credentials": {"sasl.jaas.config": "..."}}',
            },
        ], "Invalid flink-platform stack configuration");
    }
    return parsed;
}
