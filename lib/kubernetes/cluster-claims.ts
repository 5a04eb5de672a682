import * as pulumi from "@pulumi/pulumi";
import { ApiObject, Chart } from "cdk8s";
import { CertManagerMode } from "../core/schema";
import { ConfigError, ConfigProblem } from "../core/errors";
import type { PlatformPlan } from "../core/derive";
import { operatorCrdFiles } from "../core/versions";
import { chartsInOrder, type OssPlatformCharts } from "./platform-charts";
import { logicalName } from "./bridge";

/**
 * Several platforms in one program (examples/multi-env) must not own the same
 * Kubernetes object or Helm release: on one cluster the later one would take
 * over (or fail on) what the first created, and destroying either would
 * delete the other's (deleting the operator's CRDs deletes every
 * FlinkDeployment). Their Pulumi names differ (each is prefixed by its
 * component's name), so neither the engine nor the provider notices. So each
 * platform lists what it would own on its cluster and is refused, before any
 * child is registered, when another platform of the program owns one of
 * those on the same cluster; the message names both resources and the fix.
 *
 * "The same cluster" is the same Kubernetes provider object: the one the
 * platform's children inherit (`opts.providers`, `opts.provider` or the
 * parent's), or, for the default provider, the program itself, keyed by its
 * resource monitor (one per `pulumi up` or `preview`, one per mocked test
 * program). Two provider objects for one cluster cannot be told apart
 * without contacting it, and are not caught. The claims live in a WeakMap
 * keyed by that object and filled only when a platform is constructed (no
 * registry filled at import): nothing outlives its provider or program.
 */

/** One thing on a cluster that exactly one resource may own. */
export interface ClusterClaim {
  /** The object: `Namespace cert-manager`, `Helm release flink-operator/flink-kubernetes-operator`, ... */
  readonly object: string;
  /** Namespace of a namespaced object: inside a namespace that collides, only the namespace is reported. */
  readonly namespace?: string;
  /** Pulumi logical name of the resource that would own it. */
  readonly resource: string;
  /** What to change on the later platform: the arg, its value, what to set instead. */
  readonly fix: ClaimFix;
}

/** The arg to change when a claim collides (`ConfigProblem` fields). */
export interface ClaimFix {
  readonly path: string;
  readonly got: unknown;
  readonly allowed: string;
}

interface Owner {
  readonly component: string;
  readonly resource: string;
}

const ownersByCluster = new WeakMap<object, Map<string, Owner>>();

/**
 * Records what `component` (`label`: its type and name, e.g.
 * `FlinkPlatformOSS "dev"`) owns on its cluster, or throws one ConfigError
 * naming, per arg to change, the objects another platform already owns there
 * with both Pulumi resources. Call it right after `super()`, before any child
 * is registered: only the (empty) component exists when it throws, and
 * `pulumi up` stops in its preview.
 */
export function claimClusterObjects(
  component: pulumi.ComponentResource,
  label: string,
  claims: readonly ClusterClaim[],
): void {
  const key = component.getProvider("kubernetes::Namespace") ?? pulumi.runtime.getMonitor();
  if (key === undefined) return; // no program to share a cluster with
  const owners = ownersByCluster.get(key) ?? new Map<string, Owner>();
  ownersByCluster.set(key, owners);
  const taken = claims.filter((c) => owners.has(c.object));
  const takenObjects = new Set(taken.map((c) => c.object));
  // One problem per arg to change; one entry per pair of resources (a ConfigGroup owns four CRDs).
  const byFix = new Map<string, { fix: ClaimFix; entries: Map<string, string[]> }>();
  for (const c of taken) {
    if (c.namespace !== undefined && takenObjects.has(`Namespace ${c.namespace}`)) continue;
    const first = owners.get(c.object)!;
    const group = byFix.get(c.fix.path) ?? { fix: c.fix, entries: new Map<string, string[]>() };
    const pair = `by ${first.component} as ${first.resource} (here: ${c.resource})`;
    group.entries.set(pair, [...(group.entries.get(pair) ?? []), c.object]);
    byFix.set(c.fix.path, group);
  }
  const problems: ConfigProblem[] = [...byFix.values()].map(({ fix, entries }) => ({
    path: fix.path,
    got: fix.got,
    allowed: `${fix.allowed}. Already owned on the same Kubernetes provider: ${[...entries]
      .map(([pair, objects]) => `${objects.join(", ")} ${pair}`)
      .join("; ")}`,
  }));
  if (problems.length > 0) {
    throw new ConfigError(
      problems,
      `Invalid arguments for ${label}: it would own what another platform owns on its cluster`,
    );
  }
  for (const c of claims) owners.set(c.object, { component: label, resource: c.resource });
}

const anotherCluster: ClaimFix = {
  path: "opts.providers",
  got: "the Kubernetes provider of another platform",
  allowed:
    "the provider of another cluster (opts.providers.kubernetes): one cluster runs one Flink operator and its CRDs; for more environments on one cluster, give one platform several namespaces.flink",
};

const freeNamespace = "namespaces no other platform on this cluster owns";

/** Which arg to change when `namespace` (or an object in it) collides. */
export function namespaceFix(plan: PlatformPlan): (namespace: string | undefined) => ClaimFix {
  return (ns) => {
    if (ns === undefined) return anotherCluster;
    if (plan.certManager.mode === CertManagerMode.Install && ns === plan.certManager.namespace) {
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

function certManagerFix(plan: PlatformPlan): ClaimFix {
  return {
    path: "args.certManager.mode",
    got: plan.certManager.mode,
    allowed: '"existing", to use the cert-manager another platform installs on this cluster',
  };
}

/** Claims of every object of `charts`, named as `registerCharts` names them under `prefix`. */
export function chartClaims(
  prefix: string,
  charts: readonly (Chart | undefined)[],
  fix: (namespace: string | undefined) => ClaimFix,
): ClusterClaim[] {
  return charts
    .filter((c): c is Chart => c !== undefined)
    .flatMap((chart) => chart.node.findAll().filter((o): o is ApiObject => o instanceof ApiObject))
    .map((o) => {
      const namespace = o.metadata.namespace;
      const group = o.apiGroup === "core" || o.apiGroup === "" ? "" : `${o.apiGroup} `;
      return {
        object: `${group}${o.kind} ${namespace ? `${namespace}/` : ""}${o.name}`,
        ...(namespace ? { namespace } : {}),
        resource: logicalName(prefix, { metadata: { name: o.name, namespace } }),
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
export function platformClaims(
  name: string,
  plan: PlatformPlan,
  releases: readonly { resource: string; namespace: string; name: string }[] = [],
): ClusterClaim[] {
  const claims: ClusterClaim[] = operatorCrdFiles.map((file) => ({
    object: `apiextensions.k8s.io CustomResourceDefinition ${file.replace(/-v1\.yml$/, "")}`,
    resource: `${name}-operator-crds`,
    fix: anotherCluster,
  }));
  const installsCertManager = plan.certManager.mode === CertManagerMode.Install;
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
export function claimPlatform(
  component: pulumi.ComponentResource,
  type: string,
  name: string,
  plan: PlatformPlan,
  charts: OssPlatformCharts,
  releases: readonly { resource: string; namespace: string; name: string }[] = [],
): void {
  claimClusterObjects(component, `${type} "${name}"`, [
    ...platformClaims(name, plan, releases),
    ...chartClaims(name, chartsInOrder(charts), namespaceFix(plan)),
  ]);
}
