"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.graphLayers = void 0;
exports.renderGraph = renderGraph;
/**
 * A Mermaid diagram of a plan's platform layers, bottom to top: cluster and
 * cloud, cert-manager, operator, CMF, environments, pools, and applications or
 * statements. Supporting objects (RBAC, quotas, Secrets, service accounts,
 * component resources, ...) are left out and only counted in a comment;
 * dependencies that pass through them are kept as edges between the shown
 * nodes. Pure and deterministic.
 */
const diff_1 = require("./diff");
const flinkDeploymentType = "kubernetes:flink.apache.org/v1beta1:FlinkDeployment";
const computePoolComponentType = "flink-platform:index:ComputePool";
function str(v) {
    return typeof v === "string" ? v : undefined;
}
function field(obj, ...path) {
    let cur = obj;
    for (const k of path) {
        if (typeof cur !== "object" || cur === null || Array.isArray(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
function helmRelease(r, pattern) {
    return (r.type.startsWith("kubernetes:helm.sh/") &&
        (pattern.test(str(r.inputs.chart) ?? "") || pattern.test(str(r.inputs.name) ?? r.name)));
}
function isCrdGroup(r) {
    if (!r.type.startsWith("kubernetes:yaml/"))
        return false;
    const files = JSON.stringify(r.inputs.files ?? r.inputs.file ?? "");
    return (/crd/i.test(r.name) || /crds?\//i.test(files) || /CustomResourceDefinition/.test(JSON.stringify(r.inputs)));
}
/** The layers, bottom to top. A new resource type is one predicate here. */
exports.graphLayers = [
    {
        id: "layer_cluster",
        title: "Cluster / cloud",
        matches: (r) => r.type === "kubernetes:core/v1:Namespace" ||
            r.type === "confluentcloud:index/environment:Environment" ||
            r.type === "confluentcloud:index/kafkaCluster:KafkaCluster" ||
            r.type === "pulumi:providers:confluentcloud",
    },
    { id: "layer_certmanager", title: "cert-manager", matches: (r) => helmRelease(r, /cert-manager/) },
    {
        id: "layer_operator",
        title: "Flink operator",
        matches: (r) => isCrdGroup(r) || helmRelease(r, /flink-kubernetes-operator/),
    },
    {
        id: "layer_cmf",
        title: "Confluent Manager for Apache Flink",
        matches: (r) => helmRelease(r, /confluent-manager-for-apache-flink/),
    },
    { id: "layer_environments", title: "Environments", matches: (r) => (0, diff_1.cmfKind)(r) === "environment" },
    {
        id: "layer_pools",
        title: "Pools",
        matches: (r) => r.type === computePoolComponentType ||
            (r.type === flinkDeploymentType && field(r.inputs, "spec", "job") === undefined) ||
            r.type === "confluentcloud:index/flinkComputePool:FlinkComputePool" ||
            (0, diff_1.cmfKind)(r) === "compute-pool",
    },
    {
        id: "layer_applications",
        title: "Applications / statements",
        matches: (r) => (r.type === flinkDeploymentType && field(r.inputs, "spec", "job") !== undefined) ||
            r.type === "kubernetes:flink.apache.org/v1beta1:FlinkSessionJob" ||
            r.type === "confluentcloud:index/flinkStatement:FlinkStatement" ||
            (0, diff_1.cmfKind)(r) === "application",
    },
];
/** `Kind` shown in a node label. */
function kindOf(r) {
    if (r.type.startsWith("kubernetes:helm.sh/"))
        return "HelmRelease";
    if (r.type.startsWith("pulumi:providers:"))
        return "Provider";
    const cmf = (0, diff_1.cmfKind)(r);
    if (cmf === "environment")
        return "CmfEnvironment";
    if (cmf === "application")
        return "CmfFlinkApplication";
    if (cmf === "compute-pool")
        return "CmfComputePool";
    return str(r.inputs.kind) ?? r.type.slice(r.type.lastIndexOf(":") + 1);
}
/** Name shown in a node label: `namespace/name` for Kubernetes objects. */
function nameOf(r) {
    const meta = r.inputs.metadata;
    const name = str(field(meta, "name"));
    if (r.type.startsWith("kubernetes:") && name !== undefined) {
        const ns = str(field(meta, "namespace"));
        return ns ? `${ns}/${name}` : name;
    }
    if (r.type.startsWith("kubernetes:helm.sh/") || (0, diff_1.cmfKind)(r) !== undefined)
        return str(r.inputs.name) ?? r.name;
    return r.name;
}
function label(r) {
    return `${kindOf(r)} ${nameOf(r)}`;
}
/** Mermaid string label: quotes and angle brackets as entity codes. */
function escapeLabel(s) {
    return s.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}
function slug(s) {
    return (s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "") || "x");
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Renders the plan as a `flowchart BT`: one subgraph per non-empty layer, an
 * edge `dependency --> dependent` for each dependency between shown nodes
 * (also through hidden resources), minus edges already implied by a longer
 * path, so the diagram stays readable.
 */
function renderGraph(plan) {
    const byUrn = new Map(plan.resources.map((r) => [r.urn, r]));
    const layerOf = new Map();
    for (const r of plan.resources) {
        const i = exports.graphLayers.findIndex((l) => l.matches(r));
        if (i >= 0)
            layerOf.set(r.urn, i);
    }
    // A shown ComputePool component stands for everything under it.
    const shownAncestor = (r) => {
        for (let p = r.parent; p; p = byUrn.get(p)?.parent ?? null) {
            if (byUrn.get(p)?.type === computePoolComponentType && layerOf.has(p))
                return p;
        }
        return undefined;
    };
    const displayOf = new Map();
    for (const r of plan.resources) {
        const folded = shownAncestor(r);
        if (folded)
            displayOf.set(r.urn, folded);
        else if (layerOf.has(r.urn))
            displayOf.set(r.urn, r.urn);
    }
    const shown = plan.resources
        .filter((r) => displayOf.get(r.urn) === r.urn)
        .map((r) => ({ r, layer: layerOf.get(r.urn), label: label(r) }))
        .sort((a, b) => a.layer - b.layer || compare(a.label, b.label) || compare(a.r.urn, b.r.urn));
    const used = new Set();
    const nodes = new Map();
    for (const s of shown) {
        const base = `n_${slug(s.label)}`;
        let id = base;
        for (let n = 2; used.has(id); n++)
            id = `${base}_${n}`;
        used.add(id);
        nodes.set(s.r.urn, { id, label: s.label, urn: s.r.urn, layer: s.layer });
    }
    // Shown dependencies of each shown node, following dependsOn through hidden resources.
    const members = new Map();
    for (const r of plan.resources) {
        const d = displayOf.get(r.urn);
        if (d)
            members.set(d, [...(members.get(d) ?? []), r.urn]);
    }
    const deps = new Map();
    for (const node of nodes.values()) {
        const found = new Set();
        const seen = new Set(members.get(node.urn));
        const queue = [...(members.get(node.urn) ?? [])];
        while (queue.length > 0) {
            const urn = queue.shift();
            for (const dep of byUrn.get(urn)?.dependsOn ?? []) {
                if (seen.has(dep))
                    continue;
                seen.add(dep);
                const d = displayOf.get(dep);
                if (d && d !== node.urn)
                    found.add(d);
                else if (!d)
                    queue.push(dep);
            }
        }
        deps.set(node.urn, found);
    }
    // Transitive reduction: drop a -> c when c is reachable from another dependency of a.
    const reach = (from, target, visited) => {
        if (from === target)
            return true;
        if (visited.has(from))
            return false;
        visited.add(from);
        return [...(deps.get(from) ?? [])].some((d) => reach(d, target, visited));
    };
    const edges = [];
    for (const node of nodes.values()) {
        const direct = [...(deps.get(node.urn) ?? [])];
        for (const dep of direct) {
            const implied = direct.some((other) => other !== dep && reach(other, dep, new Set([node.urn])));
            if (!implied)
                edges.push([nodes.get(dep), node]);
        }
    }
    edges.sort(([a1, b1], [a2, b2]) => compare(a1.id, a2.id) || compare(b1.id, b2.id));
    const lines = ["flowchart BT"];
    const layersShown = [];
    exports.graphLayers.forEach((layer, i) => {
        const inLayer = [...nodes.values()].filter((n) => n.layer === i);
        if (inLayer.length === 0)
            return;
        layersShown.push(layer.id);
        lines.push(`  subgraph ${layer.id}["${escapeLabel(layer.title)}"]`);
        for (const n of inLayer)
            lines.push(`    ${n.id}["${escapeLabel(n.label)}"]`);
        lines.push("  end");
    });
    for (const [from, to] of edges)
        lines.push(`  ${from.id} --> ${to.id}`);
    // Invisible links keep the layers stacked even where no dependency joins them.
    for (let i = 1; i < layersShown.length; i++)
        lines.push(`  ${layersShown[i - 1]} ~~~ ${layersShown[i]}`);
    const hidden = new Map();
    for (const r of plan.resources) {
        if (displayOf.has(r.urn))
            continue;
        const k = r.type.startsWith("flink-platform:") ? "component" : kindOf(r);
        hidden.set(k, (hidden.get(k) ?? 0) + 1);
    }
    if (hidden.size > 0) {
        const list = [...hidden.entries()].sort(([a], [b]) => compare(a, b)).map(([k, n]) => `${k} ×${n}`);
        lines.push(`%% not shown: ${list.join(", ")}`);
    }
    return lines.join("\n") + "\n";
}
