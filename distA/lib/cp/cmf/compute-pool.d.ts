/** {@link CmfComputePool}: a CMF compute pool for Flink SQL on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfScopedResource, type CmfScopedArgs } from "./resource";
import type { CmfComputePoolSpec, CmfComputePoolState, CmfComputePoolType, JsonObject } from "./types";
/** Resolved inputs of {@link cmfComputePoolProvider}. */
export interface CmfComputePoolInputs extends CmfComputePoolSpec {
    readonly connection: CmfConnection;
    readonly environment: string;
}
/** Outputs (state) of {@link cmfComputePoolProvider}. */
export interface CmfComputePoolOutputs extends CmfComputePoolInputs {
    /** `status.phase` as last seen by create/update/refresh. */
    readonly phase?: string;
}
/** Dynamic provider behind {@link CmfComputePool}; exported for tests and reuse. */
export declare const cmfComputePoolProvider: pulumi.dynamic.ResourceProvider<CmfComputePoolInputs, CmfComputePoolOutputs>;
/** Arguments of {@link CmfComputePool}. */
export interface CmfComputePoolArgs extends CmfScopedArgs {
    /** `DEDICATED` or `SHARED`. */
    readonly type: pulumi.Input<CmfComputePoolType>;
    /** Desired state, SHARED pools only. @default RUNNING (CMF's default) */
    readonly state?: pulumi.Input<CmfComputePoolState>;
    /** flinkVersion, image (`confluentinc/cp-flink-sql:<tag>`), flinkConfiguration, jobManager, taskManager. */
    readonly clusterSpec: pulumi.Input<JsonObject>;
}
/**
 * A CMF compute pool for Flink SQL. Created with POST (falling back to PUT
 * when it already exists), updated with PUT; changing `environment` or `name`
 * replaces it.
 */
export declare class CmfComputePool extends CmfScopedResource<CmfComputePoolArgs> {
    readonly type: pulumi.Output<CmfComputePoolType>;
    readonly clusterSpec: pulumi.Output<JsonObject>;
    /** `status.phase` as last seen by Pulumi. */
    readonly phase: pulumi.Output<string | undefined>;
    constructor(name: string, args: CmfComputePoolArgs, opts?: pulumi.CustomResourceOptions);
}
