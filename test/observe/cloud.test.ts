import { describe, expect, it } from "vitest";
import { valueOf, useCloudMocks } from "../support/cloud-mocks";

const suite = useCloudMocks(() => import("../../lib/cloud/platform"));

describe("Confluent Cloud: what a Metrics API query needs, per pool", () => {
  it("outputs each pool's id, environment id, maxCfu and the CFU series to compare", async () => {
    const ccf = new suite.mod.ConfluentCloudFlink("cc", {
      cloudApiKey: "CLOUDKEY",
      cloudApiSecret: "cloud-secret",
      environment: { displayName: "Staging", streamGovernance: "ESSENTIALS" },
      cloud: "AWS",
      region: "us-east-1",
      pools: [
        { name: "etl", maxCfu: 10 },
        { name: "adhoc", maxCfu: 5 },
      ],
    });
    await suite.mocks.settle();
    const ids = await valueOf(ccf.computePoolIds);
    const environmentId = await valueOf(ccf.environmentId);
    const facts = (pool: string, maxCfu: number) => ({
      computePoolId: ids[pool],
      environmentId,
      maxCfu,
      filterField: "resource.compute_pool.id",
      currentCfusMetric: "io.confluent.flink/compute_pool_utilization/current_cfus",
      cfuLimitMetric: "io.confluent.flink/compute_pool_utilization/cfu_limit",
    });
    expect(await valueOf(ccf.poolMetrics)).toEqual({ etl: facts("etl", 10), adhoc: facts("adhoc", 5) });
    expect(ids.etl).toMatch(/^lfcp-/);
    expect(environmentId).toMatch(/^env-/);
  });
});
