/**
 * The charts of one FlinkDeployment that `pulumi up` waits on (cdk8s, no
 * Pulumi): the smoke test and a compute pool's session cluster.
 */
import { Chart } from "cdk8s";
import { Construct } from "constructs";
import type { PodResources } from "../core/sizes";
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
  /** How long `pulumi up` waits for the deployment to become STABLE. */
  readonly timeoutSeconds: number;
}

/** The FlinkDeployment of such a chart, annotated so that `pulumi up` waits until it is STABLE. */
function stableDeployment(
  chart: Chart,
  id: string,
  props: FlinkDeploymentChartProps,
  metadata: { name: string; labels: Record<string, string> },
  spec: FlinkDeploymentSpec,
): FlinkDeployment {
  return new FlinkDeployment(chart, id, {
    metadata: { ...metadata, annotations: waitUntilStable(props.timeoutSeconds) },
    spec,
  });
}

/** Props of {@link SmokeTestChart}. */
export interface SmokeTestChartProps extends FlinkDeploymentChartProps {
  /** Job parallelism. */
  readonly parallelism: number;
}

/**
 * The smoke test as a FlinkDeployment: `pulumi up` waits until the operator
 * reports it STABLE, and fails after the timeout otherwise.
 */
export class SmokeTestChart extends Chart {
  /** The smoke-test FlinkDeployment. */
  readonly deployment: FlinkDeployment;

  constructor(scope: Construct, id: string, props: SmokeTestChartProps) {
    super(scope, id, { ...chartOptions, namespace: props.namespace });
    this.deployment = stableDeployment(
      this,
      "smoke-test",
      props,
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
  /** Flink options the platform adds (the metrics reporter); the pool's slots win. */
  readonly flinkConfiguration?: Readonly<Record<string, string>>;
  /** Container port the pods declare as `metrics`; none while metrics are off. */
  readonly metricsPort?: number;
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
    this.deployment = stableDeployment(
      this,
      "session",
      props,
      { name: props.name, labels },
      {
        image: props.image,
        flinkVersion: props.flinkVersion,
        serviceAccount: props.serviceAccount,
        mode: "native",
        flinkConfiguration: {
          ...props.flinkConfiguration,
          "taskmanager.numberOfTaskSlots": String(props.slots),
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
