import * as pulumi from "@pulumi/pulumi";
import { App } from "cdk8s";
import {
  ComputePool,
  CpComputePoolArgs,
  KubernetesPoolFaceResult,
  OssComputePoolArgs,
  provideKubernetesPoolFaces,
} from "./compute-pool";
import { CmfComputePool } from "../cp/cmf/resources";
import { CmfPoolType } from "../core/schema";
import { flinkMemory } from "../core/units";
import { FlinkVersion, SessionClusterChart } from "../k8s";
import { registerCharts } from "../kubernetes/bridge";

/**
 * The Kubernetes faces of {@link ComputePool}: an OSS session cluster (a
 * session-mode FlinkDeployment, capacity taskManagers x slots) and a CMF SQL
 * compute pool. Loading this module plugs them in; the platform components
 * and the package root load it.
 */

/** The OSS face: a session-mode FlinkDeployment, created after `dependsOn` (operator, CRDs). */
function sessionCluster(
  pool: ComputePool,
  name: string,
  oss: OssComputePoolArgs,
  dependsOn: pulumi.Resource[],
): KubernetesPoolFaceResult {
  const poolName = oss.poolName ?? name;
  const chart = new SessionClusterChart(new App(), poolName, {
    environment: oss.environment ?? name,
    namespace: oss.namespace,
    name: poolName,
    image: oss.image,
    flinkVersion: oss.flinkVersion as FlinkVersion,
    serviceAccount: oss.serviceAccount,
    taskManagers: oss.taskManagers,
    slots: oss.slots,
    taskManager: oss.taskManager,
    jobManager: oss.jobManager,
    timeoutSeconds: oss.timeoutSeconds ?? 600,
  });
  registerCharts([chart], {
    parent: pool,
    prefix: name,
    namespaces: new Map(),
    customResourceDependsOn: dependsOn,
  });
  return { id: pulumi.output(poolName), slotCapacity: oss.taskManagers * oss.slots };
}

/** The Flink cluster shape CMF takes as a compute pool's `clusterSpec`. */
function cmfClusterSpec(pool: CpComputePoolArgs) {
  return {
    flinkVersion: pool.flinkVersion,
    image: pool.image,
    flinkConfiguration: { "taskmanager.numberOfTaskSlots": String(pool.slots) },
    jobManager: { resource: { cpu: pool.jobManager.cpu, memory: flinkMemory(pool.jobManager.memory) } },
    taskManager: {
      replicas: pool.taskManagers,
      resource: { cpu: pool.taskManager.cpu, memory: flinkMemory(pool.taskManager.memory) },
    },
  };
}

/** The CP face: a CMF compute pool, created after `dependsOn` (CMF release, environment). */
function cmfPool(
  pool: ComputePool,
  name: string,
  cp: CpComputePoolArgs,
  dependsOn: pulumi.Resource[],
): KubernetesPoolFaceResult {
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

provideKubernetesPoolFaces({ oss: sessionCluster, cp: cmfPool });
