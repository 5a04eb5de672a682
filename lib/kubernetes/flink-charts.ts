/**
 * The charts of one FlinkDeployment that `pulumi up` waits on (cdk8s, no
 * Pulumi): the smoke test and a compute pool's session cluster.
 */
import { Chart } from "cdk8s";
import { Construct } from "constructs";
import type { PodResources } from "../core/sizes";
import { smokeCheckpointStatusPath, smokeCheckpointTriggerType } from "../core/smoke-test";
import { flinkMemory } from "../core/units";
import {
  applicationDeploymentSpec,
  smokeTestApplication,
  smokeTestName,
  waitUntilStable,
} from "./applications";
import { chartOptions } from "./charts";
import { FlinkDeployment, FlinkDeploymentSpec, FlinkVersion } from "./flink";
import { platformLabels, restrictedFlinkPodTemplate } from "./labels";

/** What a chart of one FlinkDeployment that `pulumi up` waits on takes. */
export interface FlinkDeploymentChartProps {
  /** Environment name, in every object's labels. */
  readonly environment: string;
  /** Flink namespace it runs in. */
  readonly namespace: string;
  /** Flink image. */
  readonly image: string;
  /** Flink version of the image. */
  readonly flinkVersion: FlinkVersion;
  /** Service account of the Flink pods. */
  readonly serviceAccount: string;
  /** How long `pulumi up` waits for the deployment (STABLE; the smoke test also a checkpoint). */
  readonly timeoutSeconds: number;
  /** Container port the pods declare as `metrics`; none while metrics are off. */
  readonly metricsPort?: number;
}

/** The FlinkDeployment of such a chart, annotated so that `pulumi up` waits for it (`annotations`). */
function awaitedDeployment(
  chart: Chart,
  id: string,
  annotations: Record<string, string>,
  metadata: { name: string; labels: Record<string, string> },
  spec: FlinkDeploymentSpec,
): FlinkDeployment {
  return new FlinkDeployment(chart, id, { metadata: { ...metadata, annotations }, spec });
}

/**
 * Annotations that make `pulumi up` wait until the operator reports the
 * deployment STABLE and a completed checkpoint it triggered (see
 * lib/core/smoke-test for why that field). `pulumi.com/waitFor` with a JSON
 * list waits until every expression holds; a `jsonpath=` expression with a
 * value waits until the path has that value (Pulumi Kubernetes provider
 * 4.18.0 changelog, "Improved Kubernetes Await Logic",
 * https://www.pulumi.com/blog/improved-kubernetes-await-logic/).
 * `pulumi.com/timeoutSeconds` bounds the wait; past it the update fails
 * naming the resource and the unmet condition.
 */
export function waitUntilCheckpointed(timeoutSeconds: number): Record<string, string> {
  return {
    "pulumi.com/waitFor": JSON.stringify([
      waitUntilStable(timeoutSeconds)["pulumi.com/waitFor"],
      `jsonpath={.${smokeCheckpointStatusPath}}=${smokeCheckpointTriggerType}`,
    ]),
    "pulumi.com/timeoutSeconds": String(timeoutSeconds),
  };
}

/** Props of {@link SmokeTestChart}. */
export interface SmokeTestChartProps extends FlinkDeploymentChartProps {
  /** Job parallelism. */
  readonly parallelism: number;
  /** Its checkpointing options: `smokeTestFlinkConfiguration(plan)`. */
  readonly configuration: Readonly<Record<string, string>>;
  /** The reporter options the platform adds (`applicationClusterMetrics`); none while metrics are off. */
  readonly platformConfiguration?: Readonly<Record<string, string>>;
}

/**
 * The smoke test as a FlinkDeployment: `pulumi up` waits until the operator
 * reports it STABLE with a completed checkpoint in the configured store, and
 * fails after the timeout otherwise.
 */
export class SmokeTestChart extends Chart {
  /** The smoke-test FlinkDeployment. */
  readonly deployment: FlinkDeployment;

  constructor(scope: Construct, id: string, props: SmokeTestChartProps) {
    super(scope, id, { ...chartOptions, namespace: props.namespace });
    this.deployment = awaitedDeployment(
      this,
      "smoke-test",
      waitUntilCheckpointed(props.timeoutSeconds),
      { name: smokeTestName, labels: platformLabels(props.environment, "smoke-test") },
      applicationDeploymentSpec(smokeTestApplication(props)),
    );
  }
}

/** Props of {@link SessionClusterChart}. */
export interface SessionClusterChartProps extends FlinkDeploymentChartProps {
  /** Name of the FlinkDeployment; FlinkSessionJobs reference it as `deploymentName`. */
  readonly name: string;
  /** Number of TaskManagers (fixed). */
  readonly taskManagers: number;
  /** Task slots per TaskManager. */
  readonly slots: number;
  /** CPU in cores, memory as a Kubernetes quantity. */
  readonly taskManager: PodResources;
  /** JobManager CPU and memory. */
  readonly jobManager: PodResources;
  /** Extra Flink configuration of the cluster (the pool's autoscaler keys), inherited by its session jobs. */
  readonly configuration?: Readonly<Record<string, string>>;
  /** Flink options the platform adds (the metrics reporter); the pool's slots win. */
  readonly flinkConfiguration?: Readonly<Record<string, string>>;
}

/**
 * A session cluster: a FlinkDeployment without `job`, with a fixed number of
 * TaskManagers, so its capacity (taskManagers x slots) is what FlinkSessionJobs
 * can use. This is the OSS face of a compute pool.
 */
export class SessionClusterChart extends Chart {
  /** The session cluster's FlinkDeployment. */
  readonly deployment: FlinkDeployment;

  constructor(scope: Construct, id: string, props: SessionClusterChartProps) {
    super(scope, id, { ...chartOptions, namespace: props.namespace });
    const labels = {
      ...platformLabels(props.environment, "compute-pool"),
      "flink-platform.io/pool": props.name,
    };
    this.deployment = awaitedDeployment(
      this,
      "session",
      waitUntilStable(props.timeoutSeconds),
      { name: props.name, labels },
      {
        image: props.image,
        flinkVersion: props.flinkVersion,
        serviceAccount: props.serviceAccount,
        mode: "native",
        flinkConfiguration: {
          ...props.flinkConfiguration,
          "taskmanager.numberOfTaskSlots": String(props.slots),
          ...props.configuration,
        },
        podTemplate: restrictedFlinkPodTemplate(props.metricsPort),
        jobManager: {
          replicas: 1,
          resource: { cpu: props.jobManager.cpu, memory: flinkMemory(props.jobManager.memory) },
        },
        taskManager: {
          replicas: props.taskManagers,
          resource: { cpu: props.taskManager.cpu, memory: flinkMemory(props.taskManager.memory) },
        },
      },
    );
  }
}
