import { describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import type { ConfluentCloudFlinkArgs } from "../../lib/cloud/platform";
import { fakeOrganizationCrn, fakeOrganizationId } from "../../lib/plan/fakes/cloud";
import { planStatement } from "../../lib/cloud/statements";
import { RecordedResource, T, isSecretValue, plain, valueOf, useCloudMocks } from "../support/cloud-mocks";
import { configErrorOf } from "../support/errors";

const suite = useCloudMocks(() => import("../../lib/cloud/platform"));

const credentials = { cloudApiKey: "CLOUDKEY", cloudApiSecret: "cloud-secret" };

const typeAndName = (r: RecordedResource) => `${r.type} ${r.name}`;
const inputsOf = (r: RecordedResource) => plain(r.inputs) as Record<string, unknown>;
const bindingsOf = () =>
  suite.mocks.ofType(T.RoleBinding).map((r) => ({
    name: r.name,
    ...(inputsOf(r) as { principal: string; roleName: string; crnPattern: string }),
  }));

/**
 * The cookbook bring-up this mirrors (Terraform, abridged):
 *
 *   resource "confluent_environment" "staging" {
 *     display_name = "Staging"
 *     stream_governance { package = "ESSENTIALS" }
 *   }
 *   resource "confluent_service_account" "app-manager-flink" { display_name = "app-manager-flink" }
 *   resource "confluent_role_binding" "app-manager-flink-developer" {
 *     principal   = "User:${confluent_service_account.app-manager-flink.id}"
 *     role_name   = "FlinkDeveloper"
 *     crn_pattern = confluent_environment.staging.resource_name
 *   }
 *   data "confluent_flink_region" "region" { cloud = "AWS", region = "us-east-1" }
 *   resource "confluent_api_key" "app-manager-flink-api-key" {
 *     owner { id = sa.id, api_version = sa.api_version, kind = sa.kind }
 *     managed_resource {
 *       id = data.confluent_flink_region.region.id, api_version = ..., kind = ...
 *       environment { id = confluent_environment.staging.id }
 *     }
 *   }
 *   resource "confluent_flink_compute_pool" "pool1" { ..., max_cfu = 50 }
 *   resource "confluent_flink_compute_pool" "pool2" { ..., max_cfu = 50 }
 */
const parityArgs: ConfluentCloudFlinkArgs = {
  ...credentials,
  environment: { displayName: "Staging", streamGovernance: "ESSENTIALS" },
  cloud: "AWS",
  region: "us-east-1",
  pools: [
    { name: "pool1", maxCfu: 50 },
    { name: "pool2", maxCfu: 50 },
  ],
};

describe("ConfluentCloudFlink: parity with the cookbook Terraform", () => {
  it("produces exactly the environment, Flink SA, FlinkDeveloper binding, Flink API key and two pools", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink("cc", parityArgs);
    await suite.mocks.settle();

    expect(suite.mocks.resources.map(typeAndName).sort()).toEqual(
      [
        `${T.ConfluentCloudFlink} cc`,
        `${T.Provider} cc-provider`,
        `${T.Environment} cc-env`,
        `${T.ServiceAccount} cc-runner-sa`,
        `${T.RoleBinding} cc-runner-flink-role`,
        `${T.ApiKey} cc-flink-api-key`,
        `${T.ComputePool} cc-pool-pool1`,
        `${T.FlinkComputePool} cc-pool-pool1`,
        `${T.ComputePool} cc-pool-pool2`,
        `${T.FlinkComputePool} cc-pool-pool2`,
      ].sort(),
    );

    const env = suite.mocks.named("cc-env");
    expect(inputsOf(env)).toEqual({ displayName: "Staging", streamGovernance: { package: "ESSENTIALS" } });
    const envId = await valueOf(ccf.environmentId);
    expect(envId).toMatch(/^env-[a-z0-9]{6}$/);
    const envCrn = `${fakeOrganizationCrn}/environment=${envId}`;

    const sa = suite.mocks.named("cc-runner-sa");
    const saId = await valueOf(ccf.runnerServiceAccountId);
    expect(inputsOf(sa)).toMatchObject({ displayName: "cc-flink-runner" });

    expect(bindingsOf()).toEqual([
      {
        name: "cc-runner-flink-role",
        principal: `User:${saId}`,
        roleName: "FlinkDeveloper",
        crnPattern: envCrn,
      },
    ]);

    expect(inputsOf(suite.mocks.named("cc-flink-api-key"))).toMatchObject({
      owner: { id: saId, apiVersion: "iam/v2", kind: "ServiceAccount" },
      managedResource: {
        id: "aws.us-east-1",
        apiVersion: "fcpm/v2",
        kind: "Region",
        environment: { id: envId },
      },
    });

    for (const pool of suite.mocks.ofType(T.FlinkComputePool)) {
      expect(inputsOf(pool)).toEqual({
        displayName: pool.name.replace("-pool-", "-"),
        cloud: "AWS",
        region: "us-east-1",
        maxCfu: 50,
        environment: { id: envId },
      });
    }

    expect(suite.mocks.invokes.map((i) => i.token)).toEqual([
      "confluentcloud:index/getFlinkRegion:getFlinkRegion",
    ]);
    expect(await valueOf(ccf.catalog)).toBe("Staging");
    expect(await valueOf(ccf.database)).toBeUndefined();
    expect(await valueOf(ccf.flinkRestEndpoint)).toBe("https://flink.us-east-1.aws.confluent.cloud");
    const poolIds = await valueOf(ccf.computePoolIds);
    expect(Object.keys(poolIds)).toEqual(["pool1", "pool2"]);
    expect(Object.values(poolIds).every((id) => /^lfcp-[a-z0-9]{6}$/.test(id))).toBe(true);
  });
});

describe("ConfluentCloudFlink: full platform", () => {
  const enrichSql = "INSERT INTO orders_enriched SELECT * FROM orders;";
  const fullArgs = (overrides: Partial<ConfluentCloudFlinkArgs> = {}): ConfluentCloudFlinkArgs => ({
    ...credentials,
    endpoint: "https://api.confluent.cloud",
    environment: { displayName: "prod", streamGovernance: "ADVANCED", protect: true },
    cloud: "AWS",
    region: "us-east-1",
    kafka: { clusterId: "lkc-abc123" },
    kafkaApiKey: "KAFKAKEY",
    kafkaApiSecret: "kafka-secret",
    topics: ["orders", "customers*"],
    serviceAccounts: { deployer: true },
    pools: [
      { name: "etl", maxCfu: 20 },
      { name: "adhoc", maxCfu: 5, displayName: "ad hoc" },
    ],
    statements: [
      { name: "orders-enrich", sql: enrichSql, pool: "etl", properties: { "sql.state-ttl": "1 d" } },
      {
        name: "adhoc-report",
        sql: "SELECT 1;",
        pool: "adhoc",
        stopped: true,
        carryOffsetsFrom: "adhoc-report-0badc0de",
      },
    ],
    ...overrides,
  });

  it("wires every child to the component's provider, including invokes", async () => {
    new suite.mod.ConfluentCloudFlink("p", fullArgs());
    await suite.mocks.settle();
    const provider = suite.mocks.named("p-provider");
    expect(inputsOf(provider)).toEqual({
      cloudApiKey: "CLOUDKEY",
      cloudApiSecret: "cloud-secret",
      endpoint: "https://api.confluent.cloud",
    });
    const custom = suite.mocks.resources.filter((r) => r.custom && r.type.startsWith("confluentcloud:"));
    expect(custom.length).toBeGreaterThan(10);
    for (const r of custom)
      expect(r.provider, r.name).toMatch(/pulumi:providers:confluentcloud::p-provider::/);
    expect(suite.mocks.invokes.map((i) => i.token).sort()).toEqual([
      "confluentcloud:index/getFlinkRegion:getFlinkRegion",
      "confluentcloud:index/getKafkaCluster:getKafkaCluster",
      "confluentcloud:index/getOrganization:getOrganization",
      "confluentcloud:index/getSchemaRegistryCluster:getSchemaRegistryCluster",
    ]);
    for (const i of suite.mocks.invokes)
      expect(i.provider, i.token).toMatch(/pulumi:providers:confluentcloud::p-provider::/);
  });

  it("binds the runner to the environment, topics, Flink transactional ids and subjects; the deployer as Assigner", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink("p", fullArgs());
    await suite.mocks.settle();
    const envId = await valueOf(ccf.environmentId);
    const runner = `User:${await valueOf(ccf.runnerServiceAccountId)}`;
    const deployerId = await valueOf(ccf.deployerServiceAccountId);
    expect(deployerId).toMatch(/^sa-/);
    const deployer = `User:${deployerId}`;
    const envCrn = `${fakeOrganizationCrn}/environment=${envId}`;
    const kafka = `${envCrn}/cloud-cluster=lkc-abc123/kafka=lkc-abc123`;
    const sr = `${envCrn}/schema-registry=`;

    const bindings = bindingsOf();
    const rows = bindings.map((b) => [
      b.name,
      b.principal,
      b.roleName,
      b.crnPattern.replace(/schema-registry=lsrc-[a-z0-9]+/, "schema-registry="),
    ]);
    // Registration order is asynchronous: compare sorted by resource name.
    expect(rows.sort()).toEqual(
      [
        ["p-runner-flink-role", runner, "FlinkDeveloper", envCrn],
        ["p-runner-topic-read-orders", runner, "DeveloperRead", `${kafka}/topic=orders`],
        ["p-runner-topic-write-orders", runner, "DeveloperWrite", `${kafka}/topic=orders`],
        ["p-runner-topic-read-customers*", runner, "DeveloperRead", `${kafka}/topic=customers*`],
        ["p-runner-topic-write-customers*", runner, "DeveloperWrite", `${kafka}/topic=customers*`],
        ["p-runner-txn-read", runner, "DeveloperRead", `${kafka}/transactional-id=_confluent-flink_*`],
        ["p-runner-txn-write", runner, "DeveloperWrite", `${kafka}/transactional-id=_confluent-flink_*`],
        ["p-runner-subject-read-orders-*", runner, "DeveloperRead", `${sr}/subject=orders-*`],
        ["p-runner-subject-write-orders-*", runner, "DeveloperWrite", `${sr}/subject=orders-*`],
        ["p-runner-subject-read-customers*", runner, "DeveloperRead", `${sr}/subject=customers*`],
        ["p-runner-subject-write-customers*", runner, "DeveloperWrite", `${sr}/subject=customers*`],
        [
          "p-deployer-assigner",
          deployer,
          "Assigner",
          `${fakeOrganizationCrn}/service-account=${runner.slice(5)}`,
        ],
        ["p-deployer-flink-role", deployer, "FlinkDeveloper", envCrn],
      ].sort(),
    );
    expect(bindings.find((b) => b.name === "p-runner-subject-read-orders-*")?.crnPattern).toMatch(
      /\/schema-registry=lsrc-[a-z0-9]{6}\/subject=orders-\*$/,
    );
  });

  it("gives the deployer a Flink API key of its own (it submits statements that run as the runner)", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink("p", fullArgs());
    await suite.mocks.settle();
    const deployerId = await valueOf(ccf.deployerServiceAccountId);
    const key = suite.mocks.named("p-deployer-flink-api-key");
    expect(inputsOf(key)).toMatchObject({
      displayName: "p-deployer-flink-api-key",
      owner: { id: deployerId, kind: "ServiceAccount" },
      managedResource: { id: "aws.us-east-1", environment: { id: await valueOf(ccf.environmentId) } },
    });
    expect(key.options?.additionalSecretOutputs).toContain("secret");
    for (const out of [ccf.deployerFlinkApiKey, ccf.deployerFlinkApiSecret]) {
      expect(await pulumi.isSecret(out)).toBe(true);
    }
    expect(await valueOf(ccf.deployerFlinkApiSecret)).toMatch(/^fake[0-9a-f]{60}$/);
    // Statements still run as the runner with the runner's key; without a deployer there is no deployer key.
    expect(
      suite.mocks
        .ofType(T.ApiKey)
        .map((r) => r.name)
        .sort(),
    ).toEqual(["p-deployer-flink-api-key", "p-flink-api-key"]);
    suite.mocks.clear();
    const noDeployer = new suite.mod.ConfluentCloudFlink(
      "q",
      fullArgs({ serviceAccounts: { deployer: false } }),
    );
    await suite.mocks.settle();
    expect(suite.mocks.ofType(T.ApiKey).map((r) => r.name)).toEqual(["q-flink-api-key"]);
    expect(await valueOf(noDeployer.deployerFlinkApiKey)).toBeUndefined();
  });

  it("honours explicit subjects (empty: none) and FlinkAdmin", async () => {
    new suite.mod.ConfluentCloudFlink(
      "p",
      fullArgs({ schemaRegistrySubjects: [], serviceAccounts: { flinkRole: "FlinkAdmin", deployer: false } }),
    );
    await suite.mocks.settle();
    const names = bindingsOf().map((b) => `${b.name}:${b.roleName}`);
    expect(names.sort()).toEqual(
      [
        "p-runner-flink-role:FlinkAdmin",
        "p-runner-topic-read-orders:DeveloperRead",
        "p-runner-topic-write-orders:DeveloperWrite",
        "p-runner-topic-read-customers*:DeveloperRead",
        "p-runner-topic-write-customers*:DeveloperWrite",
        "p-runner-txn-read:DeveloperRead",
        "p-runner-txn-write:DeveloperWrite",
      ].sort(),
    );
    expect(suite.mocks.ofType(T.ServiceAccount).map((r) => r.name)).toEqual(["p-runner-sa"]);
    expect(suite.mocks.invokes.map((i) => i.token)).not.toContain(
      "confluentcloud:index/getSchemaRegistryCluster:getSchemaRegistryCluster",
    );
  });

  it("creates statements with catalog, database, principal, pool, endpoint, secret credentials and a versioned name", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink("p", fullArgs());
    await suite.mocks.settle();
    expect(
      suite.mocks
        .ofType(T.FlinkStatement)
        .map((r) => r.name)
        .sort(),
    ).toEqual(["p-stmt-adhoc-report", "p-stmt-orders-enrich"]);
    const enrich = suite.mocks.named("p-stmt-orders-enrich");
    const report = suite.mocks.named("p-stmt-adhoc-report");
    const envId = await valueOf(ccf.environmentId);
    const poolIds = await valueOf(ccf.computePoolIds);
    const runnerId = await valueOf(ccf.runnerServiceAccountId);
    const enrichName = planStatement({
      name: "orders-enrich",
      sql: enrichSql,
      pool: "etl",
      properties: { "sql.state-ttl": "1 d" },
    }).statementName;

    expect(inputsOf(enrich)).toEqual({
      organization: { id: fakeOrganizationId },
      environment: { id: envId },
      computePool: { id: poolIds.etl },
      principal: { id: runnerId },
      statement: enrichSql,
      statementName: enrichName,
      properties: {
        "sql.current-catalog": "prod",
        "sql.current-database": "fake-lkc-abc123",
        "sql.state-ttl": "1 d",
      },
      restEndpoint: "https://flink.us-east-1.aws.confluent.cloud",
      credentials: { key: await valueOf(ccf.flinkApiKey), secret: await valueOf(ccf.flinkApiSecret) },
      stopped: false,
    });
    expect(isSecretValue(enrich.inputs.credentials)).toBe(true);
    expect(inputsOf(report)).toMatchObject({
      computePool: { id: poolIds.adhoc },
      stopped: true,
      properties: {
        "sql.current-catalog": "prod",
        "sql.current-database": "fake-lkc-abc123",
        "sql.tables.initial-offset-from": "adhoc-report-0badc0de",
      },
    });
    expect(await valueOf(ccf.statementNames)).toEqual({
      "orders-enrich": enrichName,
      "adhoc-report": (inputsOf(report) as { statementName: string }).statementName,
    });

    // Replaced when the name or SQL changes (the table plan diff uses); ordered after the runner's access and the key.
    expect(enrich.options?.replaceOnChanges).toEqual(["statement", "statementName"]);
    const deps = enrich.options?.dependencies ?? [];
    expect(deps.filter((u) => u.includes("RoleBinding")).length).toBe(11);
    expect(deps.some((u) => u.endsWith("::p-flink-api-key"))).toBe(true);
    expect(deps.some((u) => u.includes("p-deployer"))).toBe(false);
  });

  it("keeps every key and secret a Pulumi secret, in inputs and outputs", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink("p", fullArgs());
    await suite.mocks.settle();
    const provider = suite.mocks.named("p-provider");
    expect(isSecretValue(provider.inputs.cloudApiKey)).toBe(true);
    expect(isSecretValue(provider.inputs.cloudApiSecret)).toBe(true);
    expect(isSecretValue(provider.inputs.endpoint)).toBe(false);
    for (const stmt of suite.mocks.ofType(T.FlinkStatement))
      expect(isSecretValue(stmt.inputs.credentials)).toBe(true);
    expect(suite.mocks.named("p-flink-api-key").options?.additionalSecretOutputs).toContain("secret");

    for (const out of [ccf.flinkApiKey, ccf.flinkApiSecret, ccf.kafkaApiKey, ccf.kafkaApiSecret]) {
      expect(await pulumi.isSecret(out)).toBe(true);
    }
    expect(await valueOf(ccf.flinkApiKey)).toMatch(/^[A-Z0-9]{16}$/);
    expect(await valueOf(ccf.flinkApiSecret)).toMatch(/^fake[0-9a-f]{60}$/);
    expect(await valueOf(ccf.kafkaApiKey)).toBe("KAFKAKEY");
    expect(await valueOf(ccf.kafkaApiSecret)).toBe("kafka-secret");
    expect(await pulumi.isSecret(ccf.environmentId)).toBe(false);
  });

  it("keeps secrets secret when they arrive as secret outputs", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink(
      "s",
      fullArgs({ cloudApiKey: pulumi.secret("K"), cloudApiSecret: pulumi.secret("S"), statements: [] }),
    );
    await suite.mocks.settle();
    const provider = suite.mocks.named("s-provider");
    expect(plain(provider.inputs)).toMatchObject({ cloudApiKey: "K", cloudApiSecret: "S" });
    expect(isSecretValue(provider.inputs.cloudApiKey)).toBe(true);
    expect(await pulumi.isSecret(ccf.flinkApiSecret)).toBe(true);
  });

  it("protects the created environment only", async () => {
    new suite.mod.ConfluentCloudFlink("p", fullArgs());
    await suite.mocks.settle();
    expect(suite.mocks.named("p-env").options?.protect).toBe(true);
    expect(inputsOf(suite.mocks.named("p-env"))).toEqual({
      displayName: "prod",
      streamGovernance: { package: "ADVANCED" },
    });
    const protectedOnes = suite.mocks.resources.filter((r) => r.options?.protect).map((r) => r.name);
    expect(protectedOnes).toEqual(["p-env"]);
  });

  it("statement versioning: new SQL yields a new name, same SQL the same name, stopped keeps it", async () => {
    const stmt = (sql: string, stopped?: boolean) => ({
      statements: [
        { name: "orders-enrich", sql, pool: "etl", ...(stopped !== undefined ? { stopped } : {}) },
      ],
    });
    const a = new suite.mod.ConfluentCloudFlink("va", fullArgs(stmt(enrichSql)));
    const b = new suite.mod.ConfluentCloudFlink("vb", fullArgs(stmt(enrichSql)));
    const c = new suite.mod.ConfluentCloudFlink(
      "vc",
      fullArgs(stmt(`${enrichSql.slice(0, -1)} WHERE amount > 0;`)),
    );
    const d = new suite.mod.ConfluentCloudFlink("vd", fullArgs(stmt(enrichSql, true)));
    await suite.mocks.settle();
    const names = await Promise.all(
      [a, b, c, d].map(async (x) => (await valueOf(x.statementNames))["orders-enrich"]),
    );
    const sent = (component: string) =>
      inputsOf(suite.mocks.named(`${component}-stmt-orders-enrich`)) as {
        statementName: string;
        stopped: boolean;
      };
    expect(names[0]).toMatch(/^orders-enrich-[0-9a-f]{8}$/);
    expect(names[1]).toBe(names[0]);
    expect(names[2]).not.toBe(names[0]);
    expect(names[3]).toBe(names[0]);
    expect(sent("vd")).toMatchObject({ statementName: names[0], stopped: true });
    expect(sent("va")).toMatchObject({ statementName: names[0], stopped: false });
  });
});

describe("ConfluentCloudFlink: environment and cluster variants", () => {
  it("adopts an existing environment: no Environment resource, catalog from the lookup", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink("a", {
      ...credentials,
      environment: { existingId: "env-xyz789" },
      cloud: "GCP",
      region: "us-central1",
      pools: [{ name: "etl", maxCfu: 10 }],
    });
    await suite.mocks.settle();
    expect(suite.mocks.ofType(T.Environment)).toEqual([]);
    expect(await valueOf(ccf.environmentId)).toBe("env-xyz789");
    expect(await valueOf(ccf.catalog)).toBe("fake-env-xyz789");
    const lookup = suite.mocks.invokes.find(
      (i) => i.token === "confluentcloud:index/getEnvironment:getEnvironment",
    );
    expect(plain(lookup?.inputs)).toEqual({ id: "env-xyz789" });
    expect(bindingsOf()[0].crnPattern).toBe(`${fakeOrganizationCrn}/environment=env-xyz789`);
    expect(inputsOf(suite.mocks.ofType(T.ApiKey)[0])).toMatchObject({
      managedResource: { id: "gcp.us-central1", environment: { id: "env-xyz789" } },
    });
  });

  it("creates a Standard Kafka cluster when asked, with the topic grants", async () => {
    new suite.mod.ConfluentCloudFlink("d", {
      ...credentials,
      cloud: "AWS",
      region: "eu-west-1",
      kafka: { create: { type: "STANDARD" } },
      topics: ["orders"],
      pools: [{ name: "dev", maxCfu: 5 }],
    });
    await suite.mocks.settle();
    const [cluster] = suite.mocks.ofType(T.KafkaCluster);
    expect(inputsOf(cluster)).toMatchObject({ availability: "SINGLE_ZONE", standard: {} });
    expect(inputsOf(cluster)).not.toHaveProperty("basic");
    expect(
      bindingsOf()
        .map((b) => b.name)
        .sort(),
    ).toEqual([
      "d-runner-flink-role",
      "d-runner-subject-read-orders-*",
      "d-runner-subject-write-orders-*",
      "d-runner-topic-read-orders",
      "d-runner-topic-write-orders",
      "d-runner-txn-read",
      "d-runner-txn-write",
    ]);
  });

  it("creates a Basic Kafka cluster for dev stacks; its name is the database", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink("d", {
      ...credentials,
      cloud: "AWS",
      region: "eu-west-1",
      kafka: { create: {} },
      pools: [{ name: "dev", maxCfu: 5 }],
      statements: [{ name: "hello", sql: "SELECT 1;", pool: "dev" }],
    });
    await suite.mocks.settle();
    const [cluster] = suite.mocks.ofType(T.KafkaCluster);
    expect(cluster.name).toBe("d-kafka");
    expect(inputsOf(cluster)).toEqual({
      displayName: "d-kafka",
      availability: "SINGLE_ZONE",
      cloud: "AWS",
      region: "eu-west-1",
      basic: {},
      environment: { id: await valueOf(ccf.environmentId) },
    });
    expect(await valueOf(ccf.database)).toBe("d-kafka");
    expect(await valueOf(ccf.kafkaClusterId)).toMatch(/^lkc-/);
    expect((inputsOf(suite.mocks.ofType(T.FlinkStatement)[0]) as { properties: unknown }).properties).toEqual(
      {
        "sql.current-catalog": "d",
        "sql.current-database": "d-kafka",
      },
    );
    expect(await valueOf(ccf.deployerServiceAccountId)).toBeUndefined();
  });
});

describe("ConfluentCloudFlink: validation", () => {
  it("refuses topic grants on a created Basic cluster (Confluent Cloud has no topic RBAC there)", () => {
    const err = configErrorOf(
      () =>
        new suite.mod.ConfluentCloudFlink("bad", {
          ...parityArgs,
          kafka: { create: {} },
          topics: ["orders"],
        }),
    );
    expect(err.problems).toEqual([
      {
        path: "kafka.create.type",
        got: "BASIC",
        allowed:
          "STANDARD when topics grants access to topics (orders): Confluent Cloud supports role bindings on topics and transactional IDs only on Standard, Enterprise, Dedicated and Freight clusters, not Basic",
      },
    ]);
  });

  it("names the pool key, the value and the allowed values for maxCfu 15", () => {
    const err = configErrorOf(
      () =>
        new suite.mod.ConfluentCloudFlink("bad", {
          ...parityArgs,
          pools: [
            { name: "pool1", maxCfu: 50 },
            { name: "pool2", maxCfu: 15 },
          ],
        }),
    );
    expect(err.name).toBe("ConfigError");
    expect(err.message).toContain('Invalid ConfluentCloudFlink "bad" args (1 problem):');
    expect(err.message).toContain(
      [
        "  - pools[1].maxCfu",
        "      got:     15",
        "      allowed: one of 5, 10, 20, 30, 40, 50 (a standard pool), or a whole number from 51 to 1000 (a Limited Availability pool: the organization must be enrolled)",
      ].join("\n"),
    );
  });

  it("lists every problem in one error and registers nothing", async () => {
    const err = configErrorOf(
      () =>
        new suite.mod.ConfluentCloudFlink("bad", {
          cloudApiKey: "",
          cloudApiSecret: "s",
          environment: { existingId: "abc", protect: true },
          cloud: "IBM" as never,
          region: "US_EAST",
          kafka: { clusterId: "lkc-abc123", create: {} },
          kafkaApiKey: "k",
          topics: ["bad topic", "ok", "ok"],
          serviceAccounts: { flinkRole: "Owner" as never },
          pools: [
            { name: "Pool", maxCfu: 7 },
            { name: "etl", maxCfu: 5 },
            { name: "etl", maxCfu: 5 },
          ],
          statements: [{ name: "s", sql: "", pool: "missing" }],
        }),
    );
    expect(err.problems.map((p) => p.path)).toEqual([
      // The credentials first, then the section: its field rules, then its cross-field rules.
      "cloudApiKey",
      "kafkaApiSecret",
      "environment.existingId",
      "cloud",
      "region",
      "topics[0]",
      "serviceAccounts.flinkRole",
      "pools[0].name",
      "pools[0].maxCfu",
      "statements[0].sql",
      "environment.protect",
      "kafka.create",
      "topics",
      "pools[2].name",
      "statements[0].pool",
    ]);
    expect(err.message).toContain("(15 problems)");
    await suite.mocks.settle();
    expect(suite.mocks.resources).toEqual([]);
  });

  it("rejects topics and statements without a Kafka cluster", () => {
    const err = configErrorOf(
      () =>
        new suite.mod.ConfluentCloudFlink("bad", {
          ...parityArgs,
          topics: ["orders"],
          statements: [{ name: "s", sql: "SELECT 1;", pool: "pool1" }],
        }),
    );
    expect(err.problems.map((p) => p.path)).toEqual([
      "topics",
      // The section's rule: statements resolve tables in the cluster (sql.current-database).
      "kafka",
    ]);
  });
});
