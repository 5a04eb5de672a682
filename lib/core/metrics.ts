/**
 * The metric catalog: one source for the Flink options that turn on the
 * Prometheus reporter on every cluster the platform creates (Part 1 of issue
 * 17: reporter config, PodMonitors, dashboard) and the exact series names and
 * labels `flink-platform advise` queries (Part 2). Pure: no Pulumi.
 *
 * How the reporter names a series (Flink 1.19/1.20,
 * flink-metrics-prometheus `AbstractPrometheusReporter`):
 * - name = `flink_` + the group's logical scope joined with `_` + `_` + the
 *   metric name, with every character outside `[a-zA-Z0-9:_]` replaced by `_`
 *   (`SCOPE_PREFIX = "flink_"`, `SCOPE_SEPARATOR = '_'`, `replaceInvalidChars`);
 *   e.g. task-scope `busyTimeMsPerSecond` is
 *   `flink_taskmanager_job_task_busyTimeMsPerSecond`;
 * - labels = every scope variable of the group (`<tm_id>` becomes `tm_id`),
 *   values filtered the same way unless `filterLabelValueCharacters: false`
 *   (default true), so a value `etl-pool` is reported as `etl_pool`.
 * https://github.com/apache/flink/blob/master/flink-metrics/flink-metrics-prometheus/src/main/java/org/apache/flink/metrics/prometheus/AbstractPrometheusReporter.java
 * https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/deployment/metric_reporters/#prometheus
 */

/** Name of the reporter in the Flink options (`metrics.reporter.<name>.*`). */
export const reporterName = "prom";

/** Factory of the Prometheus reporter (the `class` key is the pre-1.16 form, removed in 2.0). */
export const reporterFactoryClass = "org.apache.flink.metrics.prometheus.PrometheusReporterFactory";

/**
 * Port the reporter serves `/metrics` on in every JobManager and TaskManager
 * pod (the reporter's documented default; one Flink process per pod, so no
 * port range is needed).
 */
export const reporterPort = 9249;

/**
 * Labels the platform adds to every series of a cluster it creates, through
 * `metrics.reporter.<name>.scope.variables.additional` ("The map of
 * additional variables that should be included for the reporter named
 * <name>", `MetricOptions.REPORTER_ADDITIONAL_VARIABLES`, a map `k1:v1,k2:v2`).
 * Flink turns each key into the variable `<key>` (ReporterSetup:
 * `ScopeFormat.asVariable`) and the Prometheus reporter strips the brackets,
 * so the label name is the key as written here.
 * https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/deployment/metric_reporters/#reporter
 */
export const platformLabel = {
  /** The stack's `environment.name`. */
  environment: "flink_platform_environment",
  /** The compute pool (OSS session cluster, CMF compute pool) the cluster serves. */
  pool: "flink_platform_pool",
  /** The application whose own cluster this is (application mode). */
  application: "flink_platform_application",
} as const;

/** Labels Flink itself puts on the series the advisor reads (scope variables, brackets stripped). */
export const flinkLabel = {
  host: "host",
  taskManagerId: "tm_id",
  jobName: "job_name",
  taskName: "task_name",
  subtaskIndex: "subtask_index",
  operatorName: "operator_name",
} as const;

/** Who a cluster's series belong to: its environment and its pool or application. */
export interface ClusterIdentity {
  readonly environment: string;
  readonly pool?: string;
  readonly application?: string;
}

/** The reporter's default label-value filter (`filterLabelValueCharacters: true`). */
export function prometheusLabelValue(value: string): string {
  return value.replace(/[^a-zA-Z0-9:_]/g, "_");
}

/** The reporter's metric-name filter, applied to each scope component and the name. */
function prometheusNamePart(part: string): string {
  return prometheusLabelValue(part);
}

function identityEntries(id: ClusterIdentity): [string, string][] {
  const entries: [string, string][] = [[platformLabel.environment, id.environment]];
  if (id.pool !== undefined) entries.push([platformLabel.pool, id.pool]);
  if (id.application !== undefined) entries.push([platformLabel.application, id.application]);
  return entries;
}

/**
 * The Flink options that turn the reporter on for one cluster, with the
 * platform's labels. `metrics.reporters` is left unset on purpose: set, it
 * would disable any other reporter a user configured.
 */
export function reporterOptions(id: ClusterIdentity): Record<string, string> {
  for (const [key, value] of identityEntries(id)) {
    // The map syntax splits on `,` and `:`; names are DNS labels, so this is a guard, not a rule.
    if (!/^[A-Za-z0-9_.-]+$/.test(value)) throw new Error(`metric label ${key}: unusable value ${value}`);
  }
  const prefix = `metrics.reporter.${reporterName}`;
  return {
    [`${prefix}.factory.class`]: reporterFactoryClass,
    [`${prefix}.port`]: String(reporterPort),
    [reporterLabelsOption]: identityEntries(id)
      .map(([k, v]) => `${k}:${v}`)
      .join(","),
  };
}

/** The reporter option that carries the platform's labels (see {@link platformLabel}). */
export const reporterLabelsOption = `metrics.reporter.${reporterName}.scope.variables.additional`;

/**
 * The label matchers that select a cluster's series, with values as the
 * reporter writes them (filtered).
 */
export function identityMatchers(id: ClusterIdentity): Record<string, string> {
  return Object.fromEntries(identityEntries(id).map(([k, v]) => [k, prometheusLabelValue(v)]));
}

/**
 * Logical scopes of the metric groups the advisor reads (Flink's
 * `metrics.scope.*` logical names, joined with `_` by the reporter).
 */
export const FlinkScope = {
  JobManager: "jobmanager",
  JobManagerJob: "jobmanager_job",
  TaskManager: "taskmanager",
  Task: "taskmanager_job_task",
  Operator: "taskmanager_job_task_operator",
} as const;
export type FlinkScope = (typeof FlinkScope)[keyof typeof FlinkScope];

export interface FlinkMetric {
  /** The group's logical scope. */
  readonly scope: FlinkScope;
  /** Flink's name of the metric below that scope (dots separate sub-groups). */
  readonly flinkName: string;
  /** The series name the Prometheus reporter exposes. */
  readonly prometheus: string;
  readonly unit: string;
  readonly help: string;
}

function metric(scope: FlinkScope, flinkName: string, unit: string, help: string): FlinkMetric {
  const name = flinkName.split(".").map(prometheusNamePart).join("_");
  return { scope, flinkName, prometheus: `flink_${scope}_${name}`, unit, help };
}

/**
 * The recipe's signals (docs/ops/metrics of Flink 1.19/1.20: "IO", "Cluster",
 * "Checkpointing", "CPU", "Memory", "GarbageCollection"; the Kafka source's
 * metrics in the Kafka connector docs).
 */
export const flinkMetrics = {
  busyTime: metric(FlinkScope.Task, "busyTimeMsPerSecond", "ms/s", "time the task was busy per second"),
  idleTime: metric(FlinkScope.Task, "idleTimeMsPerSecond", "ms/s", "time the task was idle per second"),
  backPressuredTime: metric(
    FlinkScope.Task,
    "backPressuredTimeMsPerSecond",
    "ms/s",
    "time the task was back-pressured per second",
  ),
  recordsIn: metric(FlinkScope.Task, "numRecordsInPerSecond", "records/s", "records in per second"),
  recordsOut: metric(FlinkScope.Task, "numRecordsOutPerSecond", "records/s", "records out per second"),
  slotsTotal: metric(FlinkScope.JobManager, "taskSlotsTotal", "slots", "task slots of the cluster"),
  slotsAvailable: metric(FlinkScope.JobManager, "taskSlotsAvailable", "slots", "free task slots"),
  taskManagers: metric(
    FlinkScope.JobManager,
    "numRegisteredTaskManagers",
    "TaskManagers",
    "registered TaskManagers",
  ),
  /** FLIP-33 source metric: records not yet fetched by the source (Kafka: lag). */
  pendingRecords: metric(
    FlinkScope.Operator,
    "pendingRecords",
    "records",
    "records the source has not fetched yet",
  ),
  /** The Kafka consumer's own lag, registered under `KafkaSourceReader.KafkaConsumer`. */
  consumerLag: metric(
    FlinkScope.Operator,
    "KafkaSourceReader.KafkaConsumer.records-lag-max",
    "records",
    "largest consumer lag of a partition",
  ),
  checkpointDuration: metric(
    FlinkScope.JobManagerJob,
    "lastCheckpointDuration",
    "ms",
    "duration of the last checkpoint",
  ),
  checkpointSize: metric(
    FlinkScope.JobManagerJob,
    "lastCheckpointSize",
    "bytes",
    "size of the last checkpoint",
  ),
  failedCheckpoints: metric(
    FlinkScope.JobManagerJob,
    "numberOfFailedCheckpoints",
    "checkpoints",
    "failed checkpoints",
  ),
  cpuLoad: metric(FlinkScope.TaskManager, "Status.JVM.CPU.Load", "fraction", "recent CPU usage of the JVM"),
  heapUsed: metric(FlinkScope.TaskManager, "Status.JVM.Memory.Heap.Used", "bytes", "heap in use"),
  heapMax: metric(FlinkScope.TaskManager, "Status.JVM.Memory.Heap.Max", "bytes", "heap available"),
  /** All collectors together; Flink 1.19+ (FLINK-33318, FLIP-361). */
  gcTime: metric(
    FlinkScope.TaskManager,
    "Status.JVM.GarbageCollector.All.TimeMsPerSecond",
    "ms/s",
    "time spent in garbage collection per second",
  ),
} as const satisfies Record<string, FlinkMetric>;
export type FlinkMetricId = keyof typeof flinkMetrics;

/**
 * Confluent Cloud Metrics API series of a compute pool (resource label
 * `resource.compute_pool.id`); the docs' alert for an exhausted pool compares
 * `current_cfus` with `cfu_limit`.
 * https://docs.confluent.io/cloud/current/flink/operate-and-deploy/best-practices.html (Monitoring and alerting)
 * https://api.telemetry.confluent.cloud/docs/descriptors/datasets/cloud
 */
export const cloudMetrics = {
  currentCfus: "io.confluent.flink/compute_pool_utilization/current_cfus",
  cfuLimit: "io.confluent.flink/compute_pool_utilization/cfu_limit",
  pendingRecords: "io.confluent.flink/pending_records",
  recordsIn: "io.confluent.flink/num_records_in",
} as const;

/** Resource label of a compute pool in the Metrics API's `cloud` dataset. */
export const cloudPoolLabel = "resource.compute_pool.id";
