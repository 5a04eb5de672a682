/** {@link CmfEnvironment}: a CMF environment on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfResource, type CmfConnectionArgs } from "./resource";
import type { CmfEnvironmentSpec, JsonObject } from "./types";
/** Resolved inputs of {@link cmfEnvironmentProvider}. */
export interface CmfEnvironmentInputs extends CmfEnvironmentSpec {
    readonly connection: CmfConnection;
}
/** Outputs (state) of {@link cmfEnvironmentProvider}. */
export interface CmfEnvironmentOutputs extends CmfEnvironmentInputs {
    readonly createdTime?: string;
    readonly updatedTime?: string;
}
/** Dynamic provider behind {@link CmfEnvironment}; exported for tests and reuse. */
export declare const cmfEnvironmentProvider: pulumi.dynamic.ResourceProvider<CmfEnvironmentInputs, CmfEnvironmentOutputs>;
/** Arguments of {@link CmfEnvironment}. */
export interface CmfEnvironmentArgs {
    /** How to reach CMF. */
    readonly connection: CmfConnectionArgs;
    /** CMF environment name (lowercase DNS name, at least 4 characters). Changing it replaces the environment. @default the resource name */
    readonly name?: pulumi.Input<string>;
    /** Kubernetes namespace for the environment's Flink clusters. Changing it replaces the environment. */
    readonly kubernetesNamespace: pulumi.Input<string>;
    /** Kubernetes cluster registered in CMF. @default CMF's own cluster */
    readonly kubernetesClusterName?: pulumi.Input<string>;
    /** Defaults merged into every FlinkApplication spec. @default none */
    readonly flinkApplicationDefaults?: pulumi.Input<JsonObject>;
    /** Defaults merged into every compute pool. @default none */
    readonly computePoolDefaults?: pulumi.Input<JsonObject>;
    /** Flink configuration defaults for detached and interactive SQL statements. @default none */
    readonly statementDefaults?: pulumi.Input<CmfEnvironmentSpec["statementDefaults"]>;
}
/**
 * A CMF environment (`POST /cmf/api/v1/environments`, an upsert). Changing
 * `name` or `kubernetesNamespace` replaces it; a refresh that finds it gone
 * drops it from the state.
 */
export declare class CmfEnvironment extends CmfResource {
    readonly name: pulumi.Output<string>;
    readonly kubernetesNamespace: pulumi.Output<string>;
    readonly kubernetesClusterName: pulumi.Output<string | undefined>;
    /** `created_time` reported by CMF. */
    readonly createdTime: pulumi.Output<string | undefined>;
    /** `updated_time` reported by CMF. */
    readonly updatedTime: pulumi.Output<string | undefined>;
    constructor(name: string, args: CmfEnvironmentArgs, opts?: pulumi.CustomResourceOptions);
}
