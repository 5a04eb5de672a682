import { ConfigError } from "../core/errors";
import { displayEndpoint } from "../cp/cmf/http";

/**
 * The one HTTP read of `advise` (Prometheus and the Confluent Cloud Metrics
 * API): bounded in time and size, so a slow or huge answer ends in a clear
 * message instead of a hung command or an exhausted heap, and every failure
 * names the flag whose URL it was.
 */

/** Limits of one request. */
export interface HttpLimits {
  /** Milliseconds before the request is abandoned. @default 15000 */
  readonly timeoutMs?: number;
  /** Largest body read, in bytes. @default 8 MiB */
  readonly maxBytes?: number;
}

export interface HttpRequest extends HttpLimits {
  /** The flag the URL came from, named in every error. */
  readonly flag: string;
  readonly url: string;
  /** What errors show as the flag's value (the base URL the user gave). @default url */
  readonly shown?: string;
  readonly method?: "GET" | "POST";
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** A response read to its end: status and parsed JSON (undefined when the body is not JSON). */
export interface HttpAnswer {
  readonly status: number;
  readonly json: unknown;
  readonly text: string;
}

const defaultTimeoutMs = 15_000;
const defaultMaxBytes = 8 * 1024 * 1024;

/** One problem naming the flag, the URL (without credentials) and what went wrong. */
export function httpError(flag: string, url: string, allowed: string, hint?: string): ConfigError {
  return new ConfigError([{ path: flag, got: redactUrl(url), allowed, hint }], "Cannot advise");
}

/** The URL without user info, so an error never echoes a password given in it (the CMF client's rule). */
export const redactUrl = displayEndpoint;

async function readBounded(res: Response, max: number, req: HttpRequest): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw httpError(
        req.flag,
        req.shown ?? req.url,
        `an answer of at most ${max} bytes`,
        "The answer was larger; narrow the query with --pool or a shorter --window.",
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Sends the request and reads the whole answer within the limits. */
export async function httpJson(req: HttpRequest): Promise<HttpAnswer> {
  const timeoutMs = req.timeoutMs ?? defaultTimeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(req.url, {
        method: req.method ?? "GET",
        headers: req.headers,
        body: req.body,
        signal: controller.signal,
        redirect: "error",
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const why = controller.signal.aborted
        ? `no answer within ${timeoutMs / 1000}s`
        : (cause?.code ?? cause?.message ?? (err as Error).message);
      throw httpError(
        req.flag,
        req.shown ?? req.url,
        "a reachable HTTP endpoint",
        `The request failed: ${why}.`,
      );
    }
    const text = await readBounded(res, req.maxBytes ?? defaultMaxBytes, req);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text };
  } catch (err) {
    if (controller.signal.aborted && !ConfigError.isConfigError(err)) {
      throw httpError(
        req.flag,
        req.url,
        "a reachable HTTP endpoint",
        `No answer within ${timeoutMs / 1000}s.`,
      );
    }
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
