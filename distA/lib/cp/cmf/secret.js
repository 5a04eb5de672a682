"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfSecret = exports.cmfSecretProvider = void 0;
const client_sql_1 = require("./client-sql");
const replace_on_change_1 = require("./replace-on-change");
const resource_1 = require("./resource");
const sql_bodies_1 = require("./sql-bodies");
/** Dynamic provider behind {@link CmfSecret}; exported for tests and reuse. */
exports.cmfSecretProvider = (0, resource_1.cmfProvider)({
    kind: "CmfSecret",
    fields: ["connection", "name", "data", "labels", "annotations"],
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfSecret,
    problems: sql_bodies_1.secretProblems,
    id: (inputs) => inputs.name,
    // A secret left behind by an interrupted run (POST answered 409) is adopted with PUT.
    ...(0, client_sql_1.sqlObjectCrud)((inputs, id) => (0, client_sql_1.cmfSecretObject)(inputs.name ?? id), sql_bodies_1.buildSecretBody),
    observed: (live) => ({ version: live.status?.version }),
    // SecretSpec is `writeOnly`: CMF never returns the data, so only the metadata can drift.
    drift: (props, live) => (0, resource_1.metadataDrift)(props, live),
});
/**
 * A CMF secret (`POST /cmf/api/v1/secrets`, PUT to update): credentials
 * that Kafka catalogs and databases reference through an environment
 * secret mapping. Changing `name` replaces it.
 */
class CmfSecret extends resource_1.CmfNamedResource {
    constructor(name, args, opts) {
        const secretOpts = {
            ...opts,
            additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), "data"],
        };
        const extra = { data: (0, resource_1.secretOrUndefined)(args.data), version: undefined };
        super(exports.cmfSecretProvider, "CmfSecret", name, args, [], extra, secretOpts);
    }
}
exports.CmfSecret = CmfSecret;
