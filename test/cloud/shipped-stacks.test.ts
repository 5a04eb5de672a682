import { describe, expect, it } from "vitest";
import { synthStackOutput } from "../support/synth";

/**
 * The shipped Confluent Cloud stacks grant only what their cluster type
 * supports, and every service account they create can authenticate for
 * what its roles allow.
 */

const byType = (stack: ReturnType<typeof synthStackOutput>, type: string) =>
  stack.plan.resources.filter((r) => r.type === type);

describe("cloud-dev", () => {
  const dev = synthStackOutput("cloud-dev");

  it("creates a Standard Kafka cluster, since it grants the runner topics (no topic RBAC on Basic)", () => {
    const clusters = byType(dev, "confluentcloud:index/kafkaCluster:KafkaCluster");
    expect(
      clusters.map((c) => [c.name, Object.keys(c.inputs).filter((k) => ["basic", "standard"].includes(k))]),
    ).toEqual([["cloud-dev-kafka", ["standard"]]]);
    const topicBindings = byType(dev, "confluentcloud:index/roleBinding:RoleBinding")
      .map((r) => r.name)
      .filter((n) => n.includes("-topic-"));
    expect(topicBindings.length).toBe(6);
  });
});

describe("cloud-prod", () => {
  const prod = synthStackOutput("cloud-prod");

  it("gives the deployer service account a Flink API key next to its Assigner and Flink roles", () => {
    const principal = (binding: string) =>
      (prod.plan.resources.find((r) => r.name === binding)?.inputs.principal as string).replace(/^User:/, "");
    const keys = byType(prod, "confluentcloud:index/apiKey:ApiKey");
    expect(keys.map((k) => [k.name, (k.inputs.owner as { id: string }).id])).toEqual([
      ["cloud-prod-deployer-flink-api-key", principal("cloud-prod-deployer-assigner")],
      ["cloud-prod-flink-api-key", principal("cloud-prod-runner-flink-role")],
    ]);
  });
});
