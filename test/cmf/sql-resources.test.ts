/**
 * The Flink SQL providers (secrets, secret mappings, Kafka catalogs and
 * databases, statements) against the OpenAPI-driven CMF emulator: create,
 * a SQL change as a new version (old one stopped and deleted after the new
 * one runs), stop/resume, FAILED with the exceptions text, delete.
 */
import type * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { versionStatement } from "../../lib/core/statements";
import type { CmfConnection } from "../../lib/cp/cmf/client";
import { cmfComputePoolProvider } from "../../lib/cp/cmf/compute-pool";
import { cmfEnvironmentProvider } from "../../lib/cp/cmf/environment";
import { cmfKafkaCatalogProvider, type CmfKafkaCatalogInputs } from "../../lib/cp/cmf/kafka-catalog";
import { cmfKafkaDatabaseProvider, type CmfKafkaDatabaseInputs } from "../../lib/cp/cmf/kafka-database";
import { cmfSecretProvider, type CmfSecretInputs } from "../../lib/cp/cmf/secret";
import { cmfSecretMappingProvider, type CmfSecretMappingInputs } from "../../lib/cp/cmf/secret-mapping";
import { cmfStatementProvider, type CmfStatementInputs } from "../../lib/cp/cmf/statement";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import { cmfOpenApiPath, haveReference } from "../support/reference";

type Provider<I, O> = pulumi.dynamic.ResourceProvider<I, O>;

/** The provider methods are optional in Pulumi's type; these tests need them all. */
function methods<I, O>(provider: Provider<I, O>) {
  const { diff, read, update, delete: remove } = provider;
  if (!diff || !read || !update || !remove) throw new Error("provider lacks a method");
  return { diff, create: provider.create, read, update, delete: remove };
}

const secret = methods(cmfSecretProvider);
const mapping = methods(cmfSecretMappingProvider);
const catalog = methods(cmfKafkaCatalogProvider);
const database = methods(cmfKafkaDatabaseProvider);
const statement = methods(cmfStatementProvider);

const SQL_V1 = "INSERT INTO orders_eu SELECT * FROM orders WHERE region = 'eu';";
const SQL_V2 = "INSERT INTO orders_eu SELECT * FROM orders WHERE region IN ('eu', 'uk');";

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))("CMF SQL resources against the emulator", () => {
  let emu: CmfEmulator;
  let connection: CmfConnection;
  beforeEach(async () => {
    emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
    connection = { endpoint: emu.url, retries: 0, timeoutMs: 5_000 };
  });
  afterEach(async () => {
    await emu.close();
  });

  const secretInputs = (): CmfSecretInputs => ({
    connection,
    name: "kafka-credentials",
    data: { "sasl.jaas.config": "CANARY-jaas-7f3a9c" },
  });
  const mappingInputs = (): CmfSecretMappingInputs => ({
    connection,
    environment: "staging-flink",
    name: "kafka-connection",
    secretName: "kafka-credentials",
  });
  const catalogInputs = (): CmfKafkaCatalogInputs => ({
    connection,
    name: "kafka-cat",
    connectionConfig: { "schema.registry.url": "http://sr.confluent.svc:8081" },
  });
  const databaseInputs = (): CmfKafkaDatabaseInputs => ({
    connection,
    catalog: "kafka-cat",
    name: "orders",
    connectionConfig: { "bootstrap.servers": "kafka.confluent.svc:9092" },
    connectionSecretId: "kafka-connection",
  });
  const statementInputs = (sql: string, extra: Partial<CmfStatementInputs> = {}): CmfStatementInputs => {
    const v = versionStatement({ name: "orders-eu", sql });
    return {
      connection,
      environment: "staging-flink",
      name: v.statementName,
      statement: v.statement,
      computePoolName: "sql",
      properties: { "sql.current-catalog": "kafka-cat", "sql.current-database": "orders" },
      stopped: false,
      pollIntervalMs: 1,
      waitTimeoutMs: 5_000,
      ...extra,
    };
  };

  /** The environment, pool, secret, mapping, catalog and database a statement needs, created by their providers. */
  async function sqlSetup(): Promise<void> {
    await cmfEnvironmentProvider.create({ connection, name: "staging-flink", kubernetesNamespace: "flink" });
    await cmfComputePoolProvider.create({
      connection,
      environment: "staging-flink",
      name: "sql",
      type: "DEDICATED",
      clusterSpec: { flinkVersion: "v1_19", image: "confluentinc/cp-flink-sql:1.19-cp10" },
    });
    await secret.create(secretInputs());
    await mapping.create(mappingInputs());
    await catalog.create(catalogInputs());
    await database.create(databaseInputs());
  }

  it("creates each SQL object once, reads it back without drift, and never sees the secret's value again", async () => {
    await sqlSetup();
    const created = await statement.create(statementInputs(SQL_V1));
    expect(created.id).toBe(
      `staging-flink/${versionStatement({ name: "orders-eu", sql: SQL_V1 }).statementName}`,
    );
    expect(created.outs).toMatchObject({ phase: "RUNNING", stopped: false });
    expect(emu.inventory()).toEqual({
      environments: ["staging-flink"],
      computePools: ["staging-flink/sql"],
      secrets: ["kafka-credentials"],
      secretMappings: ["staging-flink/kafka-connection"],
      catalogs: ["kafka-cat"],
      databases: ["kafka-cat/orders"],
      statements: [created.id],
    });
    // Refresh: declared values stay (no drift); the secret keeps its declared data, CMF never returns it.
    const readSecret = await secret.read("kafka-credentials", secretInputs());
    expect(readSecret.props).toMatchObject({
      data: { "sasl.jaas.config": "CANARY-jaas-7f3a9c" },
      version: "1",
    });
    const readDb = await database.read("kafka-cat/orders", databaseInputs());
    expect(readDb.props).toMatchObject(databaseInputs());
    const responses = emu.requests.map((r) => JSON.stringify(r)).join("\n");
    expect(responses.includes("CANARY-jaas-7f3a9c")).toBe(true); // sent once, in the POST body
    expect(emu.requests.filter((r) => JSON.stringify(r).includes("CANARY")).map((r) => r.method)).toEqual([
      "POST",
    ]);
    expect(emu.violations).toEqual([]);
  });

  it("GIVEN a SQL change THEN the new version runs first, then the old one is stopped and deleted", async () => {
    await sqlSetup();
    const v1 = statementInputs(SQL_V1);
    const v2 = statementInputs(SQL_V2);
    const old = await statement.create(v1);
    const diff = await statement.diff(old.id, { ...v1, phase: "RUNNING" }, v2);
    // A new versioned name: Pulumi creates the replacement before deleting the old one.
    expect(diff).toEqual({ changes: true, replaces: ["name", "statement"], deleteBeforeReplace: false });
    const before = emu.requests.length;
    const replacement = await statement.create(v2);
    expect(replacement.outs).toMatchObject({ name: v2.name, phase: "RUNNING" });
    await statement.delete(old.id, v1);
    const oldPath = `/cmf/api/v1/environments/staging-flink/statements/${v1.name}`;
    const newPath = `/cmf/api/v1/environments/staging-flink/statements/${v2.name}`;
    const writes = emu
      .calls()
      .slice(before)
      .filter((c) => !c.startsWith("GET"));
    expect(writes).toEqual([
      "POST /cmf/api/v1/environments/staging-flink/statements",
      `PUT ${oldPath}`,
      `DELETE ${oldPath}`,
    ]);
    expect(emu.calls().slice(before)).toContain(`GET ${newPath}`);
    expect(emu.inventory().statements).toEqual([`staging-flink/${v2.name}`]);
    expect(emu.violations).toEqual([]);
  });

  it("GIVEN a new version with startFromSavepoint THEN it is created stopped, then started from it by an update", async () => {
    await sqlSetup();
    const path = "s3://flink/savepoints/savepoint-0a1b2c";
    const start = { initialSavepointPath: path, allowNonRestoredState: true };
    const v2 = statementInputs(SQL_V2, { startFromSavepoint: start });
    const before = emu.requests.length;
    const created = await statement.create(v2);
    expect(created.outs).toMatchObject({ phase: "RUNNING", stopped: false, startFromSavepoint: start });
    const writes = emu.requests.slice(before).filter((r) => r.method !== "GET");
    const specs = writes.map((r) => {
      const { stopped, startFromSavepoint } = (r.body as { spec: Record<string, unknown> }).spec;
      return [r.method, stopped, startFromSavepoint];
    });
    expect(specs).toEqual([
      ["POST", true, undefined],
      ["PUT", false, start],
    ]);
    expect(emu.state.statements.get(created.id)).toMatchObject({ phase: "RUNNING", startedFrom: path });
    expect(emu.violations).toEqual([]);
  });

  it("GIVEN a running statement and a new savepointRedeployNonce THEN an in-place update redeploys it from the savepoint", async () => {
    await sqlSetup();
    const running = statementInputs(SQL_V1);
    const { id } = await statement.create(running);
    const path = "s3://flink/savepoints/savepoint-0a1b2c";
    const redeploy = {
      ...running,
      startFromSavepoint: { initialSavepointPath: path, savepointRedeployNonce: 1 },
    };
    expect(await statement.diff(id, running, redeploy)).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect((await statement.update(id, running, redeploy)).outs).toMatchObject({ phase: "RUNNING" });
    expect(emu.state.statements.get(id)).toMatchObject({ startedFrom: path });
    expect(emu.violations).toEqual([]);
  });

  it("stops and resumes a statement in place with stopped", async () => {
    await sqlSetup();
    const running = statementInputs(SQL_V1);
    const { id } = await statement.create(running);
    const stoppedInputs = { ...running, stopped: true };
    expect(await statement.diff(id, running, stoppedInputs)).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect((await statement.update(id, running, stoppedInputs)).outs).toMatchObject({ phase: "STOPPED" });
    expect((await statement.update(id, stoppedInputs, running)).outs).toMatchObject({ phase: "RUNNING" });
    expect(emu.violations).toEqual([]);
  });

  it("GIVEN a statement that FAILS THEN up fails with the text of its exceptions and keeps it in the state", async () => {
    await sqlSetup();
    const broken = statementInputs(SQL_V1);
    emu.scriptStatement("staging-flink", broken.name, {
      outcome: "FAILED",
      exceptions: ["Table 'orders_eu' not found"],
    });
    const error = await statement.create(broken).then(
      () => undefined,
      (err: unknown) => err as { message: string; id: string },
    );
    expect(error?.message).toBe(
      `CMF statement staging-flink/${broken.name} FAILED; exceptions: Table 'orders_eu' not found`,
    );
    expect(error?.id).toBe(`staging-flink/${broken.name}`);
    expect(emu.violations).toEqual([]);
  });

  it("deletes everything in dependency order and leaves nothing behind", async () => {
    await sqlSetup();
    const s = statementInputs(SQL_V1);
    const { id } = await statement.create(s);
    await statement.delete(id, s);
    await database.delete("kafka-cat/orders", databaseInputs());
    await catalog.delete("kafka-cat", catalogInputs());
    await mapping.delete("staging-flink/kafka-connection", mappingInputs());
    await secret.delete("kafka-credentials", secretInputs());
    await cmfComputePoolProvider.delete!("staging-flink/sql", {
      connection,
      environment: "staging-flink",
      name: "sql",
      type: "DEDICATED",
      clusterSpec: {},
    });
    await cmfEnvironmentProvider.delete!("staging-flink", {
      connection,
      name: "staging-flink",
      kubernetesNamespace: "flink",
    });
    expect(emu.inventory()).toEqual({});
    // Gone already: a second delete is no error, a refresh drops it from the state.
    await secret.delete("kafka-credentials", secretInputs());
    expect(await secret.read("kafka-credentials", secretInputs())).toEqual({ id: "" });
    expect(emu.violations).toEqual([]);
  });

  it("GIVEN a secret left behind by an interrupted run THEN create adopts it (409, then PUT)", async () => {
    await cmfEnvironmentProvider.create({ connection, name: "staging-flink", kubernetesNamespace: "flink" });
    await secret.create(secretInputs());
    const again = await secret.create(secretInputs());
    expect(again.outs).toMatchObject({ name: "kafka-credentials", version: "2" });
    expect(emu.calls().filter((c) => c.includes("/secrets"))).toEqual([
      "POST /cmf/api/v1/secrets",
      "POST /cmf/api/v1/secrets",
      "PUT /cmf/api/v1/secrets/kafka-credentials",
    ]);
  });
});
