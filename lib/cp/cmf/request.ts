/**
 * One CMF API call with bounded retries, on top of the single exchange in
 * `./http`. Split out of `./client` to keep that file small; same
 * serialization constraint (plain functions and data, built-ins loaded at
 * call time).
 */
import type { CmfConnection } from "./connection";
import {
  capText,
  CmfApiError,
  cmfErrorMessages,
  credentialTexts,
  type RawResponse,
  RequestTimeout,
  ResponseTooLarge,
  RETRYABLE_CODES,
  retryAfterMs,
  safeText,
  sendOnce,
  sleep,
} from "./http";

/** Defaults applied to `CmfConnection`. */
export const CMF_CONNECTION_DEFAULTS = {
  timeoutMs: 30_000,
  retries: 4,
  retryDelayMs: 500,
  maxRetryDelayMs: 8_000,
} as const;

/**
 * Delay before retry number `retry` (1-based): `base * 2^(retry-1)`, capped.
 * Deterministic on purpose so behaviour (and tests) are predictable.
 */
export function retryDelay(retry: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
}

/** Seams for tests; not part of `CmfConnection`, never stored in Pulumi state. */
export interface CmfClientHooks {
  /** Waits between retries. @default a timer */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Clock for `Retry-After` dates. @default Date.now */
  readonly now?: () => number;
}

/** Result of `CmfClient.request` and {@link requestWithRetries}. */
export interface CmfResponse<T> {
  readonly status: number;
  /** Reason phrase, redacted like every server-sent text. */
  readonly statusText: string;
  /** Parsed JSON for 2xx answers with a body; undefined otherwise. */
  readonly body: T | undefined;
  readonly rawBody: string;
  /** Attempts made, including the first. */
  readonly attempts: number;
}

/** What {@link requestWithRetries} needs of a client. */
export interface RequestContext {
  readonly connection: CmfConnection;
  /** The connection's endpoint, parsed. */
  readonly baseUrl: URL;
  readonly hooks: CmfClientHooks;
}

/**
 * Sends one CMF API call (`path` is the full request path) with retries.
 * Returns the status and the parsed body for 2xx/304 and for the statuses in
 * `accept`; throws {@link CmfApiError} otherwise.
 *
 * Connection failures, 5xx and 429 are retried. Every wait comes out of one
 * budget, the sum of the backoff delays `retries` would take: a `Retry-After`
 * (429, 503) replaces the backoff delay but is capped at `maxRetryDelayMs` and
 * at what is left of the budget, so it never stretches the call.
 */
export async function requestWithRetries<T>(
  client: RequestContext,
  method: string,
  path: string,
  body?: unknown,
  accept: readonly number[] = [],
): Promise<CmfResponse<T>> {
  const { connection, baseUrl, hooks } = client;
  const retries = connection.retries ?? CMF_CONNECTION_DEFAULTS.retries;
  const baseDelay = connection.retryDelayMs ?? CMF_CONNECTION_DEFAULTS.retryDelayMs;
  const maxDelay = connection.maxRetryDelayMs ?? CMF_CONNECTION_DEFAULTS.maxRetryDelayMs;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const secrets = credentialTexts(connection.auth);
  const budget = { leftMs: 0 };
  for (let n = 1; n <= retries; n++) budget.leftMs += retryDelay(n, baseDelay, maxDelay);
  const wait = (attempt: number, retryAfter?: string) => {
    const asked = retryAfterMs(retryAfter, (hooks.now ?? Date.now)());
    const ms = Math.min(asked ?? retryDelay(attempt, baseDelay, maxDelay), maxDelay, budget.leftMs);
    budget.leftMs -= ms;
    return (hooks.sleep ?? sleep)(ms);
  };
  for (let attempt = 1; ; attempt++) {
    let response: RawResponse;
    try {
      response = await sendOnce(
        {
          baseUrl,
          auth: connection.auth ?? { type: "none" },
          timeoutMs: connection.timeoutMs ?? CMF_CONNECTION_DEFAULTS.timeoutMs,
        },
        method,
        path,
        payload,
      );
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (err instanceof RequestTimeout) {
        // Not retried: the call may still be running inside CMF, and retrying would
        // stretch the caller's bound to (retries + 1) x timeoutMs.
        throw new CmfApiError(
          { method, path, cmfMessages: [], attempts: attempt, code: "ETIMEDOUT" },
          e.message,
        );
      }
      if (err instanceof ResponseTooLarge) {
        const statusText = safeText(err.statusText, secrets);
        throw new CmfApiError(
          { method, path, status: err.status, statusText, cmfMessages: [], attempts: attempt },
          `${err.status} ${statusText}: ${err.message}; stopped reading and aborted the request`,
        );
      }
      if (e.code !== undefined && RETRYABLE_CODES.includes(e.code) && attempt <= retries) {
        await wait(attempt);
        continue;
      }
      // With TLS 1.3 a rejected client certificate surfaces only as a reset connection.
      const hint =
        e.code === "ECONNRESET" && connection.auth?.type === "mtls"
          ? " (with mTLS this usually means CMF rejected the client certificate)"
          : "";
      throw new CmfApiError(
        { method, path, cmfMessages: [], attempts: attempt, code: e.code },
        `${e.message}${hint}`,
      );
    }
    const { status } = response;
    const statusText = safeText(response.statusText, secrets);
    if ((status >= 200 && status < 300) || status === 304 || accept.includes(status)) {
      return {
        status,
        statusText,
        body: parseBody<T>(method, path, response, statusText, attempt, secrets),
        rawBody: response.body,
        attempts: attempt,
      };
    }
    if ((status >= 500 || status === 429) && attempt <= retries) {
      // RFC 9110 section 10.2.3: Retry-After accompanies 503 and (RFC 6585) 429.
      await wait(attempt, status === 429 || status === 503 ? response.retryAfter : undefined);
      continue;
    }
    const cmfMessages = cmfErrorMessages(response.body, secrets);
    const reason = [
      `${status} ${statusText}`,
      ...(cmfMessages.length > 0 ? [capText(cmfMessages.join("; "))] : []),
    ];
    throw new CmfApiError(
      { method, path, status, statusText, cmfMessages, attempts: attempt },
      reason.join(": "),
    );
  }
}

function parseBody<T>(
  method: string,
  path: string,
  response: RawResponse,
  statusText: string,
  attempts: number,
  secrets: readonly string[],
): T | undefined {
  const ok = response.status >= 200 && response.status < 300 && response.status !== 204;
  if (!ok || response.body.trim() === "") return undefined;
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new CmfApiError(
      { method, path, status: response.status, statusText, cmfMessages: [], attempts },
      `${response.status} ${statusText}: response is not JSON: ${safeText(response.body, secrets)}`,
    );
  }
}
