/**
 * What the platform puts in each Flink namespace, pod by pod, as the charts
 * emit it: the one source of the numbers the namespace-budget guardrail adds
 * up against the ResourceQuota (`requests.cpu`, `requests.memory`) that
 * lib/kubernetes/charts.ts emits from the same plan.
 */
import type { PodResources } from "./sizes";
import type { ApplicationPlan, PoolPlan } from "./plan";
import { mebibytes } from "./units";

/**
 * The smoke test's cluster (the cookbook's: JobManager and TaskManagers of
 * 1 CPU / 1 GiB each, one slot per TaskManager). Read by the chart that
 * deploys it (lib/kubernetes/applications.ts) and by the quota guardrail.
 */
export const smokeTestCluster = {
  jobManager: { cpu: 1, memory: "1Gi" },
  taskManager: { cpu: 1, memory: "1Gi" },
  slots: 1,
} as const;

/** One workload's pods in a namespace. */
export interface NamespaceWorkload {
  /** Namespace its pods run in. */
  readonly namespace: string;
  /** What it is, in messages: `pool default`, `application orders`, `the smoke test`. */
  readonly label: string;
  /** The config key that grows it, named by the guardrail's error. */
  readonly path: string;
  /** CPU requested by all its pods. */
  readonly cpu: number;
  /** Memory requested by all its pods, in MiB. */
  readonly memoryMi: number;
}

/** What {@link namespaceWorkloads} reads: the resolved plan's parts that create pods. */
export interface WorkloadSources {
  readonly pools: readonly PoolPlan[];
  readonly applications: readonly ApplicationPlan[];
  /** JobManager of every cluster (pools and applications). */
  readonly jobManager: PodResources;
  /** TaskManager resources and slots of applications with their own cluster. */
  readonly taskManager: PodResources & { readonly slots: number };
  readonly smokeTest: { readonly enabled: boolean; readonly parallelism: number };
  /** Namespace of the smoke test (the first Flink namespace). */
  readonly smokeTestNamespace: string;
}

/** One JobManager plus `taskManagers` TaskManagers. */
function cluster(jobManager: PodResources, taskManager: PodResources, taskManagers: number) {
  return {
    cpu: jobManager.cpu + taskManagers * taskManager.cpu,
    memoryMi: mebibytes(jobManager.memory) + taskManagers * mebibytes(taskManager.memory),
  };
}

/**
 * Every workload the platform runs, with the namespace its pods land in:
 * - a pool: its session cluster (JobManager and fixed TaskManagers);
 * - an application with its own cluster: a JobManager and, in native mode,
 *   ceil(parallelism / slots) TaskManagers (its `taskmanager.numberOfTaskSlots`
 *   overrides the platform's slots, as in its FlinkDeployment spec). A session
 *   job runs on its pool and adds no pod; a suspended application has none
 *   (the operator deletes its cluster until it runs again);
 * - the smoke test, when enabled.
 *
 * The operator's and CMF's pods are never under a Flink namespace's quota:
 * the schema refuses a Flink namespace that is also `namespaces.operator`.
 */
export function namespaceWorkloads(src: WorkloadSources): NamespaceWorkload[] {
  const out: NamespaceWorkload[] = [];
  src.pools.forEach((p, i) => {
    out.push({
      namespace: p.namespace,
      label: `pool ${p.name}`,
      path: `flink-platform:pools[${i}].taskManagers`,
      ...cluster(src.jobManager, p.taskManager, p.taskManagers),
    });
  });
  src.applications.forEach((a, i) => {
    if (a.pool !== undefined || a.state === "suspended") return;
    const slots = Number(a.configuration?.["taskmanager.numberOfTaskSlots"] ?? src.taskManager.slots);
    const taskManagers = Math.ceil(a.parallelism / (slots > 0 ? slots : 1));
    out.push({
      namespace: a.namespace,
      label: `application ${a.name}`,
      path: `flink-platform:applications[${i}].parallelism`,
      ...cluster(src.jobManager, src.taskManager, taskManagers),
    });
  });
  if (src.smokeTest.enabled) {
    const c = smokeTestCluster;
    out.push({
      namespace: src.smokeTestNamespace,
      label: "the smoke test",
      path: "flink-platform:smokeTest.parallelism",
      ...cluster(c.jobManager, c.taskManager, Math.ceil(src.smokeTest.parallelism / c.slots)),
    });
  }
  return out;
}
