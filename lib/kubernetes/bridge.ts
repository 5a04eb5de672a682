import * as k8s from "./k8s-sdk";
import * as pulumi from "@pulumi/pulumi";
import { ApiObject, Chart } from "cdk8s";
import { IConstruct } from "constructs";

/**
 * The cdk8s -> Pulumi bridge: every object a chart synthesizes becomes its own
 * Pulumi resource, so previews show per-object diffs. Names are stable and
 * hash-free (`<prefix>:<namespace>/<name>`), and ordering is explicit:
 * namespaces first, cdk8s dependencies honoured, custom resources after the
 * resources that install their CRDs.
 */

// `args: never` accepts every typed class; manifests are checked by schema tests instead.
type K8sResourceClass = new (
  name: string,
  args: never,
  opts?: pulumi.CustomResourceOptions,
) => pulumi.CustomResource;

/**
 * Built-in kinds map to the provider's typed classes (aliases, secret outputs,
 * await logic). Each is looked up when a chart first has that kind: a class is
 * a module of its own in `@pulumi/kubernetes`, and a stack uses about half.
 */
const builtInKinds: Readonly<Record<string, () => K8sResourceClass>> = {
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
function isCustomResource(apiVersion: string): boolean {
  if (!apiVersion.includes("/")) return false;
  const group = apiVersion.split("/")[0];
  return group.includes(".") && !group.endsWith(".k8s.io");
}

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [k: string]: unknown };
  [k: string]: unknown;
}

/**
 * Logical (Pulumi) name of a registered object: `<prefix>:<namespace>/<name>`,
 * or `<prefix>:<name>` for cluster-scoped objects.
 */
export function logicalName(prefix: string, m: Pick<Manifest, "metadata">): string {
  return m.metadata.namespace
    ? `${prefix}:${m.metadata.namespace}/${m.metadata.name}`
    : `${prefix}:${m.metadata.name}`;
}

/** `Kind/namespace/name` (or `Kind/name`): how callers look registered objects up. */
export function objectKey(m: Pick<Manifest, "kind" | "metadata">): string {
  return m.metadata.namespace
    ? `${m.kind}/${m.metadata.namespace}/${m.metadata.name}`
    : `${m.kind}/${m.metadata.name}`;
}

export interface RegisterChartsOptions {
  /** Parent of every registered resource (the calling component). */
  readonly parent: pulumi.Resource;
  /** Logical-name prefix, normally the component's name. */
  readonly prefix: string;
  /** Extra dependencies of every object in these charts. */
  readonly dependsOn?: readonly pulumi.Resource[];
  /**
   * Protect these objects (kinds like `Namespace`, or `Kind/name`) from
   * deletion: `pulumi destroy` and replacements stop at them.
   */
  readonly protect?: readonly string[];
  /** Dependencies of custom resources only: what installs their CRDs and controller. */
  readonly customResourceDependsOn?: readonly pulumi.Resource[];
  /**
   * Namespaces registered so far (name -> resource); namespaced objects depend
   * on theirs. Namespaces these charts create are added to it.
   */
  readonly namespaces: Map<string, pulumi.Resource>;
}

function apiObjectsOf(charts: readonly Chart[]): ApiObject[] {
  return charts.flatMap((chart) =>
    chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject),
  );
}

/** Constructs an object depends on, declared on it or on any wrapper between it and its chart. */
function declaredDependencies(obj: ApiObject): IConstruct[] {
  const deps: IConstruct[] = [];
  for (let c: IConstruct | undefined = obj; c && !Chart.isChart(c); c = c.node.scope) {
    deps.push(...c.node.dependencies);
  }
  return deps;
}

/** Registers every object of `charts` as its own Pulumi resource; returns them by `objectKey`. */
export function registerCharts(
  charts: readonly Chart[],
  options: RegisterChartsOptions,
): Map<string, pulumi.CustomResource> {
  const objects = apiObjectsOf(charts);
  // Namespaces go first so namespaced objects can depend on them.
  objects.sort((a, b) => Number(b.kind === "Namespace") - Number(a.kind === "Namespace"));
  const byObject = new Map<ApiObject, pulumi.CustomResource>();
  const registered = new Map<string, pulumi.CustomResource>();
  const visiting = new Set<ApiObject>();

  const register = (obj: ApiObject): pulumi.CustomResource => {
    const done = byObject.get(obj);
    if (done) return done;
    if (visiting.has(obj)) throw new Error(`cdk8s dependency cycle at ${obj.node.path}`);
    visiting.add(obj);
    const cdk8sDeps = declaredDependencies(obj)
      .flatMap((dep) => dep.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject))
      .filter((dep) => dep !== obj && objects.includes(dep))
      .map(register);
    const manifest = obj.toJson() as Manifest;
    const ns = manifest.metadata.namespace;
    const custom = isCustomResource(manifest.apiVersion);
    const dependsOn = [
      ...(options.dependsOn ?? []),
      ...(ns && options.namespaces.has(ns) ? [options.namespaces.get(ns)!] : []),
      ...cdk8sDeps,
      ...(custom ? (options.customResourceDependsOn ?? []) : []),
    ];
    const name = logicalName(options.prefix, manifest);
    const protect = (options.protect ?? []).some(
      (p) => p === manifest.kind || p === `${manifest.kind}/${manifest.metadata.name}`,
    );
    const resource = createResource(name, manifest, custom, {
      parent: options.parent,
      dependsOn: [...new Set(dependsOn)],
      ...(protect ? { protect: true } : {}),
    });
    if (manifest.kind === "Namespace") options.namespaces.set(manifest.metadata.name, resource);
    byObject.set(obj, resource);
    registered.set(objectKey(manifest), resource);
    visiting.delete(obj);
    return resource;
  };

  objects.forEach(register);
  return registered;
}

function createResource(
  name: string,
  manifest: Manifest,
  custom: boolean,
  opts: pulumi.CustomResourceOptions,
): pulumi.CustomResource {
  if (custom) {
    return new k8s.CustomResource(name, manifest as k8s.CustomResourceArgs & Record<string, unknown>, opts);
  }
  const { apiVersion, kind, ...rest } = manifest;
  const cls = builtInKinds[`${apiVersion}/${kind}`]?.();
  if (!cls) {
    throw new Error(
      `cdk8s bridge: no typed Pulumi class for ${apiVersion}/${kind} (${name}); add it to builtInKinds in lib/kubernetes/bridge.ts`,
    );
  }
  return new cls(name, rest as never, opts);
}
