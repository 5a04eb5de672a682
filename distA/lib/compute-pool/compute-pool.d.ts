import * as pulumi from "@pulumi/pulumi";
import type { PoolPlan } from "../core/derive";
import { ComputePoolArgs } from "./args";
/**
 * A Flink compute pool: one capacity concept with three faces.
 * - `cloud`: a Confluent Cloud `FlinkComputePool` measured in CFU (the
 *   provider is inherited from the parent or passed with the `provider` option);
 * - `cp`: a CMF SQL compute pool (DEDICATED or SHARED);
 * - `oss`: a session-mode FlinkDeployment whose capacity is
 *   taskManagers x slots, for FlinkSessionJobs. Pass the operator release in
 *   `dependsOn` so the cluster is created after the operator and its CRDs
 *   (for `cp`, pass the CMF release and environment the same way).
 */
export declare class ComputePool extends pulumi.ComponentResource {
    /** Pool id (Cloud: `lfcp-...`; CP and OSS: the pool name). */
    readonly id: pulumi.Output<string>;
    /** The pool's CFU ceiling (Cloud only). */
    readonly maxCfu: pulumi.Output<number | undefined>;
    /** Task slots the pool offers: taskManagers x slots (Kubernetes faces only). */
    readonly slotCapacity: pulumi.Output<number | undefined>;
    constructor(name: string, args: ComputePoolArgs, opts?: pulumi.ComponentResourceOptions);
}
/**
 * One {@link ComputePool} per planned pool of a Kubernetes platform, named
 * `<name>-pool-<pool>`; `args` gives the target's pool args and `dependsOn`
 * what each must wait for.
 */
export declare function registerPools(parent: pulumi.ComponentResource, name: string, pools: readonly PoolPlan[], args: (pool: PoolPlan) => ComputePoolArgs, dependsOn: (pool: PoolPlan) => pulumi.Resource[]): ComputePool[];
export * from "./args";
