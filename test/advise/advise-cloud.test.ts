import * as fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli";
import { scratchProject, shippedStack } from "../support/project";
import { sendJson, startHttpServer, type TestServer } from "../support/http-server";
import { fencedBlocks, readmeSection } from "../support/readme";
import { cloudFixtureFile } from "../support/advise-fixtures";
import { tempDir } from "../support/temp-dirs";

/**
 * `advise` on a Confluent Cloud stack, against a local server answering as
 * the Metrics API documents (https://api.telemetry.confluent.cloud/docs:
 * POST /v2/metrics/cloud/query, FLAT answer `{data: [{timestamp, value,
 * <group_by labels>}], meta: {pagination}}`, errors `{errors: [{status,
 * detail}]}`). The `data` it answers, per pool id and metric, is the committed
 * fixture test/advise/fixtures/cloud-metrics.json: newest first ("data points
 * are always ordered by timestamp in descending order", the API's
 * QueryRequest), one a minute from 01:30 to 02:00. Pool lfcp-full runs at its
 * maxCfu (10) with one statement falling behind; lfcp-spare has CFUs to
 * spare; lfcp-new was created 5 minutes before --until, too little data for a
 * 30m window; any other id has no data.
 */

const key = "TESTKEY";
const secret = "s3cr3t-never-printed";
const answers = JSON.parse(fs.readFileSync(cloudFixtureFile, "utf8")) as Record<
  string,
  Record<string, unknown[]> | undefined
>;

describe("advise on a Confluent Cloud pool (Metrics API)", () => {
  let server: TestServer;
  const dir = scratchProject(
    tempDir("flink-platform-advise-cloud-"),
    {
      "cloud-dev": shippedStack("cloud-dev"),
    },
    { sql: true },
  );
  const saved = { key: process.env.CONFLUENT_CLOUD_API_KEY, secret: process.env.CONFLUENT_CLOUD_API_SECRET };
  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      if (req.headers.authorization !== `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`) {
        return sendJson(res, 401, { errors: [{ status: "401", detail: "Invalid API key" }] });
      }
      const body = JSON.parse(req.body) as { aggregations: { metric: string }[]; filter: { value: string } };
      const data = answers[body.filter.value]?.[body.aggregations[0].metric] ?? [];
      sendJson(res, 200, { data, meta: { pagination: { page_size: 1000 } } });
    });
    process.env.CONFLUENT_CLOUD_API_KEY = key;
    process.env.CONFLUENT_CLOUD_API_SECRET = secret;
  });
  afterAll(async () => {
    // Restore the two variables, not the whole object: test files share workers (isolate: false).
    for (const [name, value] of [
      ["CONFLUENT_CLOUD_API_KEY", saved.key],
      ["CONFLUENT_CLOUD_API_SECRET", saved.secret],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const advise = (poolId: string, ...args: string[]) =>
    runCli([
      ...["-C", dir, "advise", "cloud-dev", "--metrics-api", server.url],
      ...["--pool-id", poolId, "--until", "2026-01-01T02:00:00Z", ...args],
    ]);

  it("CFU use at maxCfu with a degraded statement: raise maxCfu to the next documented limit", async () => {
    const run = await advise("lfcp-full");
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "advise cloud-dev (window 2026-01-01T01:30:00.000Z to 2026-01-01T02:00:00.000Z)",
        "",
        "pool default: raise-max-cfu",
        "  CFU use at maxCfu 10 with degraded statements orders-enriched (1000 -> 61000 pending): raise maxCfu (10 -> 20)",
        "    CFUs (mean): 10 of 10",
        "    CFUs (peak): 10 of 10",
        "    degraded statements: 1 with growing backlog",
        "  warning: Confluent Cloud does not support lowering a pool's maxCfu later",
        "  proposed: flink-platform scale cloud-dev --pool default --max-cfu 20",
        "",
      ].join("\n"),
    });
    // The README's worked example is this output.
    const examples = fencedBlocks(
      readmeSection("### Advise: from metrics to a reviewed scale command", "## Benchmark"),
      "text",
    );
    expect(examples).toContain(run.stdout.slice(run.stdout.indexOf("pool default:")));
    // The documented query shape, one metric per request, the pool as the filter.
    expect(JSON.parse(server.requests[0].body)).toEqual({
      aggregations: [{ metric: "io.confluent.flink/compute_pool_utilization/current_cfus" }],
      filter: { field: "resource.compute_pool.id", op: "EQ", value: "lfcp-full" },
      granularity: "PT1M",
      intervals: ["2026-01-01T01:30:00.000Z/2026-01-01T02:00:00.000Z"],
      limit: 1000,
    });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(
      Array(3).fill("POST /v2/metrics/cloud/query"),
    );
  });

  it("CFUs to spare: no change", async () => {
    const run = await advise("lfcp-spare");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("pool default: no-change\n  the pool has CFUs to spare: no change\n");
    expect(run.stdout).toContain("  no change proposed\n");
  });

  it("an unknown pool id: one message naming --pool-id, nothing proposed", async () => {
    const run = await advise("lfcp-nope");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        "Cannot advise (1 problem):",
        "  - --pool-id",
        '      got:     "lfcp-nope"',
        "      allowed: a compute pool id with data in the window (io.confluent.flink/compute_pool_utilization/current_cfus)",
        "      hint:    Use the pool id of the stack's outputs (lfcp-...), or another --window/--until.",
        "",
      ].join("\n"),
    );
  });

  it("a window the pool's data does not cover: too short to decide, naming --window", async () => {
    const run = await advise("lfcp-new");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "Cannot advise (1 problem):",
        "  - --window",
        '      got:     "1800s ending 2026-01-01T02:00:00.000Z"',
        "      allowed: a window the pool's data covers (at least 90% of it)",
        "      hint:    Pool lfcp-new has data for only 360s of it: too short to decide.",
        "",
      ].join("\n"),
    });
  });

  it("a refused key: the API's error, naming --metrics-api, never the secret", async () => {
    process.env.CONFLUENT_CLOUD_API_SECRET = "wrong-secret-value";
    try {
      const run = await advise("lfcp-full");
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        [
          "Cannot advise (1 problem):",
          "  - --metrics-api",
          `      got:     "${server.url}"`,
          "      allowed: the Confluent Cloud Metrics API (https://api.telemetry.confluent.cloud) with a Cloud API key",
          "      hint:    Query io.confluent.flink/compute_pool_utilization/current_cfus answered HTTP 401: Invalid API key.",
          "",
        ].join("\n"),
      );
      expect(run.stderr + run.stdout).not.toContain("wrong-secret-value");
    } finally {
      process.env.CONFLUENT_CLOUD_API_SECRET = secret;
    }
  });

  it("cloud flags on a cloud stack only: --prometheus refused with what to use instead", async () => {
    const run = await runCli(["-C", dir, "advise", "cloud-dev", "--prometheus", "http://127.0.0.1:1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        "Invalid advise flags (2 problems):",
        "  - --prometheus",
        '      got:     "http://127.0.0.1:1"',
        "      allowed: not for a cloud stack (use --metrics-api and --pool-id)",
        "  - --pool-id",
        "      got:     (not set)",
        "      allowed: the compute pool's id (lfcp-...), from the stack's outputs",
        "",
      ].join("\n"),
    );
  });
});
