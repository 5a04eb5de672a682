import { describe, expect, it } from "vitest";
import {
  CloudConfigInput,
  cloudConfigSchema,
  cloudSecretKeys,
  parseCloudConfig,
} from "../../lib/cloud/config";
import { parseConfluentCloudFlinkArgs } from "../../lib/cloud/args";
import { configErrorOf } from "../support/errors";

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
        statements: [{ name: "x", file: "sql/x.sql", pool: "nope" }],
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
        statements: [{ name: "x", file: "x.sql", pool: "etl" }],
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
  const full: CloudConfigInput = {
    environment: { displayName: "prod", streamGovernance: "ADVANCED", protect: true },
    cloud: "AZURE",
    region: "eastus",
    kafka: { clusterId: "lkc-abc123" },
    topics: ["orders"],
    schemaRegistrySubjects: ["orders-value"],
    serviceAccounts: { deployer: true, flinkRole: "FlinkAdmin" },
    pools: [{ name: "etl", maxCfu: 20, displayName: "ETL" }],
    statements: [
      {
        name: "enrich",
        file: "sql/enrich.sql",
        pool: "etl",
        properties: { "sql.state-ttl": "1 d" },
        stopped: true,
        carryOffsetsFrom: "enrich-0badc0de",
      },
    ],
  };

  /** What the stack program passes: the section, each statement's SQL instead of its file, the secrets. */
  const asArgs = (section: CloudConfigInput, sql: Record<string, string>, extra: object = secrets) => ({
    ...section,
    statements: (section.statements ?? []).map(({ file, ...s }) => ({ ...s, sql: sql[file] })),
    ...extra,
  });

  it("maps every field, with SQL from the files the stack program read", () => {
    const section = parseCloudConfig(full);
    expect(section.statements.map((s) => s.file)).toEqual(["sql/enrich.sql"]);
    const args = parseConfluentCloudFlinkArgs(
      "p",
      asArgs(
        section,
        { "sql/enrich.sql": "INSERT INTO a SELECT * FROM b;" },
        {
          ...secrets,
          kafkaApiKey: "KK",
          kafkaApiSecret: "KS",
        },
      ),
    );
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
      statements: [
        {
          name: "enrich",
          sql: "INSERT INTO a SELECT * FROM b;",
          pool: "etl",
          properties: { "sql.state-ttl": "1 d" },
          stopped: true,
          carryOffsetsFrom: "enrich-0badc0de",
        },
      ],
    });
  });

  it("adopts an environment without create-only settings", () => {
    const args = parseConfluentCloudFlinkArgs(
      "p",
      asArgs(parseCloudConfig({ ...minimal, environment: { existingId: "env-abc123" } }), {}),
    );
    expect(args.environment.existingId).toBe("env-abc123");
    expect(args.environment).not.toHaveProperty("displayName");
  });

  it("reports unread SQL files and a half-set Kafka key pair together", () => {
    const err = configErrorOf(() =>
      parseConfluentCloudFlinkArgs(
        "p",
        asArgs(parseCloudConfig(full), {}, { ...secrets, kafkaApiKey: "KK" }),
      ),
    );
    expect(err.problems.map((p) => p.path)).toEqual(["statements[0].sql", "kafkaApiSecret"]);
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

describe("guardrail: a pool keeps one CFU per running statement", () => {
  const base = {
    cloud: "AWS",
    region: "us-east-1",
    kafka: { clusterId: "lkc-abc123" },
  };
  const statements = Array.from({ length: 6 }, (_, i) => ({
    name: `s${i}`,
    file: `s${i}.sql`,
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
