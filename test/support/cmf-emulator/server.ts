/**
 * The CMF emulator's HTTP face: a server on 127.0.0.1 (http, https or mTLS)
 * that routes every request through the OpenAPI's operations, validates
 * parameters, body and answer against the document, injects faults, and
 * records requests and violations.
 */
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { flinkSpecProblems } from "./checks";
import { applicationHandlers } from "./handlers-apps";
import { poolHandlers, registerCluster } from "./handlers-pools";
import { sqlHandlers } from "./handlers-sql";
import { OpenApiValidator, type Json, type Operation } from "./openapi";
import { savepointHandlers } from "./savepoints";
import { CmfState, Reply, restError, type Handler, type JobStateScript, type StatementScript } from "./state";

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

/** One request as the emulator saw it. */
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
  /** operationId of the OpenAPI operation the request hit. */
  readonly operationId?: string;
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
  /** Kubernetes clusters registered with CMF (environments may name only these). @default none */
  readonly kubernetesClusters?: readonly string[];
}

/** The emulator's state as declared by clients (server timestamps left out) for exact assertions. */
export interface FakeCmfSnapshot {
  environments: Record<string, Json>;
  applications: Record<string, { metadata: Json; spec: Json }>;
  computePools: Record<string, { metadata: Json; spec: Json }>;
}

/**
 * Statuses the emulator sends although the OpenAPI does not list them for the
 * operation. CMF answers 404 for a missing application on DELETE and suspend
 * (the spec documents it only for GET/start); deleting an environment that
 * still has objects and detaching onto an existing detached savepoint are
 * refused with 409.
 */
const UNDOCUMENTED_BUT_EXPECTED = new Set([
  "deleteApplication 404",
  "suspendApplication 404",
  "deleteEnvironment 409",
  "detachSavepointFromFlinkApplication 409",
]);

/** operationIds the emulator answers without modelling (fixed, documented answers). */
export const UNMODELLED_OPERATIONS: readonly string[] = [
  "getApplicationEvents",
  "getStatementResult",
  "getC3LicenseInformation",
  "getSystemInformation",
  "getResourceInformation",
];

/** A running CMF emulator. */
export class CmfEmulator {
  /** Base URL to use as the client's endpoint. */
  url = "";
  /** Every request received, in order, including faulted ones. */
  readonly requests: RecordedRequest[] = [];
  readonly state = new CmfState();
  readonly validator: OpenApiValidator;
  /** operationId to handler, one per operation of the OpenAPI. */
  readonly handlers: Readonly<Record<string, Handler>>;
  private readonly faults: { match: FaultMatch; fault: Fault; remaining: number }[] = [];
  private readonly server: http.Server;

  constructor(private readonly options: FakeCmfOptions) {
    this.validator = OpenApiValidator.for(options.openApiPath);
    // Compiles the CRD schema now (once per process, a second or more), not inside the first request's timeout.
    flinkSpecProblems("warm-up", {});
    this.handlers = {
      ...applicationHandlers(this.state),
      ...savepointHandlers(this.state),
      ...sqlHandlers(this.state),
      ...poolHandlers(this.state),
    };
    const missing = this.validator.operations.filter((o) => this.handlers[o.operationId] === undefined);
    if (missing.length > 0)
      throw new Error(`CMF emulator has no handler for ${missing.map((o) => o.operationId).join(", ")}`);
    for (const cluster of options.kubernetesClusters ?? []) registerCluster(this.state, cluster);
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => void this.onRequest(req, res);
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

  /** Contract violations (request or answer vs. OpenAPI, and what CMF would reject); tests assert this is empty. */
  get violations(): string[] {
    return this.state.violations;
  }
  /** Deprecated fields clients sent (see CmfState.deprecations). */
  get deprecations(): string[] {
    return this.state.deprecations;
  }
  get environments() {
    return this.state.environments;
  }
  /** Keyed by `env/app`. */
  get applications() {
    return this.state.applications;
  }
  /** Keyed by `env/pool`. */
  get computePools() {
    return this.state.computePools;
  }
  get jobScripts() {
    return this.state.jobScripts;
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

  /**
   * Closes every idle keep-alive connection now, as a server or proxy may at any
   * moment (RFC 9112 section 9.6); a client that reuses such a socket in the same
   * tick gets ECONNRESET.
   */
  closeIdleConnections(): void {
    this.server.closeIdleConnections();
  }

  /** Applies `fault` to the next `times` requests matching `match`. */
  inject(fault: Fault, match: FaultMatch = {}): void {
    this.faults.push({ match, fault, remaining: match.times ?? 1 });
  }

  /** Makes GETs of `env/app` report these job states in turn (the last one sticks). */
  scriptJobStates(environment: string, app: string, script: JobStateScript): void {
    this.state.jobScripts.set(`${environment}/${app}`, {
      states: [...script.states],
      error: script.error,
      checkpointAfter: script.checkpointAfter,
    });
  }

  /** Decides how the statement `env/name` leaves PENDING (default: RUNNING, or COMPLETED when bounded). */
  scriptStatement(environment: string, name: string, script: StatementScript): void {
    this.state.statementScripts.set(`${environment}/${name}`, script);
  }

  /** Registers a Kubernetes cluster, as CMF's cluster agent does. */
  registerCluster(name: string): void {
    registerCluster(this.state, name);
  }

  /** Moves every PENDING statement and savepoint on (with `state.stepping = "manual"`). */
  step(): void {
    this.state.step();
  }

  /** Every request as a `METHOD path` string, in order. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  snapshot(): FakeCmfSnapshot {
    const environments: Record<string, Json> = {};
    for (const [name, env] of this.state.environments) {
      const { created_time: _created, updated_time: _updated, ...rest } = env;
      environments[name] = rest;
    }
    const declared = (map: Map<string, { metadata: Json; spec: Json }>) =>
      Object.fromEntries([...map].map(([key, o]) => [key, { metadata: o.metadata, spec: o.spec }]));
    return JSON.parse(
      JSON.stringify({
        environments,
        applications: declared(this.state.applications),
        computePools: declared(this.state.computePools),
      }),
    ) as FakeCmfSnapshot;
  }

  /** Keys of every object the emulator holds, by kind; empty kinds left out (`{}` when CMF is empty). */
  inventory(): Record<string, string[]> {
    const s = this.state;
    const kinds: Record<string, Map<string, unknown>> = {
      environments: s.environments,
      applications: s.applications,
      computePools: s.computePools,
      secrets: s.secrets,
      secretMappings: s.secretMappings,
      catalogs: s.catalogs,
      databases: s.databases,
      statements: s.statements,
      savepoints: s.savepoints,
    };
    return Object.fromEntries(
      Object.entries(kinds)
        .filter(([, map]) => map.size > 0)
        .map(([kind, map]) => [kind, [...map.keys()]]),
    );
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
    const url = new URL(req.url ?? "/", "http://emulator");
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
      if (!String(req.headers["content-type"]).startsWith("application/json"))
        bodyError = `request body sent with content-type ${String(req.headers["content-type"])}`;
    }
    const peer = this.options.tls ? (req.socket as TLSSocket).getPeerCertificate() : undefined;
    const fault = this.takeFault(method, url.pathname);
    const matched = this.validator.match(method, url.pathname);
    this.requests.push({
      method,
      path: url.pathname + url.search,
      ...(body !== undefined ? { body } : {}),
      ...(req.headers.authorization !== undefined ? { authorization: req.headers.authorization } : {}),
      ...(peer?.subject?.CN !== undefined ? { clientCertCN: String(peer.subject.CN) } : {}),
      ...(fault !== undefined ? { fault: fault.kind } : {}),
      ...(matched ? { operationId: matched.operation.operationId } : {}),
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
    if (fault?.kind === "status")
      return this.send(res, restError(fault.status, fault.message ?? `injected ${fault.status}`), undefined);
    if (
      this.options.bearerToken !== undefined &&
      req.headers.authorization !== `Bearer ${this.options.bearerToken}`
    )
      return this.send(res, restError(401, "Unauthorized"), undefined);

    if (matched === undefined) {
      this.violations.push(`${method} ${url.pathname}: no such operation in the CMF OpenAPI`);
      return this.send(res, restError(404, `no such operation: ${method} ${url.pathname}`), undefined);
    }
    const { operation, params } = matched;
    const paramProblems = this.validator.parameterProblems(operation, params, url.searchParams);
    const needsBody = operation.requestSchema !== undefined && operation.requestRequired;
    const problems = [
      ...paramProblems,
      ...(bodyError !== undefined ? [bodyError] : []),
      ...(needsBody && body === undefined ? ["request body is required"] : []),
      ...(operation.requestSchema === undefined && body !== undefined
        ? ["operation takes no request body"]
        : []),
      ...(operation.requestSchema !== undefined && body !== undefined && bodyError === undefined
        ? this.validator.validate(operation.requestSchema, body, true)
        : []),
    ];
    if (problems.length > 0) {
      this.violations.push(`${method} ${url.pathname} request: ${problems.join("; ")}`);
      return this.send(res, restError(400, problems.join("; ")), undefined);
    }
    const reply = this.handlers[operation.operationId]({
      params,
      query: url.searchParams,
      body: (body ?? {}) as Json,
    });
    if (fault?.kind === "reset-after-apply") {
      req.socket.destroy();
      return;
    }
    this.send(res, reply, operation);
  }

  /** Sends a reply; with an operation, first checks it against the documented responses. */
  private send(res: http.ServerResponse, reply: Reply, operation: Operation | undefined): void {
    if (operation === undefined) {
      // Injected, auth and routing failures carry the spec's common error schema.
      const errors = this.validator.validate(this.validator.schemaNamed("RestError"), reply.body, false);
      if (errors.length > 0) this.violations.push(`error ${reply.status}: ${errors.join("; ")}`);
    } else {
      const documented = operation.responses[String(reply.status)];
      const label = `${operation.operationId} ${reply.status}`;
      if (documented === undefined && !UNDOCUMENTED_BUT_EXPECTED.has(label))
        this.violations.push(`${label}: status not documented in the OpenAPI`);
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
}

/** The name the existing CMF tests use. */
export type FakeCmf = CmfEmulator;

/** Starts a CMF emulator. Remember to `close()` it. */
export async function startFakeCmf(options: FakeCmfOptions): Promise<CmfEmulator> {
  return new CmfEmulator(options).listen();
}

/** A URL nobody listens on (a port that was just released), for connection-refused tests. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
