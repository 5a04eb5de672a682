import { Chart } from "cdk8s";
import { Construct } from "constructs";
import { smokeTestName } from "../core/identities";
import { smokeTestCluster } from "../core/namespace-demand";
import type { ApplicationPlan, PlatformPlan } from "../core/derive";
import { flinkMemory } from "../core/units";
import { autoscalerConfiguration } from "../core/autoscaler-schema";
import { clusterReporterOptions, flinkMetricsPort } from "../core/observability";
import { FlinkDeployment, FlinkDeploymentSpec, FlinkSessionJob, FlinkVersion, JobSpec } from "./flink";
import { platformLabels, restrictedFlinkPodTemplate } from "./labels";
import { declaredSnapshots, rollbackJobFields } from "./savepoints";

/**
 * One application as the charts take it: the planned job, plus the cluster it
 * runs in when it has its own.
 */
export interface FlinkApplicationProps extends Omit<ApplicationPlan, "stateful" | "image"> {
  /** Image of its own cluster (ignored for session jobs, like the fields below). */
  readonly image: string;
  /** `spec.flinkVersion`. */
  readonly flinkVersion: FlinkVersion;
  /** Service account of the cluster's pods. */
  readonly serviceAccount: string;
  /** Task slots per TaskManager. */
  readonly slots: number;
  /** TaskManager resources. */
  readonly taskManager: ApplicationPodResources;
  /** JobManager resources. */
  readonly jobManager: ApplicationPodResources;
  /**
   * Flink options the platform adds to the cluster (the metrics reporter),
   * before the application's own `configuration`.
   */
  readonly platformConfiguration?: Readonly<Record<string, string>>;
  /** Container port the pods declare as `metrics`; none while metrics are off. */
  readonly metricsPort?: number;
}

/**
 * An application of a platform plan with the platform's cluster settings
 * filled in (image unless the application names its own, Flink version,
 * service account, slots, JobManager and TaskManager resources): what both
 * the OSS chart and CMF's FlinkApplication render.
 */
export function applicationProps(plan: PlatformPlan, app: ApplicationPlan): FlinkApplicationProps {
  return {
    ...app,
    image: app.image ?? plan.flink.image,
    flinkVersion: plan.flink.versionEnum as FlinkVersion,
    serviceAccount: plan.flink.serviceAccount,
    slots: plan.taskManager.slots,
    taskManager: plan.taskManager,
    jobManager: plan.jobManager,
    ...applicationClusterMetrics(plan, app.name),
  };
}

/**
 * What the platform adds to a cluster it creates for one application (an
 * application's own cluster, the smoke test's): the reporter labelled with
 * the application's name, and the `metrics` port the PodMonitors scrape by
 * name. Both empty while metrics are off.
 */
export function applicationClusterMetrics(
  plan: PlatformPlan,
  application: string,
): Pick<FlinkApplicationProps, "platformConfiguration" | "metricsPort"> {
  return {
    platformConfiguration: clusterReporterOptions(plan, { application }),
    metricsPort: flinkMetricsPort(plan),
  };
}

/** CPU and memory of a JobManager or TaskManager. */
export interface ApplicationPodResources {
  /** CPU in cores. */
  readonly cpu: number;
  /** Memory as a Kubernetes quantity (`Mi`/`Gi`). */
  readonly memory: string;
}

/** The job part of an application. */
function jobSpec(app: FlinkApplicationProps): JobSpec {
  return {
    jarURI: app.jarURI,
    ...(app.entryClass ? { entryClass: app.entryClass } : {}),
    ...(app.args ? { args: [...app.args] } : {}),
    parallelism: app.parallelism,
    upgradeMode: app.upgradeMode,
    state: app.state,
    ...rollbackJobFields(app),
  };
}

/**
 * The FlinkDeployment spec of an application running in its own cluster
 * (application mode). Also the spec of a CMF FlinkApplication, which is the
 * same shape.
 */
export function applicationDeploymentSpec(app: FlinkApplicationProps): FlinkDeploymentSpec {
  return {
    image: app.image,
    flinkVersion: app.flinkVersion,
    serviceAccount: app.serviceAccount,
    flinkConfiguration: {
      "taskmanager.numberOfTaskSlots": String(app.slots),
      ...autoscalerConfiguration(app.autoscaler),
      ...app.platformConfiguration,
      ...app.configuration,
    },
    podTemplate: restrictedFlinkPodTemplate(app.metricsPort),
    jobManager: {
      replicas: 1,
      resource: { cpu: app.jobManager.cpu, memory: flinkMemory(app.jobManager.memory) },
    },
    taskManager: { resource: { cpu: app.taskManager.cpu, memory: flinkMemory(app.taskManager.memory) } },
    job: jobSpec(app),
  };
}

/** Name of the smoke-test application (defined with the config rule that keeps it unique). */
export { smokeTestName };

/**
 * The cookbook's smoke test: the StateMachineExample streaming job (keyed
 * state, checkpointing; see lib/core/smoke-test), upgrade mode stateless
 * since its state is not worth keeping, JobManager and TaskManager 1 CPU /
 * 1 GiB each. `configuration` is `smokeTestFlinkConfiguration(plan)`.
 */
export function smokeTestApplication(props: {
  namespace: string;
  image: string;
  flinkVersion: FlinkVersion;
  serviceAccount: string;
  parallelism: number;
  configuration: Readonly<Record<string, string>>;
  platformConfiguration?: Readonly<Record<string, string>>;
  metricsPort?: number;
}): FlinkApplicationProps {
  return {
    ...props,
    name: smokeTestName,
    jarURI: "local:///opt/flink/examples/streaming/StateMachineExample.jar",
    upgradeMode: "stateless",
    state: "running",
    // The figures the namespace-budget guardrail counts (one source).
    slots: smokeTestCluster.slots,
    taskManager: smokeTestCluster.taskManager,
    jobManager: smokeTestCluster.jobManager,
  };
}

/** Annotations that make `pulumi up` wait until the operator reports the deployment STABLE. */
export function waitUntilStable(timeoutSeconds: number): Record<string, string> {
  return {
    "pulumi.com/waitFor": "jsonpath={.status.lifecycleState}=STABLE",
    "pulumi.com/timeoutSeconds": String(timeoutSeconds),
  };
}

/** Props of {@link FlinkApplicationsChart}. */
export interface FlinkApplicationsChartProps {
  /** Environment name, for labels. */
  readonly environment: string;
  /** The applications. */
  readonly applications: readonly FlinkApplicationProps[];
}

/**
 * A platform's Flink applications: a FlinkDeployment in application mode per
 * application, or a FlinkSessionJob when it runs on a pool. Checkpoint,
 * savepoint and HA settings come from the operator defaults.
 */
export class FlinkApplicationsChart extends Chart {
  constructor(scope: Construct, id: string, props: FlinkApplicationsChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    for (const app of props.applications) {
      const metadata = {
        name: app.name,
        namespace: app.namespace,
        labels: {
          ...platformLabels(props.environment, "application"),
          "flink-platform.io/application": app.name,
        },
      };
      let job: FlinkSessionJob | FlinkDeployment;
      if (app.pool) {
        // Only what the job sets: the operator overlays it on its session cluster's configuration.
        const configuration = { ...autoscalerConfiguration(app.autoscaler), ...app.configuration };
        job = new FlinkSessionJob(this, app.name, {
          metadata,
          spec: {
            deploymentName: app.pool,
            job: jobSpec(app),
            ...(Object.keys(configuration).length > 0 ? { flinkConfiguration: configuration } : {}),
          },
        });
      } else {
        job = new FlinkDeployment(this, app.name, { metadata, spec: applicationDeploymentSpec(app) });
      }
      declaredSnapshots(this, job, app, metadata.labels);
    }
  }
}
