import * as k8s from "./k8s-sdk";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { PlatformPlan, PoolPlan } from "../core/derive";
import { PlatformCharts } from "./platform-charts";
import { registerCharts } from "./bridge";
import { certManagerRelease } from "./cert-manager";

/**
 * The parts every Kubernetes platform component (FlinkPlatformOSS and
 * FlinkPlatformCP) registers the same way: namespaces, cert-manager, the
 * operator's CRDs and Helm release, job RBAC and quotas, dev MinIO with its
 * generated credentials, and compute pools. Resource names derive from the
 * component's name, so both components get the same, stable names.
 */

/** What {@link registerPlatformBase} registered, for the resources that must wait for it. */
export interface PlatformBase {
  /** Namespaces registered so far (name -> resource); namespaced objects depend on theirs. */
  readonly namespaces: Map<string, pulumi.Resource>;
  /** The platform's own namespaces. */
  readonly platformNamespaces: readonly pulumi.Resource[];
  /** The cert-manager release, when the platform installs it. */
  readonly certManager?: k8s.Release;
  /** The operator's CRDs, applied from the files of the matching Apache release. */
  readonly crds: k8s.ConfigGroup;
  /** Job service account, RBAC and quota of every Flink namespace, by `Kind/namespace/name`. */
  readonly flinkNamespaceObjects: ReadonlyMap<string, pulumi.CustomResource>;
  /** Secrets Flink pods reference for object-store credentials (generated for dev MinIO). */
  readonly storageSecrets: readonly pulumi.Resource[];
}

/**
 * Namespaces, cert-manager, CRDs, Flink namespaces (RBAC, quota) and dev
 * MinIO with its credentials, as children of `parent`.
 *
 * Helm never upgrades CRDs, so the operator chart is installed with
 * `skipCrds` and the CRDs of the configured release are applied by a
 * `yaml/v2.ConfigGroup` that the release depends on (see {@link operatorRelease}).
 */
export function registerPlatformBase(
  parent: pulumi.ComponentResource,
  name: string,
  plan: PlatformPlan,
  charts: PlatformCharts,
): PlatformBase {
  const namespaces = new Map<string, pulumi.Resource>();
  // In prod the namespaces hold state (HA metadata, CMF's database volume):
  // deleting one must be a deliberate act, not a side effect of a destroy.
  registerCharts([charts.namespaces], {
    parent,
    prefix: name,
    namespaces,
    protect: plan.tier === "prod" ? ["Namespace"] : [],
  });
  const platformNamespaces = [...namespaces.values()];

  const certManager = certManagerRelease(name, plan.certManager, { parent, dependsOn: platformNamespaces });

  const crds = new k8s.ConfigGroup(
    `${name}-operator-crds`,
    { files: [...plan.operator.crdUrls] },
    { parent },
  );

  const flinkNamespaceObjects = registerCharts(charts.flinkNamespaces, { parent, prefix: name, namespaces });

  const storageSecrets = minioCredentials(parent, name, plan, namespaces);
  if (charts.minio) {
    registerCharts([charts.minio], { parent, prefix: name, namespaces, dependsOn: storageSecrets });
  }
  // PodMonitors need the Prometheus Operator's CRDs, which the cluster brings (observability.podMonitors).
  if (charts.observability) registerCharts([charts.observability], { parent, prefix: name, namespaces });
  return { namespaces, platformNamespaces, certManager, crds, flinkNamespaceObjects, storageSecrets };
}

/**
 * The operator's Helm release (Apache or Confluent build, as planned), with
 * `skipCrds`: it depends on the CRD group, the namespaces and cert-manager.
 */
export function operatorRelease(
  parent: pulumi.ComponentResource,
  name: string,
  plan: PlatformPlan,
  base: PlatformBase,
  values: Record<string, unknown>,
): k8s.Release {
  return new k8s.Release(
    `${name}-flink-operator`,
    {
      name: plan.operator.releaseName,
      chart: plan.operator.chart,
      version: plan.operator.version,
      repositoryOpts: { repo: plan.operator.chartRepository },
      namespace: plan.operatorNamespace,
      createNamespace: false,
      // CRDs come from the ConfigGroup, which Helm would never upgrade.
      skipCrds: true,
      values,
      cleanupOnFail: true,
      timeout: 600,
    },
    {
      parent,
      dependsOn: [base.crds, ...base.platformNamespaces, ...(base.certManager ? [base.certManager] : [])],
    },
  );
}

/**
 * Dev MinIO: generated credentials, stored as a Secret in the storage
 * namespace and every Flink namespace (pods can only reference Secrets of
 * their own namespace). Pulumi secrets end to end; never in cdk8s output.
 */
function minioCredentials(
  parent: pulumi.ComponentResource,
  name: string,
  plan: PlatformPlan,
  namespaces: Map<string, pulumi.Resource>,
): pulumi.Resource[] {
  const minio = plan.storage.minio;
  const ref = plan.storage.credentials;
  if (!minio || !ref) return [];
  const accessKey = new random.RandomString(
    `${name}-minio-access-key`,
    { length: 20, special: false, upper: false },
    { parent },
  );
  const secretKey = new random.RandomPassword(
    `${name}-minio-secret-key`,
    { length: 40, special: false },
    { parent },
  );
  return [minio.namespace, ...plan.flinkNamespaces].map(
    (ns) =>
      new k8s.coreV1.Secret(
        `${name}:${ns}/${ref.name}`,
        {
          metadata: {
            name: ref.name,
            namespace: ns,
            labels: { "app.kubernetes.io/part-of": "flink-platform" },
          },
          type: "Opaque",
          stringData: {
            [ref.accessKeyIdKey]: pulumi.secret(accessKey.result),
            [ref.secretAccessKeyKey]: secretKey.result,
          },
        },
        { parent, dependsOn: namespaces.has(ns) ? [namespaces.get(ns)!] : [] },
      ),
  );
}

/** Guardrail warnings of the plan, logged on the component. */
export function logWarnings(parent: pulumi.Resource, plan: PlatformPlan): void {
  for (const warning of plan.warnings) void pulumi.log.warn(warning, parent);
}

/** Where a platform's pool runs and what it offers (the `pools` output of the platforms). */
export interface PoolCapacity {
  /** Flink namespace the pool runs in. */
  namespace: string;
  /** Task slots it offers: taskManagers x slots. */
  slotCapacity: number;
}

/** Session-pool capacity by name: namespace and slots (taskManagers x slots). */
function poolCapacities(pools: readonly PoolPlan[]): Record<string, PoolCapacity> {
  return Object.fromEntries(
    pools.map((p) => [p.name, { namespace: p.namespace, slotCapacity: p.taskManagers * p.slots }]),
  );
}

/**
 * The outputs every Kubernetes Flink platform has: {@link FlinkPlatformOSS}
 * and {@link FlinkPlatformCP} extend it, so a program can take either.
 */
export abstract class KubernetesFlinkPlatform extends pulumi.ComponentResource {
  /** Every namespace the platform owns. */
  declare public readonly namespaces: pulumi.Output<string[]>;
  /** Namespaces the operator watches (on CP also where CMF deploys, K8S_NAMESPACE_FLINK). */
  declare public readonly flinkNamespaces: pulumi.Output<string[]>;
  /** Helm release name of the Flink operator (Apache's on OSS, Confluent's on CP). */
  declare public readonly operatorReleaseName: pulumi.Output<string>;
  /** Operator chart version. */
  declare public readonly operatorVersion: pulumi.Output<string>;
  /** Name of the smoke test (a FlinkDeployment on OSS, a CMF FlinkApplication on CP), when enabled. */
  declare public readonly smokeTestName: pulumi.Output<string | undefined>;
  /** The Flink defaults every deployment inherits (checkpoints, HA, S3); on CP through its CMF environment. */
  declare public readonly flinkDefaults: pulumi.Output<Record<string, string>>;
  /**
   * Compute pools by name: namespace and slot capacity (taskManagers x slots);
   * session clusters on OSS, CMF SQL compute pools on CP.
   */
  declare public readonly pools: pulumi.Output<Record<string, PoolCapacity>>;

  /** Registers the component as `type` (its `flink-platform:index:<ClassName>` token); no outputs yet. */
  protected constructor(type: string, name: string, opts?: pulumi.ComponentResourceOptions) {
    super(type, name, {}, opts);
  }

  /**
   * Sets the shared outputs from what the platform planned and registered,
   * then registers them with the platform's `own` outputs (last, as a
   * component's constructor must).
   */
  protected registerPlatformOutputs(
    plan: PlatformPlan,
    namespaces: ReadonlyMap<string, pulumi.Resource>,
    operator: k8s.Release,
    smokeTestName: pulumi.Output<string | undefined>,
    own: Record<string, pulumi.Output<unknown>>,
  ): void {
    const shared = {
      namespaces: pulumi.output([...namespaces.keys()]),
      flinkNamespaces: pulumi.output([...plan.flinkNamespaces]),
      operatorReleaseName: operator.name,
      operatorVersion: operator.version,
      smokeTestName,
      flinkDefaults: pulumi.output({ ...plan.flinkDefaults }),
      pools: pulumi.output(poolCapacities(plan.pools)),
    };
    // The fields are readonly to users; this is where they are set, once.
    Object.assign(this, shared);
    this.registerOutputs({ ...shared, ...own });
  }
}
