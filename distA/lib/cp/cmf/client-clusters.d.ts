import type { CmfClient } from "./client";
/** `KubernetesClusterSpec.lifecycleState`: the desired state. */
export type CmfClusterLifecycleState = "ACTIVE" | "DECOMMISSIONED";
/** `KubernetesClusterStatus.state`: the effective state. */
export type CmfClusterState = "CONNECTED" | "DISCONNECTED" | "DECOMMISSIONED";
/** Body and answer of the cluster endpoints (schema `KubernetesCluster`). */
export interface CmfKubernetesClusterDocument {
    apiVersion: string;
    kind: "KubernetesCluster";
    /** `KubernetesClusterMetadata`: `null` or absent labels/annotations leave them unchanged on PUT. */
    metadata: {
        name: string;
        uid?: string;
        creationTimestamp?: string;
        updateTimestamp?: string;
        labels?: Record<string, string> | null;
        annotations?: Record<string, string> | null;
    };
    spec: {
        lifecycleState?: CmfClusterLifecycleState;
    };
    /** Read-only. */
    status?: {
        state?: CmfClusterState;
        message?: string;
        lastHeartbeatTimestamp?: string;
        kubernetesVersion?: string;
    };
}
/** What a cluster update is made of; input of {@link buildKubernetesClusterBody}. */
export interface CmfKubernetesClusterSpec {
    /** Cluster name: the kubeconfig file name in CMF's kubeconfig directory. */
    readonly name: string;
    /** @default ACTIVE */
    readonly lifecycleState?: CmfClusterLifecycleState;
    /** Replaces the cluster's labels; `undefined` leaves them as they are. */
    readonly labels?: Readonly<Record<string, string>>;
    /** Replaces the cluster's annotations; `undefined` leaves them as they are. */
    readonly annotations?: Readonly<Record<string, string>>;
}
/** The `PUT /kubernetes-clusters/{name}` body (schema `KubernetesCluster`: apiVersion, kind, metadata.name, spec). */
export declare function buildKubernetesClusterBody(spec: CmfKubernetesClusterSpec): CmfKubernetesClusterDocument;
/** The cluster calls of one {@link CmfClient}. */
export declare class CmfKubernetesClusters {
    readonly client: CmfClient;
    constructor(client: CmfClient);
    /** `GET /kubernetes-clusters`: every registered cluster (all pages), the hub cluster included. */
    list(filter?: string): Promise<CmfKubernetesClusterDocument[]>;
    /** `GET /kubernetes-clusters/{name}`; `undefined` on 404 (not registered, or its kubeconfig is not there yet). */
    get(name: string): Promise<CmfKubernetesClusterDocument | undefined>;
    /**
     * `PUT /kubernetes-clusters/{name}`: lifecycle state, labels, annotations.
     * CMF answers 400 when decommissioning a cluster environments still use.
     */
    update(spec: CmfKubernetesClusterSpec): Promise<CmfKubernetesClusterDocument>;
}
