/**
 * The CMF client against a hostile or confused HTTP peer: a raw node:http
 * server on 127.0.0.1 answers whatever each test scripts, so 404s from
 * proxies, empty or odd bodies, oversized bodies, 429/503 with Retry-After and
 * error texts that echo credentials can all be reproduced exactly.
 */
import * as http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import {
  CMF_ERROR_TEXT_CAP,
  CMF_MAX_RESPONSE_BYTES,
  CmfApiError,
  CmfClient,
  connectionProblems,
  type CmfConnection,
} from "../../lib/cp/cmf/client";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { createTestPki, startFakeCmf } from "./fake-cmf-server";

const haveOpenApi = haveReference("CMF OpenAPI", cmfOpenApiPath);

type Responder = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A loopback server answering each request with the next scripted responder. */
class ScriptedServer {
  url = "";
  readonly seen: string[] = [];
  readonly authorization: (string | undefined)[] = [];
  private readonly script: Responder[] = [];
  private readonly server = http.createServer((req, res) => {
    this.seen.push(`${req.method} ${req.url}`);
    this.authorization.push(req.headers.authorization);
    req.resume();
    const next = this.script.shift();
    if (next === undefined) {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("no scripted answer");
      return;
    }
    next(req, res);
  });

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues answers for the next requests, in order. */
  answer(...responders: Responder[]): void {
    this.script.push(...responders);
  }
}

/** An answer with this status, headers and raw body (no body when `body` is undefined). */
function reply(status: number, body?: string, headers: Record<string, string> = {}): Responder {
  return (_req, res) => {
    res.writeHead(status, {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    });
    res.end(body);
  };
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
  reply(status, JSON.stringify(value), headers);
const cmf404 = json(404, { errors: [{ message: "Environment 'prod' not found" }] });
const proxy404 = reply(404, "<html>nginx: no route</html>", { "Content-Type": "text/html" });

const ENV_DOC = { name: "prod", kubernetesNamespace: "flink-prod", created_time: "2025-01-01T00:00:00Z" };
const APP_DOC = {
  apiVersion: "cmf.confluent.io/v1",
  kind: "FlinkApplication",
  metadata: { name: "app1" },
  spec: { job: { state: "running" } },
  status: { jobStatus: { state: "RUNNING" } },
};
const POOL_DOC = {
  apiVersion: "cmf.confluent.io/v1",
  kind: "ComputePool",
  metadata: { name: "pool-a" },
  spec: { type: "DEDICATED", clusterSpec: {} },
  status: { phase: "DEDICATED" },
};

const TOKEN = "tok-SECRET-0123456789";
const ENV_PATH = "/cmf/api/v1/environments/prod";
const APP_PATH = "/cmf/api/v1/environments/prod/applications/app1";
const POOL_PATH = "/cmf/api/v1/environments/prod/compute-pools/pool-a";

async function failure(promise: Promise<unknown>): Promise<CmfApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(CmfApiError);
    return err as CmfApiError;
  }
  throw new Error("expected the call to fail");
}

let server: ScriptedServer;
let sleeps: number[];

/** Client whose retry waits are recorded instead of slept. */
function clientFor(extra: Partial<CmfConnection> = {}, now?: () => number): CmfClient {
  return new CmfClient(
    {
      endpoint: server.url,
      retries: 3,
      retryDelayMs: 500,
      maxRetryDelayMs: 8_000,
      timeoutMs: 5_000,
      ...extra,
    },
    {
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      ...(now === undefined ? {} : { now }),
    },
  );
}

beforeEach(async () => {
  server = await new ScriptedServer().listen();
  sleeps = [];
});

afterEach(async () => {
  await server.close();
});

describe("404: only CMF's own error body means 'not found'", () => {
  const notCmf = (method: string, path: string, got: string) =>
    `CMF ${method} ${path} failed: 404 Not Found without a CMF error body (${got}); ` +
    `${server.url} does not look like the CMF API: check the endpoint URL and any reverse-proxy path prefix`;

  it("DELETE of a proxy's HTML 404 is an error, not 'already gone'", async () => {
    server.answer(proxy404, proxy404, proxy404);
    const client = clientFor();
    const errors = [
      await failure(client.deleteEnvironment("prod")),
      await failure(client.deleteApplication("prod", "app1")),
      await failure(client.deleteComputePool("prod", "pool-a")),
    ];
    expect(errors.map((e) => e.message)).toEqual([
      notCmf("DELETE", ENV_PATH, "the body was: <html>nginx: no route</html>"),
      notCmf("DELETE", APP_PATH, "the body was: <html>nginx: no route</html>"),
      notCmf("DELETE", POOL_PATH, "the body was: <html>nginx: no route</html>"),
    ]);
    expect(errors.map((e) => [e.status, e.attempts])).toEqual([
      [404, 1],
      [404, 1],
      [404, 1],
    ]);
  });

  it("GET and DELETE reject an empty 404 and a 404 with JSON that is not CMF's RestError", async () => {
    server.answer(reply(404), reply(404), json(404, { message: "no route" }), json(404, { errors: [] }));
    const client = clientFor();
    expect((await failure(client.getEnvironment("prod"))).message).toBe(
      notCmf("GET", ENV_PATH, "the body was empty"),
    );
    expect((await failure(client.deleteEnvironment("prod"))).message).toBe(
      notCmf("DELETE", ENV_PATH, "the body was empty"),
    );
    expect((await failure(client.getComputePool("prod", "pool-a"))).message).toBe(
      notCmf("GET", POOL_PATH, 'the body was: {"message":"no route"}'),
    );
    expect((await failure(client.deleteApplication("prod", "app1"))).message).toBe(
      notCmf("DELETE", APP_PATH, 'the body was: {"errors":[]}'),
    );
  });

  it("GET of a proxy's HTML 404 is an error", async () => {
    server.answer(proxy404);
    expect((await failure(clientFor().getApplication("prod", "app1"))).message).toBe(
      notCmf("GET", APP_PATH, "the body was: <html>nginx: no route</html>"),
    );
  });

  it("a CMF-shaped 404 means gone, for GET and DELETE alike", async () => {
    server.answer(cmf404, cmf404, cmf404, cmf404);
    const client = clientFor();
    expect(await client.getEnvironment("prod")).toBeUndefined();
    expect(await client.deleteEnvironment("prod")).toBe(false);
    expect(await client.getApplication("prod", "app1")).toBeUndefined();
    expect(await client.deleteComputePool("prod", "pool-a")).toBe(false);
    expect(server.seen).toEqual([
      `GET ${ENV_PATH}`,
      `DELETE ${ENV_PATH}`,
      `GET ${APP_PATH}`,
      `DELETE ${POOL_PATH}`,
    ]);
  });
});

describe("answers without the resource the call returns", () => {
  const expected = (status: string, got: string, kind = "Environment", method = "GET", path = ENV_PATH) =>
    `CMF ${method} ${path} failed: ${status}: expected a CMF ${kind} in the body, got ${got}`;

  it.each([
    ["204 without a body", reply(204), expected("204 No Content", "no body")],
    ["304 without a body", reply(304), expected("304 Not Modified", "no body")],
    ["200 with an empty body", reply(200, ""), expected("200 OK", "no body")],
    ["200 with null", reply(200, "null"), expected("200 OK", "null")],
    ["200 with an array", reply(200, "[]"), expected("200 OK", "an array")],
    ["200 with a string", reply(200, '"prod"'), expected("200 OK", "a string")],
    [
      "200 with {}",
      reply(200, "{}"),
      expected(
        "200 OK",
        "an object that is not one (name must be a string; kubernetesNamespace must be a string)",
      ),
    ],
    [
      "200 with the wrong field types",
      json(200, { name: "prod", kubernetesNamespace: 7, created_time: false }),
      expected(
        "200 OK",
        "an object that is not one (kubernetesNamespace must be a string; created_time must be a string)",
      ),
    ],
    [
      "200 with HTML",
      reply(200, "<html>login</html>", { "Content-Type": "text/html" }),
      `CMF GET ${ENV_PATH} failed: 200 OK: response is not JSON: <html>login</html>`,
    ],
  ])("GET environment: %s is an error naming method and path", async (_name, responder, message) => {
    server.answer(responder);
    const err = await failure(clientFor().getEnvironment("prod"));
    expect(err.message).toBe(message);
    expect(err).not.toBeInstanceOf(TypeError);
  });

  it("checks the fields the client reads on applications and compute pools", async () => {
    server.answer(
      json(200, { ...APP_DOC, spec: null, status: { jobStatus: "RUNNING" } }),
      json(200, { ...POOL_DOC, metadata: {}, spec: { type: "DEDICATED" }, status: { phase: 1 } }),
      json(200, APP_DOC),
      json(200, POOL_DOC),
    );
    const client = clientFor();
    expect((await failure(client.getApplication("prod", "app1"))).message).toBe(
      expected(
        "200 OK",
        "an object that is not one (spec must be an object; status.jobStatus must be an object)",
        "FlinkApplication",
        "GET",
        APP_PATH,
      ),
    );
    expect((await failure(client.getComputePool("prod", "pool-a"))).message).toBe(
      expected(
        "200 OK",
        "an object that is not one (metadata.name must be a string; spec.clusterSpec must be an object; status.phase must be a string)",
        "ComputePool",
        "GET",
        POOL_PATH,
      ),
    );
    expect(await client.getApplication("prod", "app1")).toEqual(APP_DOC);
    expect(await client.getComputePool("prod", "pool-a")).toEqual(POOL_DOC);
  });

  it("an upsert answered with null or 204 is an error, not the request body echoed back", async () => {
    server.answer(reply(200, "null"), reply(204), json(200, ENV_DOC));
    const client = clientFor();
    const body = { name: "prod", kubernetesNamespace: "flink-prod" };
    expect((await failure(client.upsertEnvironment(body))).message).toBe(
      expected("200 OK", "null", "Environment", "POST", "/cmf/api/v1/environments"),
    );
    expect((await failure(client.upsertEnvironment(body))).message).toBe(
      expected("204 No Content", "no body", "Environment", "POST", "/cmf/api/v1/environments"),
    );
    expect(await client.upsertEnvironment(body)).toEqual(ENV_DOC);
  });
});

describe("response size cap", () => {
  it("stops reading a body past the cap and aborts the request", async () => {
    let written = 0;
    let closed = false;
    server.answer((_req, res) => {
      // Chunked, no Content-Length: the client only finds out by counting.
      res.writeHead(200, { "Content-Type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      res.on("close", () => {
        closed = true;
      });
      const pump = () => {
        // Stops on its own at 64 MiB so a client that never aborts cannot hang the test.
        while (!closed && written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once("drain", pump);
            return;
          }
        }
        if (!closed) res.end();
      };
      pump();
    });
    const err = await failure(clientFor().getEnvironment("prod"));
    expect(err.message).toBe(
      `CMF GET ${ENV_PATH} failed: 200 OK: response body exceeds the ${CMF_MAX_RESPONSE_BYTES}-byte cap; stopped reading and aborted the request`,
    );
    expect([err.status, err.attempts]).toEqual([200, 1]);
    await vi.waitFor(() => expect(closed).toBe(true));
    // The client hung up long before the server's own 64 MiB stop.
    expect(written).toBeLessThan(CMF_MAX_RESPONSE_BYTES + 16 * 1024 * 1024);
  });

  it("refuses at once when Content-Length announces more than the cap", async () => {
    server.answer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(600 * 1024 * 1024) });
      res.write("{");
    });
    const err = await failure(clientFor().getEnvironment("prod"));
    expect(err.message).toBe(
      `CMF GET ${ENV_PATH} failed: 200 OK: response body exceeds the ${CMF_MAX_RESPONSE_BYTES}-byte cap; stopped reading and aborted the request`,
    );
  });
});

describe("429 and 503 honour Retry-After within the retry budget", () => {
  it("429 with Retry-After: 1, then 200: succeeds after one retry that waited 1 s", async () => {
    server.answer(
      json(429, { errors: [{ message: "slow down" }] }, { "Retry-After": "1" }),
      json(200, ENV_DOC),
    );
    expect(await clientFor().getEnvironment("prod")).toEqual(ENV_DOC);
    expect(sleeps).toEqual([1_000]);
    expect(server.seen).toEqual([`GET ${ENV_PATH}`, `GET ${ENV_PATH}`]);
  });

  it("503 with an HTTP-date waits until that date", async () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    server.answer(
      json(503, { errors: [{ message: "busy" }] }, { "Retry-After": "Wed, 01 Jan 2025 00:00:03 GMT" }),
      json(200, ENV_DOC),
    );
    expect(await clientFor({}, () => now).getEnvironment("prod")).toEqual(ENV_DOC);
    expect(sleeps).toEqual([3_000]);
  });

  it("429 without Retry-After backs off like a 5xx", async () => {
    server.answer(json(429, { errors: [] }), json(429, { errors: [] }), json(200, ENV_DOC));
    expect(await clientFor().getEnvironment("prod")).toEqual(ENV_DOC);
    expect(sleeps).toEqual([500, 1_000]);
  });

  it("caps each wait and never sleeps beyond the remaining budget, then fails naming 429", async () => {
    // Budget of 3 retries at 500 ms doubling up to 1 s: 500 + 1000 + 1000 = 2500 ms in all.
    const tooMany = json(429, { errors: [{ message: "slow down" }] }, { "Retry-After": "3600" });
    server.answer(tooMany, tooMany, tooMany, tooMany);
    const err = await failure(clientFor({ maxRetryDelayMs: 1_000 }).getEnvironment("prod"));
    expect(sleeps).toEqual([1_000, 1_000, 500]);
    expect(err.message).toBe(`CMF GET ${ENV_PATH} failed after 4 attempts: 429 Too Many Requests: slow down`);
    expect([err.status, err.attempts]).toEqual([429, 4]);
  });

  it("an unparsable Retry-After falls back to the backoff", async () => {
    server.answer(json(503, { errors: [] }, { "Retry-After": "soon" }), json(200, ENV_DOC));
    expect(await clientFor().getEnvironment("prod")).toEqual(ENV_DOC);
    expect(sleeps).toEqual([500]);
  });

  it("a 4xx other than 429 is still not retried", async () => {
    server.answer(json(400, { errors: [{ message: "bad" }] }, { "Retry-After": "1" }));
    await failure(clientFor().getEnvironment("prod"));
    expect(sleeps).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });
});

describe("credentials only over https, except to loopback", () => {
  it("refuses a bearer token for http:// to a remote host before any connection is made", async () => {
    // The client loads node:http/https with require() at call time: spy on those module objects.
    const builtin = createRequire(__filename);
    const httpRequest = vi.spyOn(builtin("node:http") as typeof http, "request");
    const httpsRequest = vi.spyOn(builtin("node:https") as typeof http, "request");
    try {
      let thrown: unknown;
      try {
        clientFor({ endpoint: "http://cmf.example.com:8080", auth: { type: "bearer", token: TOKEN } });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as Error).message).toBe(
        [
          "Invalid CMF connection (1 problem):",
          "  - connection.endpoint",
          '      got:     "http://cmf.example.com:8080"',
          "      allowed: an https:// URL when auth.type is bearer (plain http:// only to a loopback host: 127.0.0.0/8, ::1, localhost)",
          "      hint:    the token would cross the network in clear text; in a stack this URL is flink-platform:cmf.endpoint (use the https URL of the exposed CMF API, or a port-forward such as http://localhost:8080)",
        ].join("\n"),
      );
      expect((thrown as Error).message).not.toContain(TOKEN);
      expect(httpRequest).not.toHaveBeenCalled();
      expect(httpsRequest).not.toHaveBeenCalled();
      expect(server.seen).toEqual([]);
    } finally {
      httpRequest.mockRestore();
      httpsRequest.mockRestore();
    }
  });

  it("tells loopback from remote hosts", () => {
    const bearer = (endpoint: string) =>
      connectionProblems({ endpoint, auth: { type: "bearer", token: TOKEN } }).map((p) => p.path);
    for (const endpoint of [
      "http://127.0.0.1:8080",
      "http://127.8.9.10",
      "http://localhost:8080/prefix",
      "http://LOCALHOST",
      "http://[::1]:8080",
      "https://cmf.example.com",
    ]) {
      expect([endpoint, bearer(endpoint)]).toEqual([endpoint, []]);
    }
    for (const endpoint of [
      "http://10.0.0.1",
      "http://128.0.0.1",
      "http://localhost.example.com",
      "http://cmf.localhost.evil.com",
      "http://[::2]",
      "http://0.0.0.0:8080",
    ]) {
      expect([endpoint, bearer(endpoint)]).toEqual([endpoint, ["connection.endpoint"]]);
    }
    // Without credentials plain http stays allowed anywhere (nothing secret travels).
    expect(connectionProblems({ endpoint: "http://cmf.internal:8080" })).toEqual([]);
  });

  it("never shows userinfo of the endpoint URL", () => {
    const problems = connectionProblems({
      endpoint: "http://admin:hunter2@cmf.example.com",
      auth: { type: "bearer", token: TOKEN },
    });
    expect(problems.map((p) => p.got)).toEqual(["http://cmf.example.com/"]);
  });
});

describe("CMF error text is redacted and capped", () => {
  const authed = () => clientFor({ retries: 0, auth: { type: "bearer", token: TOKEN } });

  it("never echoes the token, a Bearer header or a PEM block, and quotes at most the cap", async () => {
    const echo =
      `rejected header Authorization: Bearer ${TOKEN}; token=${TOKEN}; ` +
      "key -----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMG\n-----END PRIVATE KEY----- " +
      "x".repeat(400);
    server.answer(json(400, { errors: [{ message: echo }] }));
    const err = await failure(authed().getEnvironment("prod"));
    const redacted =
      "rejected header Authorization: Bearer [redacted]; token=[redacted]; key [redacted PEM] " +
      "x".repeat(400);
    const quoted = `${redacted.slice(0, CMF_ERROR_TEXT_CAP - 3)}...`;
    expect(quoted).toHaveLength(CMF_ERROR_TEXT_CAP);
    expect(err.message).toBe(`CMF GET ${ENV_PATH} failed: 400 Bad Request: ${quoted}`);
    expect(err.cmfMessages).toEqual([quoted]);
    expect(err.message).not.toContain(TOKEN);
    expect(server.authorization).toEqual([`Bearer ${TOKEN}`]);
  });

  it("redacts a token in a non-CMF body and in the reason phrase, before the cap could cut it", async () => {
    server.answer(
      (_req, res) => {
        res.writeHead(502, `Bad ${TOKEN}`, { "Content-Type": "text/plain" });
        res.end(`upstream said ${TOKEN}\r\nsecond line`);
      },
      // 180 + 21 characters: capping before redacting would leave "tok-SECRET-012345" behind.
      reply(500, `${"y".repeat(180)}${TOKEN}`),
    );
    const first = await failure(authed().getEnvironment("prod"));
    expect(first.message).toBe(
      `CMF GET ${ENV_PATH} failed: 502 Bad [redacted]: upstream said [redacted] second line`,
    );
    const second = await failure(authed().getEnvironment("prod"));
    expect(second.message).toBe(
      `CMF GET ${ENV_PATH} failed: 500 Internal Server Error: ${"y".repeat(180)}[redacted]`,
    );
  });

  it.skipIf(!haveOpenApi)("redacts the client certificate and key it sent over mTLS", async () => {
    const pki = createTestPki();
    const tls = await startFakeCmf({
      openApiPath: cmfOpenApiPath,
      tls: {
        certPem: pki.serverCertPem,
        keyPem: pki.serverKeyPem,
        caPem: pki.caPem,
        requireClientCert: true,
      },
    });
    try {
      const keyLine = pki.clientKeyPem.split("\n")[1];
      const certLine = pki.clientCertPem.split("\n")[2];
      tls.inject({ kind: "status", status: 400, message: `bad key ${keyLine} for cert ${certLine}` });
      const client = new CmfClient({
        endpoint: tls.url,
        retries: 0,
        auth: {
          type: "mtls",
          clientCertPem: pki.clientCertPem,
          clientKeyPem: pki.clientKeyPem,
          caPem: pki.caPem,
        },
      });
      const err = await failure(client.getEnvironment("prod"));
      expect(err.message).toBe(
        `CMF GET ${ENV_PATH} failed: 400 Bad Request: bad key [redacted] for cert [redacted]`,
      );
      expect(tls.violations).toEqual([]);
    } finally {
      await tls.close();
    }
  });
});
