/** {@link CmfFlinkApplication}: a Flink application in CMF on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfScopedResource, type CmfScopedArgs } from "./resource";
import type { CmfApplicationSpec, JsonObject } from "./types";
/** Resolved inputs of {@link cmfFlinkApplicationProvider}. */
export interface CmfFlinkApplicationInputs extends CmfApplicationSpec {
    readonly connection: CmfConnection;
    readonly environment: string;
    readonly waitForRunning?: boolean;
    readonly waitTimeoutMs?: number;
    readonly pollIntervalMs?: number;
}
/** Outputs (state) of {@link cmfFlinkApplicationProvider}. */
export interface CmfFlinkApplicationOutputs extends CmfFlinkApplicationInputs {
    /** `status.jobStatus.state` as last seen by create/update/refresh. */
    readonly jobState?: string;
}
/** Dynamic provider behind {@link CmfFlinkApplication}; exported for tests and reuse. */
export declare const cmfFlinkApplicationProvider: pulumi.dynamic.ResourceProvider<CmfFlinkApplicationInputs, CmfFlinkApplicationOutputs>;
/** Arguments of {@link CmfFlinkApplication}. */
export interface CmfFlinkApplicationArgs extends CmfScopedArgs {
    /** FlinkDeployment spec: image, flinkVersion, flinkConfiguration, jobManager, taskManager, job, ... */
    readonly spec: pulumi.Input<JsonObject>;
    /**
     * After create/update, poll until `status.jobStatus.state` is `RUNNING`; fail
     * with CMF's reported status on a terminal state or timeout. Skipped when
     * `spec.job.state` is `suspended`.
     * @default false
     */
    readonly waitForRunning?: pulumi.Input<boolean>;
    /** Bound of the wait in ms. @default 600000 */
    readonly waitTimeoutMs?: pulumi.Input<number>;
    /** Time between two status polls in ms. @default 5000 */
    readonly pollIntervalMs?: pulumi.Input<number>;
}
/**
 * A Flink application managed by CMF
 * (`POST /cmf/api/v1/environments/{env}/applications`, an upsert).
 * Changing `environment` or `name` replaces it.
 */
export declare class CmfFlinkApplication extends CmfScopedResource<CmfFlinkApplicationArgs> {
    readonly spec: pulumi.Output<JsonObject>;
    /** `status.jobStatus.state` as last seen by Pulumi. */
    readonly jobState: pulumi.Output<string | undefined>;
    constructor(name: string, args: CmfFlinkApplicationArgs, opts?: pulumi.CustomResourceOptions);
}
