/**
 * {@link CmfKubernetesCluster}: a Kubernetes cluster CMF manages, on the
 * {@link cmfProvider} skeleton.
 *
 * CMF has no create call for clusters: it registers one from a kubeconfig
 * file named after it in its kubeconfig directory (`/etc/cmf/kubeconfig`,
 * chart value `cmf.k8s.kubeconfigDirectory`), and the Flink Kubernetes
 * Operator with its CRDs must be on that cluster first (Confluent, "Manage
 * Multiple Kubernetes Clusters in Confluent Manager for Apache Flink",
 * https://docs.confluent.io/cp-flink/current/configure/kubernetes-clusters.html).
 * So "create" waits until CMF lists the cluster, then sets what the program
 * declares (`PUT`: ACTIVE, labels, annotations) and waits for CONNECTED;
 * "delete" decommissions it (`lifecycleState: DECOMMISSIONED`), the documented
 * way to take a cluster offline, after the environments on it are gone.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfNamedResource, type CmfConnectionArgs } from "./resource";
/** Resolved inputs of {@link cmfKubernetesClusterProvider}. */
export interface CmfKubernetesClusterInputs {
    readonly connection: CmfConnection;
    /** Cluster name in CMF (the kubeconfig file name). */
    readonly name: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    /** How long create waits for CMF to register the cluster and connect to it, in ms. */
    readonly waitTimeoutMs?: number;
    /** Poll interval of that wait, in ms. */
    readonly pollIntervalMs?: number;
}
/** Outputs (state) of {@link cmfKubernetesClusterProvider}. */
export interface CmfKubernetesClusterOutputs extends CmfKubernetesClusterInputs {
    /** `status.state` as last seen: CONNECTED, DISCONNECTED or DECOMMISSIONED. */
    readonly state?: string;
    /** `status.kubernetesVersion` as last seen. */
    readonly kubernetesVersion?: string;
}
/** Default wait for registration and connection: CMF restarts to mount a new kubeconfig. */
export declare const CMF_CLUSTER_WAIT_MS = 300000;
/** Dynamic provider behind {@link CmfKubernetesCluster}; exported for tests and reuse. */
export declare const cmfKubernetesClusterProvider: pulumi.dynamic.ResourceProvider<CmfKubernetesClusterInputs, CmfKubernetesClusterOutputs>;
/** Arguments of {@link CmfKubernetesCluster}. */
export interface CmfKubernetesClusterArgs {
    /** How to reach CMF. */
    readonly connection: CmfConnectionArgs;
    /** Cluster name in CMF: the kubeconfig file name. Changing it replaces the cluster. @default the resource name */
    readonly name?: pulumi.Input<string>;
    /** Labels (e.g. region); replace the cluster's. @default left as they are */
    readonly labels?: pulumi.Input<Record<string, string>>;
    /** Annotations; replace the cluster's. @default left as they are */
    readonly annotations?: pulumi.Input<Record<string, string>>;
    /** How long `up` waits for CMF to register the cluster and connect to it, in ms. @default 300000 */
    readonly waitTimeoutMs?: pulumi.Input<number>;
    /** Poll interval of that wait, in ms. @default 5000 */
    readonly pollIntervalMs?: pulumi.Input<number>;
}
/**
 * A Kubernetes cluster registered in CMF (`/cmf/api/v1/kubernetes-clusters`):
 * waits for the registration CMF makes from the mounted kubeconfig, keeps it
 * ACTIVE with the declared labels, and decommissions it on delete. CMF
 * environments name it in `kubernetesClusterName`.
 */
export declare class CmfKubernetesCluster extends CmfNamedResource<CmfKubernetesClusterArgs> {
    /** `status.state` as last seen by Pulumi. */
    readonly state: pulumi.Output<string | undefined>;
    /** `status.kubernetesVersion` as last seen by Pulumi. */
    readonly kubernetesVersion: pulumi.Output<string | undefined>;
    constructor(name: string, args: CmfKubernetesClusterArgs, opts?: pulumi.CustomResourceOptions);
}
