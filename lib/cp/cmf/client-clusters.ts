/**
 * Kubernetes clusters through the CMF REST API (tag `KubernetesClusters` of
 * cmf-2.3.1/openapi.yaml): list, get and update (`PUT`: lifecycle state,
 * labels, annotations). There is no create or delete call: CMF registers a
 * cluster from a kubeconfig file named after it in its kubeconfig directory
 * (`/etc/cmf/kubeconfig`, chart value `cmf.k8s.kubeconfigDirectory`), and
 * takes one offline by decommissioning it (Confluent, "Manage Multiple
 * Kubernetes Clusters in Confluent Manager for Apache Flink",
 * https://docs.confluent.io/cp-flink/current/configure/kubernetes-clusters.html).
 *
 * Same request layer and rules as ./client; plain functions and data only.
 */
import { documentHead } from "./bodies";
import type { CmfClient } from "./client";
import { listAll } from "./pages";

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
  spec: { lifecycleState?: CmfClusterLifecycleState };
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
export function buildKubernetesClusterBody(spec: CmfKubernetesClusterSpec): CmfKubernetesClusterDocument {
  const body: CmfKubernetesClusterDocument = {
    ...documentHead("KubernetesCluster", spec),
    spec: { lifecycleState: spec.lifecycleState ?? "ACTIVE" },
  };
  return JSON.parse(JSON.stringify(body)) as CmfKubernetesClusterDocument;
}

const BASE = "/kubernetes-clusters";

/** The cluster calls of one {@link CmfClient}. */
export class CmfKubernetesClusters {
  constructor(readonly client: CmfClient) {}

  /** `GET /kubernetes-clusters`: every registered cluster (all pages), the hub cluster included. */
  async list(filter?: string): Promise<CmfKubernetesClusterDocument[]> {
    return listAll<CmfKubernetesClusterDocument>(this.client, "KubernetesCluster", BASE, filter);
  }

  /** `GET /kubernetes-clusters/{name}`; `undefined` on 404 (not registered, or its kubeconfig is not there yet). */
  async get(name: string): Promise<CmfKubernetesClusterDocument | undefined> {
    return this.client.getOrUndefined("KubernetesCluster", `${BASE}/${encodeURIComponent(name)}`);
  }

  /**
   * `PUT /kubernetes-clusters/{name}`: lifecycle state, labels, annotations.
   * CMF answers 400 when decommissioning a cluster environments still use.
   */
  async update(spec: CmfKubernetesClusterSpec): Promise<CmfKubernetesClusterDocument> {
    const path = `${BASE}/${encodeURIComponent(spec.name)}`;
    const res = await this.client.request<CmfKubernetesClusterDocument>(
      "PUT",
      path,
      buildKubernetesClusterBody(spec),
    );
    return this.client.document("KubernetesCluster", "PUT", path, res);
  }
}
