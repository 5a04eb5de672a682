import { describe, expect, it } from "vitest";
import type { FlinkPlatformCPArgs } from "../../lib/cp/args";
import { versionStatement } from "../../lib/core/statements";
import { cpSqlStack, problemsOf } from "../support/config";
import { record } from "../support/pulumi";

/**
 * Declared statement savepoints (`cmf.statements[].savepoints`): the
 * application's declared-savepoint shape, emitted as CmfSavepoint resources
 * owned by the statement's deployed (versioned) name.
 */

const SQL = "INSERT INTO `orders_enriched` SELECT * FROM `orders`;\n";
const DEPLOYED = versionStatement({ name: "orders-enriched", sql: SQL }).statementName;
const URN = "urn:pulumi:test::flink-platform::flink-platform:index:FlinkPlatformCP$";
const dyn = (kind: string, name: string) => `${URN}pulumi-nodejs:dynamic/cmf:${kind}::${name}`;
const connection = { auth: { type: "none" }, endpoint: "http://localhost:8080" };

function args(statement: Record<string, unknown>): FlinkPlatformCPArgs {
  return {
    environment: { name: "staging" },
    namespaces: { operator: "confluent", flink: ["flink"] },
    smokeTest: { enabled: false },
    pools: [{ name: "sql", taskManagers: 1, slots: 1 }],
    cmf: {
      secrets: [{ name: "kafka-credentials", kubernetesSecret: { name: "kafka-creds" } }],
      secretMappings: [{ name: "kafka-connection", secretName: "kafka-credentials" }],
      catalogs: [
        {
          name: "kafka-cat",
          schemaRegistry: { url: "http://sr.confluent.svc:8081" },
          databases: [
            {
              name: "orders",
              bootstrapServers: "kafka.confluent.svc:9092",
              connectionSecretId: "kafka-connection",
            },
          ],
        },
      ],
      statements: [{ name: "orders-enriched", sql: SQL, pool: "sql", ...statement }],
    },
  } as FlinkPlatformCPArgs;
}

async function synth(a: FlinkPlatformCPArgs) {
  return record(async () => {
    const { FlinkPlatformCP } = await import("../../lib/cp/platform");
    new FlinkPlatformCP("staging", a);
  });
}

const EXISTING = "s3://flink/savepoints/savepoint-0a1b2c";
const cpStatement = (extra: Record<string, unknown>) => ({
  statements: [{ name: "orders-enriched", file: "stacks/sql/orders-enriched.sql", pool: "sql", ...extra }],
});

describe("cmf.statements[].savepoints", () => {
  it("GIVEN declared statement savepoints THEN each is a CmfSavepoint owned by the deployed statement name", async () => {
    const resources = await synth(
      args({
        savepoints: [{ name: "before-v2" }, { name: "v1", path: EXISTING, alreadyExists: true }],
      }),
    );
    const savepoints = resources.filter((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfSavepoint");
    const statement = dyn("CmfStatement", "staging-cmf-statement-orders-enriched");
    expect(
      savepoints.map((r) => {
        const { __provider: _, ...inputs } = r.inputs as Record<string, unknown>;
        return { name: r.name, inputs, dependsOn: r.dependsOn };
      }),
    ).toEqual([
      {
        name: "staging-cmf-statement-orders-enriched-savepoint-before-v2",
        inputs: {
          connection,
          environment: "staging-flink",
          statement: DEPLOYED,
          name: "before-v2",
          disposeOnDelete: false,
        },
        dependsOn: [statement],
      },
      {
        // Registered, not taken: a detached savepoint of the existing path.
        name: "staging-cmf-statement-orders-enriched-savepoint-v1",
        inputs: {
          connection,
          environment: "staging-flink",
          name: "v1",
          path: EXISTING,
          disposeOnDelete: false,
        },
        dependsOn: [statement],
      },
    ]);
  });

  it("GIVEN alreadyExists without a path THEN one config error names the statement savepoint's path key", () => {
    expect(
      problemsOf(cpSqlStack(cpStatement({ savepoints: [{ name: "v1", alreadyExists: true }] }))),
    ).toEqual([
      {
        path: "flink-platform:cmf.statements[0].savepoints[0].path",
        got: undefined,
        allowed: "required with alreadyExists: the path of the existing savepoint",
      },
    ]);
  });

  it("GIVEN a savepoint name twice on one statement THEN one config error names the second", () => {
    const savepoints = [{ name: "before-v2" }, { name: "before-v2" }];
    expect(problemsOf(cpSqlStack(cpStatement({ savepoints })))).toEqual([
      {
        path: "flink-platform:cmf.statements[0].savepoints[1].name",
        got: "before-v2",
        allowed: "each savepoint name once per statement",
      },
    ]);
  });
});
