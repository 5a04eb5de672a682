import { describe, expect, it } from "vitest";
import { cmfKubernetesClusterProvider } from "../../lib/cp/cmf/kubernetes-cluster";

/**
 * The CMF resources that wait after create/update (applications, statements,
 * Kubernetes clusters) check their wait bounds by one rule (waitProblems in
 * lib/cp/cmf/scoped.ts): a whole number of milliseconds from 1 to one day.
 */
describe("CMF wait bounds", () => {
  const inputs = {
    connection: { endpoint: "https://cmf.example.com", auth: { type: "none" as const } },
    name: "spoke-1",
  };

  it("CmfKubernetesCluster rejects a zero timeout and a poll interval over one day, as the other waits do", async () => {
    const check = cmfKubernetesClusterProvider.check!;
    const result = await check(inputs, { ...inputs, waitTimeoutMs: 0, pollIntervalMs: 86_400_001 });
    expect(result.failures).toEqual([
      {
        property: "waitTimeoutMs",
        reason: "waitTimeoutMs: got 0; allowed: a whole number of milliseconds, 1..86400000",
      },
      {
        property: "pollIntervalMs",
        reason: "pollIntervalMs: got 86400001; allowed: a whole number of milliseconds, 1..86400000",
      },
    ]);
  });

  it("CmfKubernetesCluster accepts bounds inside the rule", async () => {
    const check = cmfKubernetesClusterProvider.check!;
    const result = await check(inputs, { ...inputs, waitTimeoutMs: 86_400_000, pollIntervalMs: 1 });
    expect(result.failures).toEqual([]);
  });
});
