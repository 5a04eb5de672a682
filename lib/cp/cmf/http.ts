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
import type { CmfAuth } from "./connection";

function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/** Details of a failed CMF call: the fields of {@link CmfApiError}, declared once there. */
export type CmfApiErrorDetails = Pick<
  CmfApiError,
  "method" | "path" | "status" | "statusText" | "cmfMessages" | "attempts" | "code"
>;

/**
 * A CMF call that failed. The message quotes method, path, status and CMF's
 * own error text, e.g.
 * `CMF POST /cmf/api/v1/environments failed: 422 Unprocessable Entity: <message>`.
 */
export class CmfApiError extends Error {
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

  constructor(details: CmfApiErrorDetails, reason: string) {
    const tries = details.attempts > 1 ? ` after ${details.attempts} attempts` : "";
    const message = `CMF ${details.method} ${details.path} failed${tries}: ${reason}`;
    super(message);
    // Set again on purpose: inside the provider Pulumi serialized into the state,
    // `super(message)` becomes `Error.call(this, message)`, which leaves `message`
    // empty, and the dynamic provider host reports only `err.message`.
    this.message = message;
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

/** Most characters of server-sent text an error message quotes. */
export const CMF_ERROR_TEXT_CAP = 200;

/** Most bytes of a response body the client reads before it aborts the request (4 MiB). */
export const CMF_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * The text forms of the credentials in `auth`, for {@link redactText}: the
 * token, the client certificate and key, and each base64 line of those PEMs
 * (a server may echo part of one).
 */
export function credentialTexts(auth: CmfAuth | undefined): string[] {
  const texts: string[] = [];
  for (const value of [auth?.token, auth?.clientCertPem, auth?.clientKeyPem]) {
    if (typeof value !== "string" || value === "") continue;
    texts.push(
      value,
      ...value.split(/\r?\n/).filter((line) => line.length >= 16 && !line.startsWith("-----")),
    );
  }
  return texts;
}

/**
 * Server-sent text made safe to show: the literal `secrets` (longest first),
 * any `Bearer`/`Basic` credential and any PEM block become `[redacted]`;
 * control characters (CR/LF could forge log lines) become one space.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret !== "") out = out.split(secret).join("[redacted]");
  }
  return out
    .replace(/-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g, "[redacted PEM]")
    .replace(/\b(Bearer|Basic)\s+[^\s"',;]+/gi, "$1 [redacted]")
    .replace(/\p{Cc}+/gu, " ")
    .trim();
}

/** `text` cut to `cap` characters (ending in `...` when cut). Redact first, so no secret is cut in half. */
export function capText(text: string, cap = CMF_ERROR_TEXT_CAP): string {
  return text.length > cap ? `${text.slice(0, cap - 3)}...` : text;
}

/** Server-sent `text` as an error message may quote it: {@link redactText}, then {@link capText}. */
export function safeText(text: string, secrets: readonly string[] = []): string {
  return capText(redactText(text, secrets));
}

/**
 * Extracts `errors[].message` from a `RestError` body; falls back to the
 * trimmed raw text. Each is redacted ({@link redactText}, with `secrets`) and
 * then capped to {@link CMF_ERROR_TEXT_CAP} characters.
 */
export function cmfErrorMessages(body: string, secrets: readonly string[] = []): string[] {
  const text = body.trim();
  if (text === "") return [];
  let messages = [text];
  try {
    const parsed: unknown = JSON.parse(text);
    if (isPlainObject(parsed) && Array.isArray(parsed.errors)) {
      const found = parsed.errors
        .map((e: unknown) => (isPlainObject(e) && typeof e.message === "string" ? e.message : undefined))
        .filter((m): m is string => m !== undefined && m !== "");
      if (found.length > 0) messages = found;
    }
  } catch {
    // Not JSON (proxy error page, plain text): quote it as-is.
  }
  return messages.map((m) => safeText(m, secrets)).filter((m) => m !== "");
}

/**
 * How long a `Retry-After` value asks to wait (RFC 9110 section 10.2.3:
 * delay-seconds or an HTTP-date); `undefined` when absent or unreadable.
 */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim() ?? "";
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP-dates start with the day name ("Wed, 01 Jan 2025 00:00:03 GMT").
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** The endpoint as shown in messages: without any `user:password@` part. */
export function displayEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    if (url.username === "" && url.password === "") return endpoint;
    url.username = "";
    url.password = "";
    return url.href;
  } catch {
    return endpoint;
  }
}

/** True for the loopback hosts of a parsed URL: `localhost`, 127.0.0.0/8 and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  // URL parsing already normalised IPv4 forms such as 127.1 or 0x7f000001 to dotted quads.
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
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
  /** @default CMF_MAX_RESPONSE_BYTES */
  readonly maxResponseBytes?: number;
}

/**
 * True when `body` is CMF's error document. The CMF 2.3.1 OpenAPI answers 404
 * (e.g. `GET` and `DELETE /cmf/api/v1/environments/{envName}`, `GET
 * .../compute-pools/{computePoolName}`) with `$ref: '#/components/schemas/RestError'`:
 * `{errors: [error]}` where `error` is `{message: string}`. Neither field is
 * required there, so `{}` would pass the bare schema; a body only counts when
 * it carries what CMF sends, a non-empty `errors` list of objects with a string
 * `message`. Anything else (a proxy's HTML, `{}`, an empty body) cannot be told
 * apart from "CMF is not answering".
 */
export function isRestErrorBody(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    return (
      isPlainObject(parsed) &&
      Array.isArray(parsed.errors) &&
      parsed.errors.length > 0 &&
      parsed.errors.every((e: unknown) => isPlainObject(e) && typeof e.message === "string")
    );
  } catch {
    return false;
  }
}

/** One HTTP answer, body read in full. */
export interface RawResponse {
  readonly status: number;
  readonly statusText: string;
  readonly body: string;
  /** The `Retry-After` header, when sent. */
  readonly retryAfter?: string;
}

/** Raised by {@link sendOnce} when `timeoutMs` elapsed; never retried. */
export class RequestTimeout extends Error {
  constructor(message: string) {
    super(message);
    this.message = message; // survives Pulumi's serialization (see CmfApiError)
  }
}

/** Raised by {@link sendOnce} when a body exceeds the cap; the request was aborted. */
export class ResponseTooLarge extends Error {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly limit: number,
  ) {
    super(`response body exceeds the ${limit}-byte cap`);
    this.message = `response body exceeds the ${limit}-byte cap`; // see CmfApiError
  }
}

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
  const maxBytes = target.maxResponseBytes ?? CMF_MAX_RESPONSE_BYTES;
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
    // A connection of its own per exchange (`Connection: close`), never a socket
    // pooled by Node's global keep-alive agent: servers and proxies may close an
    // idle keep-alive connection at any moment (RFC 9112 section 9.6), and a
    // request written onto one in that moment fails with ECONNRESET although CMF
    // never saw it. CMF calls are few and seconds apart, so reuse saves nothing.
    agent: false,
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
      const status = res.statusCode ?? 0;
      const statusText = res.statusMessage || statusCodes[status] || "";
      // Past the cap: stop reading and drop the connection, so a huge or endless
      // body can neither exhaust memory nor hold the call until the timeout.
      const tooLarge = () => {
        const err = new ResponseTooLarge(status, statusText, maxBytes);
        finish(() => reject(err));
        res.destroy();
      };
      if (Number(res.headers["content-length"]) > maxBytes) return tooLarge();
      const read: { bytes: number; chunks: Buffer[] } = { bytes: 0, chunks: [] };
      res.on("data", (chunk: Buffer) => {
        read.bytes += chunk.length;
        if (read.bytes > maxBytes) return tooLarge();
        read.chunks.push(chunk);
      });
      res.on("error", (err) => finish(() => reject(err)));
      res.on("end", () =>
        finish(() =>
          resolve({
            status,
            statusText,
            body: Buffer.concat(read.chunks).toString("utf8"),
            ...(typeof res.headers["retry-after"] === "string"
              ? { retryAfter: res.headers["retry-after"] }
              : {}),
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
