import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CmfConnection } from "../../lib/cp/cmf/client";
import { cmfFlinkApplicationProvider, type CmfFlinkApplicationInputs } from "../../lib/cp/cmf/application";
import { cmfComputePoolProvider, type CmfComputePoolInputs } from "../../lib/cp/cmf/compute-pool";
import {
  CmfEnvironment,
  cmfEnvironmentProvider,
  type CmfEnvironmentInputs,
} from "../../lib/cp/cmf/environment";
import { cmfKubernetesClusterProvider } from "../../lib/cp/cmf/kubernetes-cluster";
import { CmfResourceInitError } from "../../lib/cp/cmf/resource";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { loadSerialized, serializedText } from "../support/serialized-provider";
import { startFakeCmf, type FakeCmf, type FakeCmfSnapshot } from "./fake-cmf-server";

const haveOpenApi = haveReference("CMF OpenAPI", cmfOpenApiPath);

// What Pulumi adds to every dynamic resource's inputs; the providers must carry it through init failures.
const PROVIDER_KEY = "serialized-provider-text";

function connectionTo(server: FakeCmf, token = "tok-1"): CmfConnection {
  return {
    endpoint: server.url,
    auth: { type: "bearer", token },
    retries: 2,
    retryDelayMs: 1,
    maxRetryDelayMs: 2,
    timeoutMs: 2_000,
  };
}

type Provider<I, O> = pulumi.dynamic.ResourceProvider<I, O>;

/** The provider methods are optional in Pulumi's type; these tests need them all. */
function methods<I, O>(provider: Provider<I, O>) {
  const { check, diff, read, update, delete: remove } = provider;
  if (!check || !diff || !read || !update || !remove) throw new Error("provider lacks a method");
  return { check, diff, create: provider.create, read, update, delete: remove };
}

const env = methods(cmfEnvironmentProvider);
const app = methods(cmfFlinkApplicationProvider);
const pool = methods(cmfComputePoolProvider);

const jobSpec = {
  image: "confluentinc/cp-flink:1.19.3-cp2",
  flinkVersion: "v1_19",
  jobManager: { resource: { memory: "1024m", cpu: 1 } },
  taskManager: { resource: { memory: "1024m", cpu: 1 } },
  job: {
    jarURI: "local:///opt/flink/examples/streaming/StateMachineExample.jar",
    state: "running",
    parallelism: 3,
    upgradeMode: "stateless",
  },
};

const clusterSpec = {
  flinkVersion: "v1_19",
  image: "confluentinc/cp-flink-sql:1.19-cp5",
  flinkConfiguration: { "taskmanager.numberOfTaskSlots": "1" },
};

/** Server state after declaring just the prod environment. */
const PROD_ONLY: FakeCmfSnapshot = {
  environments: { prod: { metadata: { name: "prod" }, name: "prod", kubernetesNamespace: "flink-prod" } },
  applications: {},
  computePools: {},
};
const EMPTY: FakeCmfSnapshot = { environments: {}, applications: {}, computePools: {} };

describe.skipIf(!haveOpenApi)("dynamic providers against the fake CMF", () => {
  let server: FakeCmf;
  let envInputs: CmfEnvironmentInputs;

  beforeEach(async () => {
    server = await startFakeCmf({ openApiPath: cmfOpenApiPath, bearerToken: "tok-1" });
    envInputs = { connection: connectionTo(server), name: "prod", kubernetesNamespace: "flink-prod" };
  });

  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  describe("CmfEnvironment provider", () => {
    it("checks inputs and reports every problem", async () => {
      expect(await env.check(envInputs, envInputs)).toEqual({ inputs: envInputs, failures: [] });
      const bad = {
        ...envInputs,
        name: "P",
        connection: { endpoint: "cmf:8080", auth: { type: "bearer" as const } },
      };
      expect((await env.check(envInputs, bad)).failures).toEqual([
        {
          property: "connection",
          reason:
            'connection.endpoint: got "cmf:8080"; allowed: an http:// or https:// URL such as https://cmf.example.com or http://localhost:8080',
        },
        {
          property: "connection",
          reason:
            "connection.auth.token: got (not set); allowed: a non-empty OAuth access token (auth.type bearer sends `Authorization: Bearer <token>`)",
        },
        {
          property: "name",
          reason:
            "name: got \"P\"; allowed: a lowercase DNS name (a-z, 0-9, '-', '.'), 4..253 characters, starting and ending with a letter or digit",
        },
      ]);
      // Unknown values during preview are not validated.
      const unknown = {
        ...envInputs,
        kubernetesNamespace: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        name: "P",
      };
      expect(await env.check(envInputs, unknown)).toEqual({ inputs: unknown });
    });

    it("creates, diffs, updates, reads, detects drift and deletes", async () => {
      const created = await env.create(envInputs);
      expect(created).toEqual({
        id: "prod",
        outs: {
          ...envInputs,
          kubernetesClusterName: undefined,
          flinkApplicationDefaults: undefined,
          computePoolDefaults: undefined,
          statementDefaults: undefined,
          createdTime: "2025-01-01T00:00:01Z",
          updatedTime: "2025-01-01T00:00:01Z",
        },
      });
      const olds = created.outs!;

      expect(await env.diff("prod", olds, envInputs)).toEqual({
        changes: false,
        replaces: [],
        deleteBeforeReplace: false,
      });
      expect(await env.diff("prod", olds, { ...envInputs, kubernetesNamespace: "flink-prod-2" })).toEqual({
        changes: true,
        replaces: ["kubernetesNamespace"],
        deleteBeforeReplace: true,
      });
      expect(await env.diff("prod", olds, { ...envInputs, name: "prod-2" })).toEqual({
        changes: true,
        replaces: ["name"],
        deleteBeforeReplace: false,
      });
      const withDefaults = {
        ...envInputs,
        flinkApplicationDefaults: { spec: { flinkConfiguration: { a: "b" } } },
      };
      expect(await env.diff("prod", olds, withDefaults)).toEqual({
        changes: true,
        replaces: [],
        deleteBeforeReplace: false,
      });
      expect(
        await env.diff("prod", olds, { ...envInputs, connection: connectionTo(server, "tok-2") }),
      ).toEqual({
        changes: true,
        replaces: [],
        deleteBeforeReplace: false,
      });

      const updated = await env.update("prod", olds, withDefaults);
      expect(updated.outs?.flinkApplicationDefaults).toEqual(withDefaults.flinkApplicationDefaults);
      expect(updated.outs?.updatedTime).toBe("2025-01-01T00:00:02Z");
      expect(server.snapshot()).toEqual({
        ...EMPTY,
        environments: {
          prod: {
            metadata: { name: "prod" },
            name: "prod",
            kubernetesNamespace: "flink-prod",
            flinkApplicationDefaults: withDefaults.flinkApplicationDefaults,
          },
        },
      });

      const outs = updated.outs!;
      expect(await env.read("prod", outs)).toEqual({ id: "prod", props: outs });

      // Someone moved the namespace behind Pulumi's back: refresh shows it and the next diff replaces.
      server.environments.get("prod")!.kubernetesNamespace = "elsewhere";
      const drifted = await env.read("prod", outs);
      expect(drifted.props?.kubernetesNamespace).toBe("elsewhere");
      expect((await env.diff("prod", drifted.props!, withDefaults)).replaces).toEqual([
        "kubernetesNamespace",
      ]);

      await env.delete("prod", outs);
      expect(server.snapshot()).toEqual(EMPTY);
      expect(await env.read("prod", outs)).toEqual({ id: "" });
      await env.delete("prod", outs);
      expect(server.calls().slice(-3)).toEqual([
        "DELETE /cmf/api/v1/environments/prod",
        "GET /cmf/api/v1/environments/prod",
        "DELETE /cmf/api/v1/environments/prod",
      ]);
      expect(server.requests.every((r) => r.authorization === "Bearer tok-1")).toBe(true);
    });

    it("retries through 500s on create and stores exactly one environment", async () => {
      server.inject({ kind: "status", status: 500 }, { times: 2 });
      expect((await env.create(envInputs)).id).toBe("prod");
      expect(server.requests).toHaveLength(3);
      expect(server.snapshot()).toEqual(PROD_ONLY);
    });

    it("refuses to read without a connection in the state", async () => {
      await expect(env.read("prod", undefined)).rejects.toThrow(
        "CmfEnvironment prod: the CMF connection is not in the state, so it cannot be read",
      );
    });
  });

  describe("CmfFlinkApplication provider", () => {
    let appInputs: CmfFlinkApplicationInputs;

    beforeEach(async () => {
      await env.create(envInputs);
      appInputs = {
        connection: connectionTo(server),
        environment: "prod",
        name: "state-machine",
        spec: jobSpec,
      };
    });

    it("creates without waiting, diffs, updates, reads with server-added fields, and deletes", async () => {
      const created = await app.create(appInputs);
      expect(created).toEqual({
        id: "prod/state-machine",
        outs: {
          ...appInputs,
          labels: undefined,
          annotations: undefined,
          waitForRunning: undefined,
          waitTimeoutMs: undefined,
          pollIntervalMs: undefined,
          jobState: "RUNNING",
        },
      });
      const olds = created.outs!;
      expect(await app.diff(created.id, olds, appInputs)).toEqual({
        changes: false,
        replaces: [],
        deleteBeforeReplace: false,
      });
      expect(await app.diff(created.id, olds, { ...appInputs, environment: "staging" })).toEqual({
        changes: true,
        replaces: ["environment"],
        deleteBeforeReplace: false,
      });
      expect(await app.diff(created.id, olds, { ...appInputs, name: "other" })).toEqual({
        changes: true,
        replaces: ["name"],
        deleteBeforeReplace: false,
      });
      const scaled = { ...appInputs, spec: { ...jobSpec, job: { ...jobSpec.job, parallelism: 6 } } };
      expect(await app.diff(created.id, olds, scaled)).toEqual({
        changes: true,
        replaces: [],
        deleteBeforeReplace: false,
      });

      const updated = await app.update(created.id, olds, scaled);
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        applications: { "prod/state-machine": { metadata: { name: "state-machine" }, spec: scaled.spec } },
      });

      // CMF adding fields it defaults is not drift; changing a declared field is.
      const stored = server.applications.get("prod/state-machine")!;
      stored.spec = { ...stored.spec, restartNonce: 0 };
      expect(await app.read(created.id, updated.outs)).toEqual({ id: created.id, props: updated.outs });
      stored.spec = { ...stored.spec, job: { ...jobSpec.job, parallelism: 1 } };
      const drifted = await app.read(created.id, updated.outs);
      expect(drifted.props?.spec).toEqual(stored.spec);
      expect((await app.diff(created.id, drifted.props!, scaled)).changes).toBe(true);

      await app.delete(created.id, updated.outs!);
      expect(server.snapshot()).toEqual(PROD_ONLY);
      expect(await app.read(created.id, updated.outs)).toEqual({ id: "" });
      await app.delete(created.id, updated.outs!);
    });

    it("waits for RUNNING when asked", async () => {
      server.scriptJobStates("prod", "state-machine", { states: ["RECONCILING", "CREATED", "RUNNING"] });
      const created = await app.create({
        ...appInputs,
        waitForRunning: true,
        pollIntervalMs: 5,
        waitTimeoutMs: 2_000,
      });
      expect(created.outs?.jobState).toBe("RUNNING");
      expect(server.calls().slice(1)).toEqual([
        "POST /cmf/api/v1/environments/prod/applications",
        "GET /cmf/api/v1/environments/prod/applications/state-machine",
        "GET /cmf/api/v1/environments/prod/applications/state-machine",
        "GET /cmf/api/v1/environments/prod/applications/state-machine",
      ]);
    });

    it("does not wait for a suspended job", async () => {
      const suspended = { ...appInputs, spec: { ...jobSpec, job: { ...jobSpec.job, state: "suspended" } } };
      const created = await app.create({ ...suspended, waitForRunning: true, pollIntervalMs: 5 });
      expect(created.outs?.jobState).toBe("SUSPENDED");
      expect(server.calls().slice(1)).toEqual(["POST /cmf/api/v1/environments/prod/applications"]);
    });

    it("fails with CMF's reported status and keeps the application in the state", async () => {
      server.scriptJobStates("prod", "state-machine", { states: ["FAILED"], error: "OOMKilled" });
      const inputs = { ...appInputs, waitForRunning: true, pollIntervalMs: 5, __provider: PROVIDER_KEY };
      let caught: unknown;
      try {
        await app.create(inputs);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(CmfResourceInitError);
      const err = caught as CmfResourceInitError;
      const message =
        "CMF application prod/state-machine did not reach RUNNING: jobStatus.state=FAILED, lifecycleState=DEPLOYED, error=OOMKilled";
      expect(err.message).toBe(message);
      expect(err.id).toBe("prod/state-machine");
      expect(err.reasons).toEqual([message]);
      expect(err.properties).toMatchObject({
        name: "state-machine",
        environment: "prod",
        __provider: PROVIDER_KEY,
      });
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        applications: { "prod/state-machine": { metadata: { name: "state-machine" }, spec: jobSpec } },
      });
    });
  });

  describe("CmfComputePool provider", () => {
    let poolInputs: CmfComputePoolInputs;

    beforeEach(async () => {
      await env.create(envInputs);
      poolInputs = {
        connection: connectionTo(server),
        environment: "prod",
        name: "pool-a",
        type: "DEDICATED",
        clusterSpec,
      };
    });

    it("checks the pool type and state rules", async () => {
      const bad = { ...poolInputs, type: "HUGE" as "SHARED", state: "RUNNING" as const };
      expect((await pool.check(poolInputs, bad)).failures).toEqual([
        { property: "type", reason: 'type: got "HUGE"; allowed: one of DEDICATED, SHARED' },
      ]);
      const dedicatedWithState = { ...poolInputs, state: "RUNNING" as const };
      expect((await pool.check(poolInputs, dedicatedWithState)).failures).toEqual([
        {
          property: "state",
          reason:
            'state: got "RUNNING"; allowed: not set for DEDICATED pools (CMF accepts a desired state only for SHARED compute pools)',
        },
      ]);
    });

    it("creates (falling back to PUT on 409), diffs, updates with PUT, reads and deletes", async () => {
      // A pool left behind by an interrupted run.
      server.computePools.set("prod/pool-a", {
        metadata: { name: "pool-a" },
        spec: { type: "DEDICATED", clusterSpec: { flinkVersion: "v1_18" } },
        created: "2024-12-31T00:00:00Z",
      });
      const created = await pool.create(poolInputs);
      expect(created).toEqual({
        id: "prod/pool-a",
        outs: {
          ...poolInputs,
          state: undefined,
          labels: undefined,
          annotations: undefined,
          phase: "DEDICATED",
        },
      });
      expect(server.calls().slice(1)).toEqual([
        "POST /cmf/api/v1/environments/prod/compute-pools",
        "PUT /cmf/api/v1/environments/prod/compute-pools/pool-a",
      ]);
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        computePools: {
          "prod/pool-a": { metadata: { name: "pool-a" }, spec: { type: "DEDICATED", clusterSpec } },
        },
      });

      const olds = created.outs!;
      expect(await pool.diff(created.id, olds, poolInputs)).toEqual({
        changes: false,
        replaces: [],
        deleteBeforeReplace: false,
      });
      expect(
        await pool.diff(created.id, olds, { ...poolInputs, name: "pool-b", environment: "dev1" }),
      ).toEqual({
        changes: true,
        replaces: ["environment", "name"],
        deleteBeforeReplace: false,
      });
      const bigger = {
        ...poolInputs,
        clusterSpec: { ...clusterSpec, flinkConfiguration: { "taskmanager.numberOfTaskSlots": "4" } },
      };
      expect(await pool.diff(created.id, olds, bigger)).toEqual({
        changes: true,
        replaces: [],
        deleteBeforeReplace: false,
      });

      const updated = await pool.update(created.id, olds, bigger);
      expect(server.calls().at(-1)).toBe("PUT /cmf/api/v1/environments/prod/compute-pools/pool-a");
      expect(server.snapshot()).toEqual({
        ...PROD_ONLY,
        computePools: {
          "prod/pool-a": {
            metadata: { name: "pool-a" },
            spec: { type: "DEDICATED", clusterSpec: bigger.clusterSpec },
          },
        },
      });
      expect(await pool.read(created.id, updated.outs)).toEqual({ id: created.id, props: updated.outs });

      await pool.delete(created.id, updated.outs!);
      expect(server.snapshot()).toEqual(PROD_ONLY);
      expect(await pool.read(created.id, updated.outs)).toEqual({ id: "" });
      await pool.delete(created.id, updated.outs!);
    });
  });

  describe("serialized providers", () => {
    it("run standalone from the text Pulumi stores in the state", async () => {
      const text = await serializedText(cmfEnvironmentProvider);
      const provider = loadSerialized<typeof cmfEnvironmentProvider>(text);
      const created = await provider.create(envInputs);
      expect(created.id).toBe("prod");
      expect(await provider.read!("prod", created.outs)).toEqual({ id: "prod", props: created.outs });
      await provider.delete!("prod", created.outs!);
      expect(server.snapshot()).toEqual(EMPTY);
      expect(server.calls()).toEqual([
        "POST /cmf/api/v1/environments",
        "GET /cmf/api/v1/environments/prod",
        "DELETE /cmf/api/v1/environments/prod",
      ]);
    });

    it("keep CMF's error messages (Pulumi turns super(message) into Error.call, which drops them)", async () => {
      const provider = loadSerialized<typeof cmfEnvironmentProvider>(
        await serializedText(cmfEnvironmentProvider),
      );
      const created = await provider.create(envInputs);
      server.inject(
        { kind: "status", status: 404, html: "<html>nginx: no route</html>" },
        { method: "DELETE" },
      );
      server.inject({ kind: "delay", ms: 500 }, { method: "GET" });
      // The dynamic provider host reports only `err.message` to the engine.
      await expect(provider.delete!("prod", created.outs!)).rejects.toHaveProperty(
        "message",
        `CMF DELETE /cmf/api/v1/environments/prod failed: 404 Not Found without a CMF error body (the body was: <html>nginx: no route</html>); ${server.url} does not look like the CMF API: check the endpoint URL and any reverse-proxy path prefix`,
      );
      await expect(
        provider.read!("prod", {
          ...created.outs!,
          connection: { ...created.outs!.connection, timeoutMs: 50 },
        }),
      ).rejects.toHaveProperty(
        "message",
        "CMF GET /cmf/api/v1/environments/prod failed: no complete response within 50 ms (connection.timeoutMs); is CMF overloaded or unreachable?",
      );
      expect(server.snapshot()).toEqual({
        ...EMPTY,
        environments: {
          prod: { metadata: { name: "prod" }, name: "prod", kubernetesNamespace: "flink-prod" },
        },
      });
    });

    it("refuse a token over http:// to a remote host with a readable message, before any request", async () => {
      const provider = loadSerialized<typeof cmfEnvironmentProvider>(
        await serializedText(cmfEnvironmentProvider),
      );
      const remote = {
        ...envInputs,
        connection: { endpoint: "http://cmf.example.com", auth: envInputs.connection.auth },
      };
      await expect(provider.delete!("prod", remote)).rejects.toHaveProperty(
        "message",
        [
          "Invalid CMF connection (1 problem):",
          "  - connection.endpoint",
          '      got:     "http://cmf.example.com"',
          "      allowed: an https:// URL when auth.type is bearer (plain http:// only to a loopback host: 127.0.0.0/8, ::1, localhost)",
          "      hint:    the token would cross the network in clear text; in a stack this URL is flink-platform:cmf.endpoint (use the https URL of the exposed CMF API, or a port-forward such as http://localhost:8080)",
        ].join("\n"),
      );
      expect(server.requests).toEqual([]);
    });
  });
});

describe("provider serialization", () => {
  it.each([
    ["CmfEnvironment", cmfEnvironmentProvider],
    ["CmfFlinkApplication", cmfFlinkApplicationProvider],
    ["CmfComputePool", cmfComputePoolProvider],
    ["CmfKubernetesCluster", cmfKubernetesClusterProvider],
  ])(
    "serializes the %s provider without capturing the Pulumi SDK or module objects",
    async (_name, provider) => {
      const text = await serializedText(provider);
      expect(text).toContain("exports.handler = ");
      expect(text).not.toContain("@pulumi/pulumi");
      // Node built-ins are loaded at call time, never captured.
      expect(text).toContain('require("node:http")');
      const loaded = loadSerialized<pulumi.dynamic.ResourceProvider>(text);
      expect(Object.keys(loaded).sort()).toEqual(["check", "create", "delete", "diff", "read", "update"]);
    },
  );
});

describe("CmfEnvironment under Pulumi mocks", () => {
  it("stores the auth token as a secret", async () => {
    const registered: pulumi.runtime.MockResourceArgs[] = [];
    await pulumi.runtime.setMocks(
      {
        newResource: (args) => {
          registered.push(args);
          return { id: `${args.name}-id`, state: args.inputs };
        },
        call: (args) => args.inputs,
      },
      "project",
      "stack",
      false,
    );
    const resource = new CmfEnvironment("prod-env", {
      connection: { endpoint: "https://cmf.example.com", auth: { type: "bearer", token: "s3cr3t-token" } },
      kubernetesNamespace: "flink-prod",
    });
    const [name, connection, connectionIsSecret, nameIsSecret] = await Promise.all([
      promiseOf(resource.name),
      promiseOf(resource.connection),
      pulumi.isSecret(resource.connection),
      pulumi.isSecret(resource.name),
    ]);
    expect([name, nameIsSecret]).toEqual(["prod-env", false]);
    expect(connectionIsSecret).toBe(true);
    expect(connection.auth?.token).toBe("s3cr3t-token");

    expect(registered).toHaveLength(1);
    const args = registered[0];
    expect(args.type).toBe("pulumi-nodejs:dynamic/cmf:CmfEnvironment");
    // The secret reaches the engine wrapped in Pulumi's secret signature.
    expect(args.inputs.connection).toEqual({
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: { endpoint: "https://cmf.example.com", auth: { type: "bearer", token: "s3cr3t-token" } },
    });
    expect(args.inputs.kubernetesNamespace).toBe("flink-prod");
    expect(typeof args.inputs.__provider).toBe("string");
    expect(args.inputs.__provider).toContain("exports.handler = ");
  });
});

function promiseOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply((value) => resolve(value)));
}
