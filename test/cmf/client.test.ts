import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import {
  buildApplicationBody,
  buildComputePoolBody,
  buildEnvironmentBody,
  CmfApiError,
  CmfClient,
  cmfErrorMessages,
  connectionProblems,
  isRestErrorBody,
  retryDelay,
  type CmfConnection,
} from "../../lib/cp/cmf/client";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import {
  closedPortUrl,
  createTestPki,
  OpenApiValidator,
  startFakeCmf,
  type FakeCmf,
  type FakeCmfSnapshot,
} from "./fake-cmf-server";

const haveOpenApi = haveReference("CMF OpenAPI", cmfOpenApiPath);

/** Quick retries so failure scenarios stay fast; 3 retries = 4 attempts. */
function fastConnection(endpoint: string, extra: Partial<CmfConnection> = {}): CmfConnection {
  return { endpoint, retries: 3, retryDelayMs: 1, maxRetryDelayMs: 4, timeoutMs: 2_000, ...extra };
}

async function failure(promise: Promise<unknown>): Promise<CmfApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(CmfApiError);
    return err as CmfApiError;
  }
  throw new Error("expected the call to fail");
}

const EMPTY: FakeCmfSnapshot = { environments: {}, applications: {}, computePools: {} };

const prodEnv = buildEnvironmentBody({ name: "prod", kubernetesNamespace: "flink-prod" });

const stateMachine = buildApplicationBody({
  name: "state-machine",
  labels: { app: "state-machine" },
  spec: {
    image: "confluentinc/cp-flink:1.19.3-cp2",
    flinkVersion: "v1_19",
    flinkConfiguration: { "taskmanager.numberOfTaskSlots": "2" },
    serviceAccount: "flink",
    jobManager: { resource: { memory: "1024m", cpu: 1 } },
    taskManager: { resource: { memory: "1024m", cpu: 1 } },
    job: {
      jarURI: "local:///opt/flink/examples/streaming/StateMachineExample.jar",
      state: "running",
      parallelism: 3,
      upgradeMode: "stateless",
    },
  },
});

const sqlPool = buildComputePoolBody({
  name: "pool-a",
  type: "DEDICATED",
  clusterSpec: {
    flinkVersion: "v1_19",
    image: "confluentinc/cp-flink-sql:1.19-cp5",
    flinkConfiguration: { "taskmanager.numberOfTaskSlots": "1" },
    jobManager: { resource: { cpu: 0.5, memory: "1024m" } },
    taskManager: { resource: { cpu: 0.5, memory: "1024m" } },
  },
});

/** Server state after declaring just the prod environment. */
const PROD_ONLY: FakeCmfSnapshot = {
  environments: { prod: { metadata: { name: "prod" }, name: "prod", kubernetesNamespace: "flink-prod" } },
  applications: {},
  computePools: {},
};
const STORED_APP = { metadata: stateMachine.metadata, spec: stateMachine.spec };
const STORED_POOL = { metadata: sqlPool.metadata, spec: sqlPool.spec };

describe("pure helpers", () => {
  it("backs off exponentially from the base delay up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, 100, 1_000))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
    expect(retryDelay(1, 0, 0)).toBe(0);
  });

  it("extracts CMF's RestError messages and falls back to the raw body", () => {
    expect(cmfErrorMessages('{"errors":[{"message":"a"},{"message":"b"}]}')).toEqual(["a", "b"]);
    expect(cmfErrorMessages("<html>bad gateway</html>")).toEqual(["<html>bad gateway</html>"]);
    expect(cmfErrorMessages('{"errors":[]}')).toEqual(['{"errors":[]}']);
    expect(cmfErrorMessages("  ")).toEqual([]);
    // Capped at 200 characters (it used to quote 500), control characters flattened.
    expect(cmfErrorMessages("x".repeat(300))).toEqual([`${"x".repeat(197)}...`]);
    expect(cmfErrorMessages('{"errors":[{"message":"a\\r\\nb"}]}')).toEqual(["a b"]);
  });

  it("recognises CMF's RestError body only with a non-empty errors list of messages", () => {
    expect(isRestErrorBody('{"errors":[{"message":"Environment \'prod\' not found"}]}')).toBe(true);
    for (const body of ["", "null", "{}", '{"errors":[]}', '{"errors":[{}]}', '{"message":"x"}', "<html/>"]) {
      expect([body, isRestErrorBody(body)]).toEqual([body, false]);
    }
  });

  it("builds request bodies without undefined fields and without sharing the caller's objects", () => {
    const spec = { job: { parallelism: 2 } };
    const app = buildApplicationBody({ name: "wordcount", spec });
    expect(app).toEqual({
      apiVersion: "cmf.confluent.io/v1",
      kind: "FlinkApplication",
      metadata: { name: "wordcount" },
      spec: { job: { parallelism: 2 } },
    });
    spec.job.parallelism = 9;
    expect(app.spec).toEqual({ job: { parallelism: 2 } });
    expect(
      buildEnvironmentBody({
        name: "prod",
        kubernetesNamespace: "flink-prod",
        kubernetesClusterName: undefined,
      }),
    ).toEqual({ metadata: { name: "prod" }, name: "prod", kubernetesNamespace: "flink-prod" });
    expect(
      buildComputePoolBody({ name: "shared-1", type: "SHARED", state: "SUSPENDED", clusterSpec: {} }),
    ).toEqual({
      apiVersion: "cmf.confluent.io/v1",
      kind: "ComputePool",
      metadata: { name: "shared-1" },
      spec: { type: "SHARED", state: "SUSPENDED", clusterSpec: {} },
    });
  });

  it("rejects invalid specs with one ConfigError listing every problem", () => {
    expect(() => buildEnvironmentBody({ name: "Pr", kubernetesNamespace: "" })).toThrow(ConfigError);
    try {
      buildEnvironmentBody({ name: "Pr", kubernetesNamespace: "" });
    } catch (err) {
      expect((err as ConfigError).problems.map((p) => [p.path, p.got])).toEqual([
        ["name", "Pr"],
        ["kubernetesNamespace", ""],
      ]);
      expect((err as Error).message).toMatch(/^Invalid CMF environment \(2 problems\):\n {2}- name\n/);
    }
    try {
      buildComputePoolBody({ name: "pool", type: "DEDICATED", state: "RUNNING", clusterSpec: {} });
      throw new Error("expected a ConfigError");
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([
        {
          path: "state",
          got: "RUNNING",
          allowed: "not set for DEDICATED pools",
          hint: "CMF accepts a desired state only for SHARED compute pools",
        },
      ]);
    }
  });

  it("validates connections without echoing credentials", () => {
    expect(connectionProblems({ endpoint: "http://localhost:8080" })).toEqual([]);
    const problems = connectionProblems({
      endpoint: "http://cmf:8080",
      auth: { type: "mtls", clientCertPem: "not a pem", clientKeyPem: "super-secret-key" },
      retries: -1,
    });
    expect(problems.map((p) => p.path)).toEqual([
      "connection.auth.clientCertPem",
      "connection.auth.clientKeyPem",
      "connection.endpoint",
      "connection.retries",
    ]);
    expect(JSON.stringify(problems)).not.toContain("super-secret-key");
    expect(() => new CmfClient({ endpoint: "ftp://cmf", auth: { type: "bearer" } })).toThrow(
      /Invalid CMF connection \(2 problems\)[\s\S]*connection\.endpoint[\s\S]*connection\.auth\.token/,
    );
  });

  it("keeps a path prefix of the endpoint", () => {
    expect(new CmfClient({ endpoint: "https://gw.example.com/cmf-prod/" }).pathFor("/environments")).toBe(
      "/cmf-prod/cmf/api/v1/environments",
    );
    expect(new CmfClient({ endpoint: "http://localhost:8080" }).pathFor("/environments/a b")).toBe(
      "/cmf/api/v1/environments/a b",
    );
  });
});

describe.skipIf(!haveOpenApi)("request bodies against the CMF OpenAPI schemas", () => {
  it("match PostEnvironment, FlinkApplication and ComputePool", () => {
    const api = new OpenApiValidator(cmfOpenApiPath);
    const fullEnv = buildEnvironmentBody({
      name: "prod",
      kubernetesNamespace: "flink-prod",
      kubernetesClusterName: "east",
      flinkApplicationDefaults: { spec: { flinkConfiguration: { "rest.profiling.enabled": "true" } } },
      computePoolDefaults: { clusterSpec: { flinkVersion: "v1_19" } },
      statementDefaults: { detached: { flinkConfiguration: { "state.backend.type": "hashmap" } } },
    });
    expect(api.validate(api.schemaNamed("PostEnvironment"), fullEnv, true)).toEqual([]);
    expect(api.validate(api.schemaNamed("FlinkApplication"), stateMachine, true)).toEqual([]);
    expect(api.validate(api.schemaNamed("ComputePool"), sqlPool, true)).toEqual([]);
    // The validator itself is not vacuous.
    expect(api.validate(api.schemaNamed("PostEnvironment"), { name: "ab", namespace: "x" }, true)).toEqual([
      "/name must NOT have fewer than 4 characters",
      "/ must NOT have unevaluated properties",
    ]);
  });
});

describe.skipIf(!haveOpenApi)("CmfClient against the fake CMF", () => {
  let server: FakeCmf;
  let client: CmfClient;

  beforeEach(async () => {
    server = await startFakeCmf({ openApiPath: cmfOpenApiPath });
    client = new CmfClient(fastConnection(server.url));
  });

  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  describe("happy path", () => {
    it("creates, updates, reads and deletes an environment", async () => {
      const created = await client.upsertEnvironment(prodEnv);
      expect(created).toEqual({
        metadata: { name: "prod" },
        name: "prod",
        kubernetesNamespace: "flink-prod",
        created_time: "2025-01-01T00:00:01Z",
        updated_time: "2025-01-01T00:00:01Z",
        secrets: {},
      });
      const defaults = { spec: { flinkConfiguration: { "taskmanager.numberOfTaskSlots": "4" } } };
      const updated = await client.upsertEnvironment({ ...prodEnv, flinkApplicationDefaults: defaults });
      expect(updated.created_time).toBe("2025-01-01T00:00:01Z");
      expect(updated.updated_time).toBe("2025-01-01T00:00:02Z");
      expect(server.snapshot()).toEqual({
        ...EMPTY,
        environments: {
          prod: {
            metadata: { name: "prod" },
            name: "prod",
            kubernetesNamespace: "flink-prod",
            flinkApplicationDefaults: defaults,
          },
        },
      });
      expect(await client.getEnvironment("prod")).toEqual({ ...updated });
      expect(await client.deleteEnvironment("prod")).toBe(true);
      expect(await client.getEnvironment("prod")).toBeUndefined();
      expect(await client.deleteEnvironment("prod")).toBe(false);
      expect(server.calls()).toEqual([
        "POST /cmf/api/v1/environments",
        "POST /cmf/api/v1/environments",
        "GET /cmf/api/v1/environments/prod",
        "DELETE /cmf/api/v1/environments/prod",
        "GET /cmf/api/v1/environments/prod",
        "DELETE /cmf/api/v1/environments/prod",
      ]);
      expect(server.requests[0].body).toEqual({
        metadata: { name: "prod" },
        name: "prod",
        kubernetesNamespace: "flink-prod",
      });
      expect(server.snapshot()).toEqual(EMPTY);
    });

    it("creates, updates, suspends, starts and deletes an application", async () => {
      await client.upsertEnvironment(prodEnv);
      const created = await client.upsertApplication("prod", stateMachine);
      expect(created.metadata).toEqual({
        name: "state-machine",
        labels: { app: "state-machine" },
        creationTimestamp: "2025-01-01T00:00:02Z",
      });
      expect(created.spec).toEqual(stateMachine.spec);
      expect(created.status).toEqual({ jobStatus: { state: "RUNNING" }, lifecycleState: "STABLE" });

      const scaled = {
        ...stateMachine,
        spec: { ...stateMachine.spec, job: { ...(stateMachine.spec.job as object), parallelism: 6 } },
      };
      await client.upsertApplication("prod", scaled);
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        applications: { "prod/state-machine": { metadata: stateMachine.metadata, spec: scaled.spec } },
      });

      const suspended = await client.suspendApplication("prod", "state-machine");
      expect((suspended?.spec.job as { state: string }).state).toBe("suspended");
      expect(suspended?.status?.jobStatus?.state).toBe("SUSPENDED");
      // A savepoint of the application, as CMF keeps it; start names it by uid and runs from its path.
      server.state.savepoints.set("application/prod/state-machine/nightly", {
        metadata: { name: "nightly" },
        spec: { path: "s3://flink-prod/savepoints/nightly" },
        created: "2025-01-01T00:00:00Z",
        uid: "sp-123",
        owner: "application/prod/state-machine",
        state: "COMPLETED",
      });
      await client.startApplication("prod", "state-machine", "sp-123");
      const fetched = await client.getApplication("prod", "state-machine");
      expect(fetched?.spec.job).toEqual({
        ...(scaled.spec.job as object),
        state: "running",
        initialSavepointPath: "s3://flink-prod/savepoints/nightly",
      });

      expect(server.snapshot()).toEqual({
        environments: {
          prod: { metadata: { name: "prod" }, name: "prod", kubernetesNamespace: "flink-prod" },
        },
        applications: {
          "prod/state-machine": {
            metadata: { name: "state-machine", labels: { app: "state-machine" } },
            spec: {
              ...scaled.spec,
              job: {
                ...(scaled.spec.job as object),
                state: "running",
                initialSavepointPath: "s3://flink-prod/savepoints/nightly",
              },
            },
          },
        },
        computePools: {},
      });
      expect(await client.deleteApplication("prod", "state-machine")).toBe(true);
      expect(await client.getApplication("prod", "state-machine")).toBeUndefined();
      expect(await client.deleteApplication("prod", "state-machine")).toBe(false);
      expect(server.calls().slice(1)).toEqual([
        "POST /cmf/api/v1/environments/prod/applications",
        "POST /cmf/api/v1/environments/prod/applications",
        "POST /cmf/api/v1/environments/prod/applications/state-machine/suspend",
        "POST /cmf/api/v1/environments/prod/applications/state-machine/start?startFromSavepointUid=sp-123",
        "GET /cmf/api/v1/environments/prod/applications/state-machine",
        "DELETE /cmf/api/v1/environments/prod/applications/state-machine",
        "GET /cmf/api/v1/environments/prod/applications/state-machine",
        "DELETE /cmf/api/v1/environments/prod/applications/state-machine",
      ]);
      expect(server.snapshot()).toEqual(PROD_ONLY);
    });

    it("creates, updates, reads and deletes a compute pool", async () => {
      await client.upsertEnvironment(prodEnv);
      const created = await client.createComputePool("prod", sqlPool);
      expect(created.status).toEqual({ phase: "DEDICATED" });
      const bigger = {
        ...sqlPool,
        spec: {
          ...sqlPool.spec,
          clusterSpec: {
            ...sqlPool.spec.clusterSpec,
            flinkConfiguration: { "taskmanager.numberOfTaskSlots": "4" },
          },
        },
      };
      const updated = await client.updateComputePool("prod", bigger);
      expect(updated.spec).toEqual(bigger.spec);
      expect((await client.getComputePool("prod", "pool-a"))?.spec).toEqual(bigger.spec);
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        computePools: { "prod/pool-a": { metadata: { name: "pool-a" }, spec: bigger.spec } },
      });
      expect(await client.deleteComputePool("prod", "pool-a")).toBe(true);
      expect(await client.getComputePool("prod", "pool-a")).toBeUndefined();
      expect(await client.deleteComputePool("prod", "pool-a")).toBe(false);
      expect(server.calls().slice(1)).toEqual([
        "POST /cmf/api/v1/environments/prod/compute-pools",
        "PUT /cmf/api/v1/environments/prod/compute-pools/pool-a",
        "GET /cmf/api/v1/environments/prod/compute-pools/pool-a",
        "DELETE /cmf/api/v1/environments/prod/compute-pools/pool-a",
        "GET /cmf/api/v1/environments/prod/compute-pools/pool-a",
        "DELETE /cmf/api/v1/environments/prod/compute-pools/pool-a",
      ]);
      expect(server.snapshot()).toEqual(PROD_ONLY);
    });
  });

  describe("retries", () => {
    it("retries 500, 500 and then succeeds with exactly one environment stored", async () => {
      server.inject(
        { kind: "status", status: 500, message: "database is locked" },
        { method: "POST", times: 2 },
      );
      await client.upsertEnvironment(prodEnv);
      expect(server.calls()).toEqual(Array(3).fill("POST /cmf/api/v1/environments"));
      expect(server.requests.map((r) => r.fault)).toEqual(["status", "status", undefined]);
      expect(server.snapshot()).toEqual({
        ...EMPTY,
        environments: {
          prod: { metadata: { name: "prod" }, name: "prod", kubernetesNamespace: "flink-prod" },
        },
      });
    });

    it("retries 500, 500 on a compute pool create and stores exactly one pool", async () => {
      await client.upsertEnvironment(prodEnv);
      server.inject(
        { kind: "status", status: 503 },
        { path: "/cmf/api/v1/environments/prod/compute-pools", times: 2 },
      );
      await client.upsertComputePool("prod", sqlPool);
      expect(server.calls().slice(1)).toEqual(
        Array(3).fill("POST /cmf/api/v1/environments/prod/compute-pools"),
      );
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        computePools: { "prod/pool-a": { metadata: { name: "pool-a" }, spec: sqlPool.spec } },
      });
    });

    it("converges when a create was applied but its answer was lost (reset, then 409, then PUT)", async () => {
      await client.upsertEnvironment(prodEnv);
      server.inject({ kind: "reset-after-apply" }, { method: "POST", path: /compute-pools$/ });
      const pool = await client.upsertComputePool("prod", sqlPool);
      expect(pool.metadata.name).toBe("pool-a");
      expect(server.calls().slice(1)).toEqual([
        "POST /cmf/api/v1/environments/prod/compute-pools",
        "POST /cmf/api/v1/environments/prod/compute-pools",
        "PUT /cmf/api/v1/environments/prod/compute-pools/pool-a",
      ]);
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        computePools: { "prod/pool-a": { metadata: { name: "pool-a" }, spec: sqlPool.spec } },
      });
    });

    it("retries a connection reset on a read", async () => {
      await client.upsertEnvironment(prodEnv);
      server.inject({ kind: "reset" }, { method: "GET" });
      expect((await client.getEnvironment("prod"))?.kubernetesNamespace).toBe("flink-prod");
      expect(server.requests.map((r) => `${r.method} ${r.fault ?? "ok"}`)).toEqual([
        "POST ok",
        "GET reset",
        "GET ok",
      ]);
    });

    it("gives up after the bounded number of attempts on persistent 5xx, quoting CMF's message", async () => {
      server.inject({ kind: "status", status: 500, message: "database is locked" }, { times: 100 });
      const err = await failure(client.upsertEnvironment(prodEnv));
      expect(err.message).toBe(
        "CMF POST /cmf/api/v1/environments failed after 4 attempts: 500 Internal Server Error: database is locked",
      );
      expect([err.status, err.attempts, err.cmfMessages]).toEqual([500, 4, ["database is locked"]]);
      expect(server.requests).toHaveLength(4);
      expect(server.snapshot()).toEqual(EMPTY);
    });

    it("fails after bounded retries when the connection is refused, quoting the cause", async () => {
      const url = await closedPortUrl();
      const port = new URL(url).port;
      const err = await failure(new CmfClient(fastConnection(url, { retries: 2 })).getEnvironment("prod"));
      expect(err.message).toBe(
        `CMF GET /cmf/api/v1/environments/prod failed after 3 attempts: connect ECONNREFUSED 127.0.0.1:${port}`,
      );
      expect([err.code, err.attempts, err.status]).toEqual(["ECONNREFUSED", 3, undefined]);

      const once = await failure(new CmfClient(fastConnection(url, { retries: 0 })).getEnvironment("prod"));
      expect(once.message).toBe(
        `CMF GET /cmf/api/v1/environments/prod failed: connect ECONNREFUSED 127.0.0.1:${port}`,
      );
    });
  });

  describe("timeouts", () => {
    it("fails a slow read at timeoutMs, before the answer comes, without retrying", async () => {
      await client.upsertEnvironment(prodEnv);
      server.inject({ kind: "delay", ms: 1_000 }, { method: "GET" });
      const slow = new CmfClient(fastConnection(server.url, { timeoutMs: 150 }));
      // The client's deadline and the emulator's delay run on one fake clock that only the test moves, so
      // a loaded machine can neither make the deadline late nor the answer early (sockets stay real).
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      let outcome: unknown = "pending";
      const done = failure(slow.getEnvironment("prod")).then((err) => (outcome = err));
      try {
        // The GET has reached the emulator, which now holds it for 1000 fake ms.
        while (server.requests.length < 2) await new Promise((resolve) => setImmediate(resolve));
        await vi.advanceTimersByTimeAsync(149);
        expect(outcome).toBe("pending");
        await vi.advanceTimersByTimeAsync(1);
        await done;
      } finally {
        vi.useRealTimers();
      }
      const err = outcome as CmfApiError;
      expect(err.message).toBe(
        "CMF GET /cmf/api/v1/environments/prod failed: no complete response within 150 ms (connection.timeoutMs); is CMF overloaded or unreachable?",
      );
      expect([err.code, err.attempts]).toEqual(["ETIMEDOUT", 1]);
      expect(server.calls()).toEqual(["POST /cmf/api/v1/environments", "GET /cmf/api/v1/environments/prod"]);
    });

    it("converges to one environment when a timed-out upsert was applied late and is re-run", async () => {
      server.inject({ kind: "delay", ms: 300 }, { method: "POST" });
      const slow = new CmfClient(fastConnection(server.url, { timeoutMs: 100 }));
      await failure(slow.upsertEnvironment(prodEnv));
      await new Promise((resolve) => setTimeout(resolve, 400));
      await client.upsertEnvironment(prodEnv);
      expect(server.calls()).toEqual(["POST /cmf/api/v1/environments", "POST /cmf/api/v1/environments"]);
      expect(server.snapshot()).toEqual(PROD_ONLY);
    });
  });

  describe("404 handling", () => {
    it("reports an object CMF answers 404 for as gone on read", async () => {
      await client.upsertEnvironment(prodEnv);
      await client.upsertApplication("prod", stateMachine);
      await client.createComputePool("prod", sqlPool);
      server.inject({ kind: "status", status: 404, message: "not found" }, { method: "GET", times: 3 });
      expect(await client.getEnvironment("prod")).toBeUndefined();
      expect(await client.getApplication("prod", "state-machine")).toBeUndefined();
      expect(await client.getComputePool("prod", "pool-a")).toBeUndefined();
      expect(server.requests.filter((r) => r.method === "GET")).toHaveLength(3);
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        applications: { "prod/state-machine": STORED_APP },
        computePools: { "prod/pool-a": STORED_POOL },
      });
    });

    it("does not mistake a 404 from something other than CMF for gone", async () => {
      await client.upsertEnvironment(prodEnv);
      server.inject({ kind: "status", status: 404, html: "<html>nginx: no route</html>" }, { method: "GET" });
      const err = await failure(client.getEnvironment("prod"));
      expect(err.message).toBe(
        `CMF GET /cmf/api/v1/environments/prod failed: 404 Not Found without a CMF error body (the body was: <html>nginx: no route</html>); ${server.url} does not look like the CMF API: check the endpoint URL and any reverse-proxy path prefix`,
      );
      expect([err.status, err.attempts]).toEqual([404, 1]);
      expect(server.snapshot()).toEqual(PROD_ONLY);
    });

    it("treats 404 on delete as already deleted", async () => {
      await client.upsertEnvironment(prodEnv);
      await client.upsertApplication("prod", stateMachine);
      server.inject({ kind: "status", status: 404 }, { method: "DELETE", times: 3 });
      expect(await client.deleteApplication("prod", "state-machine")).toBe(false);
      expect(await client.deleteComputePool("prod", "pool-a")).toBe(false);
      expect(await client.deleteEnvironment("prod")).toBe(false);
      expect(server.requests.filter((r) => r.method === "DELETE")).toHaveLength(3);
      // The injected 404s left the objects alone.
      expect(server.snapshot()).toEqual({ ...PROD_ONLY, applications: { "prod/state-machine": STORED_APP } });
    });

    it("still fails on 404 where it means something else (PUT of a missing pool)", async () => {
      await client.upsertEnvironment(prodEnv);
      const err = await failure(client.updateComputePool("prod", sqlPool));
      expect(err.message).toBe(
        "CMF PUT /cmf/api/v1/environments/prod/compute-pools/pool-a failed: 404 Not Found: Compute pool 'pool-a' not found",
      );
    });
  });

  describe("4xx answers", () => {
    it("are not retried and quote status and CMF's message", async () => {
      await client.upsertEnvironment(prodEnv);
      server.inject(
        { kind: "status", status: 422, message: "spec.job.jarURI must be set" },
        { path: "/cmf/api/v1/environments/prod/applications" },
      );
      const err = await failure(client.upsertApplication("prod", stateMachine));
      expect(err.message).toBe(
        "CMF POST /cmf/api/v1/environments/prod/applications failed: 422 Unprocessable Entity: spec.job.jarURI must be set",
      );
      expect([err.status, err.attempts]).toEqual([422, 1]);
      expect(server.calls()).toEqual([
        "POST /cmf/api/v1/environments",
        "POST /cmf/api/v1/environments/prod/applications",
      ]);
      expect(server.snapshot()).toEqual(PROD_ONLY);
    });

    it("quote CMF's own validation message (application in a missing environment)", async () => {
      const err = await failure(client.upsertApplication("nope", stateMachine));
      expect(err.message).toBe(
        "CMF POST /cmf/api/v1/environments/nope/applications failed: 400 Bad Request: Environment 'nope' does not exist.",
      );
      expect(server.requests).toHaveLength(1);
      expect(server.snapshot()).toEqual(EMPTY);
    });

    it("report 409 from a plain create", async () => {
      await client.upsertEnvironment(prodEnv);
      await client.createComputePool("prod", sqlPool);
      const err = await failure(client.createComputePool("prod", sqlPool));
      expect(err.message).toBe(
        "CMF POST /cmf/api/v1/environments/prod/compute-pools failed: 409 Conflict: Compute pool 'pool-a' already exists",
      );
      expect(server.requests).toHaveLength(3);
    });

    it("upsertComputePool falls back to PUT on 409 and keeps one pool with the new spec", async () => {
      await client.upsertEnvironment(prodEnv);
      await client.createComputePool("prod", sqlPool);
      const changed = {
        ...sqlPool,
        spec: {
          ...sqlPool.spec,
          clusterSpec: { flinkVersion: "v1_20", image: "confluentinc/cp-flink-sql:1.20-cp1" },
        },
      };
      const result = await client.upsertComputePool("prod", changed);
      expect(result.spec).toEqual(changed.spec);
      expect(server.calls().slice(2)).toEqual([
        "POST /cmf/api/v1/environments/prod/compute-pools",
        "PUT /cmf/api/v1/environments/prod/compute-pools/pool-a",
      ]);
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        computePools: { "prod/pool-a": { metadata: { name: "pool-a" }, spec: changed.spec } },
      });
    });

    it("injected 409 on create also falls back to PUT", async () => {
      await client.upsertEnvironment(prodEnv);
      await client.createComputePool("prod", sqlPool);
      server.inject(
        { kind: "status", status: 409, message: "exists" },
        { method: "POST", path: /compute-pools$/ },
      );
      await client.upsertComputePool("prod", sqlPool);
      expect(server.calls().slice(2)).toEqual([
        "POST /cmf/api/v1/environments/prod/compute-pools",
        "PUT /cmf/api/v1/environments/prod/compute-pools/pool-a",
      ]);
      expect(server.snapshot()).toEqual({ ...PROD_ONLY, computePools: { "prod/pool-a": STORED_POOL } });
    });

    it("the fake rejects bodies that break the OpenAPI request schema", async () => {
      const err = await failure(client.request("POST", "/environments", { name: "ab", namespace: "flink" }));
      expect(err.message).toBe(
        "CMF POST /cmf/api/v1/environments failed: 400 Bad Request: /name must NOT have fewer than 4 characters; / must NOT have unevaluated properties",
      );
      expect(server.violations).toEqual([
        "POST /cmf/api/v1/environments request: /name must NOT have fewer than 4 characters; / must NOT have unevaluated properties",
      ]);
      server.violations.length = 0;
    });
  });

  describe("waiting for an application", () => {
    it("polls until the job reports RUNNING", async () => {
      await client.upsertEnvironment(prodEnv);
      await client.upsertApplication("prod", stateMachine);
      server.scriptJobStates("prod", "state-machine", { states: ["RECONCILING", "CREATED", "RUNNING"] });
      const app = await client.waitForApplicationRunning("prod", "state-machine", {
        pollIntervalMs: 5,
        timeoutMs: 2_000,
      });
      expect(app.status?.jobStatus?.state).toBe("RUNNING");
      expect(server.requests.filter((r) => r.method === "GET")).toHaveLength(3);
    });

    it("fails at once on a terminal state, quoting CMF's status", async () => {
      await client.upsertEnvironment(prodEnv);
      await client.upsertApplication("prod", stateMachine);
      server.scriptJobStates("prod", "state-machine", {
        states: ["CREATED", "FAILED"],
        error: "ClassNotFoundException: StateMachineExample",
      });
      await expect(
        client.waitForApplicationRunning("prod", "state-machine", { pollIntervalMs: 5, timeoutMs: 2_000 }),
      ).rejects.toThrow(
        "CMF application prod/state-machine did not reach RUNNING: jobStatus.state=FAILED, lifecycleState=DEPLOYED, error=ClassNotFoundException: StateMachineExample",
      );
      expect(server.requests.filter((r) => r.method === "GET")).toHaveLength(2);
    });

    it("gives up after timeoutMs with the last status", async () => {
      await client.upsertEnvironment(prodEnv);
      await client.upsertApplication("prod", stateMachine);
      server.scriptJobStates("prod", "state-machine", { states: ["RECONCILING"] });
      await expect(
        client.waitForApplicationRunning("prod", "state-machine", { pollIntervalMs: 20, timeoutMs: 100 }),
      ).rejects.toThrow(
        "CMF application prod/state-machine did not reach RUNNING within 100 ms: last status jobStatus.state=RECONCILING, lifecycleState=DEPLOYED",
      );
    });

    it("fails when the application disappears", async () => {
      await client.upsertEnvironment(prodEnv);
      await expect(client.waitForApplicationRunning("prod", "ghost", { pollIntervalMs: 5 })).rejects.toThrow(
        "CMF application prod/ghost disappeared while waiting for it to run",
      );
    });
  });
});

describe.skipIf(!haveOpenApi)("authentication", () => {
  it("sends the bearer token and does not retry a 401", async () => {
    const server = await startFakeCmf({ openApiPath: cmfOpenApiPath, bearerToken: "tok-123" });
    try {
      const authed = new CmfClient(
        fastConnection(server.url, { auth: { type: "bearer", token: "tok-123" } }),
      );
      await authed.upsertEnvironment(prodEnv);
      const wrong = new CmfClient(
        fastConnection(server.url, { auth: { type: "bearer", token: "wrong-token" } }),
      );
      const err = await failure(wrong.getEnvironment("prod"));
      expect(err.message).toBe(
        "CMF GET /cmf/api/v1/environments/prod failed: 401 Unauthorized: Unauthorized",
      );
      expect(err.message).not.toContain("wrong-token");
      expect(server.requests.map((r) => r.authorization)).toEqual(["Bearer tok-123", "Bearer wrong-token"]);
      expect(server.snapshot()).toEqual(PROD_ONLY);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("uses TLS with a client certificate (mTLS) and verifies the server against caPem", async () => {
    const pki = createTestPki();
    const server = await startFakeCmf({
      openApiPath: cmfOpenApiPath,
      tls: {
        certPem: pki.serverCertPem,
        keyPem: pki.serverKeyPem,
        caPem: pki.caPem,
        requireClientCert: true,
      },
    });
    try {
      expect(server.url.startsWith("https://127.0.0.1:")).toBe(true);
      const mtls = new CmfClient(
        fastConnection(server.url, {
          auth: {
            type: "mtls",
            clientCertPem: pki.clientCertPem,
            clientKeyPem: pki.clientKeyPem,
            caPem: pki.caPem,
          },
        }),
      );
      await mtls.upsertEnvironment(prodEnv);
      expect(server.requests.map((r) => r.clientCertCN)).toEqual(["flink-platform-client"]);

      // Server certificate not trusted: fails at once, no retry.
      const noCa = new CmfClient(
        fastConnection(server.url, {
          auth: { type: "mtls", clientCertPem: pki.clientCertPem, clientKeyPem: pki.clientKeyPem },
        }),
      );
      const untrusted = await failure(noCa.getEnvironment("prod"));
      expect(untrusted.message).toBe(
        "CMF GET /cmf/api/v1/environments/prod failed: self-signed certificate in certificate chain",
      );
      expect([untrusted.code, untrusted.attempts]).toEqual(["SELF_SIGNED_CERT_IN_CHAIN", 1]);

      // A client certificate from another CA is refused by the server.
      const stranger = new CmfClient(
        fastConnection(server.url, {
          retries: 0,
          auth: {
            type: "mtls",
            clientCertPem: pki.strangerCertPem,
            clientKeyPem: pki.strangerKeyPem,
            caPem: pki.caPem,
          },
        }),
      );
      const refused = await failure(stranger.getEnvironment("prod"));
      expect(refused.message).toBe(
        "CMF GET /cmf/api/v1/environments/prod failed: socket hang up (with mTLS this usually means CMF rejected the client certificate)",
      );
      expect(refused.code).toBe("ECONNRESET");
      expect(server.requests).toHaveLength(1);
      expect(server.snapshot()).toEqual(PROD_ONLY);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
