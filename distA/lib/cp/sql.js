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
exports.registerCmfSql = registerCmfSql;
const pulumi = __importStar(require("@pulumi/pulumi"));
const k8s = __importStar(require("../kubernetes/k8s-sdk"));
const statements_1 = require("../core/statements");
const config_sql_1 = require("./config-sql");
const kafka_catalog_1 = require("./cmf/kafka-catalog");
const kafka_database_1 = require("./cmf/kafka-database");
const secret_1 = require("./cmf/secret");
const secret_mapping_1 = require("./cmf/secret-mapping");
const statement_1 = require("./cmf/statement");
const config_sql_2 = require("./config-sql");
/** Base64 `data` of a Kubernetes Secret, decoded (the provider marks Secret data secret). */
function decoded(data) {
    return Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));
}
/** Registers the SQL objects under `parent`; returns the deployed (versioned) statement names by base name. */
function registerCmfSql(parent, name, ctx) {
    const { sql, connection } = ctx;
    const opts = (dependsOn) => ({
        parent,
        dependsOn: [...ctx.dependsOn, ...dependsOn],
    });
    const secrets = new Map(sql.secrets.map((s) => {
        const source = s.kubernetesSecret;
        const data = source
            ? k8s.coreV1.Secret.get(`${name}-cmf-secret-source-${s.name}`, `${source.namespace ?? ctx.cmfNamespace}/${source.name}`, { parent }).data.apply(decoded)
            : pulumi.output(ctx.sqlSecrets ?? "{}").apply((text) => (0, config_sql_1.parseCmfSqlSecrets)(text)[s.name]);
        const secret = new secret_1.CmfSecret(`${name}-cmf-secret-${s.name}`, { connection, name: s.name, data }, opts([]));
        return [s.name, secret];
    }));
    // A connection secret id is mapped in every environment, so any statement may use any database.
    const mappings = new Map(sql.secretMappings.map((m) => [
        m.name,
        ctx.environments.map((env) => new secret_mapping_1.CmfEnvironmentSecretMapping(`${name}-cmf-secret-mapping-${m.name}-${env.name}`, { connection, environment: env.resource.name, name: m.name, secretName: m.secretName }, opts([env.resource, secrets.get(m.secretName)]))),
    ]));
    const mappingDeps = (secret) => (secret === undefined ? [] : mappings.get(secret));
    const databases = new Map();
    for (const c of sql.catalogs) {
        const catalog = new kafka_catalog_1.CmfKafkaCatalog(`${name}-cmf-catalog-${c.name}`, {
            connection,
            name: c.name,
            connectionConfig: { ...c.schemaRegistry.config, "schema.registry.url": c.schemaRegistry.url },
            connectionSecretId: c.schemaRegistry.connectionSecretId,
        }, opts(mappingDeps(c.schemaRegistry.connectionSecretId)));
        for (const d of c.databases) {
            databases.set(`${c.name}/${d.name}`, new kafka_database_1.CmfKafkaDatabase(`${name}-cmf-database-${c.name}-${d.name}`, {
                connection,
                catalog: c.name,
                name: d.name,
                connectionConfig: { ...d.config, "bootstrap.servers": d.bootstrapServers },
                connectionSecretId: d.connectionSecretId,
            }, opts([catalog, ...mappingDeps(d.connectionSecretId)])));
        }
    }
    const names = {};
    for (const s of sql.statements) {
        const versioned = (0, statements_1.versionStatement)(s);
        const { catalog, database } = (0, config_sql_2.statementCatalogDatabase)(sql, s.properties);
        const pool = ctx.pool(s.pool);
        names[s.name] = versioned.statementName;
        // The logical name stays the base name: a new version is a replacement of this resource
        // (created first, as its CMF name differs; the old one is stopped and deleted after).
        new statement_1.CmfStatement(`${name}-cmf-statement-${s.name}`, {
            connection,
            environment: pool.environment.name,
            name: versioned.statementName,
            statement: versioned.statement,
            computePoolName: s.pool,
            properties: { [statements_1.catalogProperty]: catalog, [statements_1.databaseProperty]: database, ...versioned.properties },
            stopped: versioned.stopped,
        }, opts([pool.environment, pool.resource, databases.get(`${catalog}/${database}`)]));
    }
    return names;
}
