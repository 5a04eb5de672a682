/**
 * `observability` of the Kubernetes platform args: plain data mirroring the
 * stack file's `observability` section (`lib/core/observability-schema.ts`).
 */

/** The Prometheus that scrapes the platform. */
export interface ScraperArgs {
  /**
   * Namespace of the Prometheus pods.
   * @default "monitoring"
   */
  readonly namespace?: string;
  /**
   * Labels of the Prometheus pods.
   * @default { "app.kubernetes.io/name": "prometheus" } (the Prometheus Operator's)
   */
  readonly podLabels?: Record<string, string>;
}

/** Metrics of the platform's Flink clusters and operator. */
export interface ObservabilityArgs {
  /**
   * Flink's Prometheus reporter on every cluster, the operator's metrics, and
   * NetworkPolicies that admit the scraper on the metrics ports.
   * @default false in the dev tier, true in staging and prod
   */
  readonly enabled?: boolean;
  /**
   * The Prometheus admitted on the metrics ports.
   * @default namespace "monitoring", pods labelled app.kubernetes.io/name=prometheus
   */
  readonly scraper?: ScraperArgs;
  /**
   * PodMonitors for JobManagers, TaskManagers and the operator (needs the Prometheus Operator's CRDs).
   * @default false
   */
  readonly podMonitors?: boolean;
  /**
   * Labels on the PodMonitors, e.g. `release: <kube-prometheus-stack release>`.
   * @default {}
   */
  readonly podMonitorLabels?: Record<string, string>;
  /**
   * A Grafana dashboard ConfigMap labelled `grafana_dashboard: "1"`.
   * @default true
   */
  readonly dashboard?: boolean;
}
