import { describe, expect, it } from "vitest";
import type { FlinkPlatformCPArgs } from "../../lib/cp/args";
import { buildKafkaCatalogBody, buildKafkaDatabaseBody, buildSecretBody } from "../../lib/cp/cmf/sql-bodies";
import { buildSecretMappingBody, buildStatementBody } from "../../lib/cp/cmf/sql-bodies";
import { versionStatement } from "../../lib/core/statements";
import { planStatement } from "../../lib/cloud/statements";
import { OpenApiValidator } from "../cmf/fake-cmf-server";
import { record, rows } from "../support/pulumi";
import { cmfOpenApiPath, haveReference } from "../support/reference";

const haveOpenApi = haveReference("CMF OpenAPI", cmfOpenApiPath);
const SQL = "INSERT INTO `orders_enriched` SELECT * FROM `orders`;\n";

/** A staging CP platform with the full SQL path. */
const args: FlinkPlatformCPArgs = {
  environment: { name: "staging" },
  namespaces: { operator: "confluent", flink: ["flink"] },
  smokeTest: { enabled: false },
  pools: [{ name: "sql", taskManagers: 1, slots: 1 }],
  cmf: {
    secrets: [
      { name: "kafka-credentials" },
      { name: "sr-credentials", kubernetesSecret: { name: "sr-creds" } },
    ],
    secretMappings: [
      { name: "kafka-connection", secretName: "kafka-credentials" },
      { name: "sr-connection", secretName: "sr-credentials" },
    ],
    catalogs: [
      {
        name: "kafka-cat",
        schemaRegistry: { url: "http://sr.confluent.svc:8081", connectionSecretId: "sr-connection" },
        databases: [
          {
            name: "orders",
            bootstrapServers: "kafka.confluent.svc:9092",
            config: { "security.protocol": "SASL_PLAINTEXT", "sasl.mechanism": "PLAIN" },
            connectionSecretId: "kafka-connection",
          },
        ],
      },
    ],
    statements: [{ name: "orders-enriched", sql: SQL, pool: "sql" }],
  },
  cmfCredentials: {
    sqlSecrets: JSON.stringify({ "kafka-credentials": { "sasl.jaas.config": "CANARY-jaas-7f3a9c" } }),
  },
};

const SQL_TYPES =
  /CmfSecret|CmfEnvironmentSecretMapping|CmfKafkaCatalog|CmfKafkaDatabase|CmfStatement|core\/v1:Secret/;

// FlinkPlatformCP comes from its own module, not the package index: the index also
// loads the Cloud target's SDK (@pulumi/confluentcloud), about 1 s CPU this file never uses.
async function synth(a: FlinkPlatformCPArgs) {
  return record(async () => {
    const { FlinkPlatformCP } = await import("../../lib/cp/platform");
    new FlinkPlatformCP("staging", a);
  });
}

const URN = "urn:pulumi:test::flink-platform::flink-platform:index:FlinkPlatformCP$";
const connection = { auth: { type: "none" }, endpoint: "http://localhost:8080" };
const RELEASE = `${URN}kubernetes:helm.sh/v3:Release::staging-cmf`;
const ENV = `${URN}pulumi-nodejs:dynamic/cmf:CmfEnvironment::staging-cmf-env-flink`;
const dyn = (kind: string, name: string) => `${URN}pulumi-nodejs:dynamic/cmf:${kind}::${name}`;

describe("FlinkPlatformCP Flink SQL", () => {
  it("GIVEN the full SQL path THEN it registers exactly these SQL resources, inputs and dependencies", async () => {
    const resources = await synth(args);
    const sql = resources.filter((r) => SQL_TYPES.test(r.type));
    expect(rows(sql)).toEqual([
      "pulumi-nodejs:dynamic/cmf:CmfSecret staging-cmf-secret-kafka-credentials",
      "pulumi-nodejs:dynamic/cmf:CmfEnvironmentSecretMapping staging-cmf-secret-mapping-kafka-connection-staging-flink",
      "pulumi-nodejs:dynamic/cmf:CmfSecret staging-cmf-secret-sr-credentials",
      "pulumi-nodejs:dynamic/cmf:CmfEnvironmentSecretMapping staging-cmf-secret-mapping-sr-connection-staging-flink",
      "pulumi-nodejs:dynamic/cmf:CmfKafkaCatalog staging-cmf-catalog-kafka-cat",
      "pulumi-nodejs:dynamic/cmf:CmfKafkaDatabase staging-cmf-database-kafka-cat-orders",
      "pulumi-nodejs:dynamic/cmf:CmfStatement staging-cmf-statement-orders-enriched",
    ]);
    const inputs = Object.fromEntries(
      sql.map((r) => {
        const { __provider, ...rest } = r.inputs as Record<string, unknown>;
        expect(__provider).toBe("[dynamic provider]");
        return [r.name, { inputs: rest, dependsOn: r.dependsOn }];
      }),
    );
    const statementName = versionStatement({ name: "orders-enriched", sql: SQL }).statementName;
    expect(statementName).toBe("orders-enriched-406b79fb");
    expect(inputs).toEqual({
      "staging-cmf-secret-kafka-credentials": {
        inputs: { connection, data: "[secret]", name: "kafka-credentials" },
        dependsOn: [RELEASE],
      },
      "staging-cmf-secret-sr-credentials": {
        inputs: { connection, data: "[secret]", name: "sr-credentials" },
        // Read from the Kubernetes Secret confluent/sr-creds (the CMF namespace by default).
        dependsOn: [`${URN}kubernetes:core/v1:Secret::staging-cmf-secret-source-sr-credentials`, RELEASE],
      },
      "staging-cmf-secret-mapping-kafka-connection-staging-flink": {
        inputs: {
          connection,
          environment: "staging-flink",
          name: "kafka-connection",
          secretName: "kafka-credentials",
        },
        dependsOn: [RELEASE, ENV, dyn("CmfSecret", "staging-cmf-secret-kafka-credentials")],
      },
      "staging-cmf-secret-mapping-sr-connection-staging-flink": {
        inputs: {
          connection,
          environment: "staging-flink",
          name: "sr-connection",
          secretName: "sr-credentials",
        },
        dependsOn: [RELEASE, ENV, dyn("CmfSecret", "staging-cmf-secret-sr-credentials")],
      },
      "staging-cmf-catalog-kafka-cat": {
        inputs: {
          connection,
          connectionConfig: { "schema.registry.url": "http://sr.confluent.svc:8081" },
          connectionSecretId: "sr-connection",
          name: "kafka-cat",
        },
        dependsOn: [
          RELEASE,
          dyn("CmfEnvironmentSecretMapping", "staging-cmf-secret-mapping-sr-connection-staging-flink"),
        ],
      },
      "staging-cmf-database-kafka-cat-orders": {
        inputs: {
          catalog: "kafka-cat",
          connection,
          connectionConfig: {
            "bootstrap.servers": "kafka.confluent.svc:9092",
            "sasl.mechanism": "PLAIN",
            "security.protocol": "SASL_PLAINTEXT",
          },
          connectionSecretId: "kafka-connection",
          name: "orders",
        },
        dependsOn: [
          RELEASE,
          dyn("CmfEnvironmentSecretMapping", "staging-cmf-secret-mapping-kafka-connection-staging-flink"),
          dyn("CmfKafkaCatalog", "staging-cmf-catalog-kafka-cat"),
        ],
      },
      "staging-cmf-statement-orders-enriched": {
        inputs: {
          computePoolName: "sql",
          connection,
          environment: "staging-flink",
          name: statementName,
          properties: { "sql.current-catalog": "kafka-cat", "sql.current-database": "orders" },
          statement: "INSERT INTO `orders_enriched` SELECT * FROM `orders`;",
          stopped: false,
        },
        dependsOn: [
          `${URN}flink-platform:index:ComputePool$pulumi-nodejs:dynamic/cmf:CmfComputePool::staging-pool-sql`,
          RELEASE,
          ENV,
          dyn("CmfKafkaDatabase", "staging-cmf-database-kafka-cat-orders"),
        ],
      },
    });
    // The secret value is a Pulumi secret end to end: nowhere in the recorded plan.
    expect(JSON.stringify(resources)).not.toContain("CANARY");
  });

  it("GIVEN a SQL change THEN the same resource gets a new versioned name; stopped keeps the name", async () => {
    const statementOf = async (statement: Record<string, unknown>) => {
      const a = {
        ...args,
        cmf: { ...args.cmf, statements: [{ ...args.cmf!.statements![0], ...statement }] },
      };
      const resources = await synth(a as FlinkPlatformCPArgs);
      const r = resources.find((x) => x.name === "staging-cmf-statement-orders-enriched")!;
      return r.inputs as { name: string; stopped: boolean };
    };
    const changed = await statementOf({
      sql: "INSERT INTO `orders_enriched` SELECT * FROM `orders` WHERE 1 = 1;",
    });
    expect(changed.name).toBe(
      versionStatement({
        name: "orders-enriched",
        sql: "INSERT INTO `orders_enriched` SELECT * FROM `orders` WHERE 1 = 1;",
      }).statementName,
    );
    expect(changed.name).not.toBe("orders-enriched-406b79fb");
    const stopped = await statementOf({ stopped: true });
    expect([stopped.name, stopped.stopped]).toEqual(["orders-enriched-406b79fb", true]);
  });

  it("GIVEN the same statement on Cloud and CP THEN both deploy it under the same versioned name", () => {
    const spec = {
      name: "orders-enriched",
      sql: SQL,
      pool: "sql",
      properties: { "sql.local-time-zone": "UTC" },
    };
    expect(versionStatement(spec).statementName).toBe(planStatement(spec).statementName);
  });

  it("GIVEN a statement naming a missing pool THEN the constructor throws one ConfigError and registers nothing", async () => {
    let error: unknown;
    const resources = await record(async () => {
      const { FlinkPlatformCP } = await import("../../lib/cp/platform");
      try {
        new FlinkPlatformCP("staging", {
          ...args,
          cmf: { ...args.cmf, statements: [{ name: "x", sql: SQL, pool: "missing" }] },
        });
      } catch (err) {
        error = err;
      }
    });
    expect(resources).toEqual([]);
    expect((error as { problems: unknown[] }).problems).toEqual([
      {
        path: "args.cmf.statements[0].pool",
        got: "missing",
        allowed: "one of the pools: sql",
        hint: undefined,
      },
    ]);
  });

  it.skipIf(!haveOpenApi)("every SQL request body validates against the CMF 2.3.1 OpenAPI", () => {
    const validator = OpenApiValidator.for(cmfOpenApiPath);
    const bodySchema = (template: string, method: string) => {
      const op = validator.operation(template, method) as {
        requestBody: { content: { "application/json": { schema: Record<string, unknown> } } };
      };
      return op.requestBody.content["application/json"].schema;
    };
    const bodies: [string, string, unknown][] = [
      [
        "/cmf/api/v1/secrets",
        "post",
        buildSecretBody({ name: "kafka-credentials", data: { "sasl.jaas.config": "x" } }),
      ],
      [
        "/cmf/api/v1/environments/{envName}/secret-mappings",
        "post",
        buildSecretMappingBody({ name: "kafka-connection", secretName: "kafka-credentials" }),
      ],
      [
        "/cmf/api/v1/catalogs/kafka",
        "post",
        buildKafkaCatalogBody({
          name: "kafka-cat",
          connectionConfig: { "schema.registry.url": "http://sr:8081" },
          connectionSecretId: "sr-connection",
        }),
      ],
      [
        "/cmf/api/v1/catalogs/kafka/{catName}/databases",
        "post",
        buildKafkaDatabaseBody({
          catalog: "kafka-cat",
          name: "orders",
          connectionConfig: { "bootstrap.servers": "kafka:9092" },
          connectionSecretId: "kafka-connection",
        }),
      ],
      [
        "/cmf/api/v1/environments/{envName}/statements",
        "post",
        buildStatementBody({
          name: "orders-enriched-406b79fb",
          statement: "INSERT INTO a SELECT * FROM b;",
          computePoolName: "sql",
          properties: { "sql.current-catalog": "kafka-cat", "sql.current-database": "orders" },
        }),
      ],
      [
        "/cmf/api/v1/environments/{envName}/statements/{stmtName}",
        "put",
        buildStatementBody({ name: "s-1", statement: "SELECT 1;", computePoolName: "sql", stopped: true }),
      ],
    ];
    for (const [template, method, body] of bodies) {
      expect([template, method, validator.validate(bodySchema(template, method), body, true)]).toEqual([
        template,
        method,
        [],
      ]);
    }
  });
});
