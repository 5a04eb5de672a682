"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfEnvironmentSecretMapping = exports.cmfSecretMappingProvider = void 0;
const client_sql_1 = require("./client-sql");
const replace_on_change_1 = require("./replace-on-change");
const resource_1 = require("./resource");
const sql_bodies_1 = require("./sql-bodies");
const scoped_1 = require("./scoped");
/** Dynamic provider behind {@link CmfEnvironmentSecretMapping}; exported for tests and reuse. */
exports.cmfSecretMappingProvider = (0, resource_1.cmfProvider)({
    kind: "CmfEnvironmentSecretMapping",
    fields: (0, scoped_1.scopedFields)(["secretName"]),
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfEnvironmentSecretMapping,
    problems: (0, scoped_1.scopedProblems)(sql_bodies_1.secretMappingProblems),
    id: scoped_1.scopedId,
    ...(0, client_sql_1.sqlObjectCrud)((inputs) => (0, client_sql_1.cmfSecretMappingObject)(inputs.environment, inputs.name), sql_bodies_1.buildSecretMappingBody),
    observed: () => ({}),
    // EnvironmentSecretMappingSpec is `writeOnly`: a CMF that does not return it shows no drift.
    drift: (props, live) => ({
        secretName: (0, resource_1.reconcile)(props.secretName, live.spec?.secretName ?? props.secretName),
    }),
});
/**
 * An environment secret mapping
 * (`POST /cmf/api/v1/environments/{env}/secret-mappings`, PUT to update):
 * in this environment, catalogs and databases whose `connectionSecretId` is
 * `name` get the data of `secretName`. Changing `environment` or `name`
 * replaces it.
 */
class CmfEnvironmentSecretMapping extends resource_1.CmfScopedResource {
    constructor(name, args, opts) {
        const own = ["secretName"];
        super(exports.cmfSecretMappingProvider, "CmfEnvironmentSecretMapping", name, args, own, {}, opts);
    }
}
exports.CmfEnvironmentSecretMapping = CmfEnvironmentSecretMapping;
