/**
 * The CmfSavepoint provider against the OpenAPI-driven CMF emulator: a
 * declared savepoint is taken, read back with its path, and removing it keeps
 * the savepoint (detached) unless disposeOnDelete says otherwise; a savepoint
 * this program did not take is never adopted.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CmfClient, type CmfConnection } from "../../lib/cp/cmf/client";
import { CmfSavepoints } from "../../lib/cp/cmf/client-savepoints";
import { cmfReplaceOnChange } from "../../lib/cp/cmf/replace-on-change";
import {
  cmfSavepointProvider,
  type CmfSavepointInputs,
  type CmfSavepointOutputs,
} from "../../lib/cp/cmf/savepoint";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import { ORDERS_APPLICATION as APP } from "../support/cmf-emulator/fixtures";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { loadSerialized, serializedText } from "../support/serialized-provider";

const provider = cmfSavepointProvider;

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))("CmfSavepoint (emulator)", () => {
  let emu: CmfEmulator;
  let connection: CmfConnection;
  let savepoints: CmfSavepoints;
  const owner = { environment: "prod", application: "orders" };
  const inputs = (over: Partial<CmfSavepointInputs> = {}): CmfSavepointInputs => ({
    connection,
    environment: "prod",
    application: "orders",
    name: "before-v2",
    ...over,
  });

  beforeEach(async () => {
    emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
    connection = { endpoint: emu.url, retries: 0, timeoutMs: 5_000 };
    const client = new CmfClient(connection);
    await client.upsertEnvironment({ name: "prod", kubernetesNamespace: "flink-prod" });
    await client.upsertApplication("prod", APP);
    savepoints = new CmfSavepoints(client);
  });
  afterEach(async () => {
    expect(emu.violations).toEqual([]);
    await emu.close();
  });

  it("takes the savepoint, reads its path back, and on delete detaches it: the savepoint is kept", async () => {
    const created = await provider.create!(inputs({ formatType: "NATIVE" }));
    expect(created.id).toBe("prod/orders/before-v2");
    expect(created.outs).toMatchObject({ name: "before-v2", application: "orders", formatType: "NATIVE" });
    // The emulator's savepoint is PENDING when triggered and COMPLETED one step later.
    const pending = await provider.read!(created.id, created.outs as CmfSavepointOutputs);
    expect(pending.props).toMatchObject({ state: "PENDING", savepointPath: undefined });
    const read = await provider.read!(created.id, created.outs as CmfSavepointOutputs);
    expect(read.props).toMatchObject({
      state: "COMPLETED",
      savepointPath: "s3://cmf-emulator/savepoints/before-v2",
    });

    await provider.delete!(created.id, created.outs as CmfSavepointOutputs);
    expect(await savepoints.list(owner)).toEqual([]);
    expect((await savepoints.listDetached()).map((s) => s.metadata.name)).toEqual(["before-v2"]);
  });

  it("deletes it only with disposeOnDelete", async () => {
    const created = await provider.create!(inputs({ disposeOnDelete: true }));
    await provider.delete!(created.id, created.outs as CmfSavepointOutputs);
    expect(await savepoints.list(owner)).toEqual([]);
    expect(await savepoints.listDetached()).toEqual([]);
  });

  it("never adopts a savepoint of the same name it did not take", async () => {
    await savepoints.create(owner, { name: "before-v2" });
    await expect(provider.create!(inputs())).rejects.toThrow(/already exists/);
    // CMF's refusal, as the emulator records it; nothing else was asked.
    expect(emu.violations.splice(0)).toEqual(["422: Savepoint 'before-v2' already exists"]);
  });

  it("runs standalone from the text Pulumi stores in the state, and still keeps the savepoint on delete", async () => {
    const serialized = loadSerialized<typeof provider>(await serializedText(provider));
    const created = await serialized.create(inputs());
    await serialized.delete!(created.id, created.outs as CmfSavepointOutputs);
    expect((await savepoints.listDetached()).map((s) => s.metadata.name)).toEqual(["before-v2"]);
  });

  it("registers an existing savepoint as a detached one without an owner", async () => {
    const path = "s3://flink/prod/savepoints/savepoint-0a1b2c";
    const created = await provider.create!(inputs({ application: undefined, name: "imported", path }));
    expect(created.id).toBe("prod/detached/imported");
    expect((await savepoints.getDetached("imported"))?.spec.path).toBe(path);
  });
});

describe("CmfSavepoint checks and diff", () => {
  const connection = { endpoint: "http://localhost:8080" };

  it("refuses two owners, a detached savepoint without a path and a bad format", async () => {
    const check = await provider.check!(
      {} as never,
      {
        connection,
        environment: "prod",
        application: "orders",
        statement: "s",
        name: "x",
      } as never,
    );
    expect(check.failures?.map((f) => f.reason)).toEqual([
      'statement: got "s"; allowed: unset when application is set (one owner)',
    ]);
    const detached = await provider.check!(
      {} as never,
      {
        connection,
        environment: "prod",
        name: "imported",
        formatType: "BINARY",
      } as never,
    );
    expect(detached.failures?.map((f) => f.reason)).toEqual([
      'formatType: got "BINARY"; allowed: one of CANONICAL, NATIVE, UNKNOWN',
      "path: got (not set); allowed: the path of an existing savepoint, such as s3://flink/savepoints/savepoint-0a1b2c",
    ]);
  });

  it("a new path is a new savepoint; disposeOnDelete changes in place", async () => {
    const olds = { connection, environment: "prod", application: "orders", name: "x" };
    expect(
      await provider.diff!("prod/orders/x", olds as never, { ...olds, path: "s3://b/sp" } as never),
    ).toEqual({
      changes: true,
      replaces: ["path"],
      deleteBeforeReplace: true,
    });
    expect(
      await provider.diff!("prod/orders/x", olds as never, { ...olds, disposeOnDelete: true } as never),
    ).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(cmfReplaceOnChange.CmfSavepoint).not.toContain("disposeOnDelete");
  });
});
