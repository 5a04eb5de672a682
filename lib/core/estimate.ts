/**
 * Sizing estimator: from throughput, record size and job complexity to
 * TaskManagers, slots, parallelism and a JobManager size. Rules of thumb only;
 * every one of them is listed in the result's `assumptions` so reviewers can
 * see what the numbers rest on. Verify with a load test.
 */
import { ConfigError, type ConfigProblem } from "./errors";
import { toYaml } from "./yaml";

export interface WorkloadMix {
  /** Stateless per-record work: filters, projections, routing. */
  readonly simple: number;
  /** Keyed state, small windows, lookups. */
  readonly medium: number;
  /** Large state, joins, big windows, heavy (de)serialization. */
  readonly complex: number;
}

export interface EstimateInput {
  /** Total records per second over all jobs. */
  readonly recordsPerSecond: number;
  /** Average record size in bytes. */
  readonly avgRecordBytes: number;
  /** Share of the load per complexity: fractions summing to 1, or weights (normalised). */
  readonly mix: WorkloadMix;
  /** Number of jobs sharing the load evenly. */
  readonly jobs: number;
  /** End-to-end latency target in ms. @default none */
  readonly latencyTargetMs?: number;
}

export type JobManagerSize = "S" | "M" | "L";

export interface Estimate {
  /** Parallelism of each job. */
  parallelism: number;
  taskManagers: number;
  slotsPerTaskManager: number;
  taskManager: { cpu: number; memory: string };
  jobManager: { size: JobManagerSize; cpu: number; memory: string };
  /** Managed memory fraction (`taskmanager.memory.managed.fraction`) the memory size assumes. */
  managedMemoryFraction: number;
  /** Cores needed for the load, headroom included. */
  coresNeeded: number;
  /** The rules of thumb behind the numbers, one sentence each. */
  assumptions: string[];
}

/** Records per second one core sustains, by complexity (records up to 1 KiB). */
export const throughputPerCore: Readonly<Record<keyof WorkloadMix, number>> = {
  simple: 24_000,
  medium: 11_000,
  complex: 2_500,
};

/** Cost grows linearly with record size beyond this. */
export const baseRecordBytes = 1024;
/** Capacity over the measured need: about a 0.7 utilisation target. */
export const headroom = 1.5;
/** TaskManager memory per CPU (one slot per CPU). */
export const memoryPerCpuGiB = 4;
export const maxTaskManagerMemoryGiB = 64;
export const managedFraction = 0.4;
/** Less managed memory (more heap and network buffers) under a tight latency target. */
export const lowLatencyManagedFraction = 0.35;
export const lowLatencyThresholdMs = 100;

/** TaskManager CPUs by total slots needed: `slots <= upTo` uses `cpu`. */
const taskManagerCpuSteps: readonly { upTo: number; cpu: number }[] = [
  { upTo: 4, cpu: 1 },
  { upTo: 16, cpu: 2 },
  { upTo: Infinity, cpu: 4 },
];

const jobManagerSizes: readonly { size: JobManagerSize; upTo: number; cpu: number; memoryGiB: number }[] = [
  { size: "S", upTo: 10, cpu: 1, memoryGiB: 2 },
  { size: "M", upTo: 50, cpu: 2, memoryGiB: 4 },
  { size: "L", upTo: Infinity, cpu: 4, memoryGiB: 8 },
];

const limits = {
  recordsPerSecond: 1_000_000_000,
  avgRecordBytes: 10 * 1024 * 1024,
  jobs: 1000,
  latencyTargetMs: 3_600_000,
} as const;

function positiveNumber(v: unknown, max: number): boolean {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= max;
}

function inputProblems(input: EstimateInput): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!positiveNumber(input.recordsPerSecond, limits.recordsPerSecond)) {
    problems.push({
      path: "--records-per-second",
      got: input.recordsPerSecond,
      allowed: `a number > 0 and <= ${limits.recordsPerSecond}`,
    });
  }
  if (!positiveNumber(input.avgRecordBytes, limits.avgRecordBytes)) {
    problems.push({
      path: "--record-bytes",
      got: input.avgRecordBytes,
      allowed: `a number of bytes > 0 and <= ${limits.avgRecordBytes} (10 MiB)`,
    });
  }
  const mix = input.mix as Partial<WorkloadMix> | undefined;
  const shares = [mix?.simple, mix?.medium, mix?.complex];
  const sharesOk = shares.every((s) => typeof s === "number" && Number.isFinite(s) && s >= 0);
  if (!sharesOk || (shares as number[]).reduce((a, b) => a + b, 0) <= 0) {
    problems.push({
      path: "--mix",
      got: input.mix,
      allowed: "simple, medium and complex shares >= 0 with a sum > 0 (fractions of 1, or weights)",
    });
  }
  if (!(Number.isInteger(input.jobs) && input.jobs >= 1 && input.jobs <= limits.jobs)) {
    problems.push({ path: "--jobs", got: input.jobs, allowed: `a whole number, 1..${limits.jobs}` });
  }
  if (input.latencyTargetMs !== undefined && !positiveNumber(input.latencyTargetMs, limits.latencyTargetMs)) {
    problems.push({
      path: "--latency-ms",
      got: input.latencyTargetMs,
      allowed: `a number of milliseconds > 0 and <= ${limits.latencyTargetMs}`,
    });
  }
  return problems;
}

/** `ceil` that ignores floating-point noise just above a whole number. */
function ceil(x: number): number {
  return Math.ceil(x - 1e-9);
}

function gib(n: number): string {
  return Number.isInteger(n) ? `${n}Gi` : `${Math.round(n * 1024)}Mi`;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Sizes a Flink deployment for the load. Throws a ConfigError naming every bad
 * flag.
 *
 * cores = Σ share_i × recordsPerSecond / perCore_i × max(1, bytes / 1 KiB) × 1.5,
 * parallelism = ceil(cores / jobs), one slot per core.
 */
export function estimate(input: EstimateInput): Estimate {
  const problems = inputProblems(input);
  if (problems.length > 0) throw new ConfigError(problems, "Invalid estimate flags");

  const { simple, medium, complex } = input.mix;
  const total = simple + medium + complex;
  const shares = { simple: simple / total, medium: medium / total, complex: complex / total };
  const sizeFactor = Math.max(1, input.avgRecordBytes / baseRecordBytes);
  const rawCores =
    (Object.keys(shares) as (keyof WorkloadMix)[]).reduce(
      (sum, k) => sum + (shares[k] * input.recordsPerSecond) / throughputPerCore[k],
      0,
    ) * sizeFactor;
  const coresNeeded = Math.max(1, ceil(rawCores * headroom));
  const parallelism = Math.max(1, ceil(coresNeeded / input.jobs));
  const slotsNeeded = parallelism * input.jobs;

  const cpu = (taskManagerCpuSteps.find((s) => slotsNeeded <= s.upTo) ?? taskManagerCpuSteps[0]).cpu;
  const taskManagers = ceil(slotsNeeded / cpu);
  const memoryGiB = Math.min(maxTaskManagerMemoryGiB, memoryPerCpuGiB * cpu);
  const jm =
    jobManagerSizes.find((s) => taskManagers <= s.upTo) ?? jobManagerSizes[jobManagerSizes.length - 1];
  const lowLatency = input.latencyTargetMs !== undefined && input.latencyTargetMs < lowLatencyThresholdMs;
  const fraction = lowLatency ? lowLatencyManagedFraction : managedFraction;

  const assumptions = [
    `throughput per core: ${throughputPerCore.simple} rec/s simple, ${throughputPerCore.medium} medium, ` +
      `${throughputPerCore.complex} complex (records up to 1 KiB); mix normalised to ` +
      `${fmt(shares.simple)}/${fmt(shares.medium)}/${fmt(shares.complex)}`,
    sizeFactor > 1
      ? `records of ${input.avgRecordBytes} B cost linearly more than 1 KiB ones: x${fmt(sizeFactor)}`
      : `records of ${input.avgRecordBytes} B: no size penalty (up to 1 KiB)`,
    `headroom x${headroom} (about 0.7 CPU utilisation at the stated load): ` +
      `${fmt(rawCores)} cores -> ${coresNeeded}`,
    `one slot per core: slots per TaskManager = TaskManager CPUs`,
    `TaskManager CPUs: 1 up to 4 slots in total, 2 up to 16, 4 beyond (${slotsNeeded} slots -> ${cpu})`,
    `load split evenly over ${input.jobs} job(s): parallelism = ceil(cores / jobs) = ${parallelism}`,
    `TaskManager memory: ${memoryPerCpuGiB} GiB per CPU, at most ${maxTaskManagerMemoryGiB} GiB`,
    lowLatency
      ? `managed memory fraction ${fraction} (latency target ${input.latencyTargetMs} ms < ` +
        `${lowLatencyThresholdMs} ms: more heap and network buffers)`
      : `managed memory fraction ${fraction}`,
    `JobManager S (1 CPU, 2 GiB) up to 10 TaskManagers, M (2 CPU, 4 GiB) up to 50, L (4 CPU, 8 GiB) beyond`,
  ];

  return {
    parallelism,
    taskManagers,
    slotsPerTaskManager: cpu,
    taskManager: { cpu, memory: gib(memoryGiB) },
    jobManager: { size: jm.size, cpu: jm.cpu, memory: gib(jm.memoryGiB) },
    managedMemoryFraction: fraction,
    coresNeeded,
    assumptions,
  };
}

/**
 * Confluent Cloud sizing. Confluent documents what a CFU is used for, not what
 * it sustains: "a logical unit of processing power", billed per CFU-minute
 * used, each statement using at least 1 CFU, and a pool's Max CFU is a
 * ceiling (over it new statements are rejected, running ones slow down)
 * (https://docs.confluent.io/cloud/current/flink/concepts/flink-billing.html).
 * A statement scales to 50 CFU at most
 * (https://docs.confluent.io/cloud/current/flink/concepts/compute-pools.html).
 * With no published throughput per CFU, the model is one stated assumption:
 * 1 CFU does the work of 1 core of {@link estimate} (headroom included).
 * Verify with the statement CFU metrics
 * (https://docs.confluent.io/cloud/current/flink/concepts/statement-cfu-metrics.html).
 */
export interface CfuEstimate {
  /** CFUs the load needs at its stated rate: max(cores, one per statement). */
  cfu: number;
  /** The rules behind the number, one sentence each. */
  assumptions: string[];
}

/** Most CFUs one statement scales to (compute-pools docs, above). */
export const maxCfuPerStatement = 50;

/** The CFUs of a Confluent Cloud pool for the load of `e` (see {@link CfuEstimate}). */
export function estimateCfu(e: Estimate, jobs: number): CfuEstimate {
  const cfu = Math.max(e.coresNeeded, jobs);
  const assumptions = [
    `Confluent publishes no throughput per CFU: 1 CFU is taken as 1 core of this estimate ` +
      `(${e.coresNeeded} cores, headroom included)`,
    `each statement uses at least 1 CFU: ${jobs} statement(s) -> at least ${jobs} CFU`,
    `maxCfu is the pool's ceiling, billed by the CFUs used per minute: ${cfu} CFU needed`,
  ];
  if (e.parallelism > maxCfuPerStatement) {
    assumptions.push(
      `one statement scales to ${maxCfuPerStatement} CFU at most: split the load over more statements`,
    );
  }
  return { cfu, assumptions };
}

export interface EstimatePatch {
  "flink-platform:pools": {
    name: string;
    taskManagers: number;
    slots: number;
    taskManager: { cpu: number; memory: string };
  }[];
}

export interface CloudEstimatePatch {
  "flink-platform:cloud": { pools: { name: string; maxCfu: number }[] };
}

/**
 * The stack config (keys under `config:`) that applies the estimate to one
 * pool: that pool's keys only. The JobManager size is advice in the header:
 * `flink-platform:resources.jobManager` is environment-wide, so a pool's
 * estimate never changes it.
 */
export function estimatePatch(e: Estimate, poolName: string): EstimatePatch {
  return {
    "flink-platform:pools": [
      {
        name: poolName,
        taskManagers: e.taskManagers,
        slots: e.slotsPerTaskManager,
        taskManager: { cpu: e.taskManager.cpu, memory: e.taskManager.memory },
      },
    ],
  };
}

/** The Confluent Cloud pool's patch: its `maxCfu`. */
export function cloudEstimatePatch(poolName: string, maxCfu: number): CloudEstimatePatch {
  return { "flink-platform:cloud": { pools: [{ name: poolName, maxCfu }] } };
}

/**
 * {@link estimatePatch} as YAML, led by a comment listing the assumptions;
 * with `cloud` (a Confluent Cloud stack), {@link cloudEstimatePatch} led by
 * the CFU assumptions too.
 */
export function renderPatchYaml(
  e: Estimate,
  poolName: string,
  cloud?: { cfu: CfuEstimate; maxCfu: number },
): string {
  const lead = cloud
    ? `# flink-platform estimate for Confluent Cloud pool ${poolName}: maxCfu ${cloud.maxCfu} ` +
      `(${cloud.cfu.cfu} CFU needed). Rules of thumb, verify under load:`
    : `# flink-platform estimate for pool ${poolName}: parallelism ${e.parallelism} per job, ` +
      `JobManager ${e.jobManager.size} (environment-wide: not in the patch). Rules of thumb, verify under load:`;
  const assumptions = cloud ? [...e.assumptions, ...cloud.cfu.assumptions] : e.assumptions;
  const header = [lead, ...assumptions.map((a) => `#   - ${a}`)];
  const patch = cloud ? cloudEstimatePatch(poolName, cloud.maxCfu) : estimatePatch(e, poolName);
  return `${header.join("\n")}\n${toYaml(patch)}`;
}
