"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.flinkRestPort = void 0;
exports.flinkNetworkPolicies = flinkNetworkPolicies;
exports.objectStoreNetworkPolicies = objectStoreNetworkPolicies;
const kplus = __importStar(require("cdk8s-plus-28"));
const labels_1 = require("./labels");
const k8s = kplus.k8s;
const nsSelector = (name) => ({ matchLabels: { "kubernetes.io/metadata.name": name } });
const tcp = (port) => ({ protocol: "TCP", port: k8s.IntOrString.fromNumber(port) });
/** Flink REST port the operator polls. */
exports.flinkRestPort = 8081;
/**
 * Default-deny for a Flink namespace, then the flows Flink needs: pod to pod
 * inside the namespace (JobManager/TaskManager RPC, blob, data), the operator
 * (and CMF) to the JobManager REST API, DNS, the Kubernetes API (native mode
 * creates TaskManager pods, HA uses ConfigMaps), the object store over HTTPS
 * (or the in-cluster MinIO), and whatever extra egress the stack lists.
 */
function flinkNetworkPolicies(scope, props) {
    const labels = (0, labels_1.platformLabels)(props.environment, "network-policy");
    const policy = (id, name, spec) => new k8s.KubeNetworkPolicy(scope, id, { metadata: { name, namespace: props.namespace, labels }, spec });
    policy("deny-all", "default-deny-all", { podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    policy("same-namespace", "allow-same-namespace", {
        podSelector: {},
        policyTypes: ["Ingress", "Egress"],
        ingress: [{ from: [{ podSelector: {} }] }],
        egress: [{ to: [{ podSelector: {} }] }],
    });
    policy("control", "allow-control-plane-to-rest", {
        podSelector: {},
        policyTypes: ["Ingress"],
        ingress: [
            {
                from: props.controlNamespaces.map((ns) => ({ namespaceSelector: nsSelector(ns) })),
                ports: [tcp(exports.flinkRestPort)],
            },
        ],
    });
    policy("dns", "allow-dns", {
        podSelector: {},
        policyTypes: ["Egress"],
        egress: [
            {
                to: [{ namespaceSelector: nsSelector("kube-system") }],
                ports: [
                    { protocol: "UDP", port: k8s.IntOrString.fromNumber(53) },
                    { protocol: "TCP", port: k8s.IntOrString.fromNumber(53) },
                ],
            },
        ],
    });
    // The API server and cloud object stores have no stable in-cluster address: HTTPS anywhere.
    policy("https", "allow-kube-api-and-object-store", {
        podSelector: {},
        policyTypes: ["Egress"],
        egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [tcp(443), tcp(6443)] }],
    });
    if (props.objectStore) {
        policy("object-store", "allow-in-cluster-object-store", {
            podSelector: {},
            policyTypes: ["Egress"],
            egress: [
                {
                    to: [{ namespaceSelector: nsSelector(props.objectStore.namespace) }],
                    ports: [tcp(props.objectStore.port)],
                },
            ],
        });
    }
    if (props.extraEgress.length > 0) {
        policy("extra", "allow-configured-egress", {
            podSelector: {},
            policyTypes: ["Egress"],
            egress: props.extraEgress.map((r) => ({
                to: [{ ipBlock: { cidr: r.cidr } }],
                ports: r.ports.map(tcp),
            })),
        });
    }
}
/** The dev MinIO accepts S3 traffic only from the Flink namespaces (and its own bucket job). */
function objectStoreNetworkPolicies(scope, props) {
    const labels = (0, labels_1.platformLabels)(props.environment, "network-policy");
    new k8s.KubeNetworkPolicy(scope, "minio-deny-all", {
        metadata: { name: "default-deny-all", namespace: props.namespace, labels },
        spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
    });
    new k8s.KubeNetworkPolicy(scope, "minio-clients", {
        metadata: { name: "allow-s3-clients", namespace: props.namespace, labels },
        spec: {
            podSelector: {},
            policyTypes: ["Ingress", "Egress"],
            ingress: [
                {
                    from: [{ podSelector: {} }, ...props.clients.map((ns) => ({ namespaceSelector: nsSelector(ns) }))],
                    ports: [tcp(props.port)],
                },
            ],
            egress: [
                { to: [{ podSelector: {} }], ports: [tcp(props.port)] },
                {
                    to: [{ namespaceSelector: nsSelector("kube-system") }],
                    ports: [
                        { protocol: "UDP", port: k8s.IntOrString.fromNumber(53) },
                        { protocol: "TCP", port: k8s.IntOrString.fromNumber(53) },
                    ],
                },
            ],
        },
    });
}
