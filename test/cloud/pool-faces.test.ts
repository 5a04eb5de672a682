import { describe, expect, it } from "vitest";
import { ComputePool, ComputePoolTarget } from "../../lib/cloud";
import { record } from "../support/pulumi";

// This file imports only lib/cloud (not the package root). Before the faces
// were named in one table, importing ComputePool this way threw for the oss
// and cp targets ("faces are not loaded"): a global registry was filled by a
// side-effect import of the package root.
describe("ComputePool imported from lib/cloud alone", () => {
  it("GIVEN target oss THEN it registers the session cluster, no extra import needed", async () => {
    const resources = await record(() => {
      new ComputePool("p", {
        target: ComputePoolTarget.Oss,
        oss: {
          namespace: "flink",
          serviceAccount: "flink",
          image: "flink:1.20",
          flinkVersion: "v1_20",
          taskManagers: 1,
          slots: 1,
          taskManager: { cpu: 1, memory: "2Gi" },
          jobManager: { cpu: 1, memory: "2Gi" },
        },
      });
    });
    expect(resources.map((r) => `${r.type} ${r.name}`)).toEqual([
      "flink-platform:index:ComputePool p",
      "kubernetes:flink.apache.org/v1beta1:FlinkDeployment p:flink/p",
    ]);
  });
});
