import { k8sCpu } from "./units";
import { PlatformPlan } from "./derive";
import { operatorMetricsPort, operatorReporterOptions } from "./observability";

/**
 * Pod Security "restricted" for the operator and webhook containers. Set per
 * container because the chart's podSecurityContext only declares
 * runAsUser/runAsGroup (9999, non-root already).
 */
const restrictedContainer = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ["ALL"] },
  runAsNonRoot: true,
  seccompProfile: { type: "RuntimeDefault" },
};

/** `key: value` lines of a flink-conf.yaml, sorted for stable diffs. */
export function renderFlinkConf(conf: Readonly<Record<string, string>>): string {
  return Object.keys(conf)
    .sort()
    .map((k) => `${k}: ${conf[k]}`)
    .join("\n")
    .concat("\n");
}

/**
 * Values for the flink-kubernetes-operator chart (Apache or Confluent build:
 * same keys). Every key exists in the chart's values.yaml (checked in tests).
 * Job RBAC and service accounts are created by this library in each
 * namespace, so the chart's own are turned off.
 */
export function operatorValues(plan: PlatformPlan, webhook: boolean): Record<string, unknown> {
  const r = plan.operator.resources;
  const metrics = plan.observability.enabled;
  return {
    watchNamespaces: [...plan.flinkNamespaces],
    replicas: plan.operator.replicas,
    ...(plan.operator.image ? { image: { ...plan.operator.image } } : {}),
    rbac: { jobRole: { create: false }, jobRoleBinding: { create: false } },
    jobServiceAccount: { create: false, name: plan.flink.serviceAccount },
    operatorPod: {
      resources: {
        requests: { cpu: k8sCpu(r.cpu), memory: r.memory },
        limits: { memory: r.memory },
      },
    },
    operatorSecurityContext: restrictedContainer,
    webhookSecurityContext: restrictedContainer,
    webhook: { create: webhook },
    // `metrics.port` exposes the operator's reporter port on its container, named `metrics`.
    ...(metrics ? { metrics: { port: operatorMetricsPort } } : {}),
    defaultConfiguration: {
      create: true,
      append: true,
      "flink-conf.yaml": renderFlinkConf({
        ...plan.flinkDefaults,
        ...(metrics ? operatorReporterOptions() : {}),
      }),
    },
  };
}
