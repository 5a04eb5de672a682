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
import { ConfigError } from "../../core/errors";
import type { CmfConnection } from "./connection";
import { unexpectedDocument, type CmfDocumentKind } from "./documents";
import {
  CmfApiError,
  cmfErrorMessages,
  credentialTexts,
  displayEndpoint,
  isRestErrorBody,
  safeText,
} from "./http";
import { pollUntil, type CmfPoll } from "./poll";
import { requestWithRetries, type CmfClientHooks, type CmfResponse } from "./request";
import {
  CMF_GOAL_CHECKPOINT,
  CMF_GOAL_RUNNING,
  CMF_TERMINAL_JOB_STATES,
  describeApplicationStatus,
  type CmfApplicationGoal,
} from "./status";
import type {
  CmfComputePoolDocument,
  CmfEnvironmentBody,
  CmfEnvironmentDocument,
  CmfFlinkApplicationDocument,
} from "./types";
import { connectionProblems } from "./validate";

// The HTTP and retry layers live in ./http and ./request; what callers used to
// import from here still is.
export {
  CMF_ERROR_TEXT_CAP,
  CMF_MAX_RESPONSE_BYTES,
  CmfApiError,
  cmfErrorMessages,
  isRestErrorBody,
  type CmfApiErrorDetails,
} from "./http";
export { CMF_CONNECTION_DEFAULTS, retryDelay, type CmfClientHooks, type CmfResponse } from "./request";
export type { CmfDocumentKind } from "./documents";
export type { CmfAuth, CmfAuthType, CmfConnection } from "./connection";
export * from "./types";
export {
  applicationProblems,
  cmfNameProblems,
  CMF_NAME_PATTERN,
  computePoolProblems,
  connectionProblems,
  environmentProblems,
} from "./validate";
export { buildApplicationBody, buildComputePoolBody, buildEnvironmentBody, CMF_API_VERSION } from "./bodies";
export { CMF_TERMINAL_JOB_STATES, describeApplicationStatus } from "./status";

/** Base path of every CMF REST call. */
export const CMF_BASE_PATH = "/cmf/api/v1";

function encode(segment: string): string {
  return encodeURIComponent(segment);
}

/** `/environments/{env}/{collection}`, or its item `name`. */
function envPath(environment: string, collection: string, name?: string): string {
  const base = `/environments/${encode(environment)}/${collection}`;
  return name === undefined ? base : `${base}/${encode(name)}`;
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
export class CmfClient {
  readonly connection: CmfConnection;
  private readonly baseUrl: URL;
  private readonly hooks: CmfClientHooks;

  /** Throws {@link ConfigError} when the connection is invalid, before any request is sent. */
  constructor(connection: CmfConnection, hooks: CmfClientHooks = {}) {
    const problems = connectionProblems(connection);
    if (problems.length > 0) {
      throw new ConfigError(problems, "Invalid CMF connection");
    }
    this.connection = connection;
    this.baseUrl = new URL(connection.endpoint);
    this.hooks = hooks;
  }

  /** Full request path for an API path, including any prefix of the endpoint. */
  pathFor(apiPath: string): string {
    const prefix = this.baseUrl.pathname.replace(/\/+$/, "");
    return `${prefix}${CMF_BASE_PATH}${apiPath}`;
  }

  /** Server-sent `text` as an error message may quote it: credentials redacted, capped. */
  quoteText(text: string): string {
    return safeText(text, credentialTexts(this.connection.auth));
  }

  /**
   * Sends one API call with retries ({@link requestWithRetries}). Returns the
   * status and the parsed body for 2xx/304 and for the statuses in `accept`;
   * throws {@link CmfApiError} otherwise.
   */
  async request<T>(
    method: string,
    apiPath: string,
    body?: unknown,
    accept: readonly number[] = [],
  ): Promise<CmfResponse<T>> {
    return requestWithRetries<T>(
      { connection: this.connection, baseUrl: this.baseUrl, hooks: this.hooks },
      method,
      this.pathFor(apiPath),
      body,
      accept,
    );
  }

  /**
   * The `kind` document a call answered with. Anything else (204, 304, an empty
   * body, `null`, `{}`, missing fields) is an error naming method and path,
   * never a TypeError later on. Public, like the two helpers below, for the
   * calls that live in their own files (./client-savepoints, ./client-clusters).
   */
  document<T>(kind: CmfDocumentKind, method: string, apiPath: string, res: CmfResponse<T>): T {
    const got = unexpectedDocument(kind, res.status === 304 ? undefined : res.body);
    if (got === undefined) return res.body as T;
    throw new CmfApiError(
      {
        method,
        path: this.pathFor(apiPath),
        status: res.status,
        statusText: res.statusText,
        cmfMessages: [],
        attempts: res.attempts,
      },
      `${res.status} ${res.statusText}: expected a CMF ${kind} in the body, got ${got}`,
    );
  }

  /**
   * GET or DELETE that maps CMF's own 404 to `undefined`. GET and DELETE share
   * the rule: a 404 without CMF's error body ({@link isRestErrorBody}) comes
   * from something else (a reverse proxy, a wrong path prefix), and calling
   * that "gone" would make `pulumi refresh` drop live objects from the state or
   * `pulumi destroy` orphan them.
   */
  private async unlessNotFound<T>(method: "GET" | "DELETE", apiPath: string) {
    const res = await this.request<T>(method, apiPath, undefined, [404]);
    if (res.status !== 404) return res;
    if (isRestErrorBody(res.rawBody)) return undefined;
    const got =
      res.rawBody.trim() === "" ? "the body was empty" : `the body was: ${this.quoteText(res.rawBody)}`;
    throw new CmfApiError(
      {
        method,
        path: this.pathFor(apiPath),
        status: 404,
        statusText: "Not Found",
        cmfMessages: cmfErrorMessages(res.rawBody, credentialTexts(this.connection.auth)),
        attempts: res.attempts,
      },
      `404 Not Found without a CMF error body (${got}); ${displayEndpoint(this.connection.endpoint)} ` +
        "does not look like the CMF API: check the endpoint URL and any reverse-proxy path prefix",
    );
  }

  /** GET of a `kind` document; `undefined` on CMF's own 404. */
  async getOrUndefined<T>(kind: CmfDocumentKind, apiPath: string): Promise<T | undefined> {
    const res = await this.unlessNotFound<T>("GET", apiPath);
    return res === undefined ? undefined : this.document(kind, "GET", apiPath, res);
  }

  /** DELETE; `false` when CMF said the object was already gone. */
  async deleteOrFalse(apiPath: string): Promise<boolean> {
    return (await this.unlessNotFound("DELETE", apiPath)) !== undefined;
  }

  /** POST or PUT of `body`; the `kind` document CMF answered with (see {@link document}). */
  async sendDocument<T>(
    kind: CmfDocumentKind,
    method: "POST" | "PUT",
    apiPath: string,
    body: unknown,
  ): Promise<T> {
    return this.document(kind, method, apiPath, await this.request<T>(method, apiPath, body));
  }

  // -- environments ---------------------------------------------------------

  /** `POST /environments`: creates or updates (CMF answers 200 either way). */
  async upsertEnvironment(body: CmfEnvironmentBody): Promise<CmfEnvironmentDocument> {
    return this.sendDocument<CmfEnvironmentDocument>("Environment", "POST", "/environments", body);
  }

  /** `GET /environments/{env}`; `undefined` when CMF answers 404. */
  async getEnvironment(name: string): Promise<CmfEnvironmentDocument | undefined> {
    return this.getOrUndefined<CmfEnvironmentDocument>("Environment", `/environments/${encode(name)}`);
  }

  /** `DELETE /environments/{env}`; `false` when it was already gone (404). */
  async deleteEnvironment(name: string): Promise<boolean> {
    return this.deleteOrFalse(`/environments/${encode(name)}`);
  }

  // -- applications ---------------------------------------------------------

  private appPath(environment: string, name?: string): string {
    return envPath(environment, "applications", name);
  }

  /** `POST /environments/{env}/applications`: creates or updates. */
  async upsertApplication(
    environment: string,
    body: CmfFlinkApplicationDocument,
  ): Promise<CmfFlinkApplicationDocument> {
    return this.sendDocument<CmfFlinkApplicationDocument>(
      "FlinkApplication",
      "POST",
      this.appPath(environment),
      body,
    );
  }

  /** `GET /environments/{env}/applications/{app}`; `undefined` on 404. */
  async getApplication(environment: string, name: string): Promise<CmfFlinkApplicationDocument | undefined> {
    return this.getOrUndefined<CmfFlinkApplicationDocument>(
      "FlinkApplication",
      this.appPath(environment, name),
    );
  }

  /** `DELETE /environments/{env}/applications/{app}`; `false` when already gone. */
  async deleteApplication(environment: string, name: string): Promise<boolean> {
    return this.deleteOrFalse(this.appPath(environment, name));
  }

  /** POST of a start/suspend action: CMF documents 200 with the application, or 304 (already so). */
  private async action(apiPath: string): Promise<CmfFlinkApplicationDocument | undefined> {
    const res = await this.request<CmfFlinkApplicationDocument>("POST", apiPath);
    return res.status === 304 ? undefined : this.document("FlinkApplication", "POST", apiPath, res);
  }

  /**
   * `POST /environments/{env}/applications/{app}/start`, optionally from a
   * savepoint UID; `undefined` when CMF answers 304 (not modified).
   */
  async startApplication(
    environment: string,
    name: string,
    startFromSavepointUid?: string,
  ): Promise<CmfFlinkApplicationDocument | undefined> {
    const query =
      startFromSavepointUid === undefined ? "" : `?startFromSavepointUid=${encode(startFromSavepointUid)}`;
    return this.action(`${this.appPath(environment, name)}/start${query}`);
  }

  /** `POST /environments/{env}/applications/{app}/suspend`; `undefined` on 304 (not modified). */
  async suspendApplication(
    environment: string,
    name: string,
  ): Promise<CmfFlinkApplicationDocument | undefined> {
    return this.action(`${this.appPath(environment, name)}/suspend`);
  }

  /**
   * Polls `GET .../applications/{app}` until `status.jobStatus.state` is
   * `RUNNING`. Fails at once on a terminal job state
   * ({@link CMF_TERMINAL_JOB_STATES}) or a vanished application, and after
   * `timeoutMs` otherwise; the error quotes the last status CMF reported.
   */
  async waitForApplicationRunning(
    environment: string,
    name: string,
    options: CmfPoll = {},
  ): Promise<CmfFlinkApplicationDocument> {
    return waitForApplication(this, environment, name, CMF_GOAL_RUNNING, options);
  }

  /**
   * Like {@link waitForApplicationRunning}, until the status reports a
   * completed checkpoint the operator triggered
   * ({@link CMF_GOAL_CHECKPOINT}): what the smoke test waits for on CP.
   */
  async waitForApplicationCheckpoint(
    environment: string,
    name: string,
    options: CmfPoll = {},
  ): Promise<CmfFlinkApplicationDocument> {
    return waitForApplication(this, environment, name, CMF_GOAL_CHECKPOINT, options);
  }

  // -- compute pools --------------------------------------------------------

  private poolPath(environment: string, name?: string): string {
    return envPath(environment, "compute-pools", name);
  }

  /** `POST /environments/{env}/compute-pools`; throws (status 409) when it exists. */
  async createComputePool(
    environment: string,
    body: CmfComputePoolDocument,
  ): Promise<CmfComputePoolDocument> {
    return this.sendDocument<CmfComputePoolDocument>("ComputePool", "POST", this.poolPath(environment), body);
  }

  /** `PUT /environments/{env}/compute-pools/{name}`. */
  async updateComputePool(
    environment: string,
    body: CmfComputePoolDocument,
  ): Promise<CmfComputePoolDocument> {
    return this.sendDocument<CmfComputePoolDocument>(
      "ComputePool",
      "PUT",
      this.poolPath(environment, body.metadata.name),
      body,
    );
  }

  /**
   * Create-or-update for compute pools, which have no upsert endpoint: POST,
   * and on 409 (already exists) PUT.
   */
  async upsertComputePool(
    environment: string,
    body: CmfComputePoolDocument,
  ): Promise<CmfComputePoolDocument> {
    const res = await this.request<CmfComputePoolDocument>("POST", this.poolPath(environment), body, [409]);
    if (res.status === 409) return this.updateComputePool(environment, body);
    return this.document("ComputePool", "POST", this.poolPath(environment), res);
  }

  /** `GET /environments/{env}/compute-pools/{name}`; `undefined` on 404. */
  async getComputePool(environment: string, name: string): Promise<CmfComputePoolDocument | undefined> {
    return this.getOrUndefined<CmfComputePoolDocument>("ComputePool", this.poolPath(environment, name));
  }

  /** `DELETE /environments/{env}/compute-pools/{name}`; `false` when already gone. */
  async deleteComputePool(environment: string, name: string): Promise<boolean> {
    return this.deleteOrFalse(this.poolPath(environment, name));
  }
}

/** Polls an application until `goal` is reached; see {@link CmfClient.waitForApplicationRunning}. */
async function waitForApplication(
  client: CmfClient,
  environment: string,
  name: string,
  goal: CmfApplicationGoal,
  options: CmfPoll,
): Promise<CmfFlinkApplicationDocument> {
  const label = `CMF application ${environment}/${name}`;
  return pollUntil(
    options,
    async () => {
      const app = await client.getApplication(environment, name);
      if (app === undefined) throw new Error(`${label} disappeared while waiting for ${goal.waitingFor}`);
      return app;
    },
    (app) => {
      if (goal.reached(app)) return true;
      const state = app.status?.jobStatus?.state;
      if (state !== undefined && (CMF_TERMINAL_JOB_STATES as readonly string[]).includes(state)) {
        throw new Error(`${label} ${goal.missed}: ${describeApplicationStatus(app)}`);
      }
      return false;
    },
    (app, timeoutMs) =>
      `${label} ${goal.missed} within ${timeoutMs} ms: last status ${describeApplicationStatus(app)}`,
  );
}
