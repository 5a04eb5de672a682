"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CMF_CONNECTION_DEFAULTS = void 0;
exports.retryDelay = retryDelay;
exports.requestWithRetries = requestWithRetries;
const http_1 = require("./http");
/** Defaults applied to `CmfConnection`. */
exports.CMF_CONNECTION_DEFAULTS = {
    timeoutMs: 30_000,
    retries: 4,
    retryDelayMs: 500,
    maxRetryDelayMs: 8_000,
};
/**
 * Delay before retry number `retry` (1-based): `base * 2^(retry-1)`, capped.
 * Deterministic on purpose so behaviour (and tests) are predictable.
 */
function retryDelay(retry, baseMs, maxMs) {
    return Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
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
async function requestWithRetries(client, method, path, body, accept = []) {
    const { connection, baseUrl, hooks } = client;
    const retries = connection.retries ?? exports.CMF_CONNECTION_DEFAULTS.retries;
    const baseDelay = connection.retryDelayMs ?? exports.CMF_CONNECTION_DEFAULTS.retryDelayMs;
    const maxDelay = connection.maxRetryDelayMs ?? exports.CMF_CONNECTION_DEFAULTS.maxRetryDelayMs;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const secrets = (0, http_1.credentialTexts)(connection.auth);
    const budget = { leftMs: 0 };
    for (let n = 1; n <= retries; n++)
        budget.leftMs += retryDelay(n, baseDelay, maxDelay);
    const wait = (attempt, retryAfter) => {
        const asked = (0, http_1.retryAfterMs)(retryAfter, (hooks.now ?? Date.now)());
        const ms = Math.min(asked ?? retryDelay(attempt, baseDelay, maxDelay), maxDelay, budget.leftMs);
        budget.leftMs -= ms;
        return (hooks.sleep ?? http_1.sleep)(ms);
    };
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await (0, http_1.sendOnce)({
                baseUrl,
                auth: connection.auth ?? { type: "none" },
                timeoutMs: connection.timeoutMs ?? exports.CMF_CONNECTION_DEFAULTS.timeoutMs,
            }, method, path, payload);
        }
        catch (err) {
            const e = err;
            if (err instanceof http_1.RequestTimeout) {
                // Not retried: the call may still be running inside CMF, and retrying would
                // stretch the caller's bound to (retries + 1) x timeoutMs.
                throw new http_1.CmfApiError({ method, path, cmfMessages: [], attempts: attempt, code: "ETIMEDOUT" }, e.message);
            }
            if (err instanceof http_1.ResponseTooLarge) {
                const statusText = (0, http_1.safeText)(err.statusText, secrets);
                throw new http_1.CmfApiError({ method, path, status: err.status, statusText, cmfMessages: [], attempts: attempt }, `${err.status} ${statusText}: ${err.message}; stopped reading and aborted the request`);
            }
            if (e.code !== undefined && http_1.RETRYABLE_CODES.includes(e.code) && attempt <= retries) {
                await wait(attempt);
                continue;
            }
            // With TLS 1.3 a rejected client certificate surfaces only as a reset connection.
            const hint = e.code === "ECONNRESET" && connection.auth?.type === "mtls"
                ? " (with mTLS this usually means CMF rejected the client certificate)"
                : "";
            throw new http_1.CmfApiError({ method, path, cmfMessages: [], attempts: attempt, code: e.code }, `${e.message}${hint}`);
        }
        const { status } = response;
        const statusText = (0, http_1.safeText)(response.statusText, secrets);
        if ((status >= 200 && status < 300) || status === 304 || accept.includes(status)) {
            return {
                status,
                statusText,
                body: parseBody(method, path, response, statusText, attempt, secrets),
                rawBody: response.body,
                attempts: attempt,
            };
        }
        if ((status >= 500 || status === 429) && attempt <= retries) {
            // RFC 9110 section 10.2.3: Retry-After accompanies 503 and (RFC 6585) 429.
            await wait(attempt, status === 429 || status === 503 ? response.retryAfter : undefined);
            continue;
        }
        const cmfMessages = (0, http_1.cmfErrorMessages)(response.body, secrets);
        const reason = [
            `${status} ${statusText}`,
            ...(cmfMessages.length > 0 ? [(0, http_1.capText)(cmfMessages.join("; "))] : []),
        ];
        throw new http_1.CmfApiError({ method, path, status, statusText, cmfMessages, attempts: attempt }, reason.join(": "));
    }
}
function parseBody(method, path, response, statusText, attempts, secrets) {
    const ok = response.status >= 200 && response.status < 300 && response.status !== 204;
    if (!ok || response.body.trim() === "")
        return undefined;
    try {
        return JSON.parse(response.body);
    }
    catch {
        throw new http_1.CmfApiError({ method, path, status: response.status, statusText, cmfMessages: [], attempts }, `${response.status} ${statusText}: response is not JSON: ${(0, http_1.safeText)(response.body, secrets)}`);
    }
}
