import { describe, expect, it } from "vitest";
import { ComputePool, ComputePoolTarget } from "../../lib/cloud";
import { record } from "../support/pulumi";

// This file imports only lib/cloud (not the package root), so the Kubernetes
// faces of ComputePool are not plugged in: the error must say what to do.
describe("ComputePool without its Kubernetes faces", () => {
  it("a Kubernetes face fails with an error that names the fix, before registering anything", async () => {
    let error: unknown;
    const resources = await record(() => {
      try {
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
      } catch (err) {
        error = err;
      }
    });
    expect((error as Error).message).toBe(
      "ComputePool's Kubernetes faces are not loaded: import ComputePool from the package root (flink-platform)",
    );
    expect(resources).toEqual([]);
  });
});
