"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfKafkaCatalog = exports.cmfKafkaCatalogProvider = void 0;
const client_sql_1 = require("./client-sql");
const replace_on_change_1 = require("./replace-on-change");
const resource_1 = require("./resource");
const sql_bodies_1 = require("./sql-bodies");
/** Dynamic provider behind {@link CmfKafkaCatalog}; exported for tests and reuse. */
exports.cmfKafkaCatalogProvider = (0, resource_1.cmfProvider)({
    kind: "CmfKafkaCatalog",
    fields: ["connection", "name", "connectionConfig", "connectionSecretId", "labels", "annotations"],
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfKafkaCatalog,
    problems: sql_bodies_1.kafkaCatalogProblems,
    id: (inputs) => inputs.name,
    // CMF answers 409 to a delete while the catalog still has databases: Pulumi deletes those first (they depend on it).
    ...(0, client_sql_1.sqlObjectCrud)((inputs, id) => (0, client_sql_1.cmfCatalogObject)(inputs.name ?? id), sql_bodies_1.buildKafkaCatalogBody),
    observed: () => ({}),
    drift: (props, live) => ({
        connectionConfig: (0, resource_1.reconcile)(props.connectionConfig, live.spec.srInstance.connectionConfig),
        connectionSecretId: (0, resource_1.reconcile)(props.connectionSecretId, live.spec.srInstance.connectionSecretId),
        ...(0, resource_1.metadataDrift)(props, live),
    }),
});
/**
 * A Kafka catalog (`POST /cmf/api/v1/catalogs/kafka`, PUT to update): the
 * Schema Registry statements resolve table schemas through. Changing
 * `name` replaces it.
 */
class CmfKafkaCatalog extends resource_1.CmfNamedResource {
    constructor(name, args, opts) {
        const own = ["connectionConfig", "connectionSecretId"];
        super(exports.cmfKafkaCatalogProvider, "CmfKafkaCatalog", name, args, own, {}, opts);
    }
}
exports.CmfKafkaCatalog = CmfKafkaCatalog;
