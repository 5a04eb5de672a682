import * as pulumi from "@pulumi/pulumi";
import { Chart } from "cdk8s";
export interface Manifest {
    apiVersion: string;
    kind: string;
    metadata: {
        name: string;
        namespace?: string;
        [k: string]: unknown;
    };
    [k: string]: unknown;
}
/**
 * Logical (Pulumi) name of a registered object: `<prefix>:<namespace>/<name>`,
 * or `<prefix>:<name>` for cluster-scoped objects.
 */
export declare function logicalName(prefix: string, m: Pick<Manifest, "metadata">): string;
/** `Kind/namespace/name` (or `Kind/name`): how callers look registered objects up. */
export declare function objectKey(m: Pick<Manifest, "kind" | "metadata">): string;
export interface RegisterChartsOptions {
    /** Parent of every registered resource (the calling component). */
    readonly parent: pulumi.Resource;
    /** Logical-name prefix, normally the component's name. */
    readonly prefix: string;
    /** Extra dependencies of every object in these charts. */
    readonly dependsOn?: readonly pulumi.Resource[];
    /**
     * Protect these objects (kinds like `Namespace`, or `Kind/name`) from
     * deletion: `pulumi destroy` and replacements stop at them.
     */
    readonly protect?: readonly string[];
    /** Dependencies of custom resources only: what installs their CRDs and controller. */
    readonly customResourceDependsOn?: readonly pulumi.Resource[];
    /**
     * Namespaces registered so far (name -> resource); namespaced objects depend
     * on theirs. Namespaces these charts create are added to it.
     */
    readonly namespaces: Map<string, pulumi.Resource>;
}
/** Registers every object of `charts` as its own Pulumi resource; returns them by `objectKey`. */
export declare function registerCharts(charts: readonly Chart[], options: RegisterChartsOptions): Map<string, pulumi.CustomResource>;
