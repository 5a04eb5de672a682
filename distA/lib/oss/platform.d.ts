import * as pulumi from "@pulumi/pulumi";
import { PlatformPlan } from "../core/derive";
import { KubernetesPlatformArgs } from "../kubernetes/args";
import type { PoolCapacity } from "../kubernetes/platform";
/** Args of {@link FlinkPlatformOSS}: the Kubernetes platform settings. */
export type FlinkPlatformOSSArgs = KubernetesPlatformArgs;
/** Validates component args with the stack-config schema and resolves them. */
export declare function planFromArgs(component: string, name: string, args: KubernetesPlatformArgs): PlatformPlan;
/** Where an application runs. */
export interface ApplicationPlacement {
    /** The pool whose session cluster runs it; undefined for its own cluster. */
    pool?: string;
}
/**
 * Apache Flink on Kubernetes with the Apache Flink Kubernetes Operator:
 * namespaces, cert-manager, the operator's CRDs and Helm release, job RBAC,
 * durable-state defaults, optional dev MinIO and a smoke test.
 *
 * Operator upgrades: Helm never upgrades CRDs, so the release is installed
 * with `skipCrds` and the CRDs of the configured version are applied by a
 * separate `yaml/v2.ConfigGroup` from the release tag, which the release
 * depends on. Bumping `operator.version` changes the CRD URLs, so the new
 * CRDs are applied first, then the chart is upgraded.
 */
export declare class FlinkPlatformOSS extends pulumi.ComponentResource {
    /** Every namespace the platform owns. */
    readonly namespaces: pulumi.Output<string[]>;
    /** Namespace of the operator. */
    readonly operatorNamespace: pulumi.Output<string>;
    /** Namespaces the operator watches. */
    readonly flinkNamespaces: pulumi.Output<string[]>;
    /** Helm release name of the operator. */
    readonly operatorReleaseName: pulumi.Output<string>;
    /** Operator chart version. */
    readonly operatorVersion: pulumi.Output<string>;
    /** Name of the smoke-test FlinkDeployment, when enabled. */
    readonly smokeTestName: pulumi.Output<string | undefined>;
    /** The Flink defaults every deployment inherits (checkpoints, HA, S3). */
    readonly flinkDefaults: pulumi.Output<Record<string, string>>;
    /** Applications by `namespace/name`, with the pool each runs on (none: its own cluster). */
    readonly applications: pulumi.Output<Record<string, ApplicationPlacement>>;
    /** Session-cluster pools by name: namespace and slot capacity (taskManagers x slots). */
    readonly pools: pulumi.Output<Record<string, PoolCapacity>>;
    constructor(name: string, args: FlinkPlatformOSSArgs, opts?: pulumi.ComponentResourceOptions);
}
