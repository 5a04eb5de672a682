import type * as pulumi from "@pulumi/pulumi";
import { CmfComputePool } from "../cp/cmf/compute-pool";
import { CmfPoolType } from "../core/workload-schema";
import { flinkMemory } from "../core/units";
import { autoscalerConfiguration } from "../core/autoscaler-schema";
import type { ComputePoolFaceResult, CpComputePoolArgs } from "./args";

/** The Flink cluster shape CMF takes as a compute pool's `clusterSpec`. */
function cmfClusterSpec(pool: CpComputePoolArgs) {
  return {
    flinkVersion: pool.flinkVersion,
    image: pool.image,
    flinkConfiguration: {
      ...pool.flinkConfiguration,
      "taskmanager.numberOfTaskSlots": String(pool.slots),
      ...autoscalerConfiguration(pool.autoscaler),
    },
    jobManager: { resource: { cpu: pool.jobManager.cpu, memory: flinkMemory(pool.jobManager.memory) } },
    taskManager: {
      replicas: pool.taskManagers,
      resource: { cpu: pool.taskManager.cpu, memory: flinkMemory(pool.taskManager.memory) },
    },
  };
}

/** The CP face: a CMF compute pool, created after `dependsOn` (CMF release, environment). */
export function cmfSqlPool(
  pool: pulumi.ComponentResource,
  name: string,
  cp: CpComputePoolArgs,
  dependsOn: pulumi.Resource[],
): ComputePoolFaceResult {
  const cmf = new CmfComputePool(
    name,
    {
      connection: cp.connection,
      environment: cp.cmfEnvironment,
      name: cp.poolName ?? name,
      type: cp.type ?? CmfPoolType.Dedicated,
      clusterSpec: cmfClusterSpec(cp),
    },
    { parent: pool, ...(dependsOn.length > 0 ? { dependsOn } : {}) },
  );
  return { id: cmf.name, slotCapacity: cp.taskManagers * cp.slots };
}
