import { describe, expect, it } from "vitest";
import type { ComputePoolArgs } from "../../lib/cloud";
import { ConfigError } from "../../lib/core/errors";
import { record, rows } from "../support/pulumi";
import { validateFlinkResource } from "../support/schemas";
import { haveReference, operatorReferenceDir } from "../support/reference";

const sizing = {
  flinkVersion: "v1_20",
  taskManagers: 3,
  slots: 2,
  taskManager: { cpu: 2, memory: "4Gi" },
  jobManager: { cpu: 1, memory: "2Gi" },
};

async function pool(args: ComputePoolArgs) {
  return record(async () => {
    const { ComputePool } = await import("../../lib");
    new ComputePool("dev-pool-default", args);
  });
}

describe("ComputePool: OSS face (session cluster)", () => {
  const args: ComputePoolArgs = {
    target: "oss",
    oss: {
      ...sizing,
      poolName: "default",
      namespace: "flink",
      serviceAccount: "flink",
      image: "flink:1.20.1",
    },
  };

  it("registers one session FlinkDeployment with replicas x slots as capacity", async () => {
    const resources = await pool(args);
    expect(rows(resources)).toEqual([
      "flink-platform:index:ComputePool dev-pool-default",
      "kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev-pool-default:flink/default",
    ]);
    const fd = resources[1].inputs as { spec: Record<string, unknown>; metadata: Record<string, unknown> };
    expect(fd.spec).toMatchObject({
      mode: "native",
      flinkConfiguration: { "taskmanager.numberOfTaskSlots": "2" },
      taskManager: { replicas: 3, resource: { cpu: 2, memory: "4096m" } },
      jobManager: { replicas: 1, resource: { cpu: 1, memory: "2048m" } },
    });
    expect(fd.spec.job).toBeUndefined();
    expect(fd.metadata).toMatchObject({ name: "default", namespace: "flink" });
  });

  it.skipIf(!haveReference("operator CRDs", `${operatorReferenceDir}/crds`))(
    "the session cluster validates against the operator CRD",
    async () => {
      const resources = await pool(args);
      expect(validateFlinkResource(resources[1].inputs)).toBeUndefined();
    },
  );

  it("rejects bad sizing with every problem at once", async () => {
    const { ComputePool } = await import("../../lib");
    let error: ConfigError | undefined;
    try {
      new ComputePool("x", {
        target: "oss",
        oss: {
          ...args.oss!,
          taskManagers: 0,
          flinkVersion: "v1_21",
          taskManager: { cpu: 0, memory: "4G" },
        },
      });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.problems.map((p) => `${p.path}: ${p.allowed}`)).toEqual([
      "oss.taskManagers: a whole number of at least 1",
      "oss.flinkVersion: one of v1_16, v1_17, v1_18, v1_19, v1_20, v2_0, v2_1, v2_2",
      "oss.taskManager.cpu: a number of CPU cores greater than 0",
      "oss.taskManager.memory: a memory quantity such as 2048Mi or 4Gi",
    ]);
  });
});

describe("ComputePool: CP face (CMF compute pool)", () => {
  it("registers a CMF compute pool with the cluster spec and a secret connection", async () => {
    const resources = await pool({
      target: "cp",
      cp: {
        ...sizing,
        poolName: "sql",
        image: "confluentinc/cp-flink-sql:1.19-cp1",
        flinkVersion: "v1_19",
        cmfEnvironment: "dev",
        type: "SHARED",
        connection: { endpoint: "https://cmf.example.com", auth: { type: "bearer", token: "t0ken" } },
      },
    });
    expect(rows(resources)).toEqual([
      "flink-platform:index:ComputePool dev-pool-default",
      "pulumi-nodejs:dynamic/cmf:CmfComputePool dev-pool-default",
    ]);
    expect(resources[1].inputs).toMatchObject({
      environment: "dev",
      name: "sql",
      type: "SHARED",
      clusterSpec: {
        flinkVersion: "v1_19",
        image: "confluentinc/cp-flink-sql:1.19-cp1",
        flinkConfiguration: { "taskmanager.numberOfTaskSlots": "2" },
        taskManager: { replicas: 3, resource: { cpu: 2, memory: "4096m" } },
        jobManager: { resource: { cpu: 1, memory: "2048m" } },
      },
    });
    expect(JSON.stringify(resources)).not.toContain("t0ken");
  });
});
