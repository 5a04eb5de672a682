"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.secretProblems = secretProblems;
exports.secretMappingProblems = secretMappingProblems;
exports.kafkaCatalogProblems = kafkaCatalogProblems;
exports.kafkaDatabaseProblems = kafkaDatabaseProblems;
exports.statementProblems = statementProblems;
exports.buildSecretBody = buildSecretBody;
exports.buildSecretMappingBody = buildSecretMappingBody;
exports.buildKafkaCatalogBody = buildKafkaCatalogBody;
exports.buildKafkaDatabaseBody = buildKafkaDatabaseBody;
exports.buildStatementBody = buildStatementBody;
const bodies_1 = require("./bodies");
const validate_1 = require("./validate");
function isStringMap(value) {
    return (typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((v) => typeof v === "string"));
}
function mapProblems(value, path, required, what) {
    if (value === undefined && required === undefined)
        return [];
    if (!isStringMap(value))
        return [{ path, got: value, allowed: `a map of ${what} to string value` }];
    const map = value;
    if (required !== undefined && !(typeof map[required] === "string" && map[required] !== "")) {
        return [
            {
                path: `${path}.${required}`,
                got: map[required],
                allowed: `a non-empty string (${what} ${required})`,
            },
        ];
    }
    return [];
}
function optionalNameProblems(value, path) {
    return value === undefined ? [] : (0, validate_1.cmfNameProblems)(value, path, 1);
}
/** Problems of a secret; the data is never echoed back (`got` is `(redacted)`). */
function secretProblems(spec) {
    const problems = (0, validate_1.cmfNameProblems)(spec.name, "name", 1);
    const data = spec.data;
    if (!isStringMap(data) || Object.keys(data).length === 0) {
        problems.push({ path: "data", got: "(redacted)", allowed: "a non-empty map of key to string value" });
    }
    return problems;
}
function secretMappingProblems(spec) {
    return [...(0, validate_1.cmfNameProblems)(spec.name, "name", 1), ...(0, validate_1.cmfNameProblems)(spec.secretName, "secretName", 1)];
}
function kafkaCatalogProblems(spec) {
    return [
        ...(0, validate_1.cmfNameProblems)(spec.name, "name", 1),
        ...mapProblems(spec.connectionConfig, "connectionConfig", "schema.registry.url", "Schema Registry option"),
        ...optionalNameProblems(spec.connectionSecretId, "connectionSecretId"),
    ];
}
function kafkaDatabaseProblems(spec) {
    return [
        ...(0, validate_1.cmfNameProblems)(spec.catalog, "catalog", 1),
        ...(0, validate_1.cmfNameProblems)(spec.name, "name", 1),
        ...mapProblems(spec.connectionConfig, "connectionConfig", "bootstrap.servers", "Kafka client option"),
        ...optionalNameProblems(spec.connectionSecretId, "connectionSecretId"),
    ];
}
function statementProblems(spec) {
    const problems = [
        ...(0, validate_1.cmfNameProblems)(spec.name, "name", 1),
        ...(0, validate_1.cmfNameProblems)(spec.computePoolName, "computePoolName", 1),
        ...mapProblems(spec.properties, "properties", undefined, "statement property"),
        ...mapProblems(spec.flinkConfiguration, "flinkConfiguration", undefined, "Flink option"),
    ];
    if (typeof spec.statement !== "string" || spec.statement.trim() === "") {
        problems.push({ path: "statement", got: spec.statement, allowed: "non-empty SQL text" });
    }
    const p = spec.parallelism;
    // StatementSpec.parallelism: `format: int32`.
    if (p !== undefined && !(Number.isInteger(p) && p >= 1 && p <= 2_147_483_647)) {
        problems.push({ path: "parallelism", got: p, allowed: "a whole number of at least 1" });
    }
    if (spec.stopped !== undefined && typeof spec.stopped !== "boolean") {
        problems.push({ path: "stopped", got: spec.stopped, allowed: "true or false" });
    }
    return problems;
}
/** Body of `POST /secrets` and `PUT /secrets/{name}`. */
function buildSecretBody(spec) {
    return (0, bodies_1.documentBody)("secret", "Secret", secretProblems, (s) => ({ data: { ...s.data } }), spec);
}
/** Body of `POST /environments/{env}/secret-mappings` and `PUT .../{name}`. */
function buildSecretMappingBody(spec) {
    return (0, bodies_1.documentBody)("environment secret mapping", "EnvironmentSecretMapping", secretMappingProblems, (s) => ({ secretName: s.secretName }), spec);
}
/** Body of `POST /catalogs/kafka` and `PUT /catalogs/kafka/{name}`. */
function buildKafkaCatalogBody(spec) {
    return (0, bodies_1.documentBody)("Kafka catalog", "KafkaCatalog", kafkaCatalogProblems, (s) => ({
        srInstance: { connectionConfig: { ...s.connectionConfig }, connectionSecretId: s.connectionSecretId },
    }), spec);
}
/** Body of `POST /catalogs/kafka/{cat}/databases` and `PUT .../{name}`. */
function buildKafkaDatabaseBody(spec) {
    return (0, bodies_1.documentBody)("Kafka database", "KafkaDatabase", kafkaDatabaseProblems, (s) => ({
        kafkaCluster: {
            connectionConfig: { ...s.connectionConfig },
            connectionSecretId: s.connectionSecretId,
        },
        ddlEnvironments: s.ddlEnvironments === undefined ? undefined : [...s.ddlEnvironments],
    }), spec);
}
/** Body of `POST /environments/{env}/statements` and `PUT .../{name}`. */
function buildStatementBody(spec) {
    return (0, bodies_1.documentBody)("statement", "Statement", statementProblems, (s) => ({
        statement: s.statement,
        computePoolName: s.computePoolName,
        properties: s.properties,
        flinkConfiguration: s.flinkConfiguration,
        parallelism: s.parallelism,
        stopped: s.stopped ?? false,
    }), spec);
}
