/**
 * Which of CMF's 64 operations (cmf-2.3.1/openapi.yaml) the library calls:
 * every request-making method of the CMF client (lib/cp/cmf/client*.ts) runs
 * once against the emulator, the operationIds it hit are recorded, and the
 * README's "CMF operations" tables must say exactly that: the used operations
 * with the method or resource that uses each, the rest named as not managed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CmfClient } from "../../lib/cp/cmf/client";
import { CmfKubernetesClusters } from "../../lib/cp/cmf/client-clusters";
import { CmfSavepoints } from "../../lib/cp/cmf/client-savepoints";
import * as sql from "../../lib/cp/cmf/client-sql";
import { buildComputePoolBody } from "../../lib/cp/cmf/bodies";
import * as bodies from "../../lib/cp/cmf/sql-bodies";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import { ORDERS_APPLICATION as APP } from "../support/cmf-emulator/fixtures";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { projectRoot } from "../support/synth";

/** One step of the run: who calls (method, and the resource using it where there is one) and the call. */
type Step = readonly [users: readonly string[], call: (c: Calls) => Promise<unknown>];
interface Calls {
  client: CmfClient;
  savepoints: CmfSavepoints;
  clusters: CmfKubernetesClusters;
}

const POOL = buildComputePoolBody({
  name: "sql",
  type: "DEDICATED",
  clusterSpec: {
    flinkVersion: "v1_19",
    image: "confluentinc/cp-flink-sql:1.19-cp10",
    jobManager: { resource: { cpu: 1, memory: "2048m" } },
    taskManager: { replicas: 1, resource: { cpu: 1, memory: "2048m" } },
  },
});
/** The orders application, asking the operator for the periodic checkpoint the smoke test waits for. */
const CHECKPOINTING_APP = {
  ...APP,
  spec: {
    ...APP.spec,
    flinkConfiguration: {
      ...(APP.spec.flinkConfiguration as Record<string, string> | undefined),
      "kubernetes.operator.periodic.checkpoint.interval": "60s",
      "kubernetes.operator.snapshot.resource.enabled": "false",
    },
  },
};
const SECRET = bodies.buildSecretBody({ name: "kafka", data: { "sasl.jaas.config": "stand-in" } });
const MAPPING = bodies.buildSecretMappingBody({ name: "kafka-connection", secretName: "kafka" });
const CATALOG = bodies.buildKafkaCatalogBody({
  name: "kafka",
  connectionConfig: { "schema.registry.url": "http://schema-registry:8081" },
});
const DATABASE = bodies.buildKafkaDatabaseBody({
  name: "prod",
  catalog: "kafka",
  connectionConfig: { "bootstrap.servers": "kafka:9092" },
  connectionSecretId: "kafka-connection",
});
const statement = (stopped: boolean) =>
  bodies.buildStatementBody({
    name: "insert",
    statement: "INSERT INTO `out` SELECT * FROM `in`;",
    computePoolName: "sql",
    properties: { "sql.current-catalog": "kafka", "sql.current-database": "prod" },
    stopped,
  });

const secret = sql.cmfSecretObject("kafka");
const mapping = sql.cmfSecretMappingObject("prod", "kafka-connection");
const catalog = sql.cmfCatalogObject("kafka");
const database = sql.cmfDatabaseObject("kafka", "prod");
const stmt = sql.cmfStatementObject("prod", "insert");
const app = { environment: "prod", application: "orders" };
const onStatement = { environment: "prod", statement: "insert" };

/** Creates, then reads and updates, then deletes in dependency order, as the resources do. */
const STEPS: readonly Step[] = [
  [
    ["CmfClient.upsertEnvironment", "CmfEnvironment"],
    ({ client }) => client.upsertEnvironment({ name: "prod", kubernetesNamespace: "flink-prod" }),
  ],
  [["CmfClient.getEnvironment", "CmfEnvironment"], ({ client }) => client.getEnvironment("prod")],
  [
    ["CmfClient.upsertApplication", "CmfFlinkApplication"],
    ({ client }) => client.upsertApplication("prod", CHECKPOINTING_APP),
  ],
  [
    ["CmfClient.getApplication", "CmfFlinkApplication"],
    ({ client }) => client.getApplication("prod", "orders"),
  ],
  [
    ["CmfClient.waitForApplicationRunning", "CmfFlinkApplication"],
    ({ client }) =>
      client.waitForApplicationRunning("prod", "orders", { timeoutMs: 2_000, pollIntervalMs: 1 }),
  ],
  [
    ["CmfClient.waitForApplicationCheckpoint", "CmfFlinkApplication"],
    ({ client }) =>
      client.waitForApplicationCheckpoint("prod", "orders", { timeoutMs: 2_000, pollIntervalMs: 1 }),
  ],
  [["CmfClient.suspendApplication"], ({ client }) => client.suspendApplication("prod", "orders")],
  [["CmfClient.startApplication"], ({ client }) => client.startApplication("prod", "orders")],
  [["CmfClient.createComputePool", "CmfComputePool"], ({ client }) => client.createComputePool("prod", POOL)],
  [["CmfClient.upsertComputePool"], ({ client }) => client.upsertComputePool("prod", POOL)],
  [["CmfClient.updateComputePool", "CmfComputePool"], ({ client }) => client.updateComputePool("prod", POOL)],
  [["CmfClient.getComputePool", "CmfComputePool"], ({ client }) => client.getComputePool("prod", "sql")],
  [["createSqlObject", "CmfSecret"], ({ client }) => sql.createSqlObject(client, secret, SECRET)],
  [
    ["createSqlObject", "CmfEnvironmentSecretMapping"],
    ({ client }) => sql.createSqlObject(client, mapping, MAPPING),
  ],
  [["createSqlObject", "CmfKafkaCatalog"], ({ client }) => sql.createSqlObject(client, catalog, CATALOG)],
  [["createSqlObject", "CmfKafkaDatabase"], ({ client }) => sql.createSqlObject(client, database, DATABASE)],
  [["createSqlObject", "CmfStatement"], ({ client }) => sql.createSqlObject(client, stmt, statement(false))],
  [["updateSqlObject", "CmfSecret"], ({ client }) => sql.updateSqlObject(client, secret, SECRET)],
  [
    ["updateSqlObject", "CmfEnvironmentSecretMapping"],
    ({ client }) => sql.updateSqlObject(client, mapping, MAPPING),
  ],
  [["updateSqlObject", "CmfKafkaCatalog"], ({ client }) => sql.updateSqlObject(client, catalog, CATALOG)],
  [["updateSqlObject", "CmfKafkaDatabase"], ({ client }) => sql.updateSqlObject(client, database, DATABASE)],
  [["getSqlObject", "CmfSecret"], ({ client }) => sql.getSqlObject(client, secret)],
  [["getSqlObject", "CmfEnvironmentSecretMapping"], ({ client }) => sql.getSqlObject(client, mapping)],
  [["getSqlObject", "CmfKafkaCatalog"], ({ client }) => sql.getSqlObject(client, catalog)],
  [["getSqlObject", "CmfKafkaDatabase"], ({ client }) => sql.getSqlObject(client, database)],
  [["getSqlObject", "CmfStatement"], ({ client }) => sql.getSqlObject(client, stmt)],
  [
    ["waitForStatement", "CmfStatement"],
    ({ client }) => sql.waitForStatement(client, "prod", "insert", { timeoutMs: 2_000, pollIntervalMs: 1 }),
  ],
  [
    ["statementExceptions", "CmfStatement"],
    ({ client }) => sql.statementExceptions(client, "prod", "insert"),
  ],
  [["CmfSavepoints.create"], ({ savepoints }) => savepoints.create(app, { name: "nightly" })],
  [["CmfSavepoints.create"], ({ savepoints }) => savepoints.create(onStatement, { name: "nightly" })],
  [["CmfSavepoints.list"], ({ savepoints }) => savepoints.list(app)],
  [["CmfSavepoints.list"], ({ savepoints }) => savepoints.list(onStatement)],
  [["CmfSavepoints.get"], ({ savepoints }) => savepoints.get(app, "nightly")],
  [["CmfSavepoints.get"], ({ savepoints }) => savepoints.get(onStatement, "nightly")],
  [["CmfSavepoints.delete"], ({ savepoints }) => savepoints.delete(onStatement, "nightly")],
  [["CmfSavepoints.detach"], ({ savepoints }) => savepoints.detach("prod", "orders", "nightly")],
  [
    ["CmfSavepoints.createDetached"],
    ({ savepoints }) => savepoints.createDetached({ name: "golden", path: "s3://flink/savepoints/sp-0a1b" }),
  ],
  [["CmfSavepoints.listDetached"], ({ savepoints }) => savepoints.listDetached()],
  [["CmfSavepoints.getDetached"], ({ savepoints }) => savepoints.getDetached("golden")],
  [["CmfSavepoints.deleteDetached"], ({ savepoints }) => savepoints.deleteDetached("golden")],
  [["CmfSavepoints.deleteDetached"], ({ savepoints }) => savepoints.deleteDetached("nightly")],
  [["CmfSavepoints.create"], ({ savepoints }) => savepoints.create(app, { name: "pre-delete" })],
  [["CmfSavepoints.delete"], ({ savepoints }) => savepoints.delete(app, "pre-delete")],
  [["CmfKubernetesClusters.list", "CmfKubernetesCluster"], ({ clusters }) => clusters.list()],
  [["CmfKubernetesClusters.get", "CmfKubernetesCluster"], ({ clusters }) => clusters.get("eu-west")],
  [
    ["CmfKubernetesClusters.update", "CmfKubernetesCluster"],
    ({ clusters }) => clusters.update({ name: "eu-west", labels: { region: "europe-west1" } }),
  ],
  [["updateSqlObject", "CmfStatement"], ({ client }) => sql.updateSqlObject(client, stmt, statement(true))],
  [["deleteSqlObject", "CmfStatement"], ({ client }) => sql.deleteSqlObject(client, stmt)],
  [["deleteSqlObject", "CmfKafkaDatabase"], ({ client }) => sql.deleteSqlObject(client, database)],
  [["deleteSqlObject", "CmfKafkaCatalog"], ({ client }) => sql.deleteSqlObject(client, catalog)],
  [["deleteSqlObject", "CmfEnvironmentSecretMapping"], ({ client }) => sql.deleteSqlObject(client, mapping)],
  [["deleteSqlObject", "CmfSecret"], ({ client }) => sql.deleteSqlObject(client, secret)],
  [
    ["CmfClient.deleteComputePool", "CmfComputePool"],
    ({ client }) => client.deleteComputePool("prod", "sql"),
  ],
  [
    ["CmfClient.deleteApplication", "CmfFlinkApplication"],
    ({ client }) => client.deleteApplication("prod", "orders"),
  ],
  [["CmfClient.deleteEnvironment", "CmfEnvironment"], ({ client }) => client.deleteEnvironment("prod")],
];

/**
 * Members of the client classes that send no request of their own (plumbing
 * the methods above go through), and the client-sql exports that are not calls.
 */
const PLUMBING = [
  "CmfClient.constructor",
  "CmfClient.pathFor",
  "CmfClient.quoteText",
  "CmfClient.request",
  "CmfClient.getOrUndefined",
  "CmfClient.deleteOrFalse",
  "CmfClient.sendDocument",
  "CmfClient.document",
  "CmfClient.unlessNotFound",
  "CmfClient.appPath",
  "CmfClient.poolPath",
  "CmfClient.action",
  "CmfSavepoints.constructor",
  "CmfKubernetesClusters.constructor",
];

interface Row {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly note: string;
}

/** The rows of the two tables under README "### CMF operations": used, then not managed. */
function readmeTables(): { used: Row[]; notManaged: Row[] } {
  const readme = fs.readFileSync(path.join(projectRoot, "README.md"), "utf8");
  const start = readme.indexOf("\n### CMF operations\n");
  if (start < 0) throw new Error('README.md has no "### CMF operations" section');
  const section = readme.slice(start + 1).split(/\n#{2,3} /)[0];
  const tables = section.split(/\n\n+/).filter((block) => block.trimStart().startsWith("| Method"));
  const rows = (table: string): Row[] =>
    table
      .trim()
      .split("\n")
      .slice(2)
      .map((line) => {
        const [method, p, operationId, note] = line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim());
        return { method, path: p.replace(/`/g, ""), operationId: operationId.replace(/`/g, ""), note };
      });
  if (tables.length !== 2) throw new Error(`README "### CMF operations" has ${tables.length} tables, not 2`);
  return { used: rows(tables[0]), notManaged: rows(tables[1]) };
}

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))("CMF operations the library uses", () => {
  let emu: CmfEmulator;
  /** operationId to the users of every step that hit it. */
  const usedBy = new Map<string, Set<string>>();

  beforeAll(async () => {
    emu = await startFakeCmf({ openApiPath: cmfOpenApiPath, kubernetesClusters: ["eu-west"] });
    const client = new CmfClient({ endpoint: emu.url, retries: 0, timeoutMs: 5_000 });
    const calls = {
      client,
      savepoints: new CmfSavepoints(client),
      clusters: new CmfKubernetesClusters(client),
    };
    for (const [users, call] of STEPS) {
      const from = emu.requests.length;
      await call(calls);
      for (const r of emu.requests.slice(from)) {
        const id = r.operationId ?? `unknown ${r.method} ${r.path}`;
        for (const user of users) usedBy.set(id, new Set([...(usedBy.get(id) ?? []), user]));
      }
    }
  });

  afterAll(async () => {
    await emu.close();
  });

  it("runs every request-making client method, CMF-conformant, and leaves CMF empty", () => {
    const members = [
      ...Object.getOwnPropertyNames(CmfClient.prototype).map((m) => `CmfClient.${m}`),
      ...Object.getOwnPropertyNames(CmfSavepoints.prototype).map((m) => `CmfSavepoints.${m}`),
      ...Object.getOwnPropertyNames(CmfKubernetesClusters.prototype).map((m) => `CmfKubernetesClusters.${m}`),
      ...["createSqlObject", "updateSqlObject", "getSqlObject", "deleteSqlObject"],
      ...["statementExceptions", "waitForStatement"],
    ];
    const exercised = new Set(STEPS.flatMap(([users]) => users[0]));
    expect(members.filter((m) => !PLUMBING.includes(m) && !exercised.has(m))).toEqual([]);
    expect(emu.violations).toEqual([]);
    expect(emu.inventory()).toEqual({});
  });

  it("README lists exactly the operations used, each with its users, and the rest as not managed", () => {
    const operations = emu.validator.operations;
    const { used, notManaged } = readmeTables();
    const recorded = [...usedBy.keys()].sort();
    expect(used.map((r) => r.operationId).sort()).toEqual(recorded);
    expect([...used, ...notManaged].map((r) => r.operationId).sort()).toEqual(
      operations.map((o) => o.operationId).sort(),
    );
    for (const row of [...used, ...notManaged]) {
      const op = operations.find((o) => o.operationId === row.operationId)!;
      expect([row.operationId, row.method, row.path]).toEqual([
        op.operationId,
        op.method.toUpperCase(),
        op.template,
      ]);
      expect(row.note, row.operationId).not.toBe("");
    }
    for (const row of used)
      expect(row.note, row.operationId).toSatisfy((note: string) =>
        [...usedBy.get(row.operationId)!].every((u) => note.includes(`\`${u}\``)),
      );
    expect([used.length, notManaged.length]).toEqual([49, 15]);
  });
});
