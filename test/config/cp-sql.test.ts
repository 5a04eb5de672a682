import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { parseCmfSqlSecrets } from "../../lib/cp/config-sql";
import { validateStack } from "../../lib/stack-validate";
import { cpSqlStack, problemsOf, stack } from "../support/config";
import { tempDir } from "../support/temp-dirs";

const cpSql = cpSqlStack;

const base = cpSql().cmf as Record<string, unknown[]>;

describe("flink-platform:cmf SQL keys", () => {
  it("GIVEN the full SQL path THEN the stack config is valid", () => {
    expect(() => validateStack(stack(cpSql()), { projectRoot: process.cwd() })).not.toThrow();
  });

  it("GIVEN a statement naming a missing pool THEN one error names its pool key", () => {
    const statements = [{ ...(base.statements[0] as object), pool: "nope" }];
    expect(problemsOf(cpSql({ statements }))).toEqual([
      { path: "flink-platform:cmf.statements[0].pool", got: "nope", allowed: "one of the pools: sql" },
    ]);
  });

  it("GIVEN a statement naming a missing catalog or database THEN one error names the property", () => {
    const catalog = [{ ...(base.statements[0] as object), properties: { "sql.current-catalog": "other" } }];
    expect(problemsOf(cpSql({ statements: catalog }))).toEqual([
      {
        path: "flink-platform:cmf.statements[0].properties.sql.current-catalog",
        got: "other",
        allowed: "one of the catalogs: kafka-cat",
      },
    ]);
    const database = [
      { ...(base.statements[0] as object), properties: { "sql.current-database": "payments" } },
    ];
    expect(problemsOf(cpSql({ statements: database }))).toEqual([
      {
        path: "flink-platform:cmf.statements[0].properties.sql.current-database",
        got: "payments",
        allowed: "one of the databases of catalog kafka-cat: orders",
      },
    ]);
  });

  it("GIVEN a database without a mapped secret THEN one error names its secret key", () => {
    const catalogs = [
      {
        ...(base.catalogs[0] as object),
        databases: [{ name: "orders", bootstrapServers: "kafka:9092", connectionSecretId: "unmapped" }],
      },
    ];
    expect(problemsOf(cpSql({ catalogs }))).toEqual([
      {
        path: "flink-platform:cmf.catalogs[0].databases[0].connectionSecretId",
        got: "unmapped",
        allowed: "one of the secret mappings: kafka-connection",
      },
    ]);
  });

  it("GIVEN a mapping naming a missing secret THEN one error names it", () => {
    expect(problemsOf(cpSql({ secretMappings: [{ name: "kafka-connection", secretName: "gone" }] }))).toEqual(
      [
        {
          path: "flink-platform:cmf.secretMappings[0].secretName",
          got: "gone",
          allowed: "one of the secrets: kafka-credentials",
        },
      ],
    );
  });

  it("GIVEN a config-sourced secret without flink-platform:cmfSqlSecrets THEN one error names that key", () => {
    const config = cpSql();
    delete config.cmfSqlSecrets;
    expect(problemsOf(config)).toEqual([
      {
        path: "flink-platform:cmfSqlSecrets",
        got: undefined,
        allowed:
          'required when cmf.secrets (kafka-credentials) have no kubernetesSecret: pulumi config set --secret flink-platform:cmfSqlSecrets \'{"<secret>": {"<key>": "<value>"}}\'',
      },
    ]);
  });

  it("GIVEN a Cloud-only carry-over THEN it is refused on cp", () => {
    const statements = [{ ...(base.statements[0] as object), carryOffsetsFrom: "orders-enriched-1a2b3c4d" }];
    expect(problemsOf(cpSql({ statements }))).toEqual([
      {
        path: "flink-platform:cmf.statements[0].carryOffsetsFrom",
        got: "orders-enriched-1a2b3c4d",
        allowed:
          "not set on the cp target (a Confluent Cloud offset carry-over; a CMF statement starts from its tables' offsets)",
      },
    ]);
  });

  it("GIVEN a .sql file outside the project THEN one config error names the statement's file key", () => {
    const dir = tempDir("cp-sql-");
    const statements = [{ name: "escape", file: "../outside.sql", pool: "sql" }];
    let error: unknown;
    try {
      validateStack(stack(cpSql({ statements })), { projectRoot: dir });
    } catch (err) {
      error = err;
    }
    expect(ConfigError.isConfigError(error)).toBe(true);
    expect((error as ConfigError).problems).toEqual([
      {
        path: "flink-platform:cmf.statements[0].file",
        got: "../outside.sql",
        allowed: "a path inside the project directory (symbolic links followed)",
      },
    ]);
  });

  it("GIVEN cmfSqlSecrets that is not a JSON map THEN the error names the key and hides the value", () => {
    let error: unknown;
    try {
      parseCmfSqlSecrets('{"kafka-credentials": "CANARY-not-a-map"}');
    } catch (err) {
      error = err;
    }
    expect(ConfigError.isConfigError(error)).toBe(true);
    expect((error as Error).message).toContain("flink-platform:cmfSqlSecrets");
    expect((error as Error).message).not.toContain("CANARY");
    expect(parseCmfSqlSecrets('{"a": {"k": "v"}}')).toEqual({ a: { k: "v" } });
  });
});
