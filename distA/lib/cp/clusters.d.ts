/**
 * Multi-cluster CMF (`flink-platform:cmf.multiCluster`): one program, one
 * stack, several Kubernetes clusters. For each spoke cluster it registers,
 * through a Kubernetes provider on that cluster's kubeconfig context, what
 * CMF needs there before it registers the cluster (Confluent, "Manage
 * Multiple Kubernetes Clusters in Confluent Manager for Apache Flink": the
 * Flink Kubernetes Operator and its CRDs, https://docs.confluent.io/cp-flink/current/configure/kubernetes-clusters.html)
 * plus the Flink namespaces with their job RBAC and quotas, and cert-manager
 * when the platform installs it; then the cluster in CMF (registered from the
 * kubeconfig the CMF chart values mount, see `cmfKubeconfigMounts`) and one
 * CMF environment per namespace, bound with `kubernetesClusterName`.
 */
import * as pulumi from "@pulumi/pulumi";
import * as k8s from "../kubernetes/k8s-sdk";
import { PlatformPlan } from "../core/derive";
import { type PlatformBase } from "../kubernetes/platform";
import type { CmfConnectionArgs } from "./cmf/resource";
import type { CmfClusterPlan } from "./config-clusters";
/**
 * The platform plan of a spoke: its own Flink namespaces, and none of the
 * hub's workloads (pools, applications, smoke test) or dev MinIO, which stay
 * on the hub. Operator, cert-manager, sizes and Flink defaults are the hub's.
 */
export declare function spokePlan(plan: PlatformPlan, cluster: CmfClusterPlan): PlatformPlan;
/**
 * Confluent's operator release, on the hub and on every spoke: the same chart
 * keys as Apache's, with defaults that leave out the version-specific plugin
 * jar, because CMF SQL pools run another Flink version.
 */
export declare function confluentOperatorRelease(parent: pulumi.ComponentResource, name: string, plan: PlatformPlan, base: PlatformBase): k8s.Release;
/** Arguments of {@link CmfSpokeCluster}. */
export interface CmfSpokeClusterArgs {
    /** The spoke's platform plan ({@link spokePlan}). */
    readonly plan: PlatformPlan;
}
/**
 * What CMF needs on a spoke cluster, registered through the Kubernetes
 * provider the component is given (`providers: { kubernetes }`): namespaces,
 * cert-manager (when installed), the operator's CRDs and Helm release, and the
 * Flink namespaces' job RBAC and quotas.
 */
export declare class CmfSpokeCluster extends pulumi.ComponentResource {
    /** The operator's Helm release on the spoke. */
    readonly operator: k8s.Release;
    /** The spoke's Flink namespaces (name -> resource). */
    readonly namespaces: ReadonlyMap<string, pulumi.Resource>;
    constructor(name: string, args: CmfSpokeClusterArgs, opts?: pulumi.ComponentResourceOptions);
}
/**
 * Registers every spoke cluster of `clusters` under `parent` (see the file
 * comment). CMF objects wait for `cmfDeps` (the CMF release that mounts the
 * kubeconfigs, its exposure). Returns the spoke environments' CMF names by
 * `<cluster>/<namespace>`.
 */
export declare function registerCmfClusters(parent: pulumi.ComponentResource, name: string, plan: PlatformPlan, clusters: readonly CmfClusterPlan[], connection: CmfConnectionArgs, cmfDeps: readonly pulumi.Resource[]): Record<string, string>;
