/**
 * The CMF emulator's Flink SQL objects: secrets, secret mappings, Kafka
 * catalogs and databases, statements (lifecycle, stop/resume, references)
 * and statement savepoints.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import { call, doc, savepointDoc } from "../support/cmf-emulator/http";
import { cmfOpenApiPath, haveReference } from "../support/reference";

const POOL_SPEC = {
  type: "DEDICATED",
  clusterSpec: { flinkVersion: "v1_19", image: "confluentinc/cp-flink-sql:1.19-cp5" },
};
const CATALOG = {
  srInstance: {
    connectionConfig: { "schema.registry.url": "http://sr:8081" },
    connectionSecretId: "sr-creds",
  },
};
const DATABASE = {
  kafkaCluster: {
    connectionConfig: { "bootstrap.servers": "kafka:9092" },
    connectionSecretId: "kafka-creds",
  },
};
const INSERT = "INSERT INTO orders_eu SELECT * FROM orders WHERE region = 'eu';";
const errors = (message: string) => ({ errors: [{ message }] });

function statement(sql: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    statement: sql,
    computePoolName: "pool",
    properties: { "sql.current-catalog": "sales", "sql.current-database": "orders" },
    ...extra,
  };
}

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))("CMF emulator: SQL objects", () => {
  let emu: CmfEmulator;
  beforeEach(async () => {
    emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
  });
  afterEach(async () => {
    await emu.close();
  });

  /** Environment prod with a pool, both secrets mapped, the catalog and its database. */
  async function sqlSetup(): Promise<void> {
    await call(emu, "POST", "/environments", { name: "prod", kubernetesNamespace: "flink-prod" });
    await call(emu, "POST", "/environments/prod/compute-pools", doc("ComputePool", "pool", POOL_SPEC));
    for (const id of ["sr-creds", "kafka-creds"]) {
      await call(
        emu,
        "POST",
        "/secrets",
        doc("Secret", id, { data: { "sasl.jaas.config": "secret-value" } }),
      );
      await call(
        emu,
        "POST",
        "/environments/prod/secret-mappings",
        doc("EnvironmentSecretMapping", id, { secretName: id }),
      );
    }
    await call(emu, "POST", "/catalogs/kafka", doc("KafkaCatalog", "sales", CATALOG));
    await call(emu, "POST", "/catalogs/kafka/sales/databases", doc("KafkaDatabase", "orders", DATABASE));
  }

  it("never returns a secret's value; 409 on a second create; PUT bumps the version", async () => {
    const created = await call(
      emu,
      "POST",
      "/secrets",
      doc("Secret", "creds", { data: { password: "hunter2" } }),
    );
    expect(created).toMatchObject({
      status: 200,
      body: { spec: { data: { password: "********" } }, status: { version: "1" } },
    });
    expect(JSON.stringify(await call(emu, "GET", "/secrets"))).not.toContain("hunter2");
    expect(JSON.stringify(await call(emu, "GET", "/secrets/creds"))).not.toContain("hunter2");
    expect(await call(emu, "POST", "/secrets", doc("Secret", "creds", { data: {} }))).toEqual({
      status: 409,
      body: errors("Secret 'creds' already exists"),
    });
    const updated = await call(
      emu,
      "PUT",
      "/secrets/creds",
      doc("Secret", "creds", { data: { password: "hunter3" } }),
    );
    expect(updated.body).toMatchObject({ status: { version: "2" } });
    expect((await call(emu, "DELETE", "/secrets/creds")).status).toBe(204);
    expect(await call(emu, "GET", "/secrets/creds")).toEqual({
      status: 404,
      body: errors("Secret 'creds' not found"),
    });
    expect(emu.violations).toEqual([]);
  });

  it("maps only an existing secret into an existing environment, and shows it in Environment.secrets", async () => {
    const mapping = doc("EnvironmentSecretMapping", "kafka-creds", { secretName: "creds" });
    expect((await call(emu, "POST", "/environments/prod/secret-mappings", mapping)).status).toBe(404);
    await call(emu, "POST", "/environments", { name: "prod", kubernetesNamespace: "flink-prod" });
    expect((await call(emu, "POST", "/environments/prod/secret-mappings", mapping)).status).toBe(400);
    await call(emu, "POST", "/secrets", doc("Secret", "creds", { data: { a: "b" } }));
    expect((await call(emu, "POST", "/environments/prod/secret-mappings", mapping)).status).toBe(200);
    expect((await call(emu, "POST", "/environments/prod/secret-mappings", mapping)).status).toBe(409);
    expect((await call(emu, "GET", "/environments/prod")).body).toMatchObject({
      secrets: { "kafka-creds": "creds" },
    });
    expect((await call(emu, "GET", "/secrets/creds")).body).toMatchObject({
      status: { environments: ["prod"] },
    });
    expect(emu.violations).toEqual(["400: spec.secretName 'creds' names no existing secret"]);
  });

  it("accepts a database only with a mapped connection secret; a catalog with databases cannot be deleted", async () => {
    await call(emu, "POST", "/environments", { name: "prod", kubernetesNamespace: "flink-prod" });
    await call(emu, "POST", "/catalogs/kafka", doc("KafkaCatalog", "sales", CATALOG));
    expect(
      await call(emu, "POST", "/catalogs/kafka/sales/databases", doc("KafkaDatabase", "orders", DATABASE)),
    ).toEqual({
      status: 422,
      body: errors("kafkaCluster.connectionSecretId 'kafka-creds' is not mapped into any environment"),
    });
    await call(emu, "POST", "/secrets", doc("Secret", "kafka-creds", { data: { a: "b" } }));
    await call(
      emu,
      "POST",
      "/environments/prod/secret-mappings",
      doc("EnvironmentSecretMapping", "kafka-creds", { secretName: "kafka-creds" }),
    );
    const created = await call(
      emu,
      "POST",
      "/catalogs/kafka/sales/databases",
      doc("KafkaDatabase", "orders", DATABASE),
    );
    expect(created).toMatchObject({ status: 200, body: { status: { environmentsWithAccess: ["prod"] } } });
    expect(await call(emu, "DELETE", "/catalogs/kafka/sales")).toEqual({
      status: 409,
      body: errors("Kafka Catalog 'sales' contains databases orders"),
    });
    expect((await call(emu, "DELETE", "/catalogs/kafka/sales/databases/orders")).status).toBe(204);
    expect((await call(emu, "DELETE", "/catalogs/kafka/sales")).status).toBe(204);
    expect(emu.violations).toEqual([
      "422: kafkaCluster.connectionSecretId 'kafka-creds' is not mapped into any environment",
    ]);
  });

  it("rejects statements naming a missing pool, catalog or database, or an unmapped secret", async () => {
    await sqlSetup();
    const post = (name: string, spec: Record<string, unknown>) =>
      call(emu, "POST", "/environments/prod/statements", doc("Statement", name, spec));
    expect((await post("a", statement(INSERT, { computePoolName: "nope" }))).status).toBe(422);
    expect(
      (await post("b", statement(INSERT, { properties: { "sql.current-catalog": "nope" } }))).status,
    ).toBe(422);
    expect(
      (
        await post(
          "c",
          statement(INSERT, {
            properties: { "sql.current-catalog": "sales", "sql.current-database": "nope" },
          }),
        )
      ).status,
    ).toBe(422);
    await call(emu, "DELETE", "/environments/prod/secret-mappings/kafka-creds");
    expect((await post("d", statement(INSERT))).status).toBe(422);
    expect(emu.violations).toEqual([
      "422: Compute pool 'nope' does not exist in environment 'prod'",
      "422: Catalog 'nope' does not exist",
      "422: Database 'nope' does not exist in catalog 'sales'",
      "422: database 'orders' uses connectionSecretId 'kafka-creds', which is not mapped into environment 'prod'",
    ]);
  });

  it("runs statements PENDING -> RUNNING, DDL to COMPLETED, scripted failures to FAILED with exceptions", async () => {
    await sqlSetup();
    emu.state.stepping = "manual";
    emu.scriptStatement("prod", "broken", { outcome: "FAILED", exceptions: ["Table 'orders_eu' not found"] });
    for (const [name, sql] of [
      ["insert", INSERT],
      ["ddl", "CREATE TABLE t (id INT);"],
      ["broken", INSERT],
    ]) {
      expect(
        (await call(emu, "POST", "/environments/prod/statements", doc("Statement", name, statement(sql))))
          .body,
      ).toMatchObject({
        status: { phase: "PENDING" },
      });
    }
    expect(
      (
        await call(
          emu,
          "POST",
          "/environments/prod/statements",
          doc("Statement", "insert", statement(INSERT)),
        )
      ).status,
    ).toBe(409);
    emu.step();
    const phases = (await call(emu, "GET", "/environments/prod/statements")).body as {
      items: { metadata: { name: string }; status: { phase: string } }[];
    };
    expect(phases.items.map((s) => `${s.metadata.name}=${s.status.phase}`)).toEqual([
      "insert=RUNNING",
      "ddl=COMPLETED",
      "broken=FAILED",
    ]);
    const exceptions = await call(emu, "GET", "/environments/prod/statements/broken/exceptions");
    expect(exceptions.body).toMatchObject({
      kind: "StatementExceptionList",
      data: [{ message: "Table 'orders_eu' not found" }],
    });
    expect(emu.violations).toEqual([]);
  });

  it("stops and resumes with spec.stopped, refuses a SQL change, and keeps its pool while used", async () => {
    await sqlSetup();
    const path = "/environments/prod/statements/insert";
    await call(emu, "POST", "/environments/prod/statements", doc("Statement", "insert", statement(INSERT)));
    await call(emu, "GET", path);
    expect((await call(emu, "GET", path)).body).toMatchObject({ status: { phase: "RUNNING" } });
    const resized = doc("ComputePool", "pool", {
      ...POOL_SPEC,
      clusterSpec: { ...POOL_SPEC.clusterSpec, taskManager: { replicas: 2 } },
    });
    expect(await call(emu, "PUT", "/environments/prod/compute-pools/pool", resized)).toEqual({
      status: 409,
      body: errors("Compute pool 'pool' cannot be updated: statements insert are running"),
    });
    expect(
      await call(emu, "PUT", path, doc("Statement", "insert", statement(INSERT, { stopped: true }))),
    ).toEqual({ status: 200, body: undefined });
    expect((await call(emu, "GET", path)).body).toMatchObject({ status: { phase: "STOPPED" } });
    expect((await call(emu, "PUT", "/environments/prod/compute-pools/pool", resized)).status).toBe(200);
    await call(emu, "PUT", path, doc("Statement", "insert", statement(INSERT, { stopped: false })));
    expect((await call(emu, "GET", path)).body).toMatchObject({ status: { phase: "PENDING" } });
    expect((await call(emu, "GET", path)).body).toMatchObject({ status: { phase: "RUNNING" } });
    expect(
      (await call(emu, "PUT", path, doc("Statement", "insert", statement("INSERT INTO x SELECT 1;")))).status,
    ).toBe(422);
    expect(await call(emu, "DELETE", "/environments/prod/compute-pools/pool")).toEqual({
      status: 409,
      body: errors("Compute pool 'pool' is in use by statements insert"),
    });
    expect(emu.violations).toEqual([
      "422: Statement 'insert': spec.statement cannot be changed; create a new statement",
    ]);
  });

  it("takes statement savepoints, and leaves nothing once everything is deleted in dependency order", async () => {
    await sqlSetup();
    await call(emu, "POST", "/environments/prod/statements", doc("Statement", "insert", statement(INSERT)));
    const sp = savepointDoc("before-change");
    expect((await call(emu, "POST", "/environments/prod/statements/insert/savepoints", sp)).status).toBe(201);
    expect((await call(emu, "GET", "/environments/prod/statements/insert/savepoints")).body).toMatchObject({
      metadata: { size: 1 },
    });
    for (const path of [
      "/environments/prod/statements/insert",
      "/environments/prod/compute-pools/pool",
      "/catalogs/kafka/sales/databases/orders",
      "/catalogs/kafka/sales",
      "/environments/prod/secret-mappings/sr-creds",
      "/environments/prod/secret-mappings/kafka-creds",
      "/secrets/sr-creds",
      "/secrets/kafka-creds",
      "/environments/prod",
    ])
      expect([path, (await call(emu, "DELETE", path)).status]).toEqual([path, 204]);
    expect(emu.inventory()).toEqual({});
    expect(emu.violations).toEqual([]);
  });
});
