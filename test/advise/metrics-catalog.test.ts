import { describe, expect, it } from "vitest";
import {
  flinkMetrics,
  identityMatchers,
  prometheusLabelValue,
  reporterOptions,
} from "../../lib/core/metrics";

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
