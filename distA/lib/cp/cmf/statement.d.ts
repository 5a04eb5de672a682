/** {@link CmfStatement}: a Flink SQL statement in a CMF environment, on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfScopedResource, type CmfScopedArgs } from "./resource";
import { type CmfStatementSpec } from "./sql-bodies";
/** Resolved inputs of {@link cmfStatementProvider}. */
export interface CmfStatementInputs extends CmfStatementSpec {
    readonly connection: CmfConnection;
    readonly environment: string;
    readonly waitTimeoutMs?: number;
    readonly pollIntervalMs?: number;
}
/** Outputs (state) of {@link cmfStatementProvider}. */
export interface CmfStatementOutputs extends CmfStatementInputs {
    /** `status.phase` as last seen by create/update/refresh. */
    readonly phase?: string;
}
/** Dynamic provider behind {@link CmfStatement}; exported for tests and reuse. */
export declare const cmfStatementProvider: pulumi.dynamic.ResourceProvider<CmfStatementInputs, CmfStatementOutputs>;
/** Arguments of {@link CmfStatement}. */
export interface CmfStatementArgs extends CmfScopedArgs {
    /** The SQL text; immutable: a change replaces the statement (give it a new, versioned `name`). */
    readonly statement: pulumi.Input<string>;
    /** Compute pool that runs it. Changing it replaces the statement. */
    readonly computePoolName: pulumi.Input<string>;
    /** Session properties (`sql.current-catalog`, `sql.current-database`, ...). @default none */
    readonly properties?: pulumi.Input<Record<string, string>>;
    /** Flink configuration of the statement. @default the environment's statement defaults */
    readonly flinkConfiguration?: pulumi.Input<Record<string, string>>;
    /** @default CMF's */
    readonly parallelism?: pulumi.Input<number>;
    /** Stop (true) or resume (false) in place. @default false */
    readonly stopped?: pulumi.Input<boolean>;
    /** Bound of the wait for RUNNING/COMPLETED/STOPPED in ms. @default 600000 */
    readonly waitTimeoutMs?: pulumi.Input<number>;
    /** Time between two status polls in ms. @default 5000 */
    readonly pollIntervalMs?: pulumi.Input<number>;
}
/**
 * A Flink SQL statement (`POST /cmf/api/v1/environments/{env}/statements`;
 * PUT for `stopped`, `parallelism` and configuration). Changing
 * `environment`, `name`, `statement` or `computePoolName` replaces it; a
 * replaced statement is stopped, then deleted.
 */
export declare class CmfStatement extends CmfScopedResource<CmfStatementArgs> {
    readonly statement: pulumi.Output<string>;
    readonly computePoolName: pulumi.Output<string>;
    readonly stopped: pulumi.Output<boolean | undefined>;
    /** `status.phase` as last seen by Pulumi. */
    readonly phase: pulumi.Output<string | undefined>;
    constructor(name: string, args: CmfStatementArgs, opts?: pulumi.CustomResourceOptions);
}
