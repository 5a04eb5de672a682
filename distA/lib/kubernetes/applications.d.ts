import { Chart } from "cdk8s";
import { Construct } from "constructs";
import { smokeTestName } from "../core/identities";
import type { ApplicationPlan, PlatformPlan } from "../core/derive";
import { FlinkDeploymentSpec, FlinkVersion } from "./flink";
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
}
/**
 * An application of a platform plan with the platform's cluster settings
 * filled in (image unless the application names its own, Flink version,
 * service account, slots, JobManager and TaskManager resources): what both
 * the OSS chart and CMF's FlinkApplication render.
 */
export declare function applicationProps(plan: PlatformPlan, app: ApplicationPlan): FlinkApplicationProps;
/** CPU and memory of a JobManager or TaskManager. */
export interface ApplicationPodResources {
    /** CPU in cores. */
    readonly cpu: number;
    /** Memory as a Kubernetes quantity (`Mi`/`Gi`). */
    readonly memory: string;
}
/**
 * The FlinkDeployment spec of an application running in its own cluster
 * (application mode). Also the spec of a CMF FlinkApplication, which is the
 * same shape.
 */
export declare function applicationDeploymentSpec(app: FlinkApplicationProps): FlinkDeploymentSpec;
/** Name of the smoke-test application (defined with the config rule that keeps it unique). */
export { smokeTestName };
/**
 * The cookbook's smoke test: the StateMachineExample streaming job,
 * stateless, JobManager and TaskManager 1 CPU / 1 GiB each.
 */
export declare function smokeTestApplication(props: {
    namespace: string;
    image: string;
    flinkVersion: FlinkVersion;
    serviceAccount: string;
    parallelism: number;
}): FlinkApplicationProps;
/** Annotations that make `pulumi up` wait until the operator reports the deployment STABLE. */
export declare function waitUntilStable(timeoutSeconds: number): Record<string, string>;
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
export declare class FlinkApplicationsChart extends Chart {
    constructor(scope: Construct, id: string, props: FlinkApplicationsChartProps);
}
