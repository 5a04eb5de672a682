/**
 * An in-memory stand-in for CMF 2.3.1's REST API (the subset lib/cmf uses),
 * bound to 127.0.0.1 on an ephemeral port.
 *
 * Every request body is validated against the request schema of the OpenAPI
 * document loaded from the reference directory, and every response the fake
 * sends is validated against the documented response schema. Violations are
 * answered with 400 (requests) and always recorded in `violations`, which
 * tests assert to be empty. Faults (5xx, 404, 409, delays, dropped
 * connections) are injected per request.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import Ajv2019 from "ajv/dist/2019";
import type { ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import * as YAML from "yaml";

type Json = { [key: string]: unknown };

/** A fault applied to matching requests instead of (or before) normal handling. */
export type Fault =
  /** Answer with this status and a RestError body, or with `html` as a non-CMF proxy would. */
  | { readonly kind: "status"; readonly status: number; readonly message?: string; readonly html?: string }
  /** Wait, then handle normally (the state still changes if the client gave up). */
  | { readonly kind: "delay"; readonly ms: number }
  /** Drop the connection before handling (client sees ECONNRESET). */
  | { readonly kind: "reset" }
  /** Handle the request (state changes) and drop the connection instead of answering. */
  | { readonly kind: "reset-after-apply" };

/** Which requests a fault applies to, and how many times. */
export interface FaultMatch {
  readonly method?: string;
  /** Exact request path (without query) or a pattern. */
  readonly path?: string | RegExp;
  /** @default 1 */
  readonly times?: number;
}

/** One request as the fake saw it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path including the query string. */
  readonly path: string;
  readonly body?: unknown;
  readonly authorization?: string;
  /** Common name of the client certificate, when TLS client auth was used. */
  readonly clientCertCN?: string;
  /** The fault applied to this request, if any. */
  readonly fault?: Fault["kind"];
}

/** Options of {@link startFakeCmf}. */
export interface FakeCmfOptions {
  /** Path of CMF's openapi.yaml. */
  readonly openApiPath: string;
  /** Serve https; with `requireClientCert` the server demands a client cert signed by `caPem`. */
  readonly tls?: {
    readonly certPem: string;
    readonly keyPem: string;
    readonly caPem: string;
    readonly requireClientCert: boolean;
  };
  /** When set, every request must carry `Authorization: Bearer <token>`; others get 401. */
  readonly bearerToken?: string;
}

interface StoredApp {
  metadata: Json & { name: string };
  spec: Json;
  created: string;
}

interface StoredPool {
  metadata: Json & { name: string };
  spec: Json;
  created: string;
}

/** Job states the fake reports on successive GETs of one application (the last one sticks). */
export interface JobStateScript {
  states: string[];
  error?: string;
}

/** The fake's state as declared by clients (server timestamps left out) for exact assertions. */
export interface FakeCmfSnapshot {
  environments: Record<string, Json>;
  applications: Record<string, { metadata: Json; spec: Json }>;
  computePools: Record<string, { metadata: Json; spec: Json }>;
}

const OPENAPI_ID = "https://fake-cmf.test/openapi.json";
const BASE = "/cmf/api/v1";

/** Loads openapi.yaml and returns validators for `#/components/schemas/<Name>` style refs. */
export class OpenApiValidator {
  private readonly ajv: Ajv2019;
  private readonly doc: Json;
  private readonly cache = new Map<string, ValidateFunction>();
  private static readonly loaded = new Map<string, OpenApiValidator>();

  /** One shared instance per file, so compiled validators are reused across fake servers. */
  static for(openApiPath: string): OpenApiValidator {
    let validator = OpenApiValidator.loaded.get(openApiPath);
    if (validator === undefined) {
      validator = new OpenApiValidator(openApiPath);
      OpenApiValidator.loaded.set(openApiPath, validator);
    }
    return validator;
  }

  constructor(openApiPath: string) {
    this.doc = YAML.parse(fs.readFileSync(openApiPath, "utf8")) as Json;
    // strictTypes is off because the spec puts `format: yamlorjson` on objects,
    // which JSON Schema treats as an annotation; all other strict checks stay on.
    this.ajv = new Ajv2019({ allErrors: true, strict: true, strictTypes: false });
    addFormats(this.ajv);
    for (const format of ["yamlorjson", "sort", "pageable"]) this.ajv.addFormat(format, true);
    for (const keyword of ["example", "x-class-extra-annotation"]) this.ajv.addKeyword(keyword);
    const components = this.doc.components as { schemas: Json };
    this.ajv.addSchema({ $id: OPENAPI_ID, $defs: rewriteRefs(components.schemas) });
  }

  /** The operation object for a path template and method, e.g. ("/cmf/api/v1/environments", "post"). */
  operation(template: string, method: string): Json | undefined {
    const paths = this.doc.paths as Record<string, Record<string, Json>>;
    return paths[template]?.[method.toLowerCase()];
  }

  /**
   * Validates `data` against a (possibly `$ref`) schema from the document.
   * `closed` additionally rejects top-level properties the schema does not
   * declare, so a misspelt field in a client request is caught.
   */
  validate(schema: Json, data: unknown, closed: boolean): string[] {
    const key = JSON.stringify(schema) + String(closed);
    let validator = this.cache.get(key);
    if (validator === undefined) {
      const rewritten = rewriteRefs(schema) as Json;
      validator = this.ajv.compile(
        closed ? { type: "object", allOf: [rewritten], unevaluatedProperties: false } : rewritten,
      );
      this.cache.set(key, validator);
    }
    if (validator(data)) return [];
    return (validator.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
  }

  schemaNamed(name: string): Json {
    return { $ref: `#/components/schemas/${name}` };
  }
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (typeof value === "object" && value !== null) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] =
        k === "$ref" && typeof v === "string" && v.startsWith("#/components/schemas/")
          ? `${OPENAPI_ID}#/$defs/${v.slice("#/components/schemas/".length)}`
          : rewriteRefs(v);
    }
    return out;
  }
  return value;
}

interface Route {
  readonly template: string;
  readonly pattern: RegExp;
}

const ROUTES: readonly Route[] = [
  { template: `${BASE}/environments`, pattern: /^\/cmf\/api\/v1\/environments$/ },
  { template: `${BASE}/environments/{envName}`, pattern: /^\/cmf\/api\/v1\/environments\/([^/]+)$/ },
  {
    template: `${BASE}/environments/{envName}/applications`,
    pattern: /^\/cmf\/api\/v1\/environments\/([^/]+)\/applications$/,
  },
  {
    template: `${BASE}/environments/{envName}/applications/{appName}`,
    pattern: /^\/cmf\/api\/v1\/environments\/([^/]+)\/applications\/([^/]+)$/,
  },
  {
    template: `${BASE}/environments/{envName}/applications/{appName}/start`,
    pattern: /^\/cmf\/api\/v1\/environments\/([^/]+)\/applications\/([^/]+)\/start$/,
  },
  {
    template: `${BASE}/environments/{envName}/applications/{appName}/suspend`,
    pattern: /^\/cmf\/api\/v1\/environments\/([^/]+)\/applications\/([^/]+)\/suspend$/,
  },
  {
    template: `${BASE}/environments/{envName}/compute-pools`,
    pattern: /^\/cmf\/api\/v1\/environments\/([^/]+)\/compute-pools$/,
  },
  {
    template: `${BASE}/environments/{envName}/compute-pools/{computePoolName}`,
    pattern: /^\/cmf\/api\/v1\/environments\/([^/]+)\/compute-pools\/([^/]+)$/,
  },
];

// Statuses the fake sends although the spec does not list them for the
// operation: CMF answers 404 for a missing application on DELETE and suspend
// (the spec only documents it for GET/start).
const UNDOCUMENTED_BUT_EXPECTED = new Set([
  `DELETE ${BASE}/environments/{envName}/applications/{appName} 404`,
  `POST ${BASE}/environments/{envName}/applications/{appName}/suspend 404`,
]);

class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

function restError(status: number, message: string): Reply {
  return new Reply(status, { errors: [{ message }] });
}

/** A running fake CMF. */
export class FakeCmf {
  /** Base URL to use as the client's endpoint. */
  url = "";
  /** Every request received, in order, including faulted ones. */
  readonly requests: RecordedRequest[] = [];
  /** Contract violations (request or response vs. OpenAPI); tests assert this is empty. */
  readonly violations: string[] = [];
  readonly environments = new Map<string, Json & { created_time: string }>();
  /** Keyed by `env/app`. */
  readonly applications = new Map<string, StoredApp>();
  /** Keyed by `env/pool`. */
  readonly computePools = new Map<string, StoredPool>();
  /** Keyed by `env/app`; consumed by GETs of that application. */
  readonly jobScripts = new Map<string, JobStateScript>();

  private readonly faults: { match: FaultMatch; fault: Fault; remaining: number }[] = [];
  private readonly server: http.Server;
  private readonly validator: OpenApiValidator;
  private clock = Date.parse("2025-01-01T00:00:00Z");

  constructor(private readonly options: FakeCmfOptions) {
    this.validator = OpenApiValidator.for(options.openApiPath);
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
      void this.onRequest(req, res);
    };
    this.server = options.tls
      ? https.createServer(
          {
            cert: options.tls.certPem,
            key: options.tls.keyPem,
            ca: options.tls.caPem,
            requestCert: options.tls.requireClientCert,
            rejectUnauthorized: options.tls.requireClientCert,
          },
          handler,
        )
      : http.createServer(handler);
  }

  /** Starts listening on 127.0.0.1 with an ephemeral port. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `${this.options.tls ? "https" : "http"}://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Applies `fault` to the next `times` requests matching `match`. */
  inject(fault: Fault, match: FaultMatch = {}): void {
    this.faults.push({ match, fault, remaining: match.times ?? 1 });
  }

  /** Makes GETs of `env/app` report these job states in turn (the last one sticks). */
  scriptJobStates(environment: string, app: string, script: JobStateScript): void {
    this.jobScripts.set(`${environment}/${app}`, { states: [...script.states], error: script.error });
  }

  /** Every request as a `METHOD path` string, in order. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  snapshot(): FakeCmfSnapshot {
    const environments: Record<string, Json> = {};
    for (const [name, env] of this.environments) {
      const { created_time: _created, updated_time: _updated, ...rest } = env;
      environments[name] = rest;
    }
    const applications: FakeCmfSnapshot["applications"] = {};
    for (const [key, app] of this.applications)
      applications[key] = { metadata: app.metadata, spec: app.spec };
    const computePools: FakeCmfSnapshot["computePools"] = {};
    for (const [key, pool] of this.computePools)
      computePools[key] = { metadata: pool.metadata, spec: pool.spec };
    return JSON.parse(JSON.stringify({ environments, applications, computePools })) as FakeCmfSnapshot;
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  private takeFault(method: string, path: string): Fault | undefined {
    for (const entry of this.faults) {
      if (entry.remaining <= 0) continue;
      const { match } = entry;
      if (match.method !== undefined && match.method !== method) continue;
      if (match.path !== undefined) {
        const ok = typeof match.path === "string" ? match.path === path : match.path.test(path);
        if (!ok) continue;
      }
      entry.remaining--;
      return entry.fault;
    }
    return undefined;
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    let bodyError: string | undefined;
    if (raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        bodyError = "request body is not JSON";
      }
      if (!String(req.headers["content-type"]).startsWith("application/json")) {
        bodyError = `request body sent with content-type ${String(req.headers["content-type"])}`;
      }
    }
    const peer = this.options.tls ? (req.socket as TLSSocket).getPeerCertificate() : undefined;
    const fault = this.takeFault(method, url.pathname);
    this.requests.push({
      method,
      path: url.pathname + url.search,
      ...(body !== undefined ? { body } : {}),
      ...(req.headers.authorization !== undefined ? { authorization: req.headers.authorization } : {}),
      ...(peer?.subject?.CN !== undefined ? { clientCertCN: String(peer.subject.CN) } : {}),
      ...(fault !== undefined ? { fault: fault.kind } : {}),
    });

    if (fault?.kind === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "delay") await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault?.kind === "status" && fault.html !== undefined) {
      res.writeHead(fault.status, { "Content-Type": "text/html" });
      res.end(fault.html);
      return;
    }
    if (fault?.kind === "status") {
      this.send(res, restError(fault.status, fault.message ?? `injected ${fault.status}`), undefined, true);
      return;
    }

    if (
      this.options.bearerToken !== undefined &&
      req.headers.authorization !== `Bearer ${this.options.bearerToken}`
    ) {
      this.send(res, restError(401, "Unauthorized"), undefined, true);
      return;
    }

    const route = ROUTES.find((r) => r.pattern.test(url.pathname));
    const operation = route && this.validator.operation(route.template, method);
    if (route === undefined || operation === undefined) {
      this.violations.push(`${method} ${url.pathname}: no such operation in the CMF OpenAPI`);
      this.send(res, restError(404, `no such operation: ${method} ${url.pathname}`), undefined, true);
      return;
    }
    const params = (route.pattern.exec(url.pathname) ?? []).slice(1).map(decodeURIComponent);

    const requestSchema = (
      operation.requestBody as { content?: Record<string, { schema: Json }> } | undefined
    )?.content?.["application/json"]?.schema;
    if (bodyError !== undefined || (requestSchema !== undefined && body === undefined)) {
      const message = bodyError ?? "request body is required";
      this.violations.push(`${method} ${url.pathname}: ${message}`);
      this.send(res, restError(400, message), undefined, true);
      return;
    }
    if (requestSchema !== undefined) {
      const errors = this.validator.validate(requestSchema, body, true);
      if (errors.length > 0) {
        this.violations.push(`${method} ${url.pathname} request: ${errors.join("; ")}`);
        this.send(res, restError(400, errors.join("; ")), undefined, true);
        return;
      }
    }

    const reply = this.handle(method, route.template, params, body as Json, url.searchParams);
    if (fault?.kind === "reset-after-apply") {
      req.socket.destroy();
      return;
    }
    this.send(res, reply, { template: route.template, method, operation });
  }

  private send(
    res: http.ServerResponse,
    reply: Reply,
    op: { template: string; method: string; operation: Json } | undefined,
    injected = false,
  ): void {
    const responses = (op?.operation.responses ?? {}) as Record<
      string,
      { content?: Record<string, { schema: Json }> }
    >;
    if (injected) {
      // Injected and auth failures carry the spec's common error schema.
      const errors = this.validator.validate(this.validator.schemaNamed("RestError"), reply.body, false);
      if (errors.length > 0) this.violations.push(`injected ${reply.status}: ${errors.join("; ")}`);
    } else if (op !== undefined) {
      const documented = responses[String(reply.status)];
      const label = `${op.method} ${op.template} ${reply.status}`;
      if (documented === undefined && !UNDOCUMENTED_BUT_EXPECTED.has(label)) {
        this.violations.push(`${label}: status not documented in the OpenAPI`);
      }
      const schema =
        documented?.content?.["application/json"]?.schema ?? this.validator.schemaNamed("RestError");
      if (reply.body !== undefined) {
        const errors = this.validator.validate(schema, reply.body, false);
        if (errors.length > 0) this.violations.push(`${label} response: ${errors.join("; ")}`);
      } else if (documented?.content !== undefined) {
        this.violations.push(`${label}: documented with a body but sent none`);
      }
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status);
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(text),
    });
    res.end(text);
  }

  private handle(
    method: string,
    template: string,
    params: string[],
    body: Json,
    query: URLSearchParams,
  ): Reply {
    const [env, name] = params;
    const route = `${method} ${template.slice(BASE.length)}`;
    switch (route) {
      case "POST /environments":
        return this.upsertEnvironment(body);
      case "GET /environments/{envName}": {
        const stored = this.environments.get(env);
        return stored
          ? new Reply(200, { ...stored, secrets: {} })
          : restError(404, `Environment '${env}' not found`);
      }
      case "DELETE /environments/{envName}":
        if (!this.environments.delete(env)) return restError(404, `Environment '${env}' not found`);
        return new Reply(204);
      case "POST /environments/{envName}/applications":
        return this.upsertApplication(env, body);
      case "GET /environments/{envName}/applications/{appName}":
        return this.getApplication(env, name);
      case "DELETE /environments/{envName}/applications/{appName}":
        if (!this.applications.delete(`${env}/${name}`))
          return restError(404, `Application '${name}' not found`);
        return new Reply(204);
      case "POST /environments/{envName}/applications/{appName}/start":
      case "POST /environments/{envName}/applications/{appName}/suspend": {
        const app = this.applications.get(`${env}/${name}`);
        if (app === undefined) return restError(404, `Application '${name}' not found`);
        const job = { ...((app.spec.job as Json | undefined) ?? {}) };
        job.state = template.endsWith("/start") ? "running" : "suspended";
        app.spec = { ...app.spec, job };
        if (query.has("startFromSavepointUid")) job.initialSavepointPath = query.get("startFromSavepointUid");
        return new Reply(200, this.applicationView(env, name, app, false));
      }
      case "POST /environments/{envName}/compute-pools":
        return this.createComputePool(env, body);
      case "PUT /environments/{envName}/compute-pools/{computePoolName}":
        return this.updateComputePool(env, name, body);
      case "GET /environments/{envName}/compute-pools/{computePoolName}": {
        const pool = this.computePools.get(`${env}/${name}`);
        return pool
          ? new Reply(200, this.poolView(pool))
          : restError(404, `Compute pool '${name}' not found`);
      }
      case "DELETE /environments/{envName}/compute-pools/{computePoolName}":
        if (!this.computePools.delete(`${env}/${name}`))
          return restError(404, `Compute pool '${name}' not found`);
        return new Reply(204);
      default:
        throw new Error(`fake CMF has no handler for ${route}`);
    }
  }

  private upsertEnvironment(body: Json): Reply {
    const name = body.name as string;
    if (typeof body.kubernetesNamespace !== "string") {
      return restError(400, "Environment's kubernetesNamespace must be set");
    }
    const now = this.now();
    const created = this.environments.get(name)?.created_time ?? now;
    const stored = { ...body, created_time: created, updated_time: now };
    this.environments.set(name, stored);
    return new Reply(200, { ...stored, secrets: {} });
  }

  private checkDocument(body: Json, kind: string): Reply | undefined {
    if (body.apiVersion !== "cmf.confluent.io/v1" || body.kind !== kind) {
      return restError(422, `expected apiVersion cmf.confluent.io/v1 and kind ${kind}`);
    }
    const metadata = body.metadata as Json;
    if (typeof metadata.name !== "string" || metadata.name === "") {
      return restError(422, "metadata.name must be set");
    }
    return undefined;
  }

  private upsertApplication(env: string, body: Json): Reply {
    if (!this.environments.has(env)) return restError(400, `Environment '${env}' does not exist.`);
    const invalid = this.checkDocument(body, "FlinkApplication");
    if (invalid) return invalid;
    const metadata = body.metadata as StoredApp["metadata"];
    const key = `${env}/${metadata.name}`;
    const created = this.applications.get(key)?.created ?? this.now();
    const app: StoredApp = { metadata, spec: body.spec as Json, created };
    this.applications.set(key, app);
    return new Reply(201, this.applicationView(env, metadata.name, app, false));
  }

  private getApplication(env: string, name: string): Reply {
    const app = this.applications.get(`${env}/${name}`);
    if (app === undefined) return restError(404, `Application '${name}' not found`);
    return new Reply(200, this.applicationView(env, name, app, true));
  }

  private applicationView(env: string, name: string, app: StoredApp, consumeScript: boolean): Json {
    const script = this.jobScripts.get(`${env}/${name}`);
    let status: Json;
    if (script !== undefined) {
      const state = script.states.length > 1 && consumeScript ? script.states.shift() : script.states[0];
      status = { jobStatus: { state }, lifecycleState: state === "RUNNING" ? "STABLE" : "DEPLOYED" };
      if (script.error !== undefined) status.error = script.error;
    } else {
      const suspended = (app.spec.job as Json | undefined)?.state === "suspended";
      status = {
        jobStatus: { state: suspended ? "SUSPENDED" : "RUNNING" },
        lifecycleState: suspended ? "SUSPENDED" : "STABLE",
      };
    }
    return {
      apiVersion: "cmf.confluent.io/v1",
      kind: "FlinkApplication",
      metadata: { ...app.metadata, creationTimestamp: app.created },
      spec: app.spec,
      status,
    };
  }

  private createComputePool(env: string, body: Json): Reply {
    if (!this.environments.has(env)) return restError(400, `Environment '${env}' does not exist.`);
    const invalid = this.checkDocument(body, "ComputePool");
    if (invalid) return invalid;
    const metadata = body.metadata as StoredPool["metadata"];
    const key = `${env}/${metadata.name}`;
    if (this.computePools.has(key)) return restError(409, `Compute pool '${metadata.name}' already exists`);
    const pool: StoredPool = { metadata, spec: body.spec as Json, created: this.now() };
    this.computePools.set(key, pool);
    return new Reply(200, this.poolView(pool));
  }

  private updateComputePool(env: string, name: string, body: Json): Reply {
    const invalid = this.checkDocument(body, "ComputePool");
    if (invalid) return invalid;
    const metadata = body.metadata as StoredPool["metadata"];
    if (metadata.name !== name)
      return restError(422, `metadata.name '${metadata.name}' does not match '${name}'`);
    const existing = this.computePools.get(`${env}/${name}`);
    if (existing === undefined) return restError(404, `Compute pool '${name}' not found`);
    const pool: StoredPool = { metadata, spec: body.spec as Json, created: existing.created };
    this.computePools.set(`${env}/${name}`, pool);
    return new Reply(200, this.poolView(pool));
  }

  private poolView(pool: StoredPool): Json {
    const phase = pool.spec.type === "DEDICATED" ? "DEDICATED" : (pool.spec.state ?? "RUNNING");
    return {
      apiVersion: "cmf.confluent.io/v1",
      kind: "ComputePool",
      metadata: { ...pool.metadata, creationTimestamp: pool.created },
      spec: pool.spec,
      status: { phase },
    };
  }
}

/** Starts a fake CMF. Remember to `close()` it. */
export async function startFakeCmf(options: FakeCmfOptions): Promise<FakeCmf> {
  return new FakeCmf(options).listen();
}

/** A URL nobody listens on (a port that was just released), for connection-refused tests. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

// ---------------------------------------------------------------------------
// A throwaway PKI for the TLS tests, built with node:crypto only so the tests
// need neither openssl nor committed key material. Minimal DER encoding of
// X.509 v3 certificates signed with ECDSA P-256.
// ---------------------------------------------------------------------------

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function der(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

const seq = (...parts: Buffer[]) => der(0x30, ...parts);

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const enc: number[] = [];
    for (let v = n; ; v = Math.floor(v / 128)) {
      enc.unshift(v % 128);
      if (v < 128) break;
    }
    bytes.push(...enc.map((x, i) => (i < enc.length - 1 ? x | 0x80 : x)));
  }
  return der(0x06, Buffer.from(bytes));
}

function name(cn: string): Buffer {
  return seq(der(0x31, seq(oid("2.5.4.3"), der(0x0c, Buffer.from(cn, "utf8")))));
}

function utcTime(date: Date): Buffer {
  const s = date.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z";
  return der(0x17, Buffer.from(s, "ascii"));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(id), ...(critical ? [der(0x01, Buffer.from([0xff]))] : []), der(0x04, value));
}

function toPem(label: string, data: Buffer): string {
  const lines = data.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

interface Issued {
  certPem: string;
  keyPem: string;
  key: crypto.KeyObject;
  subject: string;
  keyId: Buffer;
}

function issue(
  subject: string,
  issuer: Issued | undefined,
  kind: "ca" | "server" | "client",
  serial: number,
): Issued {
  const { publicKey, privateKey } = crypto.generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const spki = publicKey.export({ type: "spki", format: "der" });
  // Key identifiers (RFC 7093 allows any hash of the key) keep strict verifiers happy.
  const keyId = crypto.createHash("sha1").update(spki).digest();
  const signer = issuer ?? { subject, key: privateKey, keyId };
  const ecdsaWithSha256 = seq(oid("1.2.840.10045.4.3.2"));
  const exts: Buffer[] = [
    extension("2.5.29.14", false, der(0x04, keyId)),
    extension("2.5.29.35", false, seq(der(0x80, signer.keyId))),
  ];
  if (kind === "ca") {
    exts.push(extension("2.5.29.19", true, seq(der(0x01, Buffer.from([0xff])))));
    exts.push(extension("2.5.29.15", true, der(0x03, Buffer.from([0x01, 0x06])))); // keyCertSign, cRLSign
  } else {
    exts.push(extension("2.5.29.19", true, seq()));
    exts.push(extension("2.5.29.15", true, der(0x03, Buffer.from([0x07, 0x80])))); // digitalSignature
    const eku = kind === "server" ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2";
    exts.push(extension("2.5.29.37", false, seq(oid(eku))));
    if (kind === "server") {
      const san = seq(der(0x87, Buffer.from([127, 0, 0, 1])), der(0x82, Buffer.from("localhost", "ascii")));
      exts.push(extension("2.5.29.17", false, san));
    }
  }
  const now = Date.now();
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, Buffer.from([serial])),
    ecdsaWithSha256,
    name(signer.subject),
    seq(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 86_400_000))),
    name(subject),
    spki,
    der(0xa3, seq(...exts)),
  );
  const signature = crypto.sign("sha256", tbs, signer.key);
  const cert = seq(tbs, ecdsaWithSha256, der(0x03, Buffer.from([0]), signature));
  return {
    certPem: toPem("CERTIFICATE", cert),
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    key: privateKey,
    subject,
    keyId,
  };
}

/** A CA plus a server certificate for 127.0.0.1/localhost and a client certificate. */
export interface TestPki {
  caPem: string;
  serverCertPem: string;
  serverKeyPem: string;
  clientCertPem: string;
  clientKeyPem: string;
  /** A second, untrusted CA's client certificate. */
  strangerCertPem: string;
  strangerKeyPem: string;
}

export function createTestPki(): TestPki {
  const ca = issue("fake-cmf-test-ca", undefined, "ca", 1);
  const server = issue("127.0.0.1", ca, "server", 2);
  const client = issue("flink-platform-client", ca, "client", 3);
  const otherCa = issue("untrusted-ca", undefined, "ca", 4);
  const stranger = issue("stranger", otherCa, "client", 5);
  return {
    caPem: ca.certPem,
    serverCertPem: server.certPem,
    serverKeyPem: server.keyPem,
    clientCertPem: client.certPem,
    clientKeyPem: client.keyPem,
    strangerCertPem: stranger.certPem,
    strangerKeyPem: stranger.keyPem,
  };
}
