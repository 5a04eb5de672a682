/**
 * The charts of one FlinkDeployment that `pulumi up` waits on (cdk8s, no
 * Pulumi): the smoke test and a compute pool's session cluster.
 */
import { Chart } from "cdk8s";
import { Construct } from "constructs";
import type { PodResources } from "../core/sizes";
import { FlinkDeployment, FlinkVersion } from "./flink";
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
/** Props of {@link SmokeTestChart}. */
export interface SmokeTestChartProps extends FlinkDeploymentChartProps {
    /** Job parallelism. */
    readonly parallelism: number;
}
/**
 * The smoke test as a FlinkDeployment: `pulumi up` waits until the operator
 * reports it STABLE, and fails after the timeout otherwise.
 */
export declare class SmokeTestChart extends Chart {
    /** The smoke-test FlinkDeployment. */
    readonly deployment: FlinkDeployment;
    constructor(scope: Construct, id: string, props: SmokeTestChartProps);
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
}
/**
 * A session cluster: a FlinkDeployment without `job`, with a fixed number of
 * TaskManagers, so its capacity (taskManagers x slots) is what FlinkSessionJobs
 * can use. This is the OSS face of a compute pool.
 */
export declare class SessionClusterChart extends Chart {
    /** The session cluster's FlinkDeployment. */
    readonly deployment: FlinkDeployment;
    constructor(scope: Construct, id: string, props: SessionClusterChartProps);
}
