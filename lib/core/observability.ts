import type { Tier } from "./schema";
import { reporterFactoryClass, reporterName, reporterOptions, reporterPort } from "./metrics";
import { observabilityEnabled, type ObservabilityConfig } from "./observability-schema";

/**
 * The `observability` section resolved against the tier: what the charts,
 * the operator values and the Flink defaults read. Pure.
 */

/** Port of the operator's Prometheus reporter, as in the operator's metrics docs (`metrics.port: 9999`). */
export const operatorMetricsPort = 9999;

/** The resolved `observability` section. */
export interface ObservabilityPlan {
  /** Whether metrics are on (explicit, else off in dev and on in staging and prod). */
  readonly enabled: boolean;
  /** The Prometheus NetworkPolicies admit on the metrics ports. */
  readonly scraper: {
    /** Namespace of the Prometheus pods. */
    readonly namespace: string;
    /** Labels of the Prometheus pods. */
    readonly podLabels: Readonly<Record<string, string>>;
  };
  /** Whether PodMonitors are emitted. */
  readonly podMonitors: boolean;
  /** Labels on the PodMonitors. */
  readonly podMonitorLabels: Readonly<Record<string, string>>;
  /** Whether the Grafana dashboard ConfigMap is emitted. */
  readonly dashboard: boolean;
}

/** Resolves the section; PodMonitors and the dashboard only exist while metrics are on. */
export function planObservability(cfg: ObservabilityConfig, tier: Tier): ObservabilityPlan {
  const enabled = observabilityEnabled(cfg, tier);
  return {
    enabled,
    scraper: { namespace: cfg.scraper.namespace, podLabels: { ...cfg.scraper.podLabels } },
    podMonitors: enabled && cfg.podMonitors,
    podMonitorLabels: { ...cfg.podMonitorLabels },
    dashboard: enabled && cfg.dashboard,
  };
}

/** What the reporter helpers read of a platform plan. */
interface ObservedPlan {
  readonly environment: string;
  readonly observability: Pick<ObservabilityPlan, "enabled">;
}

/**
 * Reporter options of one cluster the platform creates (a pool's cluster or
 * an application's own), labelled with the environment and the pool or
 * application; none while metrics are off. They override the environment-wide
 * defaults' `scope.variables.additional`, which only carry the environment.
 */
export function clusterReporterOptions(
  plan: ObservedPlan,
  id: { readonly pool: string } | { readonly application: string },
): Record<string, string> {
  return plan.observability.enabled ? reporterOptions({ environment: plan.environment, ...id }) : {};
}

/**
 * The reporter options every cluster inherits from the operator's defaults; none while off. CMF environment
 * defaults take them without the label option (lib/cp/defaults.ts): CMF gives an environment's settings
 * precedence over an application's, so labels there would replace each application's own.
 */
export function defaultReporterOptions(plan: ObservedPlan): Record<string, string> {
  return plan.observability.enabled ? reporterOptions({ environment: plan.environment }) : {};
}

/**
 * Pod label of CMF SQL pools' JobManagers and TaskManagers. Their pods declare
 * no `metrics` port (CMF documents no pod template for a pool's
 * `clusterSpec`), so their own PodMonitors find them by this label instead.
 */
export const sqlPoolPodLabel = { "flink-platform.io/workload": "sql-pool" } as const;

/**
 * Flink options that put {@link sqlPoolPodLabel} on a SQL pool's pods; none
 * while metrics are off. Flink's native Kubernetes integration adds
 * `kubernetes.jobmanager.labels` / `kubernetes.taskmanager.labels` (`k:v,k:v`)
 * to the pods it creates, beside its own `type`, `app` and `component`
 * (flink-kubernetes KubernetesJobManagerParameters and
 * KubernetesTaskManagerParameters `getLabels()`), and CMF passes a pool's
 * `clusterSpec.flinkConfiguration` to the clusters it starts from it.
 */
export function sqlPoolPodLabelOptions(plan: ObservedPlan): Record<string, string> {
  if (!plan.observability.enabled) return {};
  const labels = Object.entries(sqlPoolPodLabel)
    .map(([k, v]) => `${k}:${v}`)
    .join(",");
  return { "kubernetes.jobmanager.labels": labels, "kubernetes.taskmanager.labels": labels };
}

/** The port Flink pods declare as `metrics` (PodMonitors scrape it by name); none while metrics are off. */
export function flinkMetricsPort(plan: ObservedPlan): number | undefined {
  return plan.observability.enabled ? reporterPort : undefined;
}

/**
 * The operator's own Prometheus reporter: the operator reads
 * `kubernetes.operator.`-prefixed metric options from its default
 * configuration ("Metrics and Logging" of the operator docs, which expose it
 * on `metrics.port: 9999`).
 */
export function operatorReporterOptions(): Record<string, string> {
  const prefix = `kubernetes.operator.metrics.reporter.${reporterName}`;
  return {
    [`${prefix}.factory.class`]: reporterFactoryClass,
    [`${prefix}.port`]: String(operatorMetricsPort),
  };
}
