import * as fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CloudConfigInput,
  cloudConfigSchema,
  cloudSecretKeys,
  parseCloudConfig,
} from "../../lib/cloud/config";
import { parseConfluentCloudFlinkArgs } from "../../lib/cloud/args";
import { configErrorOf } from "../support/errors";
import { problemsOf } from "../support/config";

const minimal: CloudConfigInput = {
  cloud: "AWS",
  region: "us-east-1",
  pools: [{ name: "etl", maxCfu: 50 }],
};

const secrets = { cloudApiKey: "K", cloudApiSecret: "S" };

describe("flink-platform:cloud schema", () => {
  it("refuses topic grants on a created Basic cluster, naming both keys", () => {
    const err = configErrorOf(() =>
      parseCloudConfig({ ...minimal, kafka: { create: {} }, topics: ["orders", "customers*"] }),
    );
    expect(err.message).toBe(
      [
        "Invalid flink-platform cloud configuration (1 problem):",
        "  - flink-platform:cloud.kafka.create.type",
        '      got:     "BASIC"',
        "      allowed: STANDARD when topics grants access to topics (orders, customers*): Confluent Cloud supports role bindings on topics and transactional IDs only on Standard, Enterprise, Dedicated and Freight clusters, not Basic",
      ].join("\n"),
    );
  });

  it("creates a Standard cluster for topic grants; Basic stays the default without them", () => {
    expect(
      parseCloudConfig({ ...minimal, kafka: { create: { type: "STANDARD" } }, topics: ["orders"] }).kafka,
    ).toEqual({ create: { type: "STANDARD" } });
    expect(parseCloudConfig({ ...minimal, kafka: { create: {} } }).kafka).toEqual({
      create: { type: "BASIC" },
    });
    expect(
      configErrorOf(() => parseCloudConfig({ ...minimal, kafka: { create: { type: "DEDICATED" } } }))
        .problems,
    ).toEqual([
      {
        path: "flink-platform:cloud.kafka.create.type",
        got: "DEDICATED",
        allowed: "one of BASIC, STANDARD",
        hint: undefined,
      },
    ]);
  });

  it("fills defaults", () => {
    expect(parseCloudConfig(minimal)).toEqual({
      environment: { streamGovernance: "ESSENTIALS" },
      cloud: "AWS",
      region: "us-east-1",
      kafka: {},
      topics: [],
      serviceAccounts: { deployer: false, flinkRole: "FlinkDeveloper" },
      pools: [{ name: "etl", maxCfu: 50 }],
      statements: [],
    });
  });

  it("reports maxCfu 15 with the full key, the value and the allowed values", () => {
    const err = configErrorOf(() =>
      parseCloudConfig({
        ...minimal,
        pools: [
          { name: "a", maxCfu: 50 },
          { name: "b", maxCfu: 15 },
        ],
      }),
    );
    expect(err.message).toBe(
      [
        "Invalid flink-platform cloud configuration (1 problem):",
        "  - flink-platform:cloud.pools[1].maxCfu",
        "      got:     15",
        "      allowed: one of 5, 10, 20, 30, 40, 50 (a standard pool), or a whole number from 51 to 1000 (a Limited Availability pool: the organization must be enrolled)",
      ].join("\n"),
    );
  });

  // Issue 16: the values were hard-coded to 5-50 while Confluent documents pools up to 1,000 CFU.
  it("accepts the documented Max CFU values, Limited Availability pools up to 1000, and nothing else", () => {
    for (const maxCfu of [5, 10, 20, 30, 40, 50, 51, 100, 1000]) {
      expect(parseCloudConfig({ ...minimal, pools: [{ name: "a", maxCfu }] }).pools[0].maxCfu).toBe(maxCfu);
    }
    for (const maxCfu of [0, 4, 15, 45, 60.5, 1001, -10]) {
      const err = configErrorOf(() => parseCloudConfig({ ...minimal, pools: [{ name: "a", maxCfu }] }));
      expect(err.problems.map((p) => [p.path, p.got, p.allowed])).toEqual([
        [
          "flink-platform:cloud.pools[0].maxCfu",
          maxCfu,
          "one of 5, 10, 20, 30, 40, 50 (a standard pool), or a whole number from 51 to 1000 (a Limited Availability pool: the organization must be enrolled)",
        ],
      ]);
    }
  });

  it("lists every problem at once, including cross-field rules", () => {
    const err = configErrorOf(() =>
      parseCloudConfig({
        environment: { existingId: "env-abc123", protect: true },
        cloud: "aws",
        region: "US-East-1",
        kafka: { clusterId: "lkc-abc123", create: {} },
        topics: ["orders"],
        pools: [
          { name: "etl", maxCfu: 50 },
          { name: "etl", maxCfu: 10 },
        ],
        statements: [{ name: "x", file: "stacks/sql/orders-enriched.sql", pool: "nope" }],
        pool: [],
      }),
    );
    expect(err.problems.map((p) => p.path)).toEqual([
      "flink-platform:cloud.cloud",
      "flink-platform:cloud.region",
      "flink-platform:cloud.pool",
      "flink-platform:cloud.environment.protect",
      "flink-platform:cloud.kafka.create",
      "flink-platform:cloud.pools[1].name",
      "flink-platform:cloud.statements[0].pool",
    ]);
    expect(err.problems[0]).toMatchObject({ got: "aws", allowed: "one of AWS, GCP, AZURE" });
    expect(err.problems[2]).toMatchObject({ got: [], hint: 'unknown key (typo?): did you mean "pools"?' });
    expect(err.problems[6]).toMatchObject({ got: "nope", allowed: "one of the pools: etl" });
  });

  it("requires a Kafka cluster for topics and statements", () => {
    const err = configErrorOf(() =>
      parseCloudConfig({
        ...minimal,
        topics: ["orders"],
        statements: [{ name: "x", file: "stacks/sql/orders-enriched.sql", pool: "etl" }],
      }),
    );
    expect(err.problems.map((p) => p.path)).toEqual([
      "flink-platform:cloud.topics",
      "flink-platform:cloud.kafka",
    ]);
  });

  it("exports a strict zod schema", () => {
    expect(cloudConfigSchema.safeParse({ ...minimal, typo: 1 }).success).toBe(false);
  });
});

describe("ConfluentCloudFlink args are the section", () => {
  const statement = {
    name: "enrich",
    pool: "etl",
    properties: { "sql.state-ttl": "1 d" },
    stopped: true,
    carryOffsetsFrom: "enrich-0badc0de",
  };
  const full: CloudConfigInput = {
    environment: { displayName: "prod", streamGovernance: "ADVANCED", protect: true },
    cloud: "AZURE",
    region: "eastus",
    kafka: { clusterId: "lkc-abc123" },
    topics: ["orders"],
    schemaRegistrySubjects: ["orders-value"],
    serviceAccounts: { deployer: true, flinkRole: "FlinkAdmin" },
    pools: [{ name: "etl", maxCfu: 20, displayName: "ETL" }],
    statements: [{ ...statement, sql: "INSERT INTO a SELECT * FROM b;" }],
  };

  it("maps every field one to one, plus the credentials", () => {
    const args = parseConfluentCloudFlinkArgs("p", {
      ...full,
      ...secrets,
      kafkaApiKey: "KK",
      kafkaApiSecret: "KS",
    });
    expect(args).toEqual({
      cloudApiKey: "K",
      cloudApiSecret: "S",
      kafkaApiKey: "KK",
      kafkaApiSecret: "KS",
      environment: { displayName: "prod", streamGovernance: "ADVANCED", protect: true },
      cloud: "AZURE",
      region: "eastus",
      kafka: { clusterId: "lkc-abc123" },
      topics: ["orders"],
      schemaRegistrySubjects: ["orders-value"],
      serviceAccounts: { deployer: true, flinkRole: "FlinkAdmin" },
      pools: [{ name: "etl", maxCfu: 20, displayName: "ETL" }],
      statements: [{ ...statement, sql: "INSERT INTO a SELECT * FROM b;" }],
    });
  });

  it("reads a statement's file, relative to the project, into its sql", () => {
    const section = parseCloudConfig({
      ...full,
      statements: [{ ...statement, file: "stacks/sql/orders-enriched.sql" }],
    });
    expect(section.statements).toEqual([
      { ...statement, sql: fs.readFileSync("stacks/sql/orders-enriched.sql", "utf8") },
    ]);
  });

  it("takes a statement's SQL from a file or as sql, not both, not neither", () => {
    const err = configErrorOf(() =>
      parseCloudConfig({
        ...full,
        statements: [
          { ...statement, name: "both", file: "stacks/sql/orders-enriched.sql", sql: "SELECT 1;" },
          { ...statement, name: "neither" },
        ],
      }),
    );
    expect(err.problems.map((p) => [p.path, p.allowed])).toEqual([
      [
        "flink-platform:cloud.statements[0].sql",
        "not set together with file: the SQL is either in a file or given as sql",
      ],
      ["flink-platform:cloud.statements[1].file", "required: a path to a .sql file (or the SQL text as sql)"],
    ]);
  });

  it("adopts an environment without create-only settings", () => {
    const args = parseConfluentCloudFlinkArgs("p", {
      ...parseCloudConfig({ ...minimal, environment: { existingId: "env-abc123" } }),
      ...secrets,
    });
    expect(args.environment.existingId).toBe("env-abc123");
    expect(args.environment).not.toHaveProperty("displayName");
  });

  it("reports a missing SQL file and a half-set Kafka key pair together", () => {
    const err = configErrorOf(() =>
      parseConfluentCloudFlinkArgs("p", {
        ...full,
        statements: [{ ...statement, file: "stacks/sql/missing.sql" }],
        ...secrets,
        kafkaApiKey: "KK",
      }),
    );
    expect(err.problems.map((p) => [p.path, p.allowed])).toEqual([
      ["kafkaApiSecret", "set together with its pair (kafkaApiKey and kafkaApiSecret)"],
      ["statements[0].file", "an existing file"],
    ]);
  });

  it("names the top-level secret keys", () => {
    expect(cloudSecretKeys).toEqual({
      cloudApiKey: "confluentCloudApiKey",
      cloudApiSecret: "confluentCloudApiSecret",
      kafkaApiKey: "kafkaApiKey",
      kafkaApiSecret: "kafkaApiSecret",
    });
  });
});

describe("a cloud stack's Kafka API key pair", () => {
  const cloudStack = (keys: object) => ({
    target: "cloud",
    environment: { name: "cloud-dev", tier: "dev" },
    confluentCloudApiKey: "K",
    confluentCloudApiSecret: "S",
    cloud: minimal,
    ...keys,
  });

  it("check refuses a kafkaApiKey without its secret, as the component does (issue 14)", () => {
    expect(problemsOf(cloudStack({ kafkaApiKey: "KK" }))).toEqual([
      {
        path: "flink-platform:kafkaApiSecret",
        got: undefined,
        allowed: "set together with its pair (kafkaApiKey and kafkaApiSecret)",
      },
    ]);
    expect(problemsOf(cloudStack({ kafkaApiSecret: "KS" }))).toEqual([
      {
        path: "flink-platform:kafkaApiKey",
        got: undefined,
        allowed: "set together with its pair (kafkaApiKey and kafkaApiSecret)",
      },
    ]);
  });
});

describe("guardrail: a pool keeps one CFU per running statement", () => {
  const base = {
    cloud: "AWS",
    region: "us-east-1",
    kafka: { clusterId: "lkc-abc123" },
  };
  const statements = Array.from({ length: 6 }, (_, i) => ({
    name: `s${i}`,
    sql: `INSERT INTO t${i} SELECT * FROM s;`,
    pool: "small",
  }));

  it("flags a pool shrunk below its running statements", () => {
    const error = configErrorOf(() =>
      parseCloudConfig({ ...base, pools: [{ name: "small", maxCfu: 5 }], statements }),
    );
    expect(error.problems.map((p) => [p.path, p.allowed])).toEqual([
      [
        "flink-platform:cloud.pools[0].maxCfu",
        "at least 6: one CFU per running statement in pool small (s0, s1, s2, s3, s4, s5)",
      ],
    ]);
  });

  it("passes when a statement is stopped or the pool is large enough", () => {
    const oneStopped = statements.map((s, i) => (i === 0 ? { ...s, stopped: true } : s));
    expect(
      parseCloudConfig({ ...base, pools: [{ name: "small", maxCfu: 5 }], statements: oneStopped }).pools,
    ).toHaveLength(1);
    expect(
      parseCloudConfig({ ...base, pools: [{ name: "small", maxCfu: 10 }], statements }).pools,
    ).toHaveLength(1);
  });
});
