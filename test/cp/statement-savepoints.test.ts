import { describe, expect, it } from "vitest";
import { cloudStatementSchema } from "../../lib/cloud/config";
import { versionStatement } from "../../lib/core/statements";
import { statementProblems } from "../../lib/cp/cmf/sql-bodies";
import { cpSqlStack, problemsOf } from "../support/config";
import { cpSqlArgs, synthCp } from "../support/cp-sql-args";

/**
 * Declared statement savepoints (`cmf.statements[].savepoints`): the
 * application's declared-savepoint shape, emitted as CmfSavepoint resources
 * owned by the statement's deployed (versioned) name.
 */

const SQL = "INSERT INTO `orders_enriched` SELECT * FROM `orders`;\n";
const DEPLOYED = versionStatement({ name: "orders-enriched", sql: SQL }).statementName;
const URN = "urn:pulumi:staging::flink-platform::flink-platform:index:FlinkPlatformCP$";
const dyn = (kind: string, name: string) => `${URN}pulumi-nodejs:dynamic/cmf:${kind}::${name}`;
const connection = { auth: { type: "none" }, endpoint: "http://localhost:8080" };

const args = (statement: Record<string, unknown>) =>
  cpSqlArgs([{ name: "orders-enriched", sql: SQL, pool: "sql", ...statement }]);

const EXISTING = "s3://flink/savepoints/savepoint-0a1b2c";
const cpStatement = (extra: Record<string, unknown>) => ({
  statements: [{ name: "orders-enriched", file: "stacks/sql/orders-enriched.sql", pool: "sql", ...extra }],
});

describe("cmf.statements[].savepoints", () => {
  it("GIVEN declared statement savepoints THEN each is a CmfSavepoint owned by the deployed statement name", async () => {
    const resources = await synthCp(
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
        allowed: "a savepoint name not used by another savepoint",
      },
    ]);
  });
});

describe("cmf.statements[].startFromSavepoint", () => {
  it("GIVEN one detached savepoint name (alreadyExists) on an application and on a statement THEN one config error names the second: CMF's detached savepoints share one namespace", () => {
    const detached = { name: "before-v2", path: EXISTING, alreadyExists: true };
    const application = {
      name: "orders",
      jarURI: "local:///opt/flink/usrlib/orders.jar",
      parallelism: 1,
      savepoints: [detached, { name: "taken" }],
    };
    const stack = cpSqlStack(cpStatement({ savepoints: [detached, { name: "taken" }] }), {
      applications: [application],
    });
    expect(problemsOf(stack)).toEqual([
      {
        path: "flink-platform:cmf.statements[0].savepoints[0].name",
        got: "before-v2",
        allowed:
          "a detached savepoint name (alreadyExists) not used by another: CMF keeps detached savepoints in one namespace (/cmf/api/v1/detached-savepoints)",
      },
    ]);
  });

  it("GIVEN a start point THEN the statement carries it, under the same versioned name", async () => {
    const start = { initialSavepointPath: EXISTING, allowNonRestoredState: true, savepointRedeployNonce: 2 };
    const resources = await synthCp(args({ startFromSavepoint: start }));
    const statement = resources.find((r) => r.name === "staging-cmf-statement-orders-enriched")!;
    expect(statement.inputs).toMatchObject({ name: DEPLOYED, stopped: false, startFromSavepoint: start });
  });

  it("GIVEN both or neither savepointName and initialSavepointPath THEN one config error names the key", () => {
    const both = { savepointName: "before-v2", initialSavepointPath: EXISTING };
    expect(problemsOf(cpSqlStack(cpStatement({ startFromSavepoint: both })))).toEqual([
      {
        path: "flink-platform:cmf.statements[0].startFromSavepoint.initialSavepointPath",
        got: EXISTING,
        allowed: "not set together with savepointName: a statement starts from one savepoint",
      },
    ]);
    expect(
      problemsOf(cpSqlStack(cpStatement({ startFromSavepoint: { allowNonRestoredState: true } }))),
    ).toEqual([
      {
        path: "flink-platform:cmf.statements[0].startFromSavepoint.savepointName",
        got: undefined,
        allowed:
          "required: savepointName (a COMPLETED savepoint of this statement) or initialSavepointPath (any savepoint path, such as one a previous version took)",
      },
    ]);
  });

  it("GIVEN statement savepoints or a start point on the cloud target THEN they are unknown keys there", () => {
    const parsed = cloudStatementSchema.safeParse({
      name: "s",
      sql: "INSERT INTO a SELECT 1;",
      pool: "p",
      savepoints: [],
      startFromSavepoint: { savepointName: "x" },
    });
    expect(parsed.error?.issues.map((i) => [i.code, "keys" in i ? i.keys : undefined])).toEqual([
      ["unrecognized_keys", ["savepoints", "startFromSavepoint"]],
    ]);
  });

  it("GIVEN a CmfStatement start point with two sources or a bad nonce THEN its check names each key", () => {
    const spec = { name: "s-1a2b3c4d", statement: "INSERT INTO a SELECT 1;", computePoolName: "sql" };
    const start = { savepointName: "x", uid: "u", savepointRedeployNonce: 0 };
    expect(statementProblems({ ...spec, startFromSavepoint: start })).toEqual([
      {
        path: "startFromSavepoint",
        got: ["savepointName", "uid"],
        allowed: "exactly one of savepointName, uid, initialSavepointPath",
      },
      { path: "startFromSavepoint.savepointRedeployNonce", got: 0, allowed: "a whole number of at least 1" },
    ]);
  });
});
