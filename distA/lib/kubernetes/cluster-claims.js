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
exports.claimClusterObjects = claimClusterObjects;
exports.namespaceFix = namespaceFix;
exports.chartClaims = chartClaims;
exports.platformClaims = platformClaims;
exports.claimPlatform = claimPlatform;
const pulumi = __importStar(require("@pulumi/pulumi"));
const cdk8s_1 = require("cdk8s");
const schema_1 = require("../core/schema");
const errors_1 = require("../core/errors");
const versions_1 = require("../core/versions");
const platform_charts_1 = require("./platform-charts");
const bridge_1 = require("./bridge");
const ownersByCluster = new WeakMap();
/**
 * Records what `component` (`label`: its type and name, e.g.
 * `FlinkPlatformOSS "dev"`) owns on its cluster, or throws one ConfigError
 * naming, per arg to change, the objects another platform already owns there
 * with both Pulumi resources. Call it right after `super()`, before any child
 * is registered: only the (empty) component exists when it throws, and
 * `pulumi up` stops in its preview.
 */
function claimClusterObjects(component, label, claims) {
    const key = component.getProvider("kubernetes::Namespace") ?? pulumi.runtime.getMonitor();
    if (key === undefined)
        return; // no program to share a cluster with
    const owners = ownersByCluster.get(key) ?? new Map();
    ownersByCluster.set(key, owners);
    const taken = claims.filter((c) => owners.has(c.object));
    const takenObjects = new Set(taken.map((c) => c.object));
    // One problem per arg to change; one entry per pair of resources (a ConfigGroup owns four CRDs).
    const byFix = new Map();
    for (const c of taken) {
        if (c.namespace !== undefined && takenObjects.has(`Namespace ${c.namespace}`))
            continue;
        const first = owners.get(c.object);
        const group = byFix.get(c.fix.path) ?? { fix: c.fix, entries: new Map() };
        const pair = `by ${first.component} as ${first.resource} (here: ${c.resource})`;
        group.entries.set(pair, [...(group.entries.get(pair) ?? []), c.object]);
        byFix.set(c.fix.path, group);
    }
    const problems = [...byFix.values()].map(({ fix, entries }) => ({
        path: fix.path,
        got: fix.got,
        allowed: `${fix.allowed}. Already owned on the same Kubernetes provider: ${[...entries]
            .map(([pair, objects]) => `${objects.join(", ")} ${pair}`)
            .join("; ")}`,
    }));
    if (problems.length > 0) {
        throw new errors_1.ConfigError(problems, `Invalid arguments for ${label}: it would own what another platform owns on its cluster`);
    }
    for (const c of claims)
        owners.set(c.object, { component: label, resource: c.resource });
}
const anotherCluster = {
    path: "opts.providers",
    got: "the Kubernetes provider of another platform",
    allowed: "the provider of another cluster (opts.providers.kubernetes): one cluster runs one Flink operator and its CRDs; for more environments on one cluster, give one platform several namespaces.flink",
};
const freeNamespace = "namespaces no other platform on this cluster owns";
/** Which arg to change when `namespace` (or an object in it) collides. */
function namespaceFix(plan) {
    return (ns) => {
        if (ns === undefined)
            return anotherCluster;
        if (plan.certManager.mode === schema_1.CertManagerMode.Install && ns === plan.certManager.namespace) {
            return certManagerFix(plan);
        }
        if (ns === plan.operatorNamespace)
            return { path: "args.namespaces.operator", got: ns, allowed: freeNamespace };
        if (plan.flinkNamespaces.includes(ns)) {
            return { path: "args.namespaces.flink", got: [...plan.flinkNamespaces], allowed: freeNamespace };
        }
        if (ns === plan.storage.minio?.namespace) {
            return { path: "args.storage.minio.namespace", got: ns, allowed: freeNamespace };
        }
        return anotherCluster;
    };
}
function certManagerFix(plan) {
    return {
        path: "args.certManager.mode",
        got: plan.certManager.mode,
        allowed: '"existing", to use the cert-manager another platform installs on this cluster',
    };
}
/** Claims of every object of `charts`, named as `registerCharts` names them under `prefix`. */
function chartClaims(prefix, charts, fix) {
    return charts
        .filter((c) => c !== undefined)
        .flatMap((chart) => chart.node.findAll().filter((o) => o instanceof cdk8s_1.ApiObject))
        .map((o) => {
        const namespace = o.metadata.namespace;
        const group = o.apiGroup === "core" || o.apiGroup === "" ? "" : `${o.apiGroup} `;
        return {
            object: `${group}${o.kind} ${namespace ? `${namespace}/` : ""}${o.name}`,
            ...(namespace ? { namespace } : {}),
            resource: (0, bridge_1.logicalName)(prefix, { metadata: { name: o.name, namespace } }),
            fix: fix(namespace ?? (o.kind === "Namespace" ? o.name : undefined)),
        };
    });
}
/**
 * What a Kubernetes platform named `name` owns on its cluster besides its
 * charts' objects: the operator's CRDs and Helm release, cert-manager (its
 * release, whose CRDs are cluster-wide) when it installs it, and `releases`
 * of its own (CMF).
 */
function platformClaims(name, plan, releases = []) {
    const claims = versions_1.operatorCrdFiles.map((file) => ({
        object: `apiextensions.k8s.io CustomResourceDefinition ${file.replace(/-v1\.yml$/, "")}`,
        resource: `${name}-operator-crds`,
        fix: anotherCluster,
    }));
    const installsCertManager = plan.certManager.mode === schema_1.CertManagerMode.Install;
    const helm = [
        {
            resource: `${name}-flink-operator`,
            namespace: plan.operatorNamespace,
            name: plan.operator.releaseName,
        },
        ...(installsCertManager
            ? [{ resource: `${name}-cert-manager`, namespace: plan.certManager.namespace, name: "cert-manager" }]
            : []),
        ...releases,
    ];
    const fix = namespaceFix(plan);
    for (const r of helm) {
        claims.push({
            object: `Helm release ${r.namespace}/${r.name}`,
            namespace: r.namespace,
            resource: r.resource,
            fix: fix(r.namespace),
        });
    }
    if (installsCertManager) {
        claims.push({
            // With crds.enabled its CRDs are cluster-wide, whichever namespace it is installed in.
            object: "cert-manager installation (its cluster-wide CRDs)",
            resource: `${name}-cert-manager`,
            fix: certManagerFix(plan),
        });
    }
    return claims;
}
/**
 * Claims everything a Kubernetes platform owns on its cluster (its charts'
 * objects, CRDs, Helm releases) for `component`; see {@link claimClusterObjects}.
 */
function claimPlatform(component, type, name, plan, charts, releases = []) {
    claimClusterObjects(component, `${type} "${name}"`, [
        ...platformClaims(name, plan, releases),
        ...chartClaims(name, (0, platform_charts_1.chartsInOrder)(charts), namespaceFix(plan)),
    ]);
}
