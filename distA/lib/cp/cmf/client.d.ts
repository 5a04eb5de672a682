import type { CmfConnection } from "./connection";
import { type CmfDocumentKind } from "./documents";
import { type CmfClientHooks, type CmfResponse } from "./request";
import { type CmfWaitOptions } from "./status";
import type { CmfComputePoolDocument, CmfEnvironmentBody, CmfEnvironmentDocument, CmfFlinkApplicationDocument } from "./types";
export { CMF_ERROR_TEXT_CAP, CMF_MAX_RESPONSE_BYTES, CmfApiError, cmfErrorMessages, isRestErrorBody, type CmfApiErrorDetails, } from "./http";
export { CMF_CONNECTION_DEFAULTS, retryDelay, type CmfClientHooks, type CmfResponse } from "./request";
export type { CmfDocumentKind } from "./documents";
export type { CmfAuth, CmfAuthType, CmfConnection } from "./connection";
export * from "./types";
export { applicationProblems, cmfNameProblems, CMF_NAME_PATTERN, computePoolProblems, connectionProblems, environmentProblems, } from "./validate";
export { buildApplicationBody, buildComputePoolBody, buildEnvironmentBody, CMF_API_VERSION } from "./bodies";
export { CMF_TERMINAL_JOB_STATES, describeApplicationStatus, type CmfWaitOptions } from "./status";
/** Base path of every CMF REST call. */
export declare const CMF_BASE_PATH = "/cmf/api/v1";
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
export declare class CmfClient {
    readonly connection: CmfConnection;
    private readonly baseUrl;
    private readonly hooks;
    /** Throws {@link ConfigError} when the connection is invalid, before any request is sent. */
    constructor(connection: CmfConnection, hooks?: CmfClientHooks);
    /** Full request path for an API path, including any prefix of the endpoint. */
    pathFor(apiPath: string): string;
    /** Server-sent `text` as an error message may quote it: credentials redacted, capped. */
    quoteText(text: string): string;
    /**
     * Sends one API call with retries ({@link requestWithRetries}). Returns the
     * status and the parsed body for 2xx/304 and for the statuses in `accept`;
     * throws {@link CmfApiError} otherwise.
     */
    request<T>(method: string, apiPath: string, body?: unknown, accept?: readonly number[]): Promise<CmfResponse<T>>;
    /**
     * The `kind` document a call answered with. Anything else (204, 304, an empty
     * body, `null`, `{}`, missing fields) is an error naming method and path,
     * never a TypeError later on. Public, like the two helpers below, for the
     * calls that live in their own files (./client-savepoints, ./client-clusters).
     */
    document<T>(kind: CmfDocumentKind, method: string, apiPath: string, res: CmfResponse<T>): T;
    /**
     * GET or DELETE that maps CMF's own 404 to `undefined`. GET and DELETE share
     * the rule: a 404 without CMF's error body ({@link isRestErrorBody}) comes
     * from something else (a reverse proxy, a wrong path prefix), and calling
     * that "gone" would make `pulumi refresh` drop live objects from the state or
     * `pulumi destroy` orphan them.
     */
    private unlessNotFound;
    /** GET of a `kind` document; `undefined` on CMF's own 404. */
    getOrUndefined<T>(kind: CmfDocumentKind, apiPath: string): Promise<T | undefined>;
    /** DELETE; `false` when CMF said the object was already gone. */
    deleteOrFalse(apiPath: string): Promise<boolean>;
    /** POST or PUT of `body`; the `kind` document CMF answered with (see {@link document}). */
    sendDocument<T>(kind: CmfDocumentKind, method: "POST" | "PUT", apiPath: string, body: unknown): Promise<T>;
    /** `POST /environments`: creates or updates (CMF answers 200 either way). */
    upsertEnvironment(body: CmfEnvironmentBody): Promise<CmfEnvironmentDocument>;
    /** `GET /environments/{env}`; `undefined` when CMF answers 404. */
    getEnvironment(name: string): Promise<CmfEnvironmentDocument | undefined>;
    /** `DELETE /environments/{env}`; `false` when it was already gone (404). */
    deleteEnvironment(name: string): Promise<boolean>;
    private appPath;
    /** `POST /environments/{env}/applications`: creates or updates. */
    upsertApplication(environment: string, body: CmfFlinkApplicationDocument): Promise<CmfFlinkApplicationDocument>;
    /** `GET /environments/{env}/applications/{app}`; `undefined` on 404. */
    getApplication(environment: string, name: string): Promise<CmfFlinkApplicationDocument | undefined>;
    /** `DELETE /environments/{env}/applications/{app}`; `false` when already gone. */
    deleteApplication(environment: string, name: string): Promise<boolean>;
    /** POST of a start/suspend action: CMF documents 200 with the application, or 304 (already so). */
    private action;
    /**
     * `POST /environments/{env}/applications/{app}/start`, optionally from a
     * savepoint UID; `undefined` when CMF answers 304 (not modified).
     */
    startApplication(environment: string, name: string, startFromSavepointUid?: string): Promise<CmfFlinkApplicationDocument | undefined>;
    /** `POST /environments/{env}/applications/{app}/suspend`; `undefined` on 304 (not modified). */
    suspendApplication(environment: string, name: string): Promise<CmfFlinkApplicationDocument | undefined>;
    /**
     * Polls `GET .../applications/{app}` until `status.jobStatus.state` is
     * `RUNNING`. Fails at once on a terminal job state
     * ({@link CMF_TERMINAL_JOB_STATES}) or a vanished application, and after
     * `timeoutMs` otherwise; the error quotes the last status CMF reported.
     */
    waitForApplicationRunning(environment: string, name: string, options?: CmfWaitOptions): Promise<CmfFlinkApplicationDocument>;
    private poolPath;
    /** `POST /environments/{env}/compute-pools`; throws (status 409) when it exists. */
    createComputePool(environment: string, body: CmfComputePoolDocument): Promise<CmfComputePoolDocument>;
    /** `PUT /environments/{env}/compute-pools/{name}`. */
    updateComputePool(environment: string, body: CmfComputePoolDocument): Promise<CmfComputePoolDocument>;
    /**
     * Create-or-update for compute pools, which have no upsert endpoint: POST,
     * and on 409 (already exists) PUT.
     */
    upsertComputePool(environment: string, body: CmfComputePoolDocument): Promise<CmfComputePoolDocument>;
    /** `GET /environments/{env}/compute-pools/{name}`; `undefined` on 404. */
    getComputePool(environment: string, name: string): Promise<CmfComputePoolDocument | undefined>;
    /** `DELETE /environments/{env}/compute-pools/{name}`; `false` when already gone. */
    deleteComputePool(environment: string, name: string): Promise<boolean>;
}
