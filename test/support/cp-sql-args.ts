import type { FlinkPlatformCPArgs } from "../../lib/cp/args";
import type { PlanResource } from "../../lib/plan/recorder";
import { record } from "./pulumi";

/**
 * FlinkPlatformCP args of a staging platform with one SQL pool (`sql`), a
 * Kafka catalog and database whose credentials come from a Kubernetes Secret,
 * and `statements`: the smallest valid SQL path, for statement tests.
 */
export function cpSqlArgs(statements: readonly Record<string, unknown>[]): FlinkPlatformCPArgs {
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
      statements,
    },
  } as unknown as FlinkPlatformCPArgs;
}

/** What a FlinkPlatformCP `staging` with `args` registers (its own module: no Cloud SDK load). */
export function synthCp(args: FlinkPlatformCPArgs): Promise<PlanResource[]> {
  return record(async () => {
    const { FlinkPlatformCP } = await import("../../lib/cp/platform");
    new FlinkPlatformCP("staging", args);
  }, "staging");
}
