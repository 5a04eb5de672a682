import { App, Testing } from "cdk8s";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { describe, expect, it } from "vitest";
import { planPlatform } from "../../lib/core/derive";
import { dashboardPanels, grafanaDashboard } from "../../lib/core/dashboard";
import { flinkMetrics } from "../../lib/core/metrics";
import { buildPlatformCharts, type PlatformChartsOptions } from "../../lib/kubernetes/platform-charts";
import { parseStackConfig } from "../../lib/stack-config";
import { stack } from "../support/config";
import { fencedBlocks, readmeSection } from "../support/readme";

function planOf(observability: Record<string, unknown>) {
  return planPlatform(
    parseStackConfig(
      stack({ environment: { name: "dev" }, namespaces: { flink: ["flink", "jobs"] }, observability }),
    ) as Parameters<typeof planPlatform>[0],
  );
}

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace: string } } & Record<
  string,
  unknown
>;

function observabilityObjects(
  observability: Record<string, unknown>,
  options: PlatformChartsOptions = {},
): Manifest[] {
  const chart = buildPlatformCharts(new App(), planOf(observability), options).observability;
  return chart ? (Testing.synth(chart) as Manifest[]) : [];
}

const monitorLabels = {
  "app.kubernetes.io/part-of": "flink-platform",
  "app.kubernetes.io/component": "monitoring",
  "flink-platform.io/environment": "dev",
  release: "kps",
};

describe("PodMonitors", () => {
  const objects = observabilityObjects({
    enabled: true,
    podMonitors: true,
    podMonitorLabels: { release: "kps" },
    dashboard: false,
  });

  it("scrape the `metrics` port of JobManagers and TaskManagers in each Flink namespace, and of the operator", () => {
    const monitor = (name: string, namespace: string, selector: Record<string, string>) => ({
      apiVersion: "monitoring.coreos.com/v1",
      kind: "PodMonitor",
      metadata: { name, namespace, labels: monitorLabels },
      spec: {
        selector: { matchLabels: selector },
        podMetricsEndpoints: [{ port: "metrics", path: "/metrics" }],
      },
    });
    const jm = { type: "flink-native-kubernetes", component: "jobmanager" };
    const tm = { type: "flink-native-kubernetes", component: "taskmanager" };
    expect(objects).toEqual([
      monitor("flink-jobmanager", "flink", jm),
      monitor("flink-taskmanager", "flink", tm),
      monitor("flink-jobmanager", "jobs", jm),
      monitor("flink-taskmanager", "jobs", tm),
      monitor("flink-kubernetes-operator", "flink-operator", {
        "app.kubernetes.io/name": "flink-kubernetes-operator",
      }),
    ]);
  });

  it("are valid PodMonitors for the Prometheus Operator's models", () => {
    for (const o of objects) expect(() => new PodMonitor(o as never).validate()).not.toThrow();
    // The model does reject a broken one, so the check above can fail.
    const broken = { ...objects[0], spec: { podMetricsEndpoints: [{ port: 9249 }] } };
    expect(() => new PodMonitor(broken as never).validate()).toThrow();
  });

  it("are not emitted while metrics are off, even when asked for", () => {
    expect(observabilityObjects({ enabled: false, podMonitors: true })).toEqual([]);
    expect(
      observabilityObjects({ enabled: false, podMonitors: true }, { sqlPoolNamespaces: ["jobs"] }),
    ).toEqual([]);
  });
});

describe("PodMonitors of CMF SQL pools", () => {
  const on = { enabled: true, podMonitors: true, podMonitorLabels: { release: "kps" }, dashboard: false };
  const objects = observabilityObjects(on, { sqlPoolNamespaces: ["jobs"] });
  // The pools' pods declare no `metrics` port (CMF's clusterSpec has no pod template); they carry the
  // label through Flink's kubernetes.{jobmanager,taskmanager}.labels, and declare Flink's own ports.
  const sqlMonitor = (component: "jobmanager" | "taskmanager", declaredPort: string) => ({
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PodMonitor",
    metadata: { name: `flink-sql-${component}`, namespace: "jobs", labels: monitorLabels },
    spec: {
      selector: {
        matchLabels: { type: "flink-native-kubernetes", component, "flink-platform.io/workload": "sql-pool" },
      },
      podMetricsEndpoints: [
        {
          port: declaredPort,
          path: "/metrics",
          relabelings: [
            {
              action: "replace",
              sourceLabels: ["__address__"],
              regex: "(.+):\\d+",
              targetLabel: "__address__",
              replacement: "$1:9249",
            },
          ],
        },
      ],
    },
  });

  it("scrape the reporter's 9249 on the JobManager's `rest` and the TaskManager's `taskmanager-rpc` target, in each SQL pool namespace only", () => {
    expect(objects.filter((o) => o.metadata.name.startsWith("flink-sql-"))).toEqual([
      sqlMonitor("jobmanager", "rest"),
      sqlMonitor("taskmanager", "taskmanager-rpc"),
    ]);
    // The other monitors are unchanged: the namespace-wide ones by the `metrics` port, and the operator's.
    expect(objects.map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      "flink/flink-jobmanager",
      "flink/flink-taskmanager",
      "jobs/flink-jobmanager",
      "jobs/flink-taskmanager",
      "jobs/flink-sql-jobmanager",
      "jobs/flink-sql-taskmanager",
      "flink-operator/flink-kubernetes-operator",
    ]);
  });

  it("are valid PodMonitors, and the address rewrite turns a pod's declared target into its reporter", () => {
    for (const o of objects) expect(() => new PodMonitor(o as never).validate()).not.toThrow();
    const sql = objects.filter((o) => o.metadata.name.startsWith("flink-sql-")) as unknown as ReturnType<
      typeof sqlMonitor
    >[];
    expect(sql.length).toBe(2);
    const [rewrite] = sql[0].spec.podMetricsEndpoints[0].relabelings;
    // Prometheus anchors relabel regexes (^...$) and expands $1 as JavaScript does: the pod IP,
    // IPv6 brackets included.
    const apply = (address: string) => address.replace(new RegExp(`^${rewrite.regex}$`), rewrite.replacement);
    expect(apply("10.1.2.3:8081")).toBe("10.1.2.3:9249");
    expect(apply("[fd00::7]:6122")).toBe("[fd00::7]:9249");
  });

  it("are not emitted without SQL pools or without podMonitors", () => {
    expect(observabilityObjects(on).some((o) => o.metadata.name.startsWith("flink-sql-"))).toBe(false);
    expect(observabilityObjects({ ...on, podMonitors: false }, { sqlPoolNamespaces: ["jobs"] })).toEqual([]);
  });
});

describe("Grafana dashboard", () => {
  const [configMap] = observabilityObjects({ enabled: true }) as (Manifest & {
    data: Record<string, string>;
  })[];

  it("is a ConfigMap in the operator's namespace labelled for the Grafana sidecar", () => {
    expect(configMap.kind).toBe("ConfigMap");
    expect(configMap.metadata).toEqual({
      name: "flink-platform-dashboard",
      namespace: "flink-operator",
      labels: {
        "app.kubernetes.io/part-of": "flink-platform",
        "app.kubernetes.io/component": "dashboard",
        "flink-platform.io/environment": "dev",
        grafana_dashboard: "1",
      },
    });
    expect(JSON.parse(configMap.data["flink-platform.json"])).toEqual(grafanaDashboard("dev"));
  });

  it("has exactly the recipe's panels", () => {
    const dashboard = JSON.parse(configMap.data["flink-platform.json"]) as { panels: { title: string }[] };
    expect(dashboard.panels.map((p) => p.title)).toEqual([
      "TaskManager busy / idle / backpressured time",
      "Slots used vs total",
      "Records in / out per second",
      "Kafka lag (pendingRecords / consumer lag)",
      "Checkpoint duration",
      "Checkpoint size",
      "Checkpoint failures",
      "TaskManager JVM CPU",
      "TaskManager JVM heap",
      "TaskManager GC time",
    ]);
  });

  it("queries only metrics of the catalog, the ones each query names, for the stack's environment", () => {
    const catalog = new Set(Object.values(flinkMetrics).map((m) => m.prometheus));
    for (const panel of dashboardPanels("dev")) {
      for (const query of panel.queries) {
        const used = [...query.expr.matchAll(/\b(flink_[A-Za-z0-9_:]+)\{([^}]*)\}/g)];
        expect(used.length).toBeGreaterThan(0);
        expect(used.map((m) => m[1]).sort()).toEqual(
          query.metrics.map((id) => flinkMetrics[id].prometheus).sort(),
        );
        for (const [, name, matchers] of used) {
          expect(catalog.has(name)).toBe(true);
          expect(matchers).toBe('flink_platform_environment="dev"');
        }
      }
    }
    expect(dashboardPanels("dev")[1].queries[0].expr).toBe(
      'sum by (flink_platform_pool, flink_platform_application) (flink_jobmanager_taskSlotsTotal{flink_platform_environment="dev"} - flink_jobmanager_taskSlotsAvailable{flink_platform_environment="dev"})',
    );
  });

  it("is laid out as the README's picture draws it: two panels per row, in the recipe's order", () => {
    const [picture] = fencedBlocks(
      readmeSection(
        "### Observe: metrics, PodMonitors, dashboard",
        "### Advise: from metrics to a reviewed scale command",
      ),
      "text",
    );
    const rows = picture
      .split("\n")
      .filter((line) => line.startsWith("│"))
      .map((line) =>
        line
          .split("│")
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const dashboard = grafanaDashboard("dev") as {
      panels: { title: string; gridPos: { x: number; y: number; w: number } }[];
    };
    const grid = new Map<number, string[]>();
    for (const p of dashboard.panels) {
      expect(p.gridPos.w).toBe(12);
      grid.set(p.gridPos.y, [...(grid.get(p.gridPos.y) ?? []), p.title]);
    }
    expect(rows).toEqual([...grid.values()]);
  });

  it("is not emitted with `dashboard: false` or while metrics are off", () => {
    expect(observabilityObjects({ enabled: true, dashboard: false })).toEqual([]);
    expect(observabilityObjects({ enabled: false })).toEqual([]);
  });
});
