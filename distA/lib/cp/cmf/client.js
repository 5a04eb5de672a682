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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfClient = exports.CMF_BASE_PATH = exports.describeApplicationStatus = exports.CMF_TERMINAL_JOB_STATES = exports.CMF_API_VERSION = exports.buildEnvironmentBody = exports.buildComputePoolBody = exports.buildApplicationBody = exports.environmentProblems = exports.connectionProblems = exports.computePoolProblems = exports.CMF_NAME_PATTERN = exports.cmfNameProblems = exports.applicationProblems = exports.retryDelay = exports.CMF_CONNECTION_DEFAULTS = exports.isRestErrorBody = exports.cmfErrorMessages = exports.CmfApiError = exports.CMF_MAX_RESPONSE_BYTES = exports.CMF_ERROR_TEXT_CAP = void 0;
/**
 * A small typed client for the part of the Confluent Manager for Apache Flink
 * (CMF) 2.3 REST API that this library drives: environments, Flink
 * applications and compute pools; the SQL objects (secrets, mappings,
 * catalogs, databases, statements) are in `./client-sql`. Its parts live beside it: connection
 * type in `./connection`, checks in `./validate`, bodies in `./types` and `./bodies`,
 * status text in `./status`, HTTP in `./http` and `./request`.
 *
 * Serialization constraint: the Pulumi dynamic providers built by `./resource`
 * capture this module (and `./http`, which does the HTTP exchange) by value
 * into the stack state. Node built-ins are therefore loaded with `require()`
 * at call time (see `nodeHttp` in `./http`) rather than imported at the top,
 * and everything else here is plain functions, classes and data.
 */
const errors_1 = require("../../core/errors");
const documents_1 = require("./documents");
const http_1 = require("./http");
const request_1 = require("./request");
const status_1 = require("./status");
const validate_1 = require("./validate");
// The HTTP and retry layers live in ./http and ./request; what callers used to
// import from here still is.
var http_2 = require("./http");
Object.defineProperty(exports, "CMF_ERROR_TEXT_CAP", { enumerable: true, get: function () { return http_2.CMF_ERROR_TEXT_CAP; } });
Object.defineProperty(exports, "CMF_MAX_RESPONSE_BYTES", { enumerable: true, get: function () { return http_2.CMF_MAX_RESPONSE_BYTES; } });
Object.defineProperty(exports, "CmfApiError", { enumerable: true, get: function () { return http_2.CmfApiError; } });
Object.defineProperty(exports, "cmfErrorMessages", { enumerable: true, get: function () { return http_2.cmfErrorMessages; } });
Object.defineProperty(exports, "isRestErrorBody", { enumerable: true, get: function () { return http_2.isRestErrorBody; } });
var request_2 = require("./request");
Object.defineProperty(exports, "CMF_CONNECTION_DEFAULTS", { enumerable: true, get: function () { return request_2.CMF_CONNECTION_DEFAULTS; } });
Object.defineProperty(exports, "retryDelay", { enumerable: true, get: function () { return request_2.retryDelay; } });
__exportStar(require("./types"), exports);
var validate_2 = require("./validate");
Object.defineProperty(exports, "applicationProblems", { enumerable: true, get: function () { return validate_2.applicationProblems; } });
Object.defineProperty(exports, "cmfNameProblems", { enumerable: true, get: function () { return validate_2.cmfNameProblems; } });
Object.defineProperty(exports, "CMF_NAME_PATTERN", { enumerable: true, get: function () { return validate_2.CMF_NAME_PATTERN; } });
Object.defineProperty(exports, "computePoolProblems", { enumerable: true, get: function () { return validate_2.computePoolProblems; } });
Object.defineProperty(exports, "connectionProblems", { enumerable: true, get: function () { return validate_2.connectionProblems; } });
Object.defineProperty(exports, "environmentProblems", { enumerable: true, get: function () { return validate_2.environmentProblems; } });
var bodies_1 = require("./bodies");
Object.defineProperty(exports, "buildApplicationBody", { enumerable: true, get: function () { return bodies_1.buildApplicationBody; } });
Object.defineProperty(exports, "buildComputePoolBody", { enumerable: true, get: function () { return bodies_1.buildComputePoolBody; } });
Object.defineProperty(exports, "buildEnvironmentBody", { enumerable: true, get: function () { return bodies_1.buildEnvironmentBody; } });
Object.defineProperty(exports, "CMF_API_VERSION", { enumerable: true, get: function () { return bodies_1.CMF_API_VERSION; } });
var status_2 = require("./status");
Object.defineProperty(exports, "CMF_TERMINAL_JOB_STATES", { enumerable: true, get: function () { return status_2.CMF_TERMINAL_JOB_STATES; } });
Object.defineProperty(exports, "describeApplicationStatus", { enumerable: true, get: function () { return status_2.describeApplicationStatus; } });
/** Base path of every CMF REST call. */
exports.CMF_BASE_PATH = "/cmf/api/v1";
function encode(segment) {
    return encodeURIComponent(segment);
}
/**
 * Client for the CMF REST API subset used by this library.
 *
 * Retries connection refused/reset, 5xx and 429 answers with exponential
 * backoff (honouring `Retry-After`); never retries other 4xx. `get*` return
 * `undefined` on CMF's 404 (one carrying its `RestError` body; any other 404
 * is an error) and `delete*` return `false` when the object was already gone.
 * Calls that return a document check it is one; bodies are capped at
 * {@link CMF_MAX_RESPONSE_BYTES}; server text quoted in errors is redacted and
 * capped.
 */
class CmfClient {
    connection;
    baseUrl;
    hooks;
    /** Throws {@link ConfigError} when the connection is invalid, before any request is sent. */
    constructor(connection, hooks = {}) {
        const problems = (0, validate_1.connectionProblems)(connection);
        if (problems.length > 0) {
            throw new errors_1.ConfigError(problems, "Invalid CMF connection");
        }
        this.connection = connection;
        this.baseUrl = new URL(connection.endpoint);
        this.hooks = hooks;
    }
    /** Full request path for an API path, including any prefix of the endpoint. */
    pathFor(apiPath) {
        const prefix = this.baseUrl.pathname.replace(/\/+$/, "");
        return `${prefix}${exports.CMF_BASE_PATH}${apiPath}`;
    }
    /** Server-sent `text` as an error message may quote it: credentials redacted, capped. */
    quoteText(text) {
        return (0, http_1.safeText)(text, (0, http_1.credentialTexts)(this.connection.auth));
    }
    /**
     * Sends one API call with retries ({@link requestWithRetries}). Returns the
     * status and the parsed body for 2xx/304 and for the statuses in `accept`;
     * throws {@link CmfApiError} otherwise.
     */
    async request(method, apiPath, body, accept = []) {
        return (0, request_1.requestWithRetries)({ connection: this.connection, baseUrl: this.baseUrl, hooks: this.hooks }, method, this.pathFor(apiPath), body, accept);
    }
    /**
     * The `kind` document a call answered with. Anything else (204, 304, an empty
     * body, `null`, `{}`, missing fields) is an error naming method and path,
     * never a TypeError later on. Public, like the two helpers below, for the
     * calls that live in their own files (./client-savepoints, ./client-clusters).
     */
    document(kind, method, apiPath, res) {
        const got = (0, documents_1.unexpectedDocument)(kind, res.status === 304 ? undefined : res.body);
        if (got === undefined)
            return res.body;
        throw new http_1.CmfApiError({
            method,
            path: this.pathFor(apiPath),
            status: res.status,
            statusText: res.statusText,
            cmfMessages: [],
            attempts: res.attempts,
        }, `${res.status} ${res.statusText}: expected a CMF ${kind} in the body, got ${got}`);
    }
    /**
     * GET or DELETE that maps CMF's own 404 to `undefined`. GET and DELETE share
     * the rule: a 404 without CMF's error body ({@link isRestErrorBody}) comes
     * from something else (a reverse proxy, a wrong path prefix), and calling
     * that "gone" would make `pulumi refresh` drop live objects from the state or
     * `pulumi destroy` orphan them.
     */
    async unlessNotFound(method, apiPath) {
        const res = await this.request(method, apiPath, undefined, [404]);
        if (res.status !== 404)
            return res;
        if ((0, http_1.isRestErrorBody)(res.rawBody))
            return undefined;
        const got = res.rawBody.trim() === "" ? "the body was empty" : `the body was: ${this.quoteText(res.rawBody)}`;
        throw new http_1.CmfApiError({
            method,
            path: this.pathFor(apiPath),
            status: 404,
            statusText: "Not Found",
            cmfMessages: (0, http_1.cmfErrorMessages)(res.rawBody, (0, http_1.credentialTexts)(this.connection.auth)),
            attempts: res.attempts,
        }, `404 Not Found without a CMF error body (${got}); ${(0, http_1.displayEndpoint)(this.connection.endpoint)} ` +
            "does not look like the CMF API: check the endpoint URL and any reverse-proxy path prefix");
    }
    /** GET of a `kind` document; `undefined` on CMF's own 404. */
    async getOrUndefined(kind, apiPath) {
        const res = await this.unlessNotFound("GET", apiPath);
        return res === undefined ? undefined : this.document(kind, "GET", apiPath, res);
    }
    /** DELETE; `false` when CMF said the object was already gone. */
    async deleteOrFalse(apiPath) {
        return (await this.unlessNotFound("DELETE", apiPath)) !== undefined;
    }
    /** POST or PUT of `body`; the `kind` document CMF answered with (see {@link document}). */
    async sendDocument(kind, method, apiPath, body) {
        return this.document(kind, method, apiPath, await this.request(method, apiPath, body));
    }
    // -- environments ---------------------------------------------------------
    /** `POST /environments`: creates or updates (CMF answers 200 either way). */
    async upsertEnvironment(body) {
        const res = await this.request("POST", "/environments", body);
        return this.document("Environment", "POST", "/environments", res);
    }
    /** `GET /environments/{env}`; `undefined` when CMF answers 404. */
    async getEnvironment(name) {
        return this.getOrUndefined("Environment", `/environments/${encode(name)}`);
    }
    /** `DELETE /environments/{env}`; `false` when it was already gone (404). */
    async deleteEnvironment(name) {
        return this.deleteOrFalse(`/environments/${encode(name)}`);
    }
    // -- applications ---------------------------------------------------------
    appPath(environment, name) {
        const base = `/environments/${encode(environment)}/applications`;
        return name === undefined ? base : `${base}/${encode(name)}`;
    }
    /** `POST /environments/{env}/applications`: creates or updates. */
    async upsertApplication(environment, body) {
        const res = await this.request("POST", this.appPath(environment), body);
        return this.document("FlinkApplication", "POST", this.appPath(environment), res);
    }
    /** `GET /environments/{env}/applications/{app}`; `undefined` on 404. */
    async getApplication(environment, name) {
        return this.getOrUndefined("FlinkApplication", this.appPath(environment, name));
    }
    /** `DELETE /environments/{env}/applications/{app}`; `false` when already gone. */
    async deleteApplication(environment, name) {
        return this.deleteOrFalse(this.appPath(environment, name));
    }
    /** POST of a start/suspend action: CMF documents 200 with the application, or 304 (already so). */
    async action(apiPath) {
        const res = await this.request("POST", apiPath);
        return res.status === 304 ? undefined : this.document("FlinkApplication", "POST", apiPath, res);
    }
    /**
     * `POST /environments/{env}/applications/{app}/start`, optionally from a
     * savepoint UID; `undefined` when CMF answers 304 (not modified).
     */
    async startApplication(environment, name, startFromSavepointUid) {
        const query = startFromSavepointUid === undefined ? "" : `?startFromSavepointUid=${encode(startFromSavepointUid)}`;
        return this.action(`${this.appPath(environment, name)}/start${query}`);
    }
    /** `POST /environments/{env}/applications/{app}/suspend`; `undefined` on 304 (not modified). */
    async suspendApplication(environment, name) {
        return this.action(`${this.appPath(environment, name)}/suspend`);
    }
    /**
     * Polls `GET .../applications/{app}` until `status.jobStatus.state` is
     * `RUNNING`. Fails at once on a terminal job state
     * ({@link CMF_TERMINAL_JOB_STATES}) or a vanished application, and after
     * `timeoutMs` otherwise; the error quotes the last status CMF reported.
     */
    async waitForApplicationRunning(environment, name, options = {}) {
        const timeoutMs = options.timeoutMs ?? 600_000;
        const pollIntervalMs = options.pollIntervalMs ?? 5_000;
        const deadline = Date.now() + timeoutMs;
        const label = `CMF application ${environment}/${name}`;
        for (;;) {
            const app = await this.getApplication(environment, name);
            const state = app?.status?.jobStatus?.state;
            if (state === "RUNNING" && app !== undefined)
                return app;
            if (app === undefined)
                throw new Error(`${label} disappeared while waiting for it to run`);
            if (state !== undefined && status_1.CMF_TERMINAL_JOB_STATES.includes(state)) {
                throw new Error(`${label} did not reach RUNNING: ${(0, status_1.describeApplicationStatus)(app)}`);
            }
            if (Date.now() + pollIntervalMs > deadline) {
                throw new Error(`${label} did not reach RUNNING within ${timeoutMs} ms: last status ${(0, status_1.describeApplicationStatus)(app)}`);
            }
            await (0, http_1.sleep)(pollIntervalMs);
        }
    }
    // -- compute pools --------------------------------------------------------
    poolPath(environment, name) {
        const base = `/environments/${encode(environment)}/compute-pools`;
        return name === undefined ? base : `${base}/${encode(name)}`;
    }
    /** `POST /environments/{env}/compute-pools`; throws (status 409) when it exists. */
    async createComputePool(environment, body) {
        const res = await this.request("POST", this.poolPath(environment), body);
        return this.document("ComputePool", "POST", this.poolPath(environment), res);
    }
    /** `PUT /environments/{env}/compute-pools/{name}`. */
    async updateComputePool(environment, body) {
        const path = this.poolPath(environment, body.metadata.name);
        return this.document("ComputePool", "PUT", path, await this.request("PUT", path, body));
    }
    /**
     * Create-or-update for compute pools, which have no upsert endpoint: POST,
     * and on 409 (already exists) PUT.
     */
    async upsertComputePool(environment, body) {
        const res = await this.request("POST", this.poolPath(environment), body, [409]);
        if (res.status === 409)
            return this.updateComputePool(environment, body);
        return this.document("ComputePool", "POST", this.poolPath(environment), res);
    }
    /** `GET /environments/{env}/compute-pools/{name}`; `undefined` on 404. */
    async getComputePool(environment, name) {
        return this.getOrUndefined("ComputePool", this.poolPath(environment, name));
    }
    /** `DELETE /environments/{env}/compute-pools/{name}`; `false` when already gone. */
    async deleteComputePool(environment, name) {
        return this.deleteOrFalse(this.poolPath(environment, name));
    }
}
exports.CmfClient = CmfClient;
