"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfKubernetesClusters = void 0;
exports.buildKubernetesClusterBody = buildKubernetesClusterBody;
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
const bodies_1 = require("./bodies");
const pages_1 = require("./pages");
/** The `PUT /kubernetes-clusters/{name}` body (schema `KubernetesCluster`: apiVersion, kind, metadata.name, spec). */
function buildKubernetesClusterBody(spec) {
    const body = {
        ...(0, bodies_1.documentHead)("KubernetesCluster", spec),
        spec: { lifecycleState: spec.lifecycleState ?? "ACTIVE" },
    };
    return JSON.parse(JSON.stringify(body));
}
const BASE = "/kubernetes-clusters";
/** The cluster calls of one {@link CmfClient}. */
class CmfKubernetesClusters {
    client;
    constructor(client) {
        this.client = client;
    }
    /** `GET /kubernetes-clusters`: every registered cluster (all pages), the hub cluster included. */
    async list(filter) {
        return (0, pages_1.listAll)(this.client, "KubernetesCluster", BASE, filter);
    }
    /** `GET /kubernetes-clusters/{name}`; `undefined` on 404 (not registered, or its kubeconfig is not there yet). */
    async get(name) {
        return this.client.getOrUndefined("KubernetesCluster", `${BASE}/${encodeURIComponent(name)}`);
    }
    /**
     * `PUT /kubernetes-clusters/{name}`: lifecycle state, labels, annotations.
     * CMF answers 400 when decommissioning a cluster environments still use.
     */
    async update(spec) {
        const path = `${BASE}/${encodeURIComponent(spec.name)}`;
        const res = await this.client.request("PUT", path, buildKubernetesClusterBody(spec));
        return this.client.document("KubernetesCluster", "PUT", path, res);
    }
}
exports.CmfKubernetesClusters = CmfKubernetesClusters;
