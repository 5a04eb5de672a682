import { expect } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { parseStackConfig } from "../../lib/stack-config";

/** Builds Pulumi's flat config map (`flink-platform:<key>` -> text) from objects, as the engine passes it. */
export function stack(config: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [
      `flink-platform:${k}`,
      typeof v === "string" ? v : JSON.stringify(v),
    ]),
  );
}

/** The problems parseStackConfig reports for `config` (path, value seen, allowed); fails if it accepts it. */
export function problemsOf(config: Record<string, unknown>) {
  try {
    parseStackConfig(stack(config));
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => ({ path: p.path, got: p.got, allowed: p.allowed }));
  }
  throw new Error("expected a ConfigError");
}

/** A valid CP stack with the full SQL path: a secret, its mapping, a catalog with a database, a statement. */
export function cpSqlStack(
  cmf: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    target: "cp",
    environment: { name: "staging" },
    namespaces: { operator: "confluent", flink: ["flink"] },
    pools: [{ name: "sql", taskManagers: 1, slots: 1 }],
    cmfSqlSecrets: "[secret]",
    cmf: {
      secrets: [{ name: "kafka-credentials" }],
      secretMappings: [{ name: "kafka-connection", secretName: "kafka-credentials" }],
      catalogs: [
        {
          name: "kafka-cat",
          schemaRegistry: { url: "http://schema-registry.confluent.svc:8081" },
          databases: [
            {
              name: "orders",
              bootstrapServers: "kafka.confluent.svc:9092",
              connectionSecretId: "kafka-connection",
            },
          ],
        },
      ],
      statements: [{ name: "orders-enriched", file: "stacks/sql/orders-enriched.sql", pool: "sql" }],
      ...cmf,
    },
    ...extra,
  };
}
