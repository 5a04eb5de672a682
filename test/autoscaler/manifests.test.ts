import { describe, expect, it } from "vitest";
import type { FlinkPlatformOSSArgs } from "../../lib/oss/platform";
import { record } from "../support/pulumi";

/**
 * The typed autoscaler block reaches the Flink configuration the operator
 * reads: a pool's session cluster (OSS) or CMF cluster spec (CP), a session
 * job, an application's own FlinkDeployment (OSS) or CMF FlinkApplication (CP).
 */

const jar = "local:///opt/flink/usrlib/orders.jar";
const onPool = { enabled: true, vertexMaxParallelism: 4, utilization: { target: 0.6 } };
const onJob = { utilization: { target: 0.5 }, metricsWindow: "5m", quota: { cpu: 2, memory: "4Gi" } };

const flinkConf = (r: { inputs: Record<string, unknown> }) =>
  (r.inputs.spec as { flinkConfiguration?: Record<string, string> }).flinkConfiguration;

describe("autoscaler in the OSS manifests", () => {
  const args: FlinkPlatformOSSArgs = {
    environment: { name: "dev" },
    pools: [{ name: "shared", taskManagers: 2, slots: 2, autoscaler: onPool }],
    applications: [
      { name: "orders", jarURI: jar, parallelism: 2, autoscaler: { enabled: true, ...onJob } },
      { name: "audit", jarURI: jar, parallelism: 2, pool: "shared", autoscaler: onJob },
      { name: "plain", jarURI: jar, parallelism: 1, pool: "shared" },
    ],
  };
  // Recorded once, when the first test asks: Pulumi's mocks are process-global, so no two records overlap.
  let recorded: ReturnType<typeof record> | undefined;
  const resources = () =>
    (recorded ??= record(async () => {
      const { FlinkPlatformOSS } = await import("../../lib");
      new FlinkPlatformOSS("dev", args);
    }));
  const byName = async (type: string, name: string) =>
    (await resources()).find((r) => r.type.endsWith(`:${type}`) && r.name === name)!;

  it("the pool's block is its session cluster's configuration", async () => {
    expect(flinkConf(await byName("FlinkDeployment", "dev-pool-shared:flink/shared"))).toEqual({
      "taskmanager.numberOfTaskSlots": "2",
      "job.autoscaler.enabled": "true",
      "job.autoscaler.utilization.target": "0.6",
      "job.autoscaler.vertex.max-parallelism": "4",
    });
  });

  it("an application's block is in its own FlinkDeployment, or its FlinkSessionJob", async () => {
    expect(flinkConf(await byName("FlinkDeployment", "dev:flink/orders"))).toEqual({
      "taskmanager.numberOfTaskSlots": "1",
      "job.autoscaler.enabled": "true",
      "job.autoscaler.utilization.target": "0.5",
      "job.autoscaler.metrics.window": "5m",
      "job.autoscaler.quota.cpu": "2",
      "job.autoscaler.quota.memory": "4096m",
    });
    expect(flinkConf(await byName("FlinkSessionJob", "dev:flink/audit"))).toEqual({
      "job.autoscaler.utilization.target": "0.5",
      "job.autoscaler.metrics.window": "5m",
      "job.autoscaler.quota.cpu": "2",
      "job.autoscaler.quota.memory": "4096m",
    });
    // Without a block nothing is added: the job inherits its session cluster's keys.
    expect(flinkConf(await byName("FlinkSessionJob", "dev:flink/plain"))).toBeUndefined();
  });
});

describe("autoscaler on the CP target", () => {
  it("is in the CMF application's spec and the compute pool's cluster spec", async () => {
    const { FlinkPlatformCP } = await import("../../lib");
    const resources = await record(async () => {
      new FlinkPlatformCP("dev", {
        environment: { name: "dev" },
        cmf: { endpoint: "http://localhost:8080" },
        pools: [{ name: "sql", taskManagers: 2, slots: 2, taskManager: { cpu: 2 }, autoscaler: onPool }],
        applications: [{ name: "orders", jarURI: jar, parallelism: 2, autoscaler: onJob }],
      } as never);
    });
    const app = resources.find((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication")!;
    expect(flinkConf(app)).toMatchObject({
      "job.autoscaler.utilization.target": "0.5",
      "job.autoscaler.quota.memory": "4096m",
    });
    const pool = resources.find((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfComputePool")!;
    expect((pool.inputs.clusterSpec as { flinkConfiguration: unknown }).flinkConfiguration).toEqual({
      "taskmanager.numberOfTaskSlots": "2",
      "job.autoscaler.enabled": "true",
      "job.autoscaler.utilization.target": "0.6",
      "job.autoscaler.vertex.max-parallelism": "4",
    });
  });
});
