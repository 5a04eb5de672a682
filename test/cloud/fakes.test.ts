import { describe, expect, it } from "vitest";
import {
  cloudInvokeFakes,
  cloudResourceFakes,
  fakeCloudInvoke,
  fakeCloudResource,
  fakeId,
  fakeOrganizationCrn,
  fakeOrganizationId,
} from "../../lib/plan/fakes/cloud";

describe("cloud fakes", () => {
  it("fakes the Flink region like the provider returns it", () => {
    expect(
      fakeCloudInvoke("confluentcloud:index/getFlinkRegion:getFlinkRegion", {
        cloud: "AWS",
        region: "us-east-1",
      }),
    ).toEqual({
      id: "aws.us-east-1",
      cloud: "AWS",
      region: "us-east-1",
      apiVersion: "fcpm/v2",
      kind: "Region",
      restEndpoint: "https://flink.us-east-1.aws.confluent.cloud",
      privateRestEndpoint: "https://flink.us-east-1.aws.private.confluent.cloud",
    });
  });

  it("derives ids and CRNs from names and inputs only (deterministic)", () => {
    const a = fakeCloudResource("confluentcloud:index/environment:Environment", "prod-env", {
      displayName: "prod",
    });
    const b = fakeCloudResource("confluentcloud:index/environment:Environment", "prod-env", {
      displayName: "prod",
    });
    expect(a).toEqual(b);
    expect(a?.id).toMatch(/^env-[a-z0-9]{6}$/);
    expect(a?.state).toEqual({
      displayName: "prod",
      resourceName: `${fakeOrganizationCrn}/environment=${a?.id}`,
      streamGovernance: { package: "ESSENTIALS" },
    });
    expect(fakeId("env", "other")).not.toBe(a?.id);
    expect(fakeOrganizationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("gives a Kafka cluster the rbacCrn RoleBindings build topic CRNs from", () => {
    const cluster = fakeCloudInvoke("confluentcloud:index/getKafkaCluster:getKafkaCluster", {
      id: "lkc-abc123",
      environment: { id: "env-abc123" },
    });
    expect(cluster).toMatchObject({
      id: "lkc-abc123",
      displayName: "fake-lkc-abc123",
      rbacCrn: `${fakeOrganizationCrn}/environment=env-abc123/cloud-cluster=lkc-abc123`,
      kind: "Cluster",
      apiVersion: "cmk/v2",
    });
  });

  it("reads through secret-wrapped inputs", () => {
    const wrapped = {
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: { id: "env-abc123" },
    };
    expect(
      fakeCloudInvoke("confluentcloud:index/getSchemaRegistryCluster:getSchemaRegistryCluster", {
        environment: wrapped,
      }),
    ).toMatchObject({
      environment: { id: "env-abc123" },
      resourceName: expect.stringContaining("environment=env-abc123/schema-registry=lsrc-"),
    });
  });

  it("fakes API keys with a key id and a 64-character secret", () => {
    const key = fakeCloudResource("confluentcloud:index/apiKey:ApiKey", "p-flink-api-key", {});
    expect(key?.id).toMatch(/^[A-Z0-9]{16}$/);
    expect(key?.state.secret).toMatch(/^fake[0-9a-f]{60}$/);
  });

  it("fakes statements with their name and the environment/pool id", () => {
    const stmt = fakeCloudResource("confluentcloud:index/flinkStatement:FlinkStatement", "s", {
      statementName: "orders-1a2b3c4d",
      environment: { id: "env-abc123" },
      computePool: { id: "lfcp-abc123" },
    });
    expect(stmt?.id).toBe("env-abc123/lfcp-abc123/orders-1a2b3c4d");
    expect(stmt?.state).toMatchObject({ statementName: "orders-1a2b3c4d", stopped: false });
  });

  it("covers every token and type the cloud components use", () => {
    expect(Object.keys(cloudInvokeFakes).sort()).toEqual([
      "confluentcloud:index/getEnvironment:getEnvironment",
      "confluentcloud:index/getFlinkRegion:getFlinkRegion",
      "confluentcloud:index/getKafkaCluster:getKafkaCluster",
      "confluentcloud:index/getOrganization:getOrganization",
      "confluentcloud:index/getSchemaRegistryCluster:getSchemaRegistryCluster",
    ]);
    expect(Object.keys(cloudResourceFakes).sort()).toEqual([
      "confluentcloud:index/apiKey:ApiKey",
      "confluentcloud:index/environment:Environment",
      "confluentcloud:index/flinkComputePool:FlinkComputePool",
      "confluentcloud:index/flinkStatement:FlinkStatement",
      "confluentcloud:index/kafkaCluster:KafkaCluster",
      "confluentcloud:index/roleBinding:RoleBinding",
      "confluentcloud:index/serviceAccount:ServiceAccount",
      "pulumi:providers:confluentcloud",
    ]);
    expect(fakeCloudInvoke("aws:index/getRegion:getRegion", {})).toBeUndefined();
    expect(fakeCloudResource("kubernetes:core/v1:Namespace", "n", {})).toBeUndefined();
  });
});
