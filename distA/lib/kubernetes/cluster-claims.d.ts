import * as pulumi from "@pulumi/pulumi";
import { Chart } from "cdk8s";
import type { PlatformPlan } from "../core/derive";
import { type OssPlatformCharts } from "./platform-charts";
/**
 * Several platforms in one program (examples/multi-env) must not own the same
 * Kubernetes object or Helm release: on one cluster the later one would take
 * over (or fail on) what the first created, and destroying either would
 * delete the other's (deleting the operator's CRDs deletes every
 * FlinkDeployment). Their Pulumi names differ (each is prefixed by its
 * component's name), so neither the engine nor the provider notices. So each
 * platform lists what it would own on its cluster and is refused, before any
 * child is registered, when another platform of the program owns one of
 * those on the same cluster; the message names both resources and the fix.
 *
 * "The same cluster" is the same Kubernetes provider object: the one the
 * platform's children inherit (`opts.providers`, `opts.provider` or the
 * parent's), or, for the default provider, the program itself, keyed by its
 * resource monitor (one per `pulumi up` or `preview`, one per mocked test
 * program). Two provider objects for one cluster cannot be told apart
 * without contacting it, and are not caught. The claims live in a WeakMap
 * keyed by that object and filled only when a platform is constructed (no
 * registry filled at import): nothing outlives its provider or program.
 */
/** One thing on a cluster that exactly one resource may own. */
export interface ClusterClaim {
    /** The object: `Namespace cert-manager`, `Helm release flink-operator/flink-kubernetes-operator`, ... */
    readonly object: string;
    /** Namespace of a namespaced object: inside a namespace that collides, only the namespace is reported. */
    readonly namespace?: string;
    /** Pulumi logical name of the resource that would own it. */
    readonly resource: string;
    /** What to change on the later platform: the arg, its value, what to set instead. */
    readonly fix: ClaimFix;
}
/** The arg to change when a claim collides (`ConfigProblem` fields). */
export interface ClaimFix {
    readonly path: string;
    readonly got: unknown;
    readonly allowed: string;
}
/**
 * Records what `component` (`label`: its type and name, e.g.
 * `FlinkPlatformOSS "dev"`) owns on its cluster, or throws one ConfigError
 * naming, per arg to change, the objects another platform already owns there
 * with both Pulumi resources. Call it right after `super()`, before any child
 * is registered: only the (empty) component exists when it throws, and
 * `pulumi up` stops in its preview.
 */
export declare function claimClusterObjects(component: pulumi.ComponentResource, label: string, claims: readonly ClusterClaim[]): void;
/** Which arg to change when `namespace` (or an object in it) collides. */
export declare function namespaceFix(plan: PlatformPlan): (namespace: string | undefined) => ClaimFix;
/** Claims of every object of `charts`, named as `registerCharts` names them under `prefix`. */
export declare function chartClaims(prefix: string, charts: readonly (Chart | undefined)[], fix: (namespace: string | undefined) => ClaimFix): ClusterClaim[];
/**
 * What a Kubernetes platform named `name` owns on its cluster besides its
 * charts' objects: the operator's CRDs and Helm release, cert-manager (its
 * release, whose CRDs are cluster-wide) when it installs it, and `releases`
 * of its own (CMF).
 */
export declare function platformClaims(name: string, plan: PlatformPlan, releases?: readonly {
    resource: string;
    namespace: string;
    name: string;
}[]): ClusterClaim[];
/**
 * Claims everything a Kubernetes platform owns on its cluster (its charts'
 * objects, CRDs, Helm releases) for `component`; see {@link claimClusterObjects}.
 */
export declare function claimPlatform(component: pulumi.ComponentResource, type: string, name: string, plan: PlatformPlan, charts: OssPlatformCharts, releases?: readonly {
    resource: string;
    namespace: string;
    name: string;
}[]): void;
