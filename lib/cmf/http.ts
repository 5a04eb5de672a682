/**
 * The HTTP layer of the CMF client: one bounded request/response exchange,
 * the error type every failed call raises, and CMF's error-body helpers.
 *
 * Same serialization constraint as `./client`: the Pulumi dynamic providers
 * capture this module by value, so Node built-ins are loaded with `require()`
 * at call time (see {@link nodeHttp}) and everything here is plain functions,
 * classes and data.
 */
import type * as http from "node:http";
import type * as https from "node:https";
import type { CmfAuth } from "./client";

function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/** Details of a failed CMF call. */
export interface CmfApiErrorDetails {
  readonly method: string;
  readonly path: string;
  /** HTTP status when CMF answered; undefined for connection failures and timeouts. */
  readonly status?: number;
  readonly statusText?: string;
  /** `errors[].message` from CMF's `RestError` body (or the raw body when it was not one). */
  readonly cmfMessages: readonly string[];
  /** Attempts made, including the first. */
  readonly attempts: number;
  /** Node error code (ECONNREFUSED, ECONNRESET, ...) or `ETIMEDOUT` for our own timeout. */
  readonly code?: string;
}

/**
 * A CMF call that failed. The message quotes method, path, status and CMF's
 * own error text, e.g.
 * `CMF POST /cmf/api/v1/environments failed: 422 Unprocessable Entity: <message>`.
 */
export class CmfApiError extends Error {
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly statusText?: string;
  readonly cmfMessages: readonly string[];
  readonly attempts: number;
  readonly code?: string;

  constructor(details: CmfApiErrorDetails, reason: string) {
    const tries = details.attempts > 1 ? ` after ${details.attempts} attempts` : "";
    super(`CMF ${details.method} ${details.path} failed${tries}: ${reason}`);
    this.name = "CmfApiError";
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.statusText = details.statusText;
    this.cmfMessages = details.cmfMessages;
    this.attempts = details.attempts;
    this.code = details.code;
  }
}

/** Extracts `errors[].message` from a `RestError` body; falls back to the trimmed raw text. */
export function cmfErrorMessages(body: string): string[] {
  const text = body.trim();
  if (text === "") return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (isPlainObject(parsed) && Array.isArray(parsed.errors)) {
      const messages = parsed.errors
        .map((e: unknown) => (isPlainObject(e) && typeof e.message === "string" ? e.message : undefined))
        .filter((m): m is string => m !== undefined && m !== "");
      if (messages.length > 0) return messages;
    }
  } catch {
    // Not JSON (proxy error page, plain text): quote it as-is below.
  }
  return [text.length > 500 ? `${text.slice(0, 497)}...` : text];
}

// Transient network failures worth another attempt. TLS verification errors and
// DNS NXDOMAIN are configuration problems and fail at once.
export const RETRYABLE_CODES = [
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENETUNREACH",
];

/** Where and how {@link sendOnce} connects; resolved from a `CmfConnection`. */
export interface HttpTarget {
  /** The connection's endpoint, parsed. */
  readonly baseUrl: URL;
  readonly auth: CmfAuth;
  /** Limit for the whole exchange, connect to last byte. */
  readonly timeoutMs: number;
}

/** True when `body` is CMF's `RestError` document (`{"errors": [...]}`). */
export function isRestErrorBody(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    return isPlainObject(parsed) && Array.isArray(parsed.errors);
  } catch {
    return false;
  }
}

/** One HTTP answer, body read in full. */
export interface RawResponse {
  readonly status: number;
  readonly statusText: string;
  readonly body: string;
}

/** Raised by {@link sendOnce} when `timeoutMs` elapsed; never retried. */
export class RequestTimeout extends Error {}

/** `node:http`, loaded at call time. */
export function nodeHttp(): typeof http {
  // Loaded at call time so Pulumi's closure serializer never captures the module object.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("node:http") as typeof http;
}

/** `node:https`, loaded at call time. */
export function nodeHttps(): typeof https {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("node:https") as typeof https;
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One attempt, bounded by `timeoutMs` from connect to the last byte of the response. */
export function sendOnce(
  target: HttpTarget,
  method: string,
  path: string,
  payload: string | undefined,
): Promise<RawResponse> {
  const { baseUrl, auth, timeoutMs } = target;
  const isHttps = baseUrl.protocol === "https:";
  const headers: Record<string, string> = { Accept: "application/json" };
  if (payload !== undefined) {
    headers["Content-Type"] = "application/json";
    headers["Content-Length"] = String(Buffer.byteLength(payload));
  }
  if (auth.type === "bearer" && auth.token) headers.Authorization = `Bearer ${auth.token}`;
  const options: https.RequestOptions = {
    method,
    protocol: baseUrl.protocol,
    hostname: baseUrl.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: baseUrl.port === "" ? undefined : Number(baseUrl.port),
    path,
    headers,
  };
  if (isHttps) {
    if (auth.caPem) options.ca = auth.caPem;
    if (auth.type === "mtls") {
      options.cert = auth.clientCertPem;
      options.key = auth.clientKeyPem;
    }
  }
  const transport = isHttps ? nodeHttps() : nodeHttp();
  const statusCodes = nodeHttp().STATUS_CODES;
  return new Promise<RawResponse>((resolve, reject) => {
    // One holder declared up front: Pulumi's closure analysis mistakes forward
    // references to later `const`s for free variables.
    const pending: { settled: boolean; timer?: ReturnType<typeof setTimeout> } = { settled: false };
    const finish = (fn: () => void) => {
      if (pending.settled) return;
      pending.settled = true;
      clearTimeout(pending.timer);
      fn();
    };
    const req = transport.request(options, (res: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (err) => finish(() => reject(err)));
      res.on("end", () =>
        finish(() =>
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage || statusCodes[res.statusCode ?? 0] || "",
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        ),
      );
    });
    pending.timer = setTimeout(() => {
      const err = new RequestTimeout(
        `no complete response within ${timeoutMs} ms (connection.timeoutMs); is CMF overloaded or unreachable?`,
      );
      finish(() => reject(err));
      req.destroy(err);
    }, timeoutMs);
    req.on("error", (err) => finish(() => reject(err)));
    req.end(payload);
  });
}
