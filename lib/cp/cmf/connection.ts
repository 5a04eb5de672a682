/**
 * Where CMF is and how the client authenticates (plain data, so it can live
 * in Pulumi state), and the checks of it made before any request is sent.
 */
import type { ConfigProblem } from "../../core/errors";
import { displayEndpoint, isLoopbackHost } from "./http";

/** How the client authenticates to CMF. */
export type CmfAuthType = "none" | "bearer" | "mtls";

/** Authentication material. Only the fields of the chosen `type` are used. */
export interface CmfAuth {
  /** `none`, `bearer` (OAuth access token) or `mtls` (client certificate). */
  readonly type: CmfAuthType;
  /** Access token sent as `Authorization: Bearer <token>`; required for `bearer`. */
  readonly token?: string;
  /** PEM client certificate (chain); required for `mtls`. */
  readonly clientCertPem?: string;
  /** PEM private key of the client certificate; required for `mtls`. */
  readonly clientKeyPem?: string;
  /** PEM CA bundle that signed CMF's server certificate; any https endpoint. @default Node's CA store */
  readonly caPem?: string;
}

/** Where CMF is and how to talk to it. Plain data so it can live in Pulumi state. */
export interface CmfConnection {
  /**
   * Base URL, e.g. `https://cmf.example.com` or `http://localhost:8080` (a port-forward).
   * A path prefix (reverse proxy) is kept: `https://host/cmf-prod` calls `https://host/cmf-prod/cmf/api/v1/...`.
   */
  readonly endpoint: string;
  /** @default { type: "none" } */
  readonly auth?: CmfAuth;
  /** Per-attempt limit for a whole request (connect, send, full response). @default 30000 */
  readonly timeoutMs?: number;
  /** Extra attempts after the first one for connection failures and 5xx answers. @default 4 */
  readonly retries?: number;
  /** First retry delay; doubles per attempt. @default 500 */
  readonly retryDelayMs?: number;
  /** Upper bound of a single retry delay. @default 8000 */
  readonly maxRetryDelayMs?: number;
}

function isWholeNumber(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Problems with a connection, one entry per mistake. Secret values are never
 * echoed back (`got` is `"(redacted)"`).
 */
export function connectionProblems(
  connection: CmfConnection | undefined,
  path = "connection",
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (connection === undefined || connection === null || typeof connection !== "object") {
    return [{ path, got: connection, allowed: "an object with endpoint and optional auth" }];
  }
  let url: URL | undefined;
  try {
    url = new URL(connection.endpoint);
  } catch {
    url = undefined;
  }
  const protocol = url?.protocol;
  if (protocol !== "http:" && protocol !== "https:") {
    problems.push({
      path: `${path}.endpoint`,
      got: connection.endpoint,
      allowed: "an http:// or https:// URL such as https://cmf.example.com or http://localhost:8080",
    });
  }
  const auth = connection.auth;
  if (auth !== undefined) {
    if (auth.type !== "none" && auth.type !== "bearer" && auth.type !== "mtls") {
      problems.push({ path: `${path}.auth.type`, got: auth.type, allowed: "one of none, bearer, mtls" });
    }
    if (auth.type === "bearer" && !auth.token) {
      problems.push({
        path: `${path}.auth.token`,
        got: undefined,
        allowed: "a non-empty OAuth access token",
        hint: "auth.type bearer sends `Authorization: Bearer <token>`",
      });
    }
    if (auth.type === "mtls") {
      for (const key of ["clientCertPem", "clientKeyPem"] as const) {
        const value = auth[key];
        if (typeof value !== "string" || !value.includes("-----BEGIN")) {
          problems.push({
            path: `${path}.auth.${key}`,
            got: value === undefined ? undefined : "(redacted)",
            allowed: "a PEM string (-----BEGIN ...)",
          });
        }
      }
      if (protocol === "http:") {
        problems.push({
          path: `${path}.endpoint`,
          got: connection.endpoint,
          allowed: "an https:// URL",
          hint: "mTLS needs TLS; use https:// or auth.type none/bearer for a plain-http port-forward",
        });
      }
    }
    // A token over plain http is readable by anyone on the path; a port-forward
    // to a loopback address never leaves the machine.
    if (
      auth.type === "bearer" &&
      protocol === "http:" &&
      url !== undefined &&
      !isLoopbackHost(url.hostname)
    ) {
      problems.push({
        path: `${path}.endpoint`,
        got: displayEndpoint(connection.endpoint),
        allowed:
          "an https:// URL when auth.type is bearer (plain http:// only to a loopback host: 127.0.0.0/8, ::1, localhost)",
        hint:
          "the token would cross the network in clear text; in a stack this URL is flink-platform:cmf.endpoint " +
          "(use the https URL of the exposed CMF API, or a port-forward such as http://localhost:8080)",
      });
    }
    if (auth.caPem !== undefined && (typeof auth.caPem !== "string" || !auth.caPem.includes("-----BEGIN"))) {
      problems.push({ path: `${path}.auth.caPem`, got: "(redacted)", allowed: "a PEM CA bundle" });
    }
  }
  if (connection.timeoutMs !== undefined && !isWholeNumber(connection.timeoutMs, 1, 3_600_000)) {
    problems.push({
      path: `${path}.timeoutMs`,
      got: connection.timeoutMs,
      allowed: "a whole number of milliseconds, 1..3600000",
    });
  }
  if (connection.retries !== undefined && !isWholeNumber(connection.retries, 0, 20)) {
    problems.push({ path: `${path}.retries`, got: connection.retries, allowed: "a whole number, 0..20" });
  }
  for (const key of ["retryDelayMs", "maxRetryDelayMs"] as const) {
    if (connection[key] !== undefined && !isWholeNumber(connection[key], 0, 600_000)) {
      problems.push({
        path: `${path}.${key}`,
        got: connection[key],
        allowed: "a whole number of milliseconds, 0..600000",
      });
    }
  }
  return problems;
}
