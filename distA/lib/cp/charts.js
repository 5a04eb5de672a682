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
exports.CmfExposureChart = exports.cmfNetworkPolicyName = exports.cmfLoadBalancerName = exports.cmfIngressName = exports.CmfExposureKind = exports.cmfPodLabels = void 0;
const cdk8s_1 = require("cdk8s");
const kplus = __importStar(require("cdk8s-plus-28"));
const labels_1 = require("../kubernetes/labels");
/**
 * cdk8s objects of the Confluent Platform target: how the CMF API is exposed
 * outside the cluster. CMF itself (and its ClusterIP Service `cmf-service`,
 * port 80 -> 8080) comes from Confluent's Helm chart. No Pulumi here.
 */
const chartOptions = { disableResourceNameHashes: true };
/** Labels the CMF chart puts on its pod (what `cmf-service` selects). */
exports.cmfPodLabels = {
    "app.kubernetes.io/name": "confluent-manager-for-apache-flink",
};
/** How {@link CmfExposureChart} exposes the CMF API. */
exports.CmfExposureKind = {
    /** An Ingress for `cmf-service`. */
    Ingress: "ingress",
    /** A LoadBalancer Service in front of the CMF pod. */
    LoadBalancer: "loadBalancer",
};
/** Name of the Ingress. */
exports.cmfIngressName = "cmf";
/** Name of the LoadBalancer Service. */
exports.cmfLoadBalancerName = "cmf-external";
/** Name of the NetworkPolicy that admits clients to the CMF pod. */
exports.cmfNetworkPolicyName = "cmf-api-ingress";
const namespaceSelector = (ns) => ({
    namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ns } },
});
/**
 * The CMF API outside the cluster: an Ingress for `cmf-service` or a
 * LoadBalancer Service in front of the CMF pod, plus a NetworkPolicy that
 * admits to the CMF pod only the ingress controller's namespace, the listed
 * namespaces and the listed client CIDRs.
 */
class CmfExposureChart extends cdk8s_1.Chart {
    constructor(scope, id, props) {
        super(scope, id, { ...chartOptions, namespace: props.namespace });
        const labels = (0, labels_1.platformLabels)(props.environment, "cmf-exposure");
        const from = [];
        if (props.kind === exports.CmfExposureKind.Ingress) {
            const ingress = props.ingress;
            if (!ingress)
                throw new Error("CmfExposureChart: ingress settings are required for kind ingress");
            new kplus.k8s.KubeIngress(this, "ingress", {
                metadata: {
                    name: exports.cmfIngressName,
                    labels,
                    ...(ingress.annotations && Object.keys(ingress.annotations).length > 0
                        ? { annotations: { ...ingress.annotations } }
                        : {}),
                },
                spec: {
                    ...(ingress.className !== undefined ? { ingressClassName: ingress.className } : {}),
                    ...(ingress.tlsSecret !== undefined
                        ? { tls: [{ hosts: [ingress.host], secretName: ingress.tlsSecret }] }
                        : {}),
                    rules: [
                        {
                            host: ingress.host,
                            http: {
                                paths: [
                                    {
                                        path: "/",
                                        pathType: "Prefix",
                                        backend: {
                                            service: { name: props.serviceName, port: { number: props.servicePort } },
                                        },
                                    },
                                ],
                            },
                        },
                    ],
                },
            });
            from.push(namespaceSelector(ingress.controllerNamespace));
        }
        else {
            new kplus.k8s.KubeService(this, "load-balancer", {
                metadata: { name: exports.cmfLoadBalancerName, labels },
                spec: {
                    type: "LoadBalancer",
                    selector: { ...exports.cmfPodLabels },
                    // Keep client source IPs, so the NetworkPolicy's ipBlocks see them.
                    externalTrafficPolicy: "Local",
                    loadBalancerSourceRanges: [...props.allowedCidrs],
                    ports: [
                        {
                            name: props.tls ? "https" : "http",
                            port: props.tls ? 443 : 80,
                            targetPort: kplus.k8s.IntOrString.fromNumber(props.containerPort),
                            protocol: "TCP",
                        },
                    ],
                },
            });
        }
        for (const ns of props.allowedNamespaces)
            from.push(namespaceSelector(ns));
        for (const cidr of props.allowedCidrs)
            from.push({ ipBlock: { cidr } });
        new kplus.k8s.KubeNetworkPolicy(this, "network-policy", {
            metadata: { name: exports.cmfNetworkPolicyName, labels },
            spec: {
                podSelector: { matchLabels: { ...exports.cmfPodLabels } },
                policyTypes: ["Ingress"],
                // An empty `from` would admit every source: with nothing listed, admit nothing.
                ingress: from.length > 0
                    ? [
                        {
                            from,
                            ports: [{ port: kplus.k8s.IntOrString.fromNumber(props.containerPort), protocol: "TCP" }],
                        },
                    ]
                    : [],
            },
        });
    }
}
exports.CmfExposureChart = CmfExposureChart;
