import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { App } from "cdk8s";
import { parseOrThrow, platformSchema } from "../config";
import { operatorValues, planPlatform, PlatformPlan } from "../flink";
import { buildOssCharts, smokeTestName } from "../k8s";
import { KubernetesPlatformArgs } from "./args";
import { registerCharts } from "./bridge";
import { certManagerRelease, webhookEnabled } from "./cert-manager";
import { ComputePool, ComputePoolTarget } from "../cloud/compute-pool";

/** Args of {@link FlinkPlatformOSS}: the Kubernetes platform settings. */
export type FlinkPlatformOSSArgs = KubernetesPlatformArgs;

/** Validates component args with the stack-config schema and resolves them. */
export function planFromArgs(component: string, name: string, args: KubernetesPlatformArgs): PlatformPlan {
  return planPlatform(
    parseOrThrow(platformSchema, args, {
      prefix: "args.",
      title: `Invalid arguments for ${component} "${name}"`,
    }),
  );
}

export const apacheOperatorChart = "flink-kubernetes-operator";

/**
 * Apache Flink on Kubernetes with the Apache Flink Kubernetes Operator:
 * namespaces, cert-manager, the operator's CRDs and Helm release, job RBAC,
 * durable-state defaults, optional dev MinIO and a smoke test.
 *
 * Operator upgrades: Helm never upgrades CRDs, so the release is installed
 * with `skipCrds` and the CRDs of the configured version are applied by a
 * separate `yaml/v2.ConfigGroup` from the release tag, which the release
 * depends on. Bumping `operator.version` changes the CRD URLs, so the new
 * CRDs are applied first, then the chart is upgraded.
 */
export class FlinkPlatformOSS extends pulumi.ComponentResource {
  /** Every namespace the platform owns. */
  public readonly namespaces: pulumi.Output<string[]>;
  /** Namespace of the operator. */
  public readonly operatorNamespace: pulumi.Output<string>;
  /** Namespaces the operator watches. */
  public readonly flinkNamespaces: pulumi.Output<string[]>;
  /** Helm release name of the operator. */
  public readonly operatorReleaseName: pulumi.Output<string>;
  /** Operator chart version. */
  public readonly operatorVersion: pulumi.Output<string>;
  /** Name of the smoke-test FlinkDeployment, when enabled. */
  public readonly smokeTestName: pulumi.Output<string | undefined>;
  /** The Flink defaults every deployment inherits (checkpoints, HA, S3). */
  public readonly flinkDefaults: pulumi.Output<Record<string, string>>;
  /** Session-cluster pools by name: namespace and slot capacity (taskManagers x slots). */
  public readonly pools: pulumi.Output<Record<string, { namespace: string; slotCapacity: number }>>;

  constructor(name: string, args: FlinkPlatformOSSArgs, opts?: pulumi.ComponentResourceOptions) {
    // Validate before anything is registered: bad input must not half-apply.
    const plan = planFromArgs("FlinkPlatformOSS", name, args);
    super("flink-platform:index:FlinkPlatformOSS", name, {}, opts);

    const app = new App();
    const charts = buildOssCharts(app, plan);
    const namespaces = new Map<string, pulumi.Resource>();
    registerCharts([charts.namespaces], { parent: this, prefix: name, namespaces });
    const allNamespaces = [...namespaces.values()];

    const certManager = certManagerRelease(name, plan.certManager, {
      parent: this,
      dependsOn: allNamespaces,
    });

    const crds = new k8s.yaml.v2.ConfigGroup(
      `${name}-operator-crds`,
      { files: [...plan.operator.crdUrls] },
      { parent: this },
    );

    const flinkNamespaces = registerCharts(charts.flinkNamespaces, {
      parent: this,
      prefix: name,
      namespaces,
    });

    const storageSecrets = this.minioCredentials(name, plan, namespaces);
    if (charts.minio) {
      registerCharts([charts.minio], { parent: this, prefix: name, namespaces, dependsOn: storageSecrets });
    }

    const operator = new k8s.helm.v3.Release(
      `${name}-flink-operator`,
      {
        name: apacheOperatorChart,
        chart: apacheOperatorChart,
        version: plan.operator.version,
        repositoryOpts: { repo: plan.operator.chartRepository },
        namespace: plan.operatorNamespace,
        createNamespace: false,
        // CRDs come from the ConfigGroup above, which Helm would never upgrade.
        skipCrds: true,
        values: operatorValues(plan, webhookEnabled(plan.certManager)),
        cleanupOnFail: true,
        timeout: 600,
      },
      { parent: this, dependsOn: [crds, ...allNamespaces, ...(certManager ? [certManager] : [])] },
    );

    if (charts.smokeTest) {
      registerCharts([charts.smokeTest], {
        parent: this,
        prefix: name,
        namespaces,
        dependsOn: [...flinkNamespaces.values(), ...storageSecrets],
        customResourceDependsOn: [crds, operator],
      });
    }

    for (const pool of plan.pools) {
      new ComputePool(
        `${name}-pool-${pool.name}`,
        {
          target: ComputePoolTarget.Oss,
          oss: {
            poolName: pool.name,
            environment: plan.environment,
            namespace: pool.namespace,
            serviceAccount: plan.flink.serviceAccount,
            image: plan.flink.image,
            flinkVersion: plan.flink.versionEnum,
            taskManagers: pool.taskManagers,
            slots: pool.slots,
            taskManager: pool.taskManager,
            jobManager: plan.jobManager,
          },
        },
        { parent: this, dependsOn: [crds, operator, ...flinkNamespaces.values(), ...storageSecrets] },
      );
    }
    for (const warning of plan.warnings) void pulumi.log.warn(warning, this);

    this.namespaces = pulumi.output([...namespaces.keys()]);
    this.operatorNamespace = pulumi.output(plan.operatorNamespace);
    this.flinkNamespaces = pulumi.output([...plan.flinkNamespaces]);
    this.operatorReleaseName = operator.name;
    this.operatorVersion = operator.version;
    this.smokeTestName = pulumi.output(charts.smokeTest ? smokeTestName : undefined);
    this.flinkDefaults = pulumi.output({ ...plan.flinkDefaults });
    this.pools = pulumi.output(
      Object.fromEntries(
        plan.pools.map((p) => [p.name, { namespace: p.namespace, slotCapacity: p.taskManagers * p.slots }]),
      ),
    );
    this.registerOutputs({
      namespaces: this.namespaces,
      operatorNamespace: this.operatorNamespace,
      flinkNamespaces: this.flinkNamespaces,
      operatorReleaseName: this.operatorReleaseName,
      operatorVersion: this.operatorVersion,
      smokeTestName: this.smokeTestName,
      flinkDefaults: this.flinkDefaults,
      pools: this.pools,
    });
  }

  /**
   * Dev MinIO: generated credentials, stored as a Secret in the storage
   * namespace and every Flink namespace (pods can only reference Secrets of
   * their own namespace). Pulumi secrets end to end; never in cdk8s output.
   */
  private minioCredentials(
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
      { parent: this },
    );
    const secretKey = new random.RandomPassword(
      `${name}-minio-secret-key`,
      { length: 40, special: false },
      { parent: this },
    );
    return [minio.namespace, ...plan.flinkNamespaces].map(
      (ns) =>
        new k8s.core.v1.Secret(
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
          { parent: this, dependsOn: namespaces.has(ns) ? [namespaces.get(ns)!] : [] },
        ),
    );
  }
}
