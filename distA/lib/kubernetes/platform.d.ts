import * as k8s from "./k8s-sdk";
import * as pulumi from "@pulumi/pulumi";
import { PlatformPlan, PoolPlan } from "../core/derive";
import { PlatformCharts } from "./platform-charts";
/**
 * The parts every Kubernetes platform component (FlinkPlatformOSS and
 * FlinkPlatformCP) registers the same way: namespaces, cert-manager, the
 * operator's CRDs and Helm release, job RBAC and quotas, dev MinIO with its
 * generated credentials, and compute pools. Resource names derive from the
 * component's name, so both components get the same, stable names.
 */
/** What {@link registerPlatformBase} registered, for the resources that must wait for it. */
export interface PlatformBase {
    /** Namespaces registered so far (name -> resource); namespaced objects depend on theirs. */
    readonly namespaces: Map<string, pulumi.Resource>;
    /** The platform's own namespaces. */
    readonly platformNamespaces: readonly pulumi.Resource[];
    /** The cert-manager release, when the platform installs it. */
    readonly certManager?: k8s.Release;
    /** The operator's CRDs, applied from the files of the matching Apache release. */
    readonly crds: k8s.ConfigGroup;
    /** Job service account, RBAC and quota of every Flink namespace, by `Kind/namespace/name`. */
    readonly flinkNamespaceObjects: ReadonlyMap<string, pulumi.CustomResource>;
    /** Secrets Flink pods reference for object-store credentials (generated for dev MinIO). */
    readonly storageSecrets: readonly pulumi.Resource[];
}
/**
 * Namespaces, cert-manager, CRDs, Flink namespaces (RBAC, quota) and dev
 * MinIO with its credentials, as children of `parent`.
 *
 * Helm never upgrades CRDs, so the operator chart is installed with
 * `skipCrds` and the CRDs of the configured release are applied by a
 * `yaml/v2.ConfigGroup` that the release depends on (see {@link operatorRelease}).
 */
export declare function registerPlatformBase(parent: pulumi.ComponentResource, name: string, plan: PlatformPlan, charts: PlatformCharts): PlatformBase;
/**
 * The operator's Helm release (Apache or Confluent build, as planned), with
 * `skipCrds`: it depends on the CRD group, the namespaces and cert-manager.
 */
export declare function operatorRelease(parent: pulumi.ComponentResource, name: string, plan: PlatformPlan, base: PlatformBase, values: Record<string, unknown>): k8s.Release;
/** Guardrail warnings of the plan, logged on the component. */
export declare function logWarnings(parent: pulumi.Resource, plan: PlatformPlan): void;
/** Where a platform's pool runs and what it offers (the `pools` output of the platforms). */
export interface PoolCapacity {
    /** Flink namespace the pool runs in. */
    namespace: string;
    /** Task slots it offers: taskManagers x slots. */
    slotCapacity: number;
}
/** Session-pool capacity by name: namespace and slots (taskManagers x slots). */
export declare function poolCapacities(pools: readonly PoolPlan[]): Record<string, PoolCapacity>;
