import { flinkMetrics, identityMatchers, platformLabel, type FlinkMetricId } from "./metrics";

/**
 * The Grafana dashboard of a platform, built from the metric catalog
 * (`./metrics`, the names `advise` queries too): one panel per signal of the
 * cookbook's scaling recipe, each series split by pool or application. Pure
 * data; the chart wraps it in a ConfigMap for the Grafana sidecar.
 */

/** One query of a panel: a PromQL expression over catalog metrics. */
export interface DashboardQuery {
  /** The catalog metrics it reads. */
  readonly metrics: readonly FlinkMetricId[];
  /** PromQL. */
  readonly expr: string;
  /** Series legend. */
  readonly legend: string;
}

/** One panel. */
export interface DashboardPanel {
  readonly title: string;
  /** Grafana unit id. */
  readonly unit: string;
  readonly queries: readonly DashboardQuery[];
}

/** Series are split by who they belong to: the pool's cluster or the application's own. */
const owners = `${platformLabel.pool}, ${platformLabel.application}`;
const ownerLegend = `{{${platformLabel.pool}}}{{${platformLabel.application}}}`;

function selector(id: FlinkMetricId, environment: string): string {
  const matchers = Object.entries(identityMatchers({ environment }))
    .map(([k, v]) => `${k}="${v}"`)
    .join(",");
  return `${flinkMetrics[id].prometheus}{${matchers}}`;
}

/** `agg by (owner) (metric{environment})`, legend `<owner> <what>`. */
function byOwner(agg: string, id: FlinkMetricId, environment: string, what: string): DashboardQuery {
  return {
    metrics: [id],
    expr: `${agg} by (${owners}) (${selector(id, environment)})`,
    legend: `${ownerLegend} ${what}`,
  };
}

/**
 * The recipe's signals, in the order the recipe reads them: are
 * TaskManagers busy, are slots full, is work flowing, is lag growing, do
 * checkpoints keep up, and are TaskManager CPU, heap and GC reasonable.
 */
export function dashboardPanels(environment: string): DashboardPanel[] {
  const q = (agg: string, id: FlinkMetricId, what: string) => byOwner(agg, id, environment, what);
  const slotsUsed: DashboardQuery = {
    metrics: ["slotsTotal", "slotsAvailable"],
    expr: `sum by (${owners}) (${selector("slotsTotal", environment)} - ${selector("slotsAvailable", environment)})`,
    legend: `${ownerLegend} used`,
  };
  return [
    {
      title: "TaskManager busy / idle / backpressured time",
      unit: "ms",
      queries: [
        q("avg", "busyTime", "busy"),
        q("avg", "idleTime", "idle"),
        q("avg", "backPressuredTime", "backpressured"),
      ],
    },
    { title: "Slots used vs total", unit: "short", queries: [slotsUsed, q("sum", "slotsTotal", "total")] },
    {
      title: "Records in / out per second",
      unit: "rps",
      queries: [q("sum", "recordsIn", "in"), q("sum", "recordsOut", "out")],
    },
    {
      title: "Kafka lag (pendingRecords / consumer lag)",
      unit: "short",
      queries: [q("sum", "pendingRecords", "pendingRecords"), q("max", "consumerLag", "records-lag-max")],
    },
    { title: "Checkpoint duration", unit: "ms", queries: [q("max", "checkpointDuration", "last")] },
    { title: "Checkpoint size", unit: "bytes", queries: [q("max", "checkpointSize", "last")] },
    { title: "Checkpoint failures", unit: "short", queries: [q("max", "failedCheckpoints", "failed")] },
    { title: "TaskManager JVM CPU", unit: "percentunit", queries: [q("avg", "cpuLoad", "CPU load")] },
    {
      title: "TaskManager JVM heap",
      unit: "bytes",
      queries: [q("sum", "heapUsed", "used"), q("sum", "heapMax", "max")],
    },
    { title: "TaskManager GC time", unit: "ms", queries: [q("avg", "gcTime", "GC")] },
  ];
}

/** Panels per row of the layout (the README draws the same grid). */
const perRow = 2;
const width = 24 / perRow;
const height = 8;

/**
 * The Grafana dashboard JSON (schema of Grafana 10+ `timeseries` panels),
 * with a `datasource` variable so it works with whichever Prometheus data
 * source the Grafana has.
 */
export function grafanaDashboard(environment: string): Record<string, unknown> {
  const datasource = { type: "prometheus", uid: "${datasource}" };
  return {
    title: `Flink platform ${environment}`,
    uid: `flink-platform-${environment}`.slice(0, 40),
    tags: ["flink", "flink-platform"],
    timezone: "browser",
    schemaVersion: 39,
    refresh: "30s",
    time: { from: "now-6h", to: "now" },
    templating: {
      list: [{ name: "datasource", label: "Data source", type: "datasource", query: "prometheus" }],
    },
    panels: dashboardPanels(environment).map((panel, i) => ({
      id: i + 1,
      type: "timeseries",
      title: panel.title,
      datasource,
      gridPos: { x: (i % perRow) * width, y: Math.floor(i / perRow) * height, w: width, h: height },
      fieldConfig: { defaults: { unit: panel.unit }, overrides: [] },
      targets: panel.queries.map((query, j) => ({
        refId: String.fromCharCode(65 + j),
        datasource,
        expr: query.expr,
        legendFormat: query.legend,
      })),
    })),
  };
}
