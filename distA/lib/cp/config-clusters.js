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
exports.cmfKubeconfigDirectory = exports.cmfMultiClusterSchema = exports.cmfClusterEnvironmentSchema = exports.cmfClusterSchema = exports.cmfMultiClusterKey = void 0;
exports.cmfClusterEnvironmentName = cmfClusterEnvironmentName;
exports.planCmfClusters = planCmfClusters;
exports.cmfKubeconfigMounts = cmfKubeconfigMounts;
const z = __importStar(require("zod"));
const schema_1 = require("../core/schema");
/**
 * `flink-platform:cmf.multiCluster`: Kubernetes clusters besides the one CMF
 * runs on, and the CMF environments placed on them.
 *
 * CMF calls its own cluster the hub and the others spokes. It registers a
 * spoke from a kubeconfig file named after it in its kubeconfig directory
 * (`/etc/cmf/kubeconfig`, chart value `cmf.k8s.kubeconfigDirectory`), and the
 * Flink Kubernetes Operator with its CRDs must be on the spoke before that
 * (Confluent, "Manage Multiple Kubernetes Clusters in Confluent Manager for
 * Apache Flink", https://docs.confluent.io/cp-flink/current/configure/kubernetes-clusters.html).
 * So each cluster names two ways in: the kubeconfig context this program uses
 * to install the operator and the Flink namespaces there, and the existing
 * Secret holding the kubeconfig CMF uses (mounted into the CMF pod under the
 * cluster's name). An environment names its cluster and namespace; its CMF
 * name is `<environment>-<cluster>-<namespace>`.
 *
 * Every rule of the section is in this schema (messages say what is allowed).
 */
/** Key of the section under `flink-platform:cmf`. */
exports.cmfMultiClusterKey = "multiCluster";
const secretName = z
    .string({ error: "the name of an existing Secret in the CMF namespace" })
    .max(253, { error: "a Secret name of at most 253 characters" })
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, {
    error: "the name of an existing Secret in the CMF namespace (a DNS-1123 subdomain)",
});
exports.cmfClusterSchema = z.strictObject({
    /** CMF's name of the cluster: the kubeconfig file name, and `kubernetesClusterName` of its environments. */
    name: schema_1.dnsLabel,
    /** Context of the kubeconfig this program (Pulumi) uses to install on the cluster. */
    context: z.string({ error: "a kubeconfig context name" }).min(1, { error: "a kubeconfig context name" }),
    /** Existing Secret (CMF namespace) with the kubeconfig CMF reaches the cluster with: `{name, key}`. */
    kubeconfigSecret: z.strictObject({
        name: secretName,
        key: z
            .string({ error: "a key in the Secret (letters, digits, '-', '_' and '.')" })
            .regex(/^[-._a-zA-Z0-9]{1,253}$/, {
            error: "a key in the Secret (letters, digits, '-', '_' and '.')",
        }),
    }, { error: "an existing Secret reference {name, key} holding the cluster's kubeconfig for CMF" }),
    /** Labels of the cluster in CMF (region, provider, ...). */
    labels: z.record(z.string(), z.string(), { error: "a map of label to string value" }).optional(),
});
exports.cmfClusterEnvironmentSchema = z.strictObject({
    /** Name of a cluster under `clusters`. */
    cluster: schema_1.dnsLabel,
    /** Flink namespace on that cluster (created there, watched by its operator). */
    namespace: schema_1.dnsLabel,
});
const items = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === "string" ? v : undefined);
/**
 * Cross-item rules: an environment names a declared cluster, and no two
 * entries own the same objects (a cluster name, a kubeconfig context, a
 * kubeconfig Secret key, an environment). Defensive: runs on invalid input too.
 */
function multiClusterRules(section, ctx) {
    const clusters = items(section?.clusters);
    const firstOwner = new Map();
    const claim = (what, value, path, label, message) => {
        if (value === undefined)
            return;
        const key = `${what}\u0000${value}`;
        const owner = firstOwner.get(key);
        if (owner === undefined)
            firstOwner.set(key, label);
        else
            ctx.addIssue({ code: "custom", path, input: value, message: `${message} (already ${owner})` });
    };
    clusters.forEach((c, i) => {
        const label = `clusters[${i}]`;
        claim("name", str(c?.name), ["clusters", i, "name"], label, "a cluster name used once");
        claim("context", str(c?.context), ["clusters", i, "context"], label, "a kubeconfig context used by one cluster only: one Kubernetes cluster declared twice gets two owners of its operator and namespaces");
        const secret = c?.kubeconfigSecret;
        const ref = str(secret?.name) && str(secret?.key) ? `${String(secret?.name)}/${String(secret?.key)}` : undefined;
        claim("secret", ref, ["clusters", i, "kubeconfigSecret"], label, "a kubeconfig Secret key used by one cluster only");
    });
    const declared = clusters.map((c) => str(c?.name)).filter((n) => n !== undefined);
    items(section?.environments).forEach((e, i) => {
        const cluster = str(e?.cluster);
        if (cluster !== undefined && !declared.includes(cluster)) {
            ctx.addIssue({
                code: "custom",
                path: ["environments", i, "cluster"],
                input: cluster,
                message: declared.length > 0
                    ? `one of the clusters declared under cmf.multiCluster.clusters (${declared.join(", ")})`
                    : "a cluster declared under cmf.multiCluster.clusters (none is declared)",
            });
        }
        const ns = str(e?.namespace);
        if (cluster !== undefined && ns !== undefined) {
            claim("environment", `${cluster}/${ns}`, ["environments", i], `environments[${i}]`, "one environment per cluster and namespace");
        }
    });
}
/** Everything under `flink-platform:cmf.multiCluster`. */
exports.cmfMultiClusterSchema = z
    .strictObject({
    /** Spoke clusters; CMF's own cluster (the hub) is never listed. */
    clusters: z
        .array(exports.cmfClusterSchema, { error: "a list of clusters {name, context, kubeconfigSecret}" })
        .default([]),
    /** CMF environments on spoke clusters, one per cluster and Flink namespace. */
    environments: z
        .array(exports.cmfClusterEnvironmentSchema, { error: "a list of environments {cluster, namespace}" })
        .default([]),
})
    .superRefine(multiClusterRules, { when: () => true });
/** CMF environment name of a spoke environment: `<environment>-<cluster>-<namespace>`. */
function cmfClusterEnvironmentName(environment, cluster, namespace) {
    return `${environment}-${cluster}-${namespace}`;
}
/** CMF's kubeconfig directory (chart default of `cmf.k8s.kubeconfigDirectory`): one file per spoke, named after it. */
exports.cmfKubeconfigDirectory = "/etc/cmf/kubeconfig";
/** The spoke clusters of a validated section, each with its environments (`<environment>-<cluster>-<namespace>`). */
function planCmfClusters(section, environment) {
    return (section?.clusters ?? []).map((c) => ({
        name: c.name,
        context: c.context,
        kubeconfigSecret: { ...c.kubeconfigSecret },
        ...(c.labels !== undefined ? { labels: { ...c.labels } } : {}),
        environments: section.environments
            .filter((e) => e.cluster === c.name)
            .map((e) => ({
            name: cmfClusterEnvironmentName(environment, c.name, e.namespace),
            namespace: e.namespace,
        })),
    }));
}
/**
 * CMF chart `mountedVolumes` entries that put each spoke's kubeconfig into
 * CMF's kubeconfig directory as a file named after the cluster (how CMF
 * registers it): one projected volume of the referenced Secret keys.
 */
function cmfKubeconfigMounts(clusters) {
    if (clusters.length === 0)
        return { volumes: [], volumeMounts: [] };
    return {
        volumes: [
            {
                name: "cmf-kubeconfigs",
                projected: {
                    sources: clusters.map((c) => ({
                        secret: { name: c.kubeconfigSecret.name, items: [{ key: c.kubeconfigSecret.key, path: c.name }] },
                    })),
                },
            },
        ],
        volumeMounts: [{ name: "cmf-kubeconfigs", mountPath: exports.cmfKubeconfigDirectory, readOnly: true }],
    };
}
