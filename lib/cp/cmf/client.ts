/**
 * A small typed client for the part of the Confluent Manager for Apache Flink
 * (CMF) 2.3 REST API that this library drives: environments, Flink
 * applications and compute pools.
 *
 * Serialization constraint: the Pulumi dynamic providers in `./resources`
 * capture this module (and `./http`, which does the HTTP exchange) by value
 * into the stack state. Node built-ins are therefore loaded with `require()`
 * at call time (see `nodeHttp` in `./http`) rather than imported at the top,
 * and everything else here is plain functions, classes and data.
 */
import { ConfigError, type ConfigProblem } from "../../core/errors";
import type { CmfConnection } from "./connection";
import { unexpectedDocument, type CmfDocumentKind } from "./documents";
import {
  CmfApiError,
  cmfErrorMessages,
  credentialTexts,
  displayEndpoint,
  isLoopbackHost,
  isRestErrorBody,
  safeText,
  sleep,
} from "./http";
import { requestWithRetries, type CmfClientHooks, type CmfResponse } from "./request";

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

/** Base path of every CMF REST call. */
export const CMF_BASE_PATH = "/cmf/api/v1";
/** `apiVersion` of CMF's FlinkApplication and ComputePool documents. */
export const CMF_API_VERSION = "cmf.confluent.io/v1";

/**
 * Name rule CMF applies to environment names and namespaces
 * (`PostResourceBase.name`, `KubernetesNamespace.kubernetesNamespace`).
 */
export const CMF_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

// ---------------------------------------------------------------------------
// Connection options
// ---------------------------------------------------------------------------

export type { CmfAuth, CmfAuthType, CmfConnection } from "./connection";

function isWholeNumber(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Problems with a connection, one entry per mistake. Secret values are never
 * echoed back (`got` is `"(redacted)"`).
 */
export function connectionProblems(
  connection: CmfConnection | undefined,
  path = "connection",
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (connection === undefined || connection === null || typeof connection !== "object") {
    return [{ path, got: connection, allowed: "an object with endpoint and optional auth" }];
  }
  let url: URL | undefined;
  try {
    url = new URL(connection.endpoint);
  } catch {
    url = undefined;
  }
  const protocol = url?.protocol;
  if (protocol !== "http:" && protocol !== "https:") {
    problems.push({
      path: `${path}.endpoint`,
      got: connection.endpoint,
      allowed: "an http:// or https:// URL such as https://cmf.example.com or http://localhost:8080",
    });
  }
  const auth = connection.auth;
  if (auth !== undefined) {
    if (auth.type !== "none" && auth.type !== "bearer" && auth.type !== "mtls") {
      problems.push({ path: `${path}.auth.type`, got: auth.type, allowed: "one of none, bearer, mtls" });
    }
    if (auth.type === "bearer" && !auth.token) {
      problems.push({
        path: `${path}.auth.token`,
        got: undefined,
        allowed: "a non-empty OAuth access token",
        hint: "auth.type bearer sends `Authorization: Bearer <token>`",
      });
    }
    if (auth.type === "mtls") {
      for (const key of ["clientCertPem", "clientKeyPem"] as const) {
        const value = auth[key];
        if (typeof value !== "string" || !value.includes("-----BEGIN")) {
          problems.push({
            path: `${path}.auth.${key}`,
            got: value === undefined ? undefined : "(redacted)",
            allowed: "a PEM string (-----BEGIN ...)",
          });
        }
      }
      if (protocol === "http:") {
        problems.push({
          path: `${path}.endpoint`,
          got: connection.endpoint,
          allowed: "an https:// URL",
          hint: "mTLS needs TLS; use https:// or auth.type none/bearer for a plain-http port-forward",
        });
      }
    }
    // A token over plain http is readable by anyone on the path; a port-forward
    // to a loopback address never leaves the machine.
    if (
      auth.type === "bearer" &&
      protocol === "http:" &&
      url !== undefined &&
      !isLoopbackHost(url.hostname)
    ) {
      problems.push({
        path: `${path}.endpoint`,
        got: displayEndpoint(connection.endpoint),
        allowed:
          "an https:// URL when auth.type is bearer (plain http:// only to a loopback host: 127.0.0.0/8, ::1, localhost)",
        hint:
          "the token would cross the network in clear text; in a stack this URL is flink-platform:cmf.endpoint " +
          "(use the https URL of the exposed CMF API, or a port-forward such as http://localhost:8080)",
      });
    }
    if (auth.caPem !== undefined && (typeof auth.caPem !== "string" || !auth.caPem.includes("-----BEGIN"))) {
      problems.push({ path: `${path}.auth.caPem`, got: "(redacted)", allowed: "a PEM CA bundle" });
    }
  }
  if (connection.timeoutMs !== undefined && !isWholeNumber(connection.timeoutMs, 1, 3_600_000)) {
    problems.push({
      path: `${path}.timeoutMs`,
      got: connection.timeoutMs,
      allowed: "a whole number of milliseconds, 1..3600000",
    });
  }
  if (connection.retries !== undefined && !isWholeNumber(connection.retries, 0, 20)) {
    problems.push({ path: `${path}.retries`, got: connection.retries, allowed: "a whole number, 0..20" });
  }
  for (const key of ["retryDelayMs", "maxRetryDelayMs"] as const) {
    if (connection[key] !== undefined && !isWholeNumber(connection[key], 0, 600_000)) {
      problems.push({
        path: `${path}.${key}`,
        got: connection[key],
        allowed: "a whole number of milliseconds, 0..600000",
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Request and response bodies (hand-written for the fields used)
// ---------------------------------------------------------------------------

/** Free-form JSON object (CMF's `format: yamlorjson` fields). */
export type JsonObject = { [key: string]: unknown };

/** Flink configuration defaults for detached or interactive statements. */
export interface CmfStatementDefaults {
  readonly flinkConfiguration?: Readonly<Record<string, string>>;
}

/** Body of `POST /cmf/api/v1/environments` (schema `PostEnvironment`). */
export interface CmfEnvironmentBody {
  name: string;
  kubernetesNamespace: string;
  kubernetesClusterName?: string;
  flinkApplicationDefaults?: JsonObject;
  computePoolDefaults?: JsonObject;
  statementDefaults?: { detached?: CmfStatementDefaults; interactive?: CmfStatementDefaults };
}

/** CMF's answer for an environment (schema `Environment`). */
export interface CmfEnvironmentDocument extends CmfEnvironmentBody {
  created_time?: string;
  updated_time?: string;
  secrets?: Record<string, string>;
  status?: JsonObject;
}

/** Kubernetes-style metadata of applications and compute pools. */
export interface CmfMetadata {
  name: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** Server-set fields (creationTimestamp, uid, ...). */
  [key: string]: unknown;
}

/**
 * Status CMF reports for a FlinkApplication. The OpenAPI leaves it free-form;
 * CMF mirrors the Flink Kubernetes operator's FlinkDeployment status.
 */
export interface CmfFlinkApplicationStatus {
  jobStatus?: { state?: string; jobId?: string; jobName?: string; [key: string]: unknown };
  lifecycleState?: string;
  jobManagerDeploymentStatus?: string;
  error?: string;
  [key: string]: unknown;
}

/** Body and answer of the application endpoints (schema `FlinkApplication`). */
export interface CmfFlinkApplicationDocument {
  apiVersion: string;
  kind: "FlinkApplication";
  metadata: CmfMetadata;
  /** A FlinkDeployment spec (image, flinkVersion, jobManager, taskManager, job, ...). */
  spec: JsonObject;
  status?: CmfFlinkApplicationStatus;
}

/** `ComputePoolSpec.type`. */
export type CmfComputePoolType = "DEDICATED" | "SHARED";
/** `ComputePoolSpec.state`; only for SHARED pools. */
export type CmfComputePoolState = "RUNNING" | "SUSPENDED";

/** Body and answer of the compute-pool endpoints (schema `ComputePool`). */
export interface CmfComputePoolDocument {
  apiVersion: string;
  kind: "ComputePool";
  metadata: CmfMetadata;
  spec: {
    type: CmfComputePoolType;
    state?: CmfComputePoolState;
    /** flinkVersion, image (`confluentinc/cp-flink-sql:<tag>`), flinkConfiguration, jobManager, taskManager. */
    clusterSpec: JsonObject;
  };
  status?: { phase: string; message?: string; warning?: string; [key: string]: unknown };
}

// ---------------------------------------------------------------------------
// Body builders (also used offline by the platform layer to validate specs)
// ---------------------------------------------------------------------------

/** What an environment is made of; input of {@link buildEnvironmentBody}. */
export interface CmfEnvironmentSpec {
  /** CMF environment name: lowercase DNS name, at least 4 characters. */
  readonly name: string;
  /** Kubernetes namespace CMF deploys the environment's Flink clusters into. */
  readonly kubernetesNamespace: string;
  /** Kubernetes cluster registered in CMF. @default CMF's local cluster */
  readonly kubernetesClusterName?: string;
  /** Defaults merged into every FlinkApplication spec of the environment. */
  readonly flinkApplicationDefaults?: JsonObject;
  /** Defaults merged into every compute pool of the environment. */
  readonly computePoolDefaults?: JsonObject;
  /** Flink configuration defaults for SQL statements. */
  readonly statementDefaults?: {
    readonly detached?: CmfStatementDefaults;
    readonly interactive?: CmfStatementDefaults;
  };
}

/** What an application is made of; input of {@link buildApplicationBody}. */
export interface CmfApplicationSpec {
  /** Application name (lowercase DNS name). */
  readonly name: string;
  /** FlinkDeployment spec: image, flinkVersion, flinkConfiguration, jobManager, taskManager, job, ... */
  readonly spec: JsonObject;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** What a compute pool is made of; input of {@link buildComputePoolBody}. */
export interface CmfComputePoolSpec {
  /** Compute pool name (lowercase DNS name). */
  readonly name: string;
  /** `DEDICATED` (one cluster per statement) or `SHARED` (one session cluster). */
  readonly type: CmfComputePoolType;
  /** Desired state; only allowed for SHARED pools. @default RUNNING (CMF's default) */
  readonly state?: CmfComputePoolState;
  /** flinkVersion, image (`confluentinc/cp-flink-sql:<tag>`), flinkConfiguration, jobManager, taskManager. */
  readonly clusterSpec: JsonObject;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Problems with a CMF object name: lowercase DNS name of `minLength`..253 characters. */
export function cmfNameProblems(value: unknown, path: string, minLength: number): ConfigProblem[] {
  if (
    typeof value !== "string" ||
    value.length < minLength ||
    value.length > 253 ||
    !CMF_NAME_PATTERN.test(value)
  ) {
    return [
      {
        path,
        got: value,
        allowed: `a lowercase DNS name (a-z, 0-9, '-', '.'), ${minLength}..253 characters, starting and ending with a letter or digit`,
      },
    ];
  }
  return [];
}

function stringMapProblems(value: unknown, path: string): ConfigProblem[] {
  if (value === undefined) return [];
  if (!isPlainObject(value) || Object.values(value).some((v) => typeof v !== "string")) {
    return [{ path, got: value, allowed: "a map of string to string" }];
  }
  return [];
}

function optionalObjectProblems(value: unknown, path: string): ConfigProblem[] {
  return value === undefined || isPlainObject(value) ? [] : [{ path, got: value, allowed: "an object" }];
}

function join(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}

/** Problems in an environment spec; `prefix` is prepended to every path. */
export function environmentProblems(spec: CmfEnvironmentSpec, prefix = ""): ConfigProblem[] {
  const problems = [
    // PostResourceBase.name: minLength 4 plus the DNS pattern.
    ...cmfNameProblems(spec.name, join(prefix, "name"), 4),
    ...cmfNameProblems(spec.kubernetesNamespace, join(prefix, "kubernetesNamespace"), 1),
    ...optionalObjectProblems(spec.flinkApplicationDefaults, join(prefix, "flinkApplicationDefaults")),
    ...optionalObjectProblems(spec.computePoolDefaults, join(prefix, "computePoolDefaults")),
  ];
  if (spec.kubernetesClusterName !== undefined) {
    problems.push(...cmfNameProblems(spec.kubernetesClusterName, join(prefix, "kubernetesClusterName"), 1));
  }
  const statementDefaults: unknown = spec.statementDefaults;
  if (statementDefaults !== undefined) {
    if (!isPlainObject(statementDefaults)) {
      problems.push({
        path: join(prefix, "statementDefaults"),
        got: statementDefaults,
        allowed: "an object with optional detached and interactive",
      });
    } else {
      for (const key of ["detached", "interactive"]) {
        const entry = statementDefaults[key];
        const path = join(prefix, `statementDefaults.${key}`);
        if (entry === undefined) continue;
        if (!isPlainObject(entry)) {
          problems.push({ path, got: entry, allowed: "an object with flinkConfiguration" });
        } else {
          problems.push(...stringMapProblems(entry.flinkConfiguration, `${path}.flinkConfiguration`));
        }
      }
    }
  }
  return problems;
}

/** Problems in an application spec; `prefix` is prepended to every path. */
export function applicationProblems(app: CmfApplicationSpec, prefix = ""): ConfigProblem[] {
  const problems = cmfNameProblems(app.name, join(prefix, "name"), 1);
  if (!isPlainObject(app.spec)) {
    problems.push({ path: join(prefix, "spec"), got: app.spec, allowed: "a FlinkDeployment spec object" });
  } else if (app.spec.job !== undefined && !isPlainObject(app.spec.job)) {
    problems.push({ path: join(prefix, "spec.job"), got: app.spec.job, allowed: "an object" });
  }
  problems.push(...stringMapProblems(app.labels, join(prefix, "labels")));
  problems.push(...stringMapProblems(app.annotations, join(prefix, "annotations")));
  return problems;
}

/** Problems in a compute pool spec; `prefix` is prepended to every path. */
export function computePoolProblems(pool: CmfComputePoolSpec, prefix = ""): ConfigProblem[] {
  const problems = cmfNameProblems(pool.name, join(prefix, "name"), 1);
  if (pool.type !== "DEDICATED" && pool.type !== "SHARED") {
    problems.push({ path: join(prefix, "type"), got: pool.type, allowed: "one of DEDICATED, SHARED" });
  }
  if (pool.state !== undefined) {
    if (pool.state !== "RUNNING" && pool.state !== "SUSPENDED") {
      problems.push({ path: join(prefix, "state"), got: pool.state, allowed: "one of RUNNING, SUSPENDED" });
    } else if (pool.type === "DEDICATED") {
      problems.push({
        path: join(prefix, "state"),
        got: pool.state,
        allowed: "not set for DEDICATED pools",
        hint: "CMF accepts a desired state only for SHARED compute pools",
      });
    }
  }
  if (!isPlainObject(pool.clusterSpec)) {
    problems.push({
      path: join(prefix, "clusterSpec"),
      got: pool.clusterSpec,
      allowed: "an object with flinkVersion, image, flinkConfiguration, jobManager, taskManager",
    });
  }
  problems.push(...stringMapProblems(pool.labels, join(prefix, "labels")));
  problems.push(...stringMapProblems(pool.annotations, join(prefix, "annotations")));
  return problems;
}

/** Deep copy through JSON so callers' objects are never shared or mutated; drops `undefined`. */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function metadataOf(name: string, labels?: Record<string, string>, annotations?: Record<string, string>) {
  const metadata: CmfMetadata = { name };
  if (labels !== undefined) metadata.labels = { ...labels };
  if (annotations !== undefined) metadata.annotations = { ...annotations };
  return metadata;
}

/** Request body for `POST /environments`. Throws {@link ConfigError} listing every problem. */
export function buildEnvironmentBody(spec: CmfEnvironmentSpec): CmfEnvironmentBody {
  const problems = environmentProblems(spec);
  if (problems.length > 0) throw new ConfigError(problems, "Invalid CMF environment");
  return jsonCopy<CmfEnvironmentBody>({
    name: spec.name,
    kubernetesNamespace: spec.kubernetesNamespace,
    kubernetesClusterName: spec.kubernetesClusterName,
    flinkApplicationDefaults: spec.flinkApplicationDefaults,
    computePoolDefaults: spec.computePoolDefaults,
    statementDefaults: spec.statementDefaults,
  });
}

/** Request body for `POST /environments/{env}/applications`. Throws {@link ConfigError}. */
export function buildApplicationBody(app: CmfApplicationSpec): CmfFlinkApplicationDocument {
  const problems = applicationProblems(app);
  if (problems.length > 0) throw new ConfigError(problems, "Invalid CMF Flink application");
  return jsonCopy<CmfFlinkApplicationDocument>({
    apiVersion: CMF_API_VERSION,
    kind: "FlinkApplication",
    metadata: metadataOf(app.name, app.labels, app.annotations),
    spec: app.spec,
  });
}

/** Request body for `POST /environments/{env}/compute-pools` and `PUT .../{name}`. Throws {@link ConfigError}. */
export function buildComputePoolBody(pool: CmfComputePoolSpec): CmfComputePoolDocument {
  const problems = computePoolProblems(pool);
  if (problems.length > 0) throw new ConfigError(problems, "Invalid CMF compute pool");
  return jsonCopy<CmfComputePoolDocument>({
    apiVersion: CMF_API_VERSION,
    kind: "ComputePool",
    metadata: metadataOf(pool.name, pool.labels, pool.annotations),
    spec: { type: pool.type, state: pool.state, clusterSpec: pool.clusterSpec },
  });
}

function encode(segment: string): string {
  return encodeURIComponent(segment);
}

// ---------------------------------------------------------------------------
// Client
// ---------------------------------------------------------------------------

/** Options of {@link CmfClient.waitForApplicationRunning}. */
export interface CmfWaitOptions {
  /** Give up after this long. @default 600000 */
  readonly timeoutMs?: number;
  /** Time between two GETs. @default 5000 */
  readonly pollIntervalMs?: number;
}

/** Job states after which an application will not become RUNNING without a new deployment. */
export const CMF_TERMINAL_JOB_STATES = ["FAILED", "CANCELED", "FINISHED"] as const;

/** One-line summary of an application's status for error messages. */
export function describeApplicationStatus(app: CmfFlinkApplicationDocument | undefined): string {
  if (app === undefined) return "application not found";
  const status = app.status;
  if (status === undefined) return "no status reported yet";
  const parts: string[] = [];
  if (status.jobStatus?.state !== undefined) parts.push(`jobStatus.state=${status.jobStatus.state}`);
  if (status.lifecycleState !== undefined) parts.push(`lifecycleState=${status.lifecycleState}`);
  if (status.jobManagerDeploymentStatus !== undefined) {
    parts.push(`jobManagerDeploymentStatus=${status.jobManagerDeploymentStatus}`);
  }
  if (status.error !== undefined && status.error !== "") parts.push(`error=${status.error}`);
  return parts.length > 0 ? parts.join(", ") : `status ${JSON.stringify(status)}`;
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
  private quote(text: string): string {
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
   * never a TypeError later on.
   */
  private document<T>(kind: CmfDocumentKind, method: string, apiPath: string, res: CmfResponse<T>): T {
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
    const got = res.rawBody.trim() === "" ? "the body was empty" : `the body was: ${this.quote(res.rawBody)}`;
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

  private async getOrUndefined<T>(kind: CmfDocumentKind, apiPath: string): Promise<T | undefined> {
    const res = await this.unlessNotFound<T>("GET", apiPath);
    return res === undefined ? undefined : this.document(kind, "GET", apiPath, res);
  }

  /** DELETE; `false` when CMF said the object was already gone. */
  private async deleteOrFalse(apiPath: string): Promise<boolean> {
    return (await this.unlessNotFound("DELETE", apiPath)) !== undefined;
  }

  // -- environments ---------------------------------------------------------

  /** `POST /environments`: creates or updates (CMF answers 200 either way). */
  async upsertEnvironment(body: CmfEnvironmentBody): Promise<CmfEnvironmentDocument> {
    const res = await this.request<CmfEnvironmentDocument>("POST", "/environments", body);
    return this.document("Environment", "POST", "/environments", res);
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
    const base = `/environments/${encode(environment)}/applications`;
    return name === undefined ? base : `${base}/${encode(name)}`;
  }

  /** `POST /environments/{env}/applications`: creates or updates. */
  async upsertApplication(
    environment: string,
    body: CmfFlinkApplicationDocument,
  ): Promise<CmfFlinkApplicationDocument> {
    const res = await this.request<CmfFlinkApplicationDocument>("POST", this.appPath(environment), body);
    return this.document("FlinkApplication", "POST", this.appPath(environment), res);
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
    options: CmfWaitOptions = {},
  ): Promise<CmfFlinkApplicationDocument> {
    const timeoutMs = options.timeoutMs ?? 600_000;
    const pollIntervalMs = options.pollIntervalMs ?? 5_000;
    const deadline = Date.now() + timeoutMs;
    const label = `CMF application ${environment}/${name}`;
    for (;;) {
      const app = await this.getApplication(environment, name);
      const state = app?.status?.jobStatus?.state;
      if (state === "RUNNING" && app !== undefined) return app;
      if (app === undefined) throw new Error(`${label} disappeared while waiting for it to run`);
      if (state !== undefined && (CMF_TERMINAL_JOB_STATES as readonly string[]).includes(state)) {
        throw new Error(`${label} did not reach RUNNING: ${describeApplicationStatus(app)}`);
      }
      if (Date.now() + pollIntervalMs > deadline) {
        throw new Error(
          `${label} did not reach RUNNING within ${timeoutMs} ms: last status ${describeApplicationStatus(app)}`,
        );
      }
      await sleep(pollIntervalMs);
    }
  }

  // -- compute pools --------------------------------------------------------

  private poolPath(environment: string, name?: string): string {
    const base = `/environments/${encode(environment)}/compute-pools`;
    return name === undefined ? base : `${base}/${encode(name)}`;
  }

  /** `POST /environments/{env}/compute-pools`; throws (status 409) when it exists. */
  async createComputePool(
    environment: string,
    body: CmfComputePoolDocument,
  ): Promise<CmfComputePoolDocument> {
    const res = await this.request<CmfComputePoolDocument>("POST", this.poolPath(environment), body);
    return this.document("ComputePool", "POST", this.poolPath(environment), res);
  }

  /** `PUT /environments/{env}/compute-pools/{name}`. */
  async updateComputePool(
    environment: string,
    body: CmfComputePoolDocument,
  ): Promise<CmfComputePoolDocument> {
    const path = this.poolPath(environment, body.metadata.name);
    return this.document(
      "ComputePool",
      "PUT",
      path,
      await this.request<CmfComputePoolDocument>("PUT", path, body),
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
