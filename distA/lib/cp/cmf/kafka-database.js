"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfKafkaDatabase = exports.cmfKafkaDatabaseProvider = void 0;
const client_sql_1 = require("./client-sql");
const replace_on_change_1 = require("./replace-on-change");
const resource_1 = require("./resource");
const sql_bodies_1 = require("./sql-bodies");
/** Dynamic provider behind {@link CmfKafkaDatabase}; exported for tests and reuse. */
exports.cmfKafkaDatabaseProvider = (0, resource_1.cmfProvider)({
    kind: "CmfKafkaDatabase",
    fields: [
        "connection",
        "catalog",
        "name",
        "connectionConfig",
        "connectionSecretId",
        "ddlEnvironments",
        "labels",
        "annotations",
    ],
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfKafkaDatabase,
    problems: sql_bodies_1.kafkaDatabaseProblems,
    id: (inputs) => `${inputs.catalog}/${inputs.name}`,
    ...(0, client_sql_1.sqlObjectCrud)((inputs) => (0, client_sql_1.cmfDatabaseObject)(inputs.catalog, inputs.name), sql_bodies_1.buildKafkaDatabaseBody),
    observed: () => ({}),
    drift: (props, live) => ({
        connectionConfig: (0, resource_1.reconcile)(props.connectionConfig, live.spec.kafkaCluster.connectionConfig),
        connectionSecretId: (0, resource_1.reconcile)(props.connectionSecretId, live.spec.kafkaCluster.connectionSecretId),
        ddlEnvironments: (0, resource_1.reconcile)(props.ddlEnvironments, live.spec.ddlEnvironments),
        ...(0, resource_1.metadataDrift)(props, live),
    }),
});
/**
 * A Kafka database (`POST /cmf/api/v1/catalogs/kafka/{cat}/databases`, PUT
 * to update): one Kafka cluster whose topics are tables. Changing `catalog`
 * or `name` replaces it.
 */
class CmfKafkaDatabase extends resource_1.CmfNamedResource {
    constructor(name, args, opts) {
        const own = ["catalog", "connectionConfig", "connectionSecretId", "ddlEnvironments"];
        super(exports.cmfKafkaDatabaseProvider, "CmfKafkaDatabase", name, args, own, {}, opts);
    }
}
exports.CmfKafkaDatabase = CmfKafkaDatabase;
