/**
 * The observability objects of a Kubernetes platform (cdk8s, no Pulumi):
 * PodMonitors for JobManagers, TaskManagers and the operator, and the
 * Grafana dashboard ConfigMap.
 */
import { ApiObject, Chart } from "cdk8s";
import * as kplus from "cdk8s-plus-28";
import { Construct } from "constructs";
import { grafanaDashboard } from "../core/dashboard";
import type { PlatformPlan } from "../core/derive";
import { reporterPort } from "../core/metrics";
import { sqlPoolPodLabel } from "../core/observability";
import { chartOptions } from "./charts";
import { metricsPortName, platformLabels } from "./labels";

/**
 * Labels Flink's native Kubernetes integration puts on the pods it creates
 * (flink-kubernetes `Constants`: `type: flink-native-kubernetes`,
 * `component: jobmanager | taskmanager`, `app: <cluster id>`).
 */
export const flinkPodLabels = {
  jobmanager: { type: "flink-native-kubernetes", component: "jobmanager" },
  taskmanager: { type: "flink-native-kubernetes", component: "taskmanager" },
} as const;

/**
 * The operator chart's pod selector label (`flink-operator.selectorLabels`:
 * `app.kubernetes.io/name: <chart name>`), used by the operator docs' PodMonitor.
 */
export const operatorPodLabels = { "app.kubernetes.io/name": "flink-kubernetes-operator" } as const;

/**
 * Label the Grafana sidecar of the grafana chart (and of kube-prometheus-stack,
 * `grafana.sidecar.dashboards.label: grafana_dashboard`, `labelValue: "1"`,
 * `searchNamespace: ALL` since kube-prometheus-stack 45.x) loads dashboards from.
 */
export const grafanaDashboardLabel = { grafana_dashboard: "1" } as const;

/** Name of the dashboard ConfigMap (in the operator's namespace). */
export const dashboardConfigMapName = "flink-platform-dashboard";

/**
 * A port Flink's native Kubernetes integration declares on the main container
 * of each JobManager and TaskManager pod (flink-kubernetes `Constants`
 * `REST_PORT_NAME`, `TASK_MANAGER_RPC_PORT_NAME`, declared by
 * InitJobManagerDecorator and InitTaskManagerDecorator): one target per pod
 * for the SQL pools' PodMonitors.
 */
const flinkDeclaredPort = { jobmanager: "rest", taskmanager: "taskmanager-rpc" } as const;

/**
 * Where a SQL pool pod's target is scraped: its declared Flink port's target
 * with the address moved to the reporter's port. A PodMonitor selects targets
 * only among the ports a pod declares, whether by `port` (name), `portNumber`
 * (prometheus-operator 0.79+, #7150) or the deprecated `targetPort`: each
 * keeps `__meta_kubernetes_pod_container_port_{name,number}` ("the Pod must
 * declare the specified Port in its spec or the target will be dropped", the
 * CRD's portNumber doc; prometheus-operator #7981). So select a port the pod
 * does declare, by name as every operator release reads it, then rewrite the
 * address (the operator appends `relabelings` after its own rules). The
 * regex keeps the host part, IPv6 brackets included.
 */
function reporterAddress(port: string) {
  return {
    port,
    path: "/metrics",
    relabelings: [
      {
        action: "replace",
        sourceLabels: ["__address__"],
        regex: "(.+):\\d+",
        targetLabel: "__address__",
        replacement: `$1:${reporterPort}`,
      },
    ],
  };
}

/** A `monitoring.coreos.com/v1` PodMonitor scraping the selected pods (by default their `metrics` port). */
function podMonitor(
  scope: Construct,
  id: string,
  props: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    selector: Record<string, string>;
    endpoint?: Record<string, unknown>;
  },
): ApiObject {
  return new ApiObject(scope, id, {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PodMonitor",
    metadata: { name: props.name, namespace: props.namespace, labels: props.labels },
    spec: {
      selector: { matchLabels: { ...props.selector } },
      podMetricsEndpoints: [props.endpoint ?? { port: metricsPortName, path: "/metrics" }],
    },
  });
}

/** Props of {@link ObservabilityChart}. */
export interface ObservabilityChartProps {
  /** The platform plan: environment, namespaces and the resolved `observability`. */
  readonly plan: Pick<
    PlatformPlan,
    "environment" | "operatorNamespace" | "flinkNamespaces" | "observability"
  >;
  /**
   * Namespaces of CMF SQL pools (CP), whose pods get their own PodMonitors.
   * @default none
   */
  readonly sqlPoolNamespaces?: readonly string[];
}

/**
 * PodMonitors (`observability.podMonitors`) and the dashboard ConfigMap
 * (`observability.dashboard`). Empty while metrics are off.
 */
export class ObservabilityChart extends Chart {
  constructor(scope: Construct, id: string, props: ObservabilityChartProps) {
    super(scope, id, chartOptions);
    const { plan } = props;
    const o = plan.observability;
    const labels = { ...platformLabels(plan.environment, "monitoring"), ...o.podMonitorLabels };
    if (o.podMonitors) {
      for (const ns of plan.flinkNamespaces) {
        for (const [component, selector] of Object.entries(flinkPodLabels)) {
          podMonitor(this, `${ns}-${component}`, {
            name: `flink-${component}`,
            namespace: ns,
            labels,
            selector,
          });
        }
        if (!props.sqlPoolNamespaces?.includes(ns)) continue;
        for (const [component, selector] of Object.entries(flinkPodLabels)) {
          podMonitor(this, `${ns}-sql-${component}`, {
            name: `flink-sql-${component}`,
            namespace: ns,
            labels,
            selector: { ...selector, ...sqlPoolPodLabel },
            endpoint: reporterAddress(flinkDeclaredPort[component as keyof typeof flinkDeclaredPort]),
          });
        }
      }
      podMonitor(this, "operator", {
        name: "flink-kubernetes-operator",
        namespace: plan.operatorNamespace,
        labels,
        selector: operatorPodLabels,
      });
    }
    if (o.dashboard) {
      new kplus.k8s.KubeConfigMap(this, "dashboard", {
        metadata: {
          name: dashboardConfigMapName,
          namespace: plan.operatorNamespace,
          labels: { ...platformLabels(plan.environment, "dashboard"), ...grafanaDashboardLabel },
        },
        data: { "flink-platform.json": JSON.stringify(grafanaDashboard(plan.environment), null, 2) },
      });
    }
  }
}
