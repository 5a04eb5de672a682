import * as pulumi from "@pulumi/pulumi";
import { CloudProvider, ComputePool, ComputePoolTarget, ConfluentCloudFlink } from "flink-platform";

/**
 * Confluent Cloud for Apache Flink: an environment with a Kafka cluster, one
 * compute pool running a versioned SQL statement, and a second pool for ad-hoc
 * queries, scaled on its own.
 *
 *   pulumi config set --secret confluentCloudApiKey <key>
 *   pulumi config set --secret confluentCloudApiSecret <secret>
 */

const config = new pulumi.Config();
const region = "us-east-1";

const flink = new ConfluentCloudFlink("orders", {
  cloudApiKey: config.requireSecret("confluentCloudApiKey"),
  cloudApiSecret: config.requireSecret("confluentCloudApiSecret"),
  cloud: CloudProvider.AWS,
  region,
  // Standard: Confluent Cloud grants topics (below) only on Standard clusters and up, not Basic.
  kafka: { create: { displayName: "orders", type: "STANDARD" } },
  topics: ["orders", "orders-enriched"],
  pools: [{ name: "etl", maxCfu: 10 }],
  statements: [
    {
      name: "orders-enriched",
      pool: "etl",
      sql: "INSERT INTO `orders-enriched` SELECT order_id, amount * 1.2 AS gross FROM orders;",
    },
  ],
});

// The cloud face of ComputePool, on the platform's environment and provider.
const adhoc = new ComputePool(
  "orders-adhoc",
  {
    target: ComputePoolTarget.Cloud,
    cloud: { environmentId: flink.environmentId, cloud: CloudProvider.AWS, region, maxCfu: 5 },
  },
  { provider: flink.provider },
);

export const environmentId = flink.environmentId;
export const computePoolIds = flink.computePoolIds;
export const statementNames = flink.statementNames;
export const adhocPoolId = adhoc.id;
