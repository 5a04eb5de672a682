import { describe, expect, it } from "vitest";
import {
  flinkMetrics,
  identityMatchers,
  prometheusLabelValue,
  reporterOptions,
} from "../../lib/core/metrics";
import { selector, signalQueries } from "../../lib/plan/advise-prometheus";

describe("metric catalog", () => {
  it("turns the reporter on with the platform's labels", () => {
    expect(reporterOptions({ environment: "prod", pool: "etl-pool" })).toEqual({
      "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
      "metrics.reporter.prom.port": "9249",
      "metrics.reporter.prom.scope.variables.additional":
        "flink_platform_environment:prod,flink_platform_pool:etl-pool",
    });
  });

  it("selects a cluster with label values as the reporter filters them", () => {
    expect(prometheusLabelValue("etl-pool.v2")).toBe("etl_pool_v2");
    expect(identityMatchers({ environment: "prod", application: "click-count" })).toEqual({
      flink_platform_environment: "prod",
      flink_platform_application: "click_count",
    });
  });

  it("names each series as flink_<scope>_<name> with _ separators", () => {
    expect(Object.fromEntries(Object.entries(flinkMetrics).map(([k, m]) => [k, m.prometheus]))).toEqual({
      busyTime: "flink_taskmanager_job_task_busyTimeMsPerSecond",
      idleTime: "flink_taskmanager_job_task_idleTimeMsPerSecond",
      backPressuredTime: "flink_taskmanager_job_task_backPressuredTimeMsPerSecond",
      recordsIn: "flink_taskmanager_job_task_numRecordsInPerSecond",
      recordsOut: "flink_taskmanager_job_task_numRecordsOutPerSecond",
      slotsTotal: "flink_jobmanager_taskSlotsTotal",
      slotsAvailable: "flink_jobmanager_taskSlotsAvailable",
      taskManagers: "flink_jobmanager_numRegisteredTaskManagers",
      pendingRecords: "flink_taskmanager_job_task_operator_pendingRecords",
      consumerLag: "flink_taskmanager_job_task_operator_KafkaSourceReader_KafkaConsumer_records_lag_max",
      checkpointDuration: "flink_jobmanager_job_lastCheckpointDuration",
      checkpointSize: "flink_jobmanager_job_lastCheckpointSize",
      failedCheckpoints: "flink_jobmanager_job_numberOfFailedCheckpoints",
      cpuLoad: "flink_taskmanager_Status_JVM_CPU_Load",
      heapUsed: "flink_taskmanager_Status_JVM_Memory_Heap_Used",
      heapMax: "flink_taskmanager_Status_JVM_Memory_Heap_Max",
      gcTime: "flink_taskmanager_Status_JVM_GarbageCollector_All_TimeMsPerSecond",
    });
  });
});

describe("one source: what advise queries is what the reporter configuration emits", () => {
  const id = { environment: "shop", pool: "etl-pool" };

  it("the labels Flink derives from scope.variables.additional are the advisor's matchers", () => {
    // Flink: the map's keys become variables `<key>` (ReporterSetup), the reporter strips the
    // brackets and filters names and (by default) values to [a-zA-Z0-9:_].
    const additional = reporterOptions(id)["metrics.reporter.prom.scope.variables.additional"];
    const labels = Object.fromEntries(
      additional.split(",").map((pair) => {
        const [key, value] = pair.split(":");
        const variable = `<${key}>`;
        return [prometheusLabelValue(variable.slice(1, -1)), prometheusLabelValue(value)];
      }),
    );
    expect(labels).toEqual(identityMatchers(id));
  });

  it("every series the advisor queries is a catalog name, selected by those matchers", () => {
    const sel = selector(identityMatchers(id));
    const queries = Object.values(signalQueries(sel, 1800));
    const catalog = new Set(Object.values(flinkMetrics).map((m) => m.prometheus));
    const queried = queries.flatMap((q) => q.match(/flink_[A-Za-z0-9_:]+(?=\{)/g) ?? []);
    expect(queried.length).toBeGreaterThan(queries.length - 1);
    expect(queried.filter((name) => !catalog.has(name))).toEqual([]);
    for (const name of queried) expect(queries.join("\n")).toContain(`${name}${sel}`);
    expect(sel).toBe('{flink_platform_environment="shop",flink_platform_pool="etl_pool"}');
  });
});
