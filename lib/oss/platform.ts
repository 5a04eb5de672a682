import * as pulumi from "@pulumi/pulumi";
import { App } from "cdk8s";
import { OperatorDistribution } from "../core/schema";
import { platformSchema } from "../core/platform-schema";
import { parseOrThrow } from "../core/load";
import { operatorValues } from "../core/operator-values";
import { planPlatform, PlatformPlan } from "../core/derive";
import { buildOssCharts } from "./charts";
import { smokeTestName } from "../kubernetes/applications";
import { KubernetesPlatformArgs } from "../kubernetes/args";
import { registerCharts } from "../kubernetes/bridge";
import { claimPlatform } from "../kubernetes/cluster-claims";
import { webhookEnabled } from "../kubernetes/cert-manager";
import { ComputePoolTarget } from "../compute-pool/args";
import { kubernetesPoolSizing, registerPools } from "../compute-pool/compute-pool";
import {
  KubernetesFlinkPlatform,
  logWarnings,
  operatorRelease,
  registerPlatformBase,
} from "../kubernetes/platform";
import { flinkMetricsPort } from "../core/observability";

/** Args of {@link FlinkPlatformOSS}: the Kubernetes platform settings. */
export type FlinkPlatformOSSArgs = KubernetesPlatformArgs;

/** Validates component args with the stack-config schema and resolves them. */
export function planFromArgs(component: string, name: string, args: KubernetesPlatformArgs): PlatformPlan {
  return planPlatform(
    parseOrThrow(platformSchema, args, {
      prefix: "args.",
      title: `Invalid arguments for ${component} "${name}"`,
    }),
    OperatorDistribution.Apache,
  );
}

/** Where an application runs. */
export interface ApplicationPlacement {
  /** The pool whose session cluster runs it; undefined for its own cluster. */
  pool?: string;
}

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
export class FlinkPlatformOSS extends KubernetesFlinkPlatform {
  /** Namespace of the operator. */
  public readonly operatorNamespace: pulumi.Output<string>;
  /** Applications by `namespace/name`, with the pool each runs on (none: its own cluster). */
  public readonly applications: pulumi.Output<Record<string, ApplicationPlacement>>;

  constructor(name: string, args: FlinkPlatformOSSArgs, opts?: pulumi.ComponentResourceOptions) {
    // Validate before anything is registered: bad input must not half-apply.
    const plan = planFromArgs("FlinkPlatformOSS", name, args);
    super("flink-platform:index:FlinkPlatformOSS", name, opts);

    const app = new App();
    const charts = buildOssCharts(app, plan);
    claimPlatform(this, "FlinkPlatformOSS", name, plan, charts);
    const base = registerPlatformBase(this, name, plan, charts);
    const { namespaces, crds, flinkNamespaceObjects, storageSecrets } = base;

    const operator = operatorRelease(
      this,
      name,
      plan,
      base,
      operatorValues(plan, webhookEnabled(plan.certManager)),
    );

    if (charts.smokeTest) {
      registerCharts([charts.smokeTest], {
        parent: this,
        prefix: name,
        namespaces,
        dependsOn: [...flinkNamespaceObjects.values(), ...storageSecrets],
        customResourceDependsOn: [crds, operator],
      });
    }

    const pools = registerPools(
      this,
      name,
      plan.pools,
      (pool) => ({
        target: ComputePoolTarget.Oss,
        oss: {
          poolName: pool.name,
          environment: plan.environment,
          namespace: pool.namespace,
          serviceAccount: plan.flink.serviceAccount,
          image: plan.flink.image,
          flinkVersion: plan.flink.versionEnum,
          ...kubernetesPoolSizing(plan, pool),
          metricsPort: flinkMetricsPort(plan),
        },
      }),
      () => [crds, operator, ...flinkNamespaceObjects.values(), ...storageSecrets],
    );

    if (charts.applications) {
      // Session jobs need their pool's session cluster; every job needs the operator.
      registerCharts([charts.applications], {
        parent: this,
        prefix: name,
        namespaces,
        dependsOn: [...flinkNamespaceObjects.values(), ...storageSecrets, ...pools],
        customResourceDependsOn: [crds, operator],
      });
    }
    logWarnings(this, plan);

    this.operatorNamespace = pulumi.output(plan.operatorNamespace);
    this.applications = pulumi.output(
      Object.fromEntries(plan.applications.map((a) => [`${a.namespace}/${a.name}`, { pool: a.pool }])),
    );
    const smokeTest = pulumi.output(charts.smokeTest ? smokeTestName : undefined);
    this.registerPlatformOutputs(plan, namespaces, operator, smokeTest, {
      operatorNamespace: this.operatorNamespace,
      applications: this.applications,
    });
  }
}
