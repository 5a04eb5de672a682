/**
 * Multi-cluster CMF (`flink-platform:cmf.multiCluster`): one program, one
 * stack, several Kubernetes clusters. For each spoke cluster it registers,
 * through a Kubernetes provider on that cluster's kubeconfig context, what
 * CMF needs there before it registers the cluster (Confluent, "Manage
 * Multiple Kubernetes Clusters in Confluent Manager for Apache Flink": the
 * Flink Kubernetes Operator and its CRDs, https://docs.confluent.io/cp-flink/current/configure/kubernetes-clusters.html)
 * plus the Flink namespaces with their job RBAC and quotas, and cert-manager
 * when the platform installs it; then the cluster in CMF (registered from the
 * kubeconfig the CMF chart values mount, see `cmfKubeconfigMounts`) and one
 * CMF environment per namespace, bound with `kubernetesClusterName`.
 */
import * as pulumi from "@pulumi/pulumi";
import { App } from "cdk8s";
import * as k8s from "../kubernetes/k8s-sdk";
import { PlatformPlan } from "../core/derive";
import { operatorValues } from "../core/operator-values";
import { NamespaceRole, PodSecurityLevel } from "../kubernetes/charts";
import { webhookEnabled } from "../kubernetes/cert-manager";
import { buildPlatformCharts } from "../kubernetes/platform-charts";
import { operatorRelease, registerPlatformBase, type PlatformBase } from "../kubernetes/platform";
import { CmfEnvironment } from "./cmf/environment";
import { CmfKubernetesCluster } from "./cmf/kubernetes-cluster";
import type { CmfConnectionArgs } from "./cmf/connection-args";
import type { CmfClusterPlan } from "./config-clusters";
import { cmfApplicationDefaults, cpOperatorDefaults } from "./defaults";

/**
 * The platform plan of a spoke: its own Flink namespaces, and none of the
 * hub's workloads (pools, applications, smoke test) or dev MinIO, which stay
 * on the hub. Operator, cert-manager, sizes and Flink defaults are the hub's.
 */
export function spokePlan(plan: PlatformPlan, cluster: CmfClusterPlan): PlatformPlan {
  return {
    ...plan,
    flinkNamespaces: cluster.environments.map((e) => e.namespace),
    storage: { ...plan.storage, minio: undefined },
    smokeTest: { ...plan.smokeTest, enabled: false },
    pools: [],
    applications: [],
  };
}

/**
 * Confluent's operator release, on the hub and on every spoke: the same chart
 * keys as Apache's, with defaults that leave out the version-specific plugin
 * jar, because CMF SQL pools run another Flink version.
 */
export function confluentOperatorRelease(
  parent: pulumi.ComponentResource,
  name: string,
  plan: PlatformPlan,
  base: PlatformBase,
): k8s.Release {
  return operatorRelease(
    parent,
    name,
    plan,
    base,
    operatorValues(
      { ...plan, flinkDefaults: cpOperatorDefaults(plan.flinkDefaults) },
      webhookEnabled(plan.certManager),
    ),
  );
}

/** Arguments of {@link CmfSpokeCluster}. */
export interface CmfSpokeClusterArgs {
  /** The spoke's platform plan ({@link spokePlan}). */
  readonly plan: PlatformPlan;
}

/**
 * What CMF needs on a spoke cluster, registered through the Kubernetes
 * provider the component is given (`providers: { kubernetes }`): namespaces,
 * cert-manager (when installed), the operator's CRDs and Helm release, and the
 * Flink namespaces' job RBAC and quotas.
 */
export class CmfSpokeCluster extends pulumi.ComponentResource {
  /** The operator's Helm release on the spoke. */
  public readonly operator: k8s.Release;
  /** The spoke's Flink namespaces (name -> resource). */
  public readonly namespaces: ReadonlyMap<string, pulumi.Resource>;

  constructor(name: string, args: CmfSpokeClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super("flink-platform:index:CmfSpokeCluster", name, {}, opts);
    const plan = args.plan;
    const charts = buildPlatformCharts(new App(), plan, {
      operatorRole: NamespaceRole.Operator,
      // Same choice as the hub's Flink namespaces (CMF SQL clusters run undocumented containers).
      flinkPodSecurity: PodSecurityLevel.Baseline,
    });
    const base = registerPlatformBase(this, name, plan, charts);
    this.operator = confluentOperatorRelease(this, name, plan, base);
    this.namespaces = base.namespaces;
    this.registerOutputs({ operator: this.operator.name });
  }
}

/**
 * Registers every spoke cluster of `clusters` under `parent` (see the file
 * comment). CMF objects wait for `cmfDeps` (the CMF release that mounts the
 * kubeconfigs, its exposure). Returns the spoke environments' CMF names by
 * `<cluster>/<namespace>`.
 */
export function registerCmfClusters(
  parent: pulumi.ComponentResource,
  name: string,
  plan: PlatformPlan,
  clusters: readonly CmfClusterPlan[],
  connection: CmfConnectionArgs,
  cmfDeps: readonly pulumi.Resource[],
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const cluster of clusters) {
    const provider = new k8s.Provider(
      `${name}-k8s-${cluster.name}`,
      { context: cluster.context },
      { parent },
    );
    const spoke = new CmfSpokeCluster(
      `${name}-${cluster.name}`,
      { plan: spokePlan(plan, cluster) },
      { parent, providers: { kubernetes: provider } },
    );
    // CMF registers the cluster once its kubeconfig is mounted; the operator must be there first.
    const registered = new CmfKubernetesCluster(
      `${name}-cmf-cluster-${cluster.name}`,
      { connection, name: cluster.name, ...(cluster.labels ? { labels: { ...cluster.labels } } : {}) },
      { parent, dependsOn: [...cmfDeps, spoke.operator] },
    );
    for (const env of cluster.environments) {
      new CmfEnvironment(
        `${name}-cmf-env-${cluster.name}-${env.namespace}`,
        {
          connection,
          name: env.name,
          kubernetesNamespace: env.namespace,
          kubernetesClusterName: registered.name,
          flinkApplicationDefaults: cmfApplicationDefaults(plan),
        },
        {
          parent,
          protect: plan.tier === "prod",
          dependsOn: [registered, ...[spoke.namespaces.get(env.namespace)].filter((n) => n !== undefined)],
        },
      );
      names[`${cluster.name}/${env.namespace}`] = env.name;
    }
  }
  return names;
}
