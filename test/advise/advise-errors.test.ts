import * as net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli";
import { scratchProject } from "../support/project";
import { sendJson, startHttpServer, type TestServer } from "../support/http-server";
import { httpJson } from "../../lib/plan/advise-http";
import { shopStack } from "./shop-stack";
import { tempDir } from "../support/temp-dirs";

/**
 * Bad input to `advise` ends in one message naming the flag and what was
 * missing, and never in a proposal: bad flags, an unreachable Prometheus, a
 * query error, an answer that is not Prometheus's, an answer too large or
 * too slow.
 */

const dir = scratchProject(tempDir("flink-platform-advise-err-"), {
  shop: shopStack,
});
let server: TestServer;
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.url.startsWith("/prom/")) {
      return sendJson(res, 400, { status: "error", errorType: "bad_data", error: "1:1: parse error" });
    }
    if (req.url === "/big") return sendJson(res, 200, { data: "x".repeat(1000) });
    if (req.url === "/slow") return; // never answers
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<html>not here</html>");
  });
});
afterAll(async () => {
  await server.close();
});

const advise = (...args: string[]) => runCli(["-C", dir, "advise", "shop", "--pool", "busy", ...args]);

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

describe("advise refuses bad input with one message naming the flag", () => {
  it("bad flags, all named at once", async () => {
    const run = await runCli(["-C", dir, "advise", "shop", "--window", "10", "--prometheus", "x"]);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "Invalid advise flags (1 problem):",
        "  - --window",
        '      got:     "10"',
        "      allowed: a duration from 5m to 7d, such as 30m, 2h or 1d",
        "",
      ].join("\n"),
    });
    const times = await advise("--prometheus", "ftp://x", "--until", "yesterday");
    expect(times.stderr).toBe(
      [
        "Invalid advise flags (1 problem):",
        "  - --until",
        '      got:     "yesterday"',
        "      allowed: an RFC 3339 time such as 2026-01-01T01:00:00Z, or Unix seconds",
        "",
      ].join("\n"),
    );
    const since = await advise(
      "--prometheus",
      server.url,
      "--until",
      "2026-01-01T02:00:00Z",
      "--since",
      "2026-01-01T01:45:00Z",
    );
    expect(since.stderr).toBe(
      [
        "Invalid advise flags (1 problem):",
        "  - --since",
        '      got:     "2026-01-01T01:45:00Z"',
        "      allowed: a time at least --window (30m) before --until (2026-01-01T02:00:00.000Z)",
        "      hint:    The window after the change must start after it; wait or use a shorter --window.",
        "",
      ].join("\n"),
    );
    const missing = await runCli(["-C", dir, "advise", "shop"]);
    expect(missing.stderr).toContain("  - --prometheus\n      got:     (not set)\n");
    const pool = await runCli(["-C", dir, "advise", "shop", "--prometheus", server.url, "--pool", "nope"]);
    expect(pool.stderr).toBe(
      [
        "Cannot advise (1 problem):",
        "  - --pool",
        '      got:     "nope"',
        "      allowed: one of the stack's pools: busy, light, skew, idle, tuned, dark",
        "",
      ].join("\n"),
    );
  });

  it("an unreachable Prometheus", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await advise("--prometheus", url);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "Cannot advise (1 problem):",
        "  - --prometheus",
        `      got:     "${url}"`,
        "      allowed: a reachable HTTP endpoint",
        "      hint:    The request failed: ECONNREFUSED.",
        "",
      ].join("\n"),
    });
  });

  it("a query error, with Prometheus's own message", async () => {
    const run = await advise("--prometheus", `${server.url}/prom`);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        "Cannot advise (1 problem):",
        "  - --prometheus",
        `      got:     "${server.url}/prom"`,
        "      allowed: a Prometheus that answers the advisor's queries",
        '      hint:    Query sum(flink_jobmanager_taskSlotsTotal{flink_platform_environment="shop",flink_platform_pool="busy"}) failed: bad_data: 1:1: parse error',
        "",
      ].join("\n"),
    );
  });

  it("a password in the URL is never echoed", async () => {
    const run = await advise("--prometheus", "ftp://admin:hunter2@prometheus.example");
    expect(run.stderr).toContain('      got:     "ftp://prometheus.example/"\n');
    expect(run.stderr).not.toContain("hunter2");
  });

  it("an answer that is not the Prometheus API", async () => {
    const run = await advise("--prometheus", `${server.url}/elsewhere`);
    expect(run.stderr).toContain(
      "      hint:    GET /api/v1/query_range answered HTTP 404 without a Prometheus API body.\n",
    );
  });

  it("answers are read within a size limit and a timeout", async () => {
    await expect(httpJson({ flag: "--prometheus", url: `${server.url}/big`, maxBytes: 100 })).rejects.toThrow(
      /--prometheus[\s\S]*allowed: an answer of at most 100 bytes/,
    );
    await expect(
      httpJson({ flag: "--prometheus", url: `${server.url}/slow`, timeoutMs: 200 }),
    ).rejects.toThrow(/hint: {4}The request failed: no answer within 0.2s\./);
  });
});
