/**
 * The CMF dynamic-resource skeleton itself (lib/cp/cmf/resource.ts), driven
 * through a fake object type on CMF's compute-pool endpoints against the fake
 * CMF server: every test asserts the exact HTTP calls the skeleton makes.
 */
import { createRequire } from "node:module";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildComputePoolBody } from "../../lib/cp/cmf/bodies";
import { CmfClient, type CmfComputePoolDocument, type CmfConnection } from "../../lib/cp/cmf/client";
import { cmfProvider, CmfResourceInitError, reconcile, type CmfObjectType } from "../../lib/cp/cmf/resource";
import { secretConnectionInputs } from "../../lib/cp/cmf/connection-args";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { startFakeCmf, type FakeCmf } from "./fake-cmf-server";

const haveOpenApi = haveReference("CMF OpenAPI", cmfOpenApiPath);

interface TestInputs {
  readonly connection: CmfConnection;
  readonly environment: string;
  readonly name: string;
  readonly clusterSpec: Record<string, unknown>;
  /** Makes `settle` fail with this message. */
  readonly failSettle?: string;
}

interface TestOutputs extends TestInputs {
  readonly phase?: string;
}

const POOLS = "/cmf/api/v1/environments/prod/compute-pools";

/** A made-up CMF object type: a DEDICATED compute pool with only the fields the skeleton needs. */
const testType: CmfObjectType<TestInputs, CmfComputePoolDocument> = {
  kind: "CmfTestPool",
  fields: ["connection", "environment", "name", "clusterSpec"],
  replaceOnChange: ["environment", "name"],
  problems: (inputs) =>
    typeof inputs.name === "string" ? [] : [{ path: "name", got: inputs.name, allowed: "a string" }],
  id: (inputs) => `${inputs.environment}/${inputs.name}`,
  create: (client, inputs) => client.createComputePool(inputs.environment, body(inputs)),
  adoptOnConflict: true,
  update: (client, inputs) => client.updateComputePool(inputs.environment, body(inputs)),
  settle: async (_client, inputs, live) => {
    if (inputs.failSettle !== undefined) throw new Error(inputs.failSettle);
    return live;
  },
  get: (client, props) => client.getComputePool(props.environment, props.name),
  observed: (live) => ({ phase: live.status?.phase }),
  drift: (props, live) => ({ clusterSpec: reconcile(props.clusterSpec, live.spec.clusterSpec) }),
  remove: (client, props) => client.deleteComputePool(props.environment, props.name),
};

function body(inputs: TestInputs): CmfComputePoolDocument {
  return buildComputePoolBody({ name: inputs.name, type: "DEDICATED", clusterSpec: inputs.clusterSpec });
}

const clusterSpec = { flinkVersion: "v1_19", image: "confluentinc/cp-flink-sql:1.19-cp5" };

function methods(provider: pulumi.dynamic.ResourceProvider<TestInputs, TestOutputs>) {
  const { check, diff, read, update, delete: remove } = provider;
  if (!check || !diff || !read || !update || !remove) throw new Error("provider lacks a method");
  return { check, diff, create: provider.create, read, update, delete: remove };
}

const provider = methods(cmfProvider<TestInputs, TestOutputs, CmfComputePoolDocument>(testType));

describe.skipIf(!haveOpenApi)("cmfProvider skeleton against the fake CMF", () => {
  let server: FakeCmf;
  let inputs: TestInputs;
  let client: CmfClient;

  beforeEach(async () => {
    server = await startFakeCmf({ openApiPath: cmfOpenApiPath });
    const connection = { endpoint: server.url, retries: 0, timeoutMs: 2_000 };
    inputs = { connection, environment: "prod", name: "pool-a", clusterSpec };
    client = new CmfClient(connection);
    await client.upsertEnvironment({ name: "prod", kubernetesNamespace: "flink-prod" });
  });

  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  it("checks the connection and the type's own problems, and skips unknown inputs", async () => {
    const bad = { ...inputs, connection: { endpoint: "ftp://x" }, name: 7 as unknown as string };
    expect((await provider.check(inputs, bad)).failures).toEqual([
      {
        property: "connection",
        reason:
          'connection.endpoint: got "ftp://x"; allowed: an http:// or https:// URL such as https://cmf.example.com or http://localhost:8080',
      },
      { property: "name", reason: "name: got 7; allowed: a string" },
    ]);
    const unknown = { ...bad, name: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" };
    expect(await provider.check(inputs, unknown)).toEqual({ inputs: unknown });
  });

  it("creates with one POST and stores the declared fields plus what CMF reports", async () => {
    const created = await provider.create(inputs);
    expect(created).toEqual({ id: "prod/pool-a", outs: { ...inputs, phase: "DEDICATED" } });
    expect(server.calls().slice(1)).toEqual([`POST ${POOLS}`]);
  });

  it("adopts an object left behind (409 on POST) with a PUT", async () => {
    await client.createComputePool("prod", body({ ...inputs, clusterSpec: { flinkVersion: "v1_18" } }));
    const created = await provider.create(inputs);
    expect(created.id).toBe("prod/pool-a");
    expect(server.calls().slice(1)).toEqual([`POST ${POOLS}`, `POST ${POOLS}`, `PUT ${POOLS}/pool-a`]);
    expect(server.snapshot().computePools["prod/pool-a"]).toEqual({
      metadata: { name: "pool-a" },
      spec: { type: "DEDICATED", clusterSpec },
    });
  });

  it("adopts on 409 also when run from the text Pulumi stores in the state", async () => {
    const text = (await pulumi.runtime.serializeFunction(() => cmfProvider(testType), { allowSecrets: true }))
      .text;
    const module: { exports: { handler?: () => typeof provider } } = { exports: {} };
    new Function("module", "exports", "require", text)(module, module.exports, createRequire(__filename));
    const standalone = module.exports.handler!();
    await client.createComputePool("prod", body(inputs));
    expect((await standalone.create(inputs)).id).toBe("prod/pool-a");
    expect(server.calls().slice(1)).toEqual([`POST ${POOLS}`, `POST ${POOLS}`, `PUT ${POOLS}/pool-a`]);
  });

  it("does not adopt on another error", async () => {
    server.inject({ kind: "status", status: 400, message: "bad pool" }, { method: "POST" });
    await expect(provider.create(inputs)).rejects.toHaveProperty(
      "message",
      `CMF POST ${POOLS} failed: 400 Bad Request: bad pool`,
    );
    expect(server.calls().slice(1)).toEqual([`POST ${POOLS}`]);
  });

  it("reads with drift: keeps what still matches, shows what changed in CMF, drops what is gone", async () => {
    const { outs } = await provider.create(inputs);
    expect(await provider.read("prod/pool-a", outs)).toEqual({ id: "prod/pool-a", props: outs });
    const changed = { flinkVersion: "v1_20", image: "confluentinc/cp-flink-sql:1.20-cp1" };
    await client.updateComputePool("prod", body({ ...inputs, clusterSpec: changed }));
    expect(await provider.read("prod/pool-a", outs)).toEqual({
      id: "prod/pool-a",
      props: { ...outs, clusterSpec: changed },
    });
    await client.deleteComputePool("prod", "pool-a");
    expect(await provider.read("prod/pool-a", outs)).toEqual({ id: "" });
    expect(server.calls().slice(1)).toEqual([
      `POST ${POOLS}`,
      `GET ${POOLS}/pool-a`,
      `PUT ${POOLS}/pool-a`,
      `GET ${POOLS}/pool-a`,
      `DELETE ${POOLS}/pool-a`,
      `GET ${POOLS}/pool-a`,
    ]);
  });

  it("refuses to read without a connection in the state", async () => {
    await expect(provider.read("prod/pool-a", undefined)).rejects.toThrow(
      "CmfTestPool prod/pool-a: the CMF connection is not in the state, so it cannot be read; " +
        "import by declaring the resource with its connection and running `pulumi up` instead",
    );
    expect(server.calls().slice(1)).toEqual([]);
  });

  it("deletes with one DELETE, and a missing object is already deleted", async () => {
    const { outs } = await provider.create(inputs);
    await provider.delete("prod/pool-a", outs!);
    await provider.delete("prod/pool-a", outs!);
    expect(server.calls().slice(1)).toEqual([
      `POST ${POOLS}`,
      `DELETE ${POOLS}/pool-a`,
      `DELETE ${POOLS}/pool-a`,
    ]);
    expect(server.snapshot().computePools).toEqual({});
  });

  it("diffs the declared fields; replaces on its keys, deleting first when the id stays", async () => {
    const { outs } = await provider.create(inputs);
    const olds = outs!;
    expect(await provider.diff("prod/pool-a", olds, inputs)).toEqual({
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await provider.diff("prod/pool-a", olds, { ...inputs, clusterSpec: {} })).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await provider.diff("prod/pool-a", olds, { ...inputs, name: "pool-b" })).toEqual({
      changes: true,
      replaces: ["name"],
      deleteBeforeReplace: false,
    });
    expect(server.calls().slice(1)).toEqual([`POST ${POOLS}`]);
  });

  it("updates with one PUT; a failed settle keeps the object in the state", async () => {
    const { outs } = await provider.create(inputs);
    const news = { ...inputs, failSettle: "pool did not start", __provider: "text" } as TestInputs;
    const err = await provider.update("prod/pool-a", outs!, news).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CmfResourceInitError);
    expect(err).toMatchObject({
      message: "pool did not start",
      id: "prod/pool-a",
      properties: { ...inputs, phase: "DEDICATED", __provider: "text" },
      reasons: ["pool did not start"],
    });
    expect(server.calls().slice(1)).toEqual([`POST ${POOLS}`, `PUT ${POOLS}/pool-a`]);
  });
});

describe("secretConnectionInputs", () => {
  it("builds one set of secret outputs per connection object, shared by every resource that gets it", () => {
    const connection = {
      endpoint: "https://cmf.example:8080",
      auth: { type: "bearer" as const, token: "t" },
    };
    const first = secretConnectionInputs(connection);
    expect(secretConnectionInputs(connection)).toBe(first);
    expect(secretConnectionInputs({ ...connection })).not.toBe(first);
    expect(pulumi.Output.isInstance((first.auth as { token: unknown }).token)).toBe(true);
  });
});
