/**
 * One CMF API call with bounded retries, on top of the single exchange in
 * `./http`. Split out of `./client` to keep that file small; same
 * serialization constraint (plain functions and data, built-ins loaded at
 * call time).
 */
import type { CmfConnection } from "./connection";
/** Defaults applied to `CmfConnection`. */
export declare const CMF_CONNECTION_DEFAULTS: {
    readonly timeoutMs: 30000;
    readonly retries: 4;
    readonly retryDelayMs: 500;
    readonly maxRetryDelayMs: 8000;
};
/**
 * Delay before retry number `retry` (1-based): `base * 2^(retry-1)`, capped.
 * Deterministic on purpose so behaviour (and tests) are predictable.
 */
export declare function retryDelay(retry: number, baseMs: number, maxMs: number): number;
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
export declare function requestWithRetries<T>(client: RequestContext, method: string, path: string, body?: unknown, accept?: readonly number[]): Promise<CmfResponse<T>>;
