"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfKubernetesCluster = exports.cmfKubernetesClusterProvider = exports.CMF_CLUSTER_WAIT_MS = void 0;
const client_clusters_1 = require("./client-clusters");
const http_1 = require("./http");
const resource_1 = require("./resource");
const replace_on_change_1 = require("./replace-on-change");
const scoped_1 = require("./scoped");
const validate_1 = require("./validate");
/** Default wait for registration and connection: CMF restarts to mount a new kubeconfig. */
exports.CMF_CLUSTER_WAIT_MS = 300_000;
function problems(inputs) {
    const found = (0, validate_1.cmfNameProblems)(inputs.name, "name", 1);
    for (const key of ["waitTimeoutMs", "pollIntervalMs"]) {
        const value = inputs[key];
        if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
            found.push({ path: key, got: value, allowed: "a positive whole number of milliseconds" });
        }
    }
    return found;
}
/**
 * Polls `GET /kubernetes-clusters/{name}` until `done(live)`; after the
 * timeout fails with `why(live)`, which says what CMF last reported.
 */
async function pollCluster(clusters, inputs, done, why) {
    const timeoutMs = inputs.waitTimeoutMs ?? exports.CMF_CLUSTER_WAIT_MS;
    const interval = inputs.pollIntervalMs ?? 5_000;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const live = await clusters.get(inputs.name);
        if (done(live))
            return live;
        if (Date.now() + interval > deadline) {
            throw new Error(`CMF Kubernetes cluster ${inputs.name}: ${why(live)} after ${timeoutMs} ms`);
        }
        await (0, http_1.sleep)(interval);
    }
}
const update = (clusters, inputs) => clusters.update({
    name: inputs.name,
    lifecycleState: "ACTIVE",
    labels: inputs.labels,
    annotations: inputs.annotations,
});
/** Dynamic provider behind {@link CmfKubernetesCluster}; exported for tests and reuse. */
exports.cmfKubernetesClusterProvider = (0, resource_1.cmfProvider)({
    kind: "CmfKubernetesCluster",
    fields: ["connection", "name", "labels", "annotations", "waitTimeoutMs", "pollIntervalMs"],
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfKubernetesCluster,
    problems,
    id: (inputs) => inputs.name,
    create: async (client, inputs) => {
        const clusters = new client_clusters_1.CmfKubernetesClusters(client);
        await pollCluster(clusters, inputs, (live) => live !== undefined, () => "CMF has not registered it: it registers a cluster from the kubeconfig file of that name in its " +
            "kubeconfig directory (/etc/cmf/kubeconfig); check the mounted Secret and CMF's log");
        return update(clusters, inputs);
    },
    update: (client, inputs) => update(new client_clusters_1.CmfKubernetesClusters(client), inputs),
    settle: async (client, inputs, live) => {
        if (live.status?.state === "CONNECTED")
            return live;
        const settled = await pollCluster(new client_clusters_1.CmfKubernetesClusters(client), inputs, (doc) => doc === undefined || doc.status?.state === "CONNECTED", (doc) => `not CONNECTED (state ${doc?.status?.state ?? "unknown"}${doc?.status?.message ? `: ${doc.status.message}` : ""})`);
        if (settled === undefined)
            throw new Error(`CMF Kubernetes cluster ${inputs.name} disappeared`);
        return settled;
    },
    get: (client, props, id) => new client_clusters_1.CmfKubernetesClusters(client).get(props.name ?? id),
    observed: (live) => ({ state: live.status?.state, kubernetesVersion: live.status?.kubernetesVersion }),
    drift: (props, live) => (0, resource_1.metadataDrift)(props, {
        metadata: {
            labels: live.metadata.labels ?? undefined,
            annotations: live.metadata.annotations ?? undefined,
        },
    }),
    remove: async (client, props, id) => {
        const clusters = new client_clusters_1.CmfKubernetesClusters(client);
        const name = props.name ?? id;
        if ((await clusters.get(name)) === undefined)
            return false;
        // Decommissioning is CMF's way to take a cluster offline; it fails (400) while environments use it.
        return clusters.update({ name, lifecycleState: "DECOMMISSIONED" });
    },
});
/**
 * A Kubernetes cluster registered in CMF (`/cmf/api/v1/kubernetes-clusters`):
 * waits for the registration CMF makes from the mounted kubeconfig, keeps it
 * ACTIVE with the declared labels, and decommissions it on delete. CMF
 * environments name it in `kubernetesClusterName`.
 */
class CmfKubernetesCluster extends resource_1.CmfNamedResource {
    constructor(name, args, opts) {
        const extra = { state: undefined, kubernetesVersion: undefined };
        super(exports.cmfKubernetesClusterProvider, "CmfKubernetesCluster", name, args, scoped_1.WAIT_FIELDS, extra, opts);
    }
}
exports.CmfKubernetesCluster = CmfKubernetesCluster;
