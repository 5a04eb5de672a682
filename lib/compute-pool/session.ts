import * as pulumi from "@pulumi/pulumi";
import { App } from "cdk8s";
import { FlinkVersion } from "../kubernetes/flink";
import { SessionClusterChart } from "../kubernetes/flink-charts";
import { registerCharts } from "../kubernetes/bridge";
import { autoscalerConfiguration } from "../core/autoscaler-schema";
import type { ComputePoolFaceResult, OssComputePoolArgs } from "./args";

/** The OSS face: a session-mode FlinkDeployment, created after `dependsOn` (operator, CRDs). */
export function sessionCluster(
  pool: pulumi.ComponentResource,
  name: string,
  oss: OssComputePoolArgs,
  dependsOn: pulumi.Resource[],
): ComputePoolFaceResult {
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
    configuration: autoscalerConfiguration(oss.autoscaler),
    timeoutSeconds: oss.timeoutSeconds ?? 600,
    ...(oss.flinkConfiguration ? { flinkConfiguration: oss.flinkConfiguration } : {}),
    ...(oss.metricsPort !== undefined ? { metricsPort: oss.metricsPort } : {}),
  });
  registerCharts([chart], {
    parent: pool,
    prefix: name,
    namespaces: new Map(),
    customResourceDependsOn: dependsOn,
  });
  return { id: pulumi.output(poolName), slotCapacity: oss.taskManagers * oss.slots };
}
