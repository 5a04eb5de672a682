"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResponseTooLarge = exports.RequestTimeout = exports.RETRYABLE_CODES = exports.CMF_MAX_RESPONSE_BYTES = exports.CMF_ERROR_TEXT_CAP = exports.CmfApiError = void 0;
exports.credentialTexts = credentialTexts;
exports.redactText = redactText;
exports.capText = capText;
exports.safeText = safeText;
exports.cmfErrorMessages = cmfErrorMessages;
exports.retryAfterMs = retryAfterMs;
exports.displayEndpoint = displayEndpoint;
exports.isLoopbackHost = isLoopbackHost;
exports.isRestErrorBody = isRestErrorBody;
exports.nodeHttp = nodeHttp;
exports.nodeHttps = nodeHttps;
exports.sleep = sleep;
exports.sendOnce = sendOnce;
function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * A CMF call that failed. The message quotes method, path, status and CMF's
 * own error text, e.g.
 * `CMF POST /cmf/api/v1/environments failed: 422 Unprocessable Entity: <message>`.
 */
class CmfApiError extends Error {
    method;
    path;
    /** HTTP status when CMF answered; undefined for connection failures and timeouts. */
    status;
    statusText;
    /** `errors[].message` from CMF's `RestError` body (or the raw body when it was not one). */
    cmfMessages;
    /** Attempts made, including the first. */
    attempts;
    /** Node error code (ECONNREFUSED, ECONNRESET, ...) or `ETIMEDOUT` for our own timeout. */
    code;
    constructor(details, reason) {
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
exports.CmfApiError = CmfApiError;
/** Most characters of server-sent text an error message quotes. */
exports.CMF_ERROR_TEXT_CAP = 200;
/** Most bytes of a response body the client reads before it aborts the request (4 MiB). */
exports.CMF_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
/**
 * The text forms of the credentials in `auth`, for {@link redactText}: the
 * token, the client certificate and key, and each base64 line of those PEMs
 * (a server may echo part of one).
 */
function credentialTexts(auth) {
    const texts = [];
    for (const value of [auth?.token, auth?.clientCertPem, auth?.clientKeyPem]) {
        if (typeof value !== "string" || value === "")
            continue;
        texts.push(value, ...value.split(/\r?\n/).filter((line) => line.length >= 16 && !line.startsWith("-----")));
    }
    return texts;
}
/**
 * Server-sent text made safe to show: the literal `secrets` (longest first),
 * any `Bearer`/`Basic` credential and any PEM block become `[redacted]`;
 * control characters (CR/LF could forge log lines) become one space.
 */
function redactText(text, secrets = []) {
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret !== "")
            out = out.split(secret).join("[redacted]");
    }
    return out
        .replace(/-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g, "[redacted PEM]")
        .replace(/\b(Bearer|Basic)\s+[^\s"',;]+/gi, "$1 [redacted]")
        .replace(/\p{Cc}+/gu, " ")
        .trim();
}
/** `text` cut to `cap` characters (ending in `...` when cut). Redact first, so no secret is cut in half. */
function capText(text, cap = exports.CMF_ERROR_TEXT_CAP) {
    return text.length > cap ? `${text.slice(0, cap - 3)}...` : text;
}
/** Server-sent `text` as an error message may quote it: {@link redactText}, then {@link capText}. */
function safeText(text, secrets = []) {
    return capText(redactText(text, secrets));
}
/**
 * Extracts `errors[].message` from a `RestError` body; falls back to the
 * trimmed raw text. Each is redacted ({@link redactText}, with `secrets`) and
 * then capped to {@link CMF_ERROR_TEXT_CAP} characters.
 */
function cmfErrorMessages(body, secrets = []) {
    const text = body.trim();
    if (text === "")
        return [];
    let messages = [text];
    try {
        const parsed = JSON.parse(text);
        if (isPlainObject(parsed) && Array.isArray(parsed.errors)) {
            const found = parsed.errors
                .map((e) => (isPlainObject(e) && typeof e.message === "string" ? e.message : undefined))
                .filter((m) => m !== undefined && m !== "");
            if (found.length > 0)
                messages = found;
        }
    }
    catch {
        // Not JSON (proxy error page, plain text): quote it as-is.
    }
    return messages.map((m) => safeText(m, secrets)).filter((m) => m !== "");
}
/**
 * How long a `Retry-After` value asks to wait (RFC 9110 section 10.2.3:
 * delay-seconds or an HTTP-date); `undefined` when absent or unreadable.
 */
function retryAfterMs(value, nowMs) {
    const text = value?.trim() ?? "";
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // HTTP-dates start with the day name ("Wed, 01 Jan 2025 00:00:03 GMT").
    const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : NaN;
    return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
/** The endpoint as shown in messages: without any `user:password@` part. */
function displayEndpoint(endpoint) {
    try {
        const url = new URL(endpoint);
        if (url.username === "" && url.password === "")
            return endpoint;
        url.username = "";
        url.password = "";
        return url.href;
    }
    catch {
        return endpoint;
    }
}
/** True for the loopback hosts of a parsed URL: `localhost`, 127.0.0.0/8 and `[::1]`. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    // URL parsing already normalised IPv4 forms such as 127.1 or 0x7f000001 to dotted quads.
    return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
// Transient network failures worth another attempt. TLS verification errors and
// DNS NXDOMAIN are configuration problems and fail at once.
exports.RETRYABLE_CODES = [
    "ECONNREFUSED",
    "ECONNRESET",
    "EPIPE",
    "ETIMEDOUT",
    "EAI_AGAIN",
    "ENETUNREACH",
];
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
function isRestErrorBody(body) {
    try {
        const parsed = JSON.parse(body);
        return (isPlainObject(parsed) &&
            Array.isArray(parsed.errors) &&
            parsed.errors.length > 0 &&
            parsed.errors.every((e) => isPlainObject(e) && typeof e.message === "string"));
    }
    catch {
        return false;
    }
}
/** Raised by {@link sendOnce} when `timeoutMs` elapsed; never retried. */
class RequestTimeout extends Error {
    constructor(message) {
        super(message);
        this.message = message; // survives Pulumi's serialization (see CmfApiError)
    }
}
exports.RequestTimeout = RequestTimeout;
/** Raised by {@link sendOnce} when a body exceeds the cap; the request was aborted. */
class ResponseTooLarge extends Error {
    status;
    statusText;
    limit;
    constructor(status, statusText, limit) {
        super(`response body exceeds the ${limit}-byte cap`);
        this.status = status;
        this.statusText = statusText;
        this.limit = limit;
        this.message = `response body exceeds the ${limit}-byte cap`; // see CmfApiError
    }
}
exports.ResponseTooLarge = ResponseTooLarge;
/** `node:http`, loaded at call time. */
function nodeHttp() {
    // Loaded at call time so Pulumi's closure serializer never captures the module object.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("node:http");
}
/** `node:https`, loaded at call time. */
function nodeHttps() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("node:https");
}
/** Waits `ms` milliseconds. */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** One attempt, bounded by `timeoutMs` from connect to the last byte of the response. */
function sendOnce(target, method, path, payload) {
    const { baseUrl, auth, timeoutMs } = target;
    const maxBytes = target.maxResponseBytes ?? exports.CMF_MAX_RESPONSE_BYTES;
    const isHttps = baseUrl.protocol === "https:";
    const headers = { Accept: "application/json" };
    if (payload !== undefined) {
        headers["Content-Type"] = "application/json";
        headers["Content-Length"] = String(Buffer.byteLength(payload));
    }
    if (auth.type === "bearer" && auth.token)
        headers.Authorization = `Bearer ${auth.token}`;
    const options = {
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
        if (auth.caPem)
            options.ca = auth.caPem;
        if (auth.type === "mtls") {
            options.cert = auth.clientCertPem;
            options.key = auth.clientKeyPem;
        }
    }
    const transport = isHttps ? nodeHttps() : nodeHttp();
    const statusCodes = nodeHttp().STATUS_CODES;
    return new Promise((resolve, reject) => {
        // One holder declared up front: Pulumi's closure analysis mistakes forward
        // references to later `const`s for free variables.
        const pending = { settled: false };
        const finish = (fn) => {
            if (pending.settled)
                return;
            pending.settled = true;
            clearTimeout(pending.timer);
            fn();
        };
        const req = transport.request(options, (res) => {
            const status = res.statusCode ?? 0;
            const statusText = res.statusMessage || statusCodes[status] || "";
            // Past the cap: stop reading and drop the connection, so a huge or endless
            // body can neither exhaust memory nor hold the call until the timeout.
            const tooLarge = () => {
                const err = new ResponseTooLarge(status, statusText, maxBytes);
                finish(() => reject(err));
                res.destroy();
            };
            if (Number(res.headers["content-length"]) > maxBytes)
                return tooLarge();
            const read = { bytes: 0, chunks: [] };
            res.on("data", (chunk) => {
                read.bytes += chunk.length;
                if (read.bytes > maxBytes)
                    return tooLarge();
                read.chunks.push(chunk);
            });
            res.on("error", (err) => finish(() => reject(err)));
            res.on("end", () => finish(() => resolve({
                status,
                statusText,
                body: Buffer.concat(read.chunks).toString("utf8"),
                ...(typeof res.headers["retry-after"] === "string"
                    ? { retryAfter: res.headers["retry-after"] }
                    : {}),
            })));
        });
        pending.timer = setTimeout(() => {
            const err = new RequestTimeout(`no complete response within ${timeoutMs} ms (connection.timeoutMs); is CMF overloaded or unreachable?`);
            finish(() => reject(err));
            req.destroy(err);
        }, timeoutMs);
        req.on("error", (err) => finish(() => reject(err)));
        req.end(payload);
    });
}
