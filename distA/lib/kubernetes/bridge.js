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
exports.logicalName = logicalName;
exports.objectKey = objectKey;
exports.registerCharts = registerCharts;
const k8s = __importStar(require("./k8s-sdk"));
const cdk8s_1 = require("cdk8s");
/**
 * Built-in kinds map to the provider's typed classes (aliases, secret outputs,
 * await logic). Each is looked up when a chart first has that kind: a class is
 * a module of its own in `@pulumi/kubernetes`, and a stack uses about half.
 */
const builtInKinds = {
    "v1/Namespace": () => k8s.coreV1.Namespace,
    "v1/ServiceAccount": () => k8s.coreV1.ServiceAccount,
    "v1/Service": () => k8s.coreV1.Service,
    "v1/ConfigMap": () => k8s.coreV1.ConfigMap,
    "v1/Secret": () => k8s.coreV1.Secret,
    "v1/PersistentVolumeClaim": () => k8s.coreV1.PersistentVolumeClaim,
    "v1/ResourceQuota": () => k8s.coreV1.ResourceQuota,
    "v1/LimitRange": () => k8s.coreV1.LimitRange,
    "apps/v1/Deployment": () => k8s.appsV1.Deployment,
    "apps/v1/StatefulSet": () => k8s.appsV1.StatefulSet,
    "batch/v1/Job": () => k8s.batchV1.Job,
    "rbac.authorization.k8s.io/v1/Role": () => k8s.rbacV1.Role,
    "rbac.authorization.k8s.io/v1/RoleBinding": () => k8s.rbacV1.RoleBinding,
    "rbac.authorization.k8s.io/v1/ClusterRole": () => k8s.rbacV1.ClusterRole,
    "rbac.authorization.k8s.io/v1/ClusterRoleBinding": () => k8s.rbacV1.ClusterRoleBinding,
    "networking.k8s.io/v1/NetworkPolicy": () => k8s.networkingV1.NetworkPolicy,
    "networking.k8s.io/v1/Ingress": () => k8s.networkingV1.Ingress,
    "policy/v1/PodDisruptionBudget": () => k8s.policyV1.PodDisruptionBudget,
};
/** API groups served by Kubernetes itself; anything else is a custom resource. */
function isCustomResource(apiVersion) {
    if (!apiVersion.includes("/"))
        return false;
    const group = apiVersion.split("/")[0];
    return group.includes(".") && !group.endsWith(".k8s.io");
}
/**
 * Logical (Pulumi) name of a registered object: `<prefix>:<namespace>/<name>`,
 * or `<prefix>:<name>` for cluster-scoped objects.
 */
function logicalName(prefix, m) {
    return m.metadata.namespace
        ? `${prefix}:${m.metadata.namespace}/${m.metadata.name}`
        : `${prefix}:${m.metadata.name}`;
}
/** `Kind/namespace/name` (or `Kind/name`): how callers look registered objects up. */
function objectKey(m) {
    return m.metadata.namespace
        ? `${m.kind}/${m.metadata.namespace}/${m.metadata.name}`
        : `${m.kind}/${m.metadata.name}`;
}
function apiObjectsOf(charts) {
    return charts.flatMap((chart) => chart.node.findAll().filter((c) => c instanceof cdk8s_1.ApiObject));
}
/** Constructs an object depends on, declared on it or on any wrapper between it and its chart. */
function declaredDependencies(obj) {
    const deps = [];
    for (let c = obj; c && !cdk8s_1.Chart.isChart(c); c = c.node.scope) {
        deps.push(...c.node.dependencies);
    }
    return deps;
}
/** Registers every object of `charts` as its own Pulumi resource; returns them by `objectKey`. */
function registerCharts(charts, options) {
    const objects = apiObjectsOf(charts);
    // Namespaces go first so namespaced objects can depend on them.
    objects.sort((a, b) => Number(b.kind === "Namespace") - Number(a.kind === "Namespace"));
    const byObject = new Map();
    const registered = new Map();
    const visiting = new Set();
    const register = (obj) => {
        const done = byObject.get(obj);
        if (done)
            return done;
        if (visiting.has(obj))
            throw new Error(`cdk8s dependency cycle at ${obj.node.path}`);
        visiting.add(obj);
        const cdk8sDeps = declaredDependencies(obj)
            .flatMap((dep) => dep.node.findAll().filter((c) => c instanceof cdk8s_1.ApiObject))
            .filter((dep) => dep !== obj && objects.includes(dep))
            .map(register);
        const manifest = obj.toJson();
        const ns = manifest.metadata.namespace;
        const custom = isCustomResource(manifest.apiVersion);
        const dependsOn = [
            ...(options.dependsOn ?? []),
            ...(ns && options.namespaces.has(ns) ? [options.namespaces.get(ns)] : []),
            ...cdk8sDeps,
            ...(custom ? (options.customResourceDependsOn ?? []) : []),
        ];
        const name = logicalName(options.prefix, manifest);
        const protect = (options.protect ?? []).some((p) => p === manifest.kind || p === `${manifest.kind}/${manifest.metadata.name}`);
        const resource = createResource(name, manifest, custom, {
            parent: options.parent,
            dependsOn: [...new Set(dependsOn)],
            ...(protect ? { protect: true } : {}),
        });
        if (manifest.kind === "Namespace")
            options.namespaces.set(manifest.metadata.name, resource);
        byObject.set(obj, resource);
        registered.set(objectKey(manifest), resource);
        visiting.delete(obj);
        return resource;
    };
    objects.forEach(register);
    return registered;
}
function createResource(name, manifest, custom, opts) {
    if (custom) {
        return new k8s.CustomResource(name, manifest, opts);
    }
    const { apiVersion, kind, ...rest } = manifest;
    const cls = builtInKinds[`${apiVersion}/${kind}`]?.();
    if (!cls) {
        throw new Error(`cdk8s bridge: no typed Pulumi class for ${apiVersion}/${kind} (${name}); add it to builtInKinds in lib/kubernetes/bridge.ts`);
    }
    return new cls(name, rest, opts);
}
