"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfSavepoints = void 0;
exports.buildSavepointBody = buildSavepointBody;
/**
 * Savepoints through the CMF REST API (tag `Savepoints` and
 * `DetachedSavepoints` of cmf-2.3.1/openapi.yaml): savepoints of an
 * application or a statement (create, list, get, delete with `force`),
 * detaching an application's savepoint, and detached savepoints (create,
 * list, get, delete). The rollback of an application starts it again from one
 * of these (`startApplication(..., startFromSavepointUid)` in ./client).
 *
 * Same request layer and rules as ./client: `get*` return `undefined` on
 * CMF's 404, `delete*` return `false` when it was already gone, answers are
 * checked to be `Savepoint` documents. Plain functions and data only (see the
 * serialization note in ./client).
 */
const errors_1 = require("../../core/errors");
const bodies_1 = require("./bodies");
const pages_1 = require("./pages");
const validate_1 = require("./validate");
const FORMATS = ["CANONICAL", "NATIVE", "UNKNOWN"];
function savepointProblems(spec, detached) {
    const problems = spec.name === undefined ? [] : (0, validate_1.cmfNameProblems)(spec.name, "name", 1);
    if (spec.formatType !== undefined && !FORMATS.includes(spec.formatType)) {
        problems.push({ path: "formatType", got: spec.formatType, allowed: `one of ${FORMATS.join(", ")}` });
    }
    // SavepointSpec.backoffLimit is an int32; -1 means no limit.
    if (spec.backoffLimit !== undefined && !(Number.isInteger(spec.backoffLimit) && spec.backoffLimit >= -1)) {
        problems.push({
            path: "backoffLimit",
            got: spec.backoffLimit,
            allowed: "an integer of -1 (no limit) or more",
        });
    }
    // A detached savepoint has no job to trigger one: it registers an existing savepoint's path.
    if (detached && (typeof spec.path !== "string" || spec.path.trim() === "")) {
        problems.push({
            path: "path",
            got: spec.path,
            allowed: "the path of an existing savepoint, such as s3://flink/savepoints/savepoint-0a1b2c",
        });
    }
    return problems;
}
/**
 * The `Savepoint` body of a create call (schema `Savepoint`: apiVersion,
 * kind, metadata and spec required). A detached savepoint must name the
 * `path` of the savepoint it registers. Throws {@link ConfigError} listing
 * every problem.
 */
function buildSavepointBody(spec, detached = false) {
    const problems = savepointProblems(spec, detached);
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems, "Invalid CMF savepoint");
    const body = {
        apiVersion: bodies_1.CMF_API_VERSION,
        kind: "Savepoint",
        metadata: {
            name: spec.name,
            labels: spec.labels && { ...spec.labels },
            annotations: spec.annotations && { ...spec.annotations },
        },
        spec: { path: spec.path, formatType: spec.formatType, backoffLimit: spec.backoffLimit },
    };
    // Through JSON: drops the undefined fields and shares nothing with the caller.
    return JSON.parse(JSON.stringify(body));
}
const encode = encodeURIComponent;
function ownerPath(owner) {
    const env = `/environments/${encode(owner.environment)}`;
    return "application" in owner
        ? `${env}/applications/${encode(owner.application)}/savepoints`
        : `${env}/statements/${encode(owner.statement)}/savepoints`;
}
const DETACHED = "/detached-savepoints";
/**
 * The savepoint calls of one {@link CmfClient}, e.g.
 * `new CmfSavepoints(client).create({environment, application}, {name})`.
 */
class CmfSavepoints {
    client;
    constructor(client) {
        this.client = client;
    }
    /** `POST .../{applications|statements}/{name}/savepoints`: triggers a savepoint (201). */
    async create(owner, spec = {}) {
        const path = ownerPath(owner);
        const res = await this.client.request("POST", path, buildSavepointBody(spec));
        return this.client.document("Savepoint", "POST", path, res);
    }
    /** `GET .../savepoints`: every savepoint of the owner (all pages), optionally filtered (`filter` query). */
    async list(owner, filter) {
        return (0, pages_1.listAll)(this.client, "Savepoint", ownerPath(owner), filter);
    }
    /** `GET .../savepoints/{savepointName}`; `undefined` on 404. */
    async get(owner, name) {
        return this.client.getOrUndefined("Savepoint", `${ownerPath(owner)}/${encode(name)}`);
    }
    /**
     * `DELETE .../savepoints/{savepointName}` (204); `force` deletes one
     * already marked for deletion. `false` when it was already gone.
     */
    async delete(owner, name, force = false) {
        return this.client.deleteOrFalse(`${ownerPath(owner)}/${encode(name)}${force ? "?force=true" : ""}`);
    }
    /**
     * `POST .../applications/{app}/savepoints/{savepointName}/detach`: the
     * savepoint outlives its application (a detached savepoint, 200).
     */
    async detach(environment, application, name) {
        const path = `${ownerPath({ environment, application })}/${encode(name)}/detach`;
        const res = await this.client.request("POST", path);
        return this.client.document("Savepoint", "POST", path, res);
    }
    /** `POST /detached-savepoints`: registers an existing savepoint by its `path` (201). */
    async createDetached(spec) {
        const res = await this.client.request("POST", DETACHED, buildSavepointBody(spec, true));
        return this.client.document("Savepoint", "POST", DETACHED, res);
    }
    /** `GET /detached-savepoints`: every detached savepoint (all pages), optionally filtered. */
    async listDetached(filter) {
        return (0, pages_1.listAll)(this.client, "Savepoint", DETACHED, filter);
    }
    /** `GET /detached-savepoints/{name}`; `undefined` on 404. */
    async getDetached(name) {
        return this.client.getOrUndefined("Savepoint", `${DETACHED}/${encode(name)}`);
    }
    /** `DELETE /detached-savepoints/{name}` (204); `false` when it was already gone. */
    async deleteDetached(name) {
        return this.client.deleteOrFalse(`${DETACHED}/${encode(name)}`);
    }
}
exports.CmfSavepoints = CmfSavepoints;
