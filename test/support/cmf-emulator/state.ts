/**
 * The emulator's state: every CMF object kind it keeps, its clock, and the
 * helpers the handlers share (replies, CMF error bodies, pages, metadata).
 */
import type { Json } from "./openapi";

export const API_VERSION = "cmf.confluent.io/v1";

/** One answer: status and JSON body (none for 204). */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

/** CMF's error body (schema `RestError`): `{errors: [{message}]}`. */
export function restError(status: number, message: string): Reply {
  return new Reply(status, { errors: [{ message }] });
}

/** What a handler gets: decoded path parameters, the query and the JSON body. */
export interface Context {
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly body: Json;
}

export type Handler = (ctx: Context) => Reply;

/** A Kubernetes-style CMF object (applications, pools, secrets, catalogs, ...). */
export interface StoredObject {
  metadata: Json & { name: string };
  spec: Json;
  created: string;
  /** Set by the emulator; tests that seed objects directly may leave these out. */
  updated?: string;
  uid?: string;
}

/** Statement phases CMF reports (cp-flink docs, "Manage Statements": PENDING, RUNNING, STOPPED, FAILING, FAILED, COMPLETED). */
export type StatementPhase = "PENDING" | "RUNNING" | "COMPLETED" | "STOPPED" | "FAILING" | "FAILED";

export interface StoredStatement extends StoredObject {
  phase: StatementPhase;
  /** The savepoint path its job last started from (`spec.startFromSavepoint`, ./statement-start). */
  startedFrom?: string;
  exceptions: { name: string; message: string; timestamp: string }[];
}

/** How a statement's PENDING ends: on the next step it becomes this phase. */
export interface StatementScript {
  readonly outcome: "RUNNING" | "COMPLETED" | "FAILED";
  /** Messages of the exceptions a FAILED statement reports (newest first). */
  readonly exceptions?: readonly string[];
}

export interface StoredSavepoint extends StoredObject {
  /** `application/<env>/<app>`, `statement/<env>/<stmt>` or `detached`. */
  owner: string;
  state: "PENDING" | "COMPLETED";
}

/** Job states reported on successive GETs of one application (the last one sticks). */
export interface JobStateScript {
  states: string[];
  error?: string;
  /**
   * GETs reporting RUNNING before the status carries a completed checkpoint
   * the operator triggered (`jobStatus.checkpointInfo.lastCheckpoint`,
   * triggerType PERIODIC; operator 1.15.0 CRD). CMF's OpenAPI types the
   * status as a free object; like the operator, the emulator reports it only
   * when the application's flinkConfiguration sets
   * `kubernetes.operator.periodic.checkpoint.interval` and
   * `kubernetes.operator.snapshot.resource.enabled: "false"`. Unset: never.
   */
  checkpointAfter?: number;
  /** RUNNING GETs so far (counted by the emulator). */
  runningReads?: number;
}

/** The state of one emulator. Keys of scoped maps are `<env>/<name>` (databases: `<catalog>/<db>`). */
export class CmfState {
  readonly environments = new Map<string, Json & { created_time: string; updated_time?: string }>();
  readonly applications = new Map<string, StoredObject>();
  readonly computePools = new Map<string, StoredObject>();
  readonly secrets = new Map<string, StoredObject & { version: number }>();
  readonly secretMappings = new Map<string, StoredObject>();
  readonly catalogs = new Map<string, StoredObject>();
  readonly databases = new Map<string, StoredObject>();
  readonly statements = new Map<string, StoredStatement>();
  readonly savepoints = new Map<string, StoredSavepoint>();
  readonly clusters = new Map<string, StoredObject & { state: "CONNECTED" | "DECOMMISSIONED" }>();
  /** Keyed like applications: each spec an application was given, oldest first (its instances). */
  readonly instances = new Map<string, { name: string; created: string; spec: Json }[]>();
  readonly jobScripts = new Map<string, JobStateScript>();
  readonly statementScripts = new Map<string, StatementScript>();
  /** Deprecated fields clients sent (accepted by CMF 2.3.1, so not violations). */
  readonly deprecations: string[] = [];
  /** Contract violations; tests assert this is empty. */
  readonly violations: string[] = [];
  /**
   * `on-read`: a GET of a PENDING statement or savepoint moves it on (so
   * clients that poll converge on their own); `manual`: only {@link step} does.
   */
  stepping: "on-read" | "manual" = "on-read";
  private clock = Date.parse("2025-01-01T00:00:00Z");
  private uids = 0;

  /** Server time; every call moves it one second on, so timestamps are distinct and ordered. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  uid(): string {
    this.uids += 1;
    return `00000000-0000-4000-8000-${String(this.uids).padStart(12, "0")}`;
  }

  /** Records a violation (what CMF would reject, so a deploy would fail) and answers it. */
  invalid(status: number, message: string): Reply {
    this.violations.push(`${status}: ${message}`);
    return restError(status, message);
  }

  /** A new stored object from a request document (`metadata`, `spec`). */
  stored(body: Json, existing?: StoredObject): StoredObject {
    const now = this.now();
    return {
      metadata: { ...(body.metadata as Json & { name: string }) },
      spec: (body.spec as Json | undefined) ?? {},
      created: existing?.created ?? now,
      updated: now,
      uid: existing?.uid ?? this.uid(),
    };
  }

  /** Moves every PENDING statement and savepoint one step on (see {@link StatementScript}). */
  step(): void {
    for (const [key, stmt] of this.statements) this.stepStatement(key, stmt);
    for (const sp of this.savepoints.values()) sp.state = "COMPLETED";
  }

  stepStatement(key: string, stmt: StoredStatement): void {
    if (stmt.phase !== "PENDING") return;
    const script = this.statementScripts.get(key) ?? {
      outcome: isBounded(String(stmt.spec.statement)) ? "COMPLETED" : "RUNNING",
    };
    stmt.phase = script.outcome;
    if (script.outcome === "FAILED") {
      stmt.exceptions = (script.exceptions ?? ["statement failed"]).map((message, i) => ({
        name: `exception-${i + 1}`,
        message,
        timestamp: this.now(),
      }));
    }
  }
}

/**
 * Whether a statement ends on its own. DDL (CREATE TABLE, ALTER, DROP, ...)
 * and SET/USE/SHOW finish and report COMPLETED; INSERT and SELECT over Kafka
 * tables are unbounded and keep RUNNING (CMF's `traits.isBounded`).
 */
export function isBounded(sql: string): boolean {
  const text = sql.replace(/--[^\n]*\n/g, "").trim();
  if (/^(CREATE|ALTER|DROP|SHOW|DESCRIBE|USE|SET|RESET)\b/i.test(text)) return !/\bAS\s+SELECT\b/i.test(text);
  return false;
}

/** Metadata as CMF answers it: declared fields plus its timestamps and uid. */
export function metadataView(obj: StoredObject, withUpdate = true): Json {
  return {
    ...obj.metadata,
    creationTimestamp: obj.created,
    ...(withUpdate && obj.updated !== undefined ? { updateTimestamp: obj.updated } : {}),
    ...(obj.uid !== undefined ? { uid: obj.uid } : {}),
  };
}

/** A page of a list answer (`page`, `size` query parameters; CMF pages are zero-based). */
export function page(items: unknown[], query: URLSearchParams): Json {
  const size = Number(query.get("size") ?? "100");
  const index = Number(query.get("page") ?? "0");
  return { metadata: { size: items.length }, items: items.slice(index * size, (index + 1) * size) };
}

function isPlainObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A 200 answer with one page of `items`. */
export function listReply(items: unknown[], query: URLSearchParams): Reply {
  return new Reply(200, page(items, query));
}

/** Deep merge of JSON objects: `over` wins at every leaf, arrays are replaced whole. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

/** The entries of a `<scope>/<name>` map inside one scope. */
export function inScope<T>(map: Map<string, T>, scope: string): [string, T][] {
  return [...map]
    .filter(([key]) => key.startsWith(`${scope}/`))
    .map(([key, v]) => [key.slice(scope.length + 1), v]);
}
