"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cmfStatementObject = exports.cmfDatabaseObject = exports.cmfCatalogObject = exports.cmfSecretMappingObject = exports.cmfSecretObject = exports.cmfSqlPaths = void 0;
exports.createSqlObject = createSqlObject;
exports.updateSqlObject = updateSqlObject;
exports.getSqlObject = getSqlObject;
exports.deleteSqlObject = deleteSqlObject;
exports.sqlObjectCrud = sqlObjectCrud;
exports.statementExceptions = statementExceptions;
exports.waitForStatement = waitForStatement;
const http_1 = require("./http");
const encode = (segment) => encodeURIComponent(segment);
/** Where each SQL object lives; `name` undefined gives the collection. */
exports.cmfSqlPaths = {
    secret: (name) => (name === undefined ? "/secrets" : `/secrets/${encode(name)}`),
    secretMapping: (env, name) => `/environments/${encode(env)}/secret-mappings${name === undefined ? "" : `/${encode(name)}`}`,
    catalog: (name) => (name === undefined ? "/catalogs/kafka" : `/catalogs/kafka/${encode(name)}`),
    database: (catalog, name) => `/catalogs/kafka/${encode(catalog)}/databases${name === undefined ? "" : `/${encode(name)}`}`,
    statement: (env, name) => `/environments/${encode(env)}/statements${name === undefined ? "" : `/${encode(name)}`}`,
};
/** `POST <collection>`; throws `CmfApiError` (status 409) when the object exists. */
function createSqlObject(client, o, body) {
    return client.sendDocument(o.kind, "POST", o.collection, body);
}
/**
 * `PUT <item>`. Secrets and mappings answer with the document; catalogs,
 * databases and statements answer 200 without one, so those are read back.
 */
async function updateSqlObject(client, o, body) {
    if (o.kind === "Secret" || o.kind === "EnvironmentSecretMapping") {
        return client.sendDocument(o.kind, "PUT", o.item, body);
    }
    await client.request("PUT", o.item, body);
    const live = await client.getOrUndefined(o.kind, o.item);
    if (live === undefined)
        throw new Error(`CMF ${o.kind} ${o.item} disappeared right after its update`);
    return live;
}
/** `GET <item>`; `undefined` on CMF's 404. */
function getSqlObject(client, o) {
    return client.getOrUndefined(o.kind, o.item);
}
/** `DELETE <item>`; `false` when it was already gone. */
function deleteSqlObject(client, o) {
    return client.deleteOrFalse(o.item);
}
const cmfSecretObject = (name) => ({
    kind: "Secret",
    collection: exports.cmfSqlPaths.secret(),
    item: exports.cmfSqlPaths.secret(name),
});
exports.cmfSecretObject = cmfSecretObject;
const cmfSecretMappingObject = (env, name) => ({
    kind: "EnvironmentSecretMapping",
    collection: exports.cmfSqlPaths.secretMapping(env),
    item: exports.cmfSqlPaths.secretMapping(env, name),
});
exports.cmfSecretMappingObject = cmfSecretMappingObject;
const cmfCatalogObject = (name) => ({
    kind: "KafkaCatalog",
    collection: exports.cmfSqlPaths.catalog(),
    item: exports.cmfSqlPaths.catalog(name),
});
exports.cmfCatalogObject = cmfCatalogObject;
const cmfDatabaseObject = (catalog, name) => ({
    kind: "KafkaDatabase",
    collection: exports.cmfSqlPaths.database(catalog),
    item: exports.cmfSqlPaths.database(catalog, name),
});
exports.cmfDatabaseObject = cmfDatabaseObject;
const cmfStatementObject = (env, name) => ({
    kind: "Statement",
    collection: exports.cmfSqlPaths.statement(env),
    item: exports.cmfSqlPaths.statement(env, name),
});
exports.cmfStatementObject = cmfStatementObject;
/**
 * The create/update/get/remove of a {@link CmfObjectType} for one SQL object
 * kind: `objectOf` says where an object is (from its inputs, or the id on
 * read/delete), `body` builds its request body. Create adopts an object that
 * a 409 says exists (left behind by an interrupted run) with PUT.
 */
function sqlObjectCrud(objectOf, body) {
    return {
        create: (client, inputs) => createSqlObject(client, objectOf(inputs), body(inputs)),
        adoptOnConflict: true,
        update: (client, inputs) => updateSqlObject(client, objectOf(inputs), body(inputs)),
        get: (client, props, id) => getSqlObject(client, objectOf(props, id)),
        remove: (client, props, id) => deleteSqlObject(client, objectOf(props, id)),
    };
}
/**
 * `GET .../statements/{name}/exceptions`: the messages of the statement's
 * last exceptions (newest first, as CMF lists them), redacted and capped
 * like every server text; empty when CMF reports none.
 */
async function statementExceptions(client, env, name) {
    const path = `${exports.cmfSqlPaths.statement(env, name)}/exceptions`;
    const list = await client.getOrUndefined("StatementExceptionList", path);
    const data = Array.isArray(list?.data) ? list.data : [];
    return data
        .map((e) => (typeof e?.message === "string" ? client.quoteText(e.message) : ""))
        .filter((m) => m !== "");
}
/** Statement phases after which waiting is over (CMF lists them lowercase in the `phase` filter, uppercase in status). */
const DONE = { running: "RUNNING", completed: "COMPLETED", stopped: "STOPPED", failed: "FAILED" };
/**
 * Polls the statement until it is RUNNING, or COMPLETED when it is bounded
 * (`status.traits.isBounded`), or STOPPED when `spec.stopped` asks for it.
 * FAILED (or FAILING) fails with the text of its `exceptions` endpoint; a
 * timeout fails with the last phase and detail.
 */
async function waitForStatement(client, env, name, options = {}) {
    const timeoutMs = options.timeoutMs ?? 600_000;
    const pollIntervalMs = options.pollIntervalMs ?? 5_000;
    const deadline = Date.now() + timeoutMs;
    const label = `CMF statement ${env}/${name}`;
    for (;;) {
        const live = await getSqlObject(client, (0, exports.cmfStatementObject)(env, name));
        if (live === undefined)
            throw new Error(`${label} disappeared while waiting for it to run`);
        const phase = (live.status?.phase ?? "").toUpperCase();
        const wanted = live.spec.stopped === true ? [DONE.stopped] : [DONE.running, DONE.completed];
        if (wanted.includes(phase))
            return live;
        if (phase === DONE.failed || phase === "FAILING") {
            const exceptions = await statementExceptions(client, env, name);
            const said = live.status?.detail ? client.quoteText(live.status.detail) : "";
            // CMF often repeats the newest exception as the detail: say it once.
            const detail = said !== "" && !exceptions.includes(said) ? `: ${said}` : "";
            const text = exceptions.length > 0 ? `; exceptions: ${exceptions.join(" | ")}` : "";
            throw new Error(`${label} ${phase}${detail}${text}`);
        }
        if (Date.now() + pollIntervalMs > deadline) {
            throw new Error(`${label} did not reach ${wanted.join(" or ")} within ${timeoutMs} ms: last phase ${phase || "(none)"}`);
        }
        await (0, http_1.sleep)(pollIntervalMs);
    }
}
