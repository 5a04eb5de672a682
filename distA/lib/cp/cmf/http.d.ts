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
/** Details of a failed CMF call: the fields of {@link CmfApiError}, declared once there. */
export type CmfApiErrorDetails = Pick<CmfApiError, "method" | "path" | "status" | "statusText" | "cmfMessages" | "attempts" | "code">;
/**
 * A CMF call that failed. The message quotes method, path, status and CMF's
 * own error text, e.g.
 * `CMF POST /cmf/api/v1/environments failed: 422 Unprocessable Entity: <message>`.
 */
export declare class CmfApiError extends Error {
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
    constructor(details: CmfApiErrorDetails, reason: string);
}
/** Most characters of server-sent text an error message quotes. */
export declare const CMF_ERROR_TEXT_CAP = 200;
/** Most bytes of a response body the client reads before it aborts the request (4 MiB). */
export declare const CMF_MAX_RESPONSE_BYTES: number;
/**
 * The text forms of the credentials in `auth`, for {@link redactText}: the
 * token, the client certificate and key, and each base64 line of those PEMs
 * (a server may echo part of one).
 */
export declare function credentialTexts(auth: CmfAuth | undefined): string[];
/**
 * Server-sent text made safe to show: the literal `secrets` (longest first),
 * any `Bearer`/`Basic` credential and any PEM block become `[redacted]`;
 * control characters (CR/LF could forge log lines) become one space.
 */
export declare function redactText(text: string, secrets?: readonly string[]): string;
/** `text` cut to `cap` characters (ending in `...` when cut). Redact first, so no secret is cut in half. */
export declare function capText(text: string, cap?: number): string;
/** Server-sent `text` as an error message may quote it: {@link redactText}, then {@link capText}. */
export declare function safeText(text: string, secrets?: readonly string[]): string;
/**
 * Extracts `errors[].message` from a `RestError` body; falls back to the
 * trimmed raw text. Each is redacted ({@link redactText}, with `secrets`) and
 * then capped to {@link CMF_ERROR_TEXT_CAP} characters.
 */
export declare function cmfErrorMessages(body: string, secrets?: readonly string[]): string[];
/**
 * How long a `Retry-After` value asks to wait (RFC 9110 section 10.2.3:
 * delay-seconds or an HTTP-date); `undefined` when absent or unreadable.
 */
export declare function retryAfterMs(value: string | undefined, nowMs: number): number | undefined;
/** The endpoint as shown in messages: without any `user:password@` part. */
export declare function displayEndpoint(endpoint: string): string;
/** True for the loopback hosts of a parsed URL: `localhost`, 127.0.0.0/8 and `[::1]`. */
export declare function isLoopbackHost(hostname: string): boolean;
export declare const RETRYABLE_CODES: string[];
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
export declare function isRestErrorBody(body: string): boolean;
/** One HTTP answer, body read in full. */
export interface RawResponse {
    readonly status: number;
    readonly statusText: string;
    readonly body: string;
    /** The `Retry-After` header, when sent. */
    readonly retryAfter?: string;
}
/** Raised by {@link sendOnce} when `timeoutMs` elapsed; never retried. */
export declare class RequestTimeout extends Error {
    constructor(message: string);
}
/** Raised by {@link sendOnce} when a body exceeds the cap; the request was aborted. */
export declare class ResponseTooLarge extends Error {
    readonly status: number;
    readonly statusText: string;
    readonly limit: number;
    constructor(status: number, statusText: string, limit: number);
}
/** `node:http`, loaded at call time. */
export declare function nodeHttp(): typeof http;
/** `node:https`, loaded at call time. */
export declare function nodeHttps(): typeof https;
/** Waits `ms` milliseconds. */
export declare function sleep(ms: number): Promise<void>;
/** One attempt, bounded by `timeoutMs` from connect to the last byte of the response. */
export declare function sendOnce(target: HttpTarget, method: string, path: string, payload: string | undefined): Promise<RawResponse>;
