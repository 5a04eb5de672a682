/**
 * Confluent Cloud's smoke test (issue 16): a bounded statement that proves
 * the pool, the runner's principal and its Flink API key work. `pulumi up`
 * fails when it does not reach RUNNING or COMPLETED (the provider's create).
 */
import { describe, expect, it } from "vitest";
import type { ConfluentCloudFlinkArgs } from "../../lib/cloud/platform";
import { parseCloudConfig } from "../../lib/cloud/config";
import { RecordedResource, T, plain, useCloudMocks, valueOf } from "../support/cloud-mocks";
import { configErrorOf } from "../support/errors";

const suite = useCloudMocks(() => import("../../lib/cloud/platform"));

const credentials = { cloudApiKey: "CLOUDKEY", cloudApiSecret: "cloud-secret" };
const section = {
  environment: { displayName: "Staging" },
  cloud: "AWS",
  region: "us-east-1",
  kafka: { clusterId: "lkc-abc123" },
  pools: [
    { name: "etl", maxCfu: 10 },
    { name: "adhoc", maxCfu: 5 },
  ],
};
const inputsOf = (r: RecordedResource) => plain(r.inputs) as Record<string, unknown>;

describe("Confluent Cloud smoke test", () => {
  it("GIVEN smokeTest.enabled THEN one bounded statement on the first pool, as the runner, with the Flink API key", async () => {
    const args = { ...credentials, ...section, smokeTest: { enabled: true } } as ConfluentCloudFlinkArgs;
    const ccf = new suite.mod.ConfluentCloudFlink("cc", args);
    await suite.mocks.settle();
    const smoke = suite.mocks
      .ofType(T.FlinkStatement)
      .filter((r) => r.name.startsWith("cc-stmt-cc-smoke-test"));
    expect(smoke.map((r) => r.name)).toEqual(["cc-stmt-cc-smoke-test"]);
    const inputs = inputsOf(smoke[0]);
    expect(inputs.statement).toBe("SELECT 1 AS smoke_test;");
    expect(inputs.statementName).toMatch(/^cc-smoke-test-[0-9a-f]{8}$/);
    const poolIds = await valueOf(ccf.computePoolIds);
    expect(inputs.computePool).toEqual({ id: poolIds.etl });
    expect(inputs.principal).toBeDefined();
    expect(inputs.credentials).toBeDefined();
  });

  it("GIVEN smokeTest.pool THEN the statement runs there; without smokeTest there is none", async () => {
    new suite.mod.ConfluentCloudFlink("on", {
      ...credentials,
      ...section,
      smokeTest: { enabled: true, pool: "adhoc" },
    } as ConfluentCloudFlinkArgs);
    new suite.mod.ConfluentCloudFlink("off", { ...credentials, ...section } as ConfluentCloudFlinkArgs);
    await suite.mocks.settle();
    const names = suite.mocks.ofType(T.FlinkStatement).map((r) => r.name);
    expect(names.filter((n) => n.includes("smoke-test"))).toEqual(["on-stmt-on-smoke-test"]);
  });

  it("refuses a smoke test on an undeclared pool, or with no pool at all, naming the key", () => {
    expect(
      configErrorOf(() => parseCloudConfig({ ...section, smokeTest: { enabled: true, pool: "nope" } }))
        .problems,
    ).toEqual([
      {
        path: "flink-platform:cloud.smokeTest.pool",
        got: "nope",
        allowed: "one of the pools: etl, adhoc",
        hint: undefined,
      },
    ]);
    expect(
      configErrorOf(() => parseCloudConfig({ ...section, pools: [], smokeTest: { enabled: true } })).problems,
    ).toEqual([
      {
        path: "flink-platform:cloud.smokeTest.enabled",
        got: true,
        allowed: "false unless a pool is declared under pools (the smoke statement runs on one)",
        hint: undefined,
      },
    ]);
  });
});
