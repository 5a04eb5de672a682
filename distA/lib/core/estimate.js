"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lowLatencyThresholdMs = exports.lowLatencyManagedFraction = exports.managedFraction = exports.maxTaskManagerMemoryGiB = exports.memoryPerCpuGiB = exports.headroom = exports.baseRecordBytes = exports.throughputPerCore = void 0;
exports.estimate = estimate;
exports.estimatePatch = estimatePatch;
exports.renderPatchYaml = renderPatchYaml;
/**
 * Sizing estimator: from throughput, record size and job complexity to
 * TaskManagers, slots, parallelism and a JobManager size. Rules of thumb only;
 * every one of them is listed in the result's `assumptions` so reviewers can
 * see what the numbers rest on. Verify with a load test.
 */
const errors_1 = require("./errors");
const yaml_1 = require("./yaml");
/** Records per second one core sustains, by complexity (records up to 1 KiB). */
exports.throughputPerCore = {
    simple: 24_000,
    medium: 11_000,
    complex: 2_500,
};
/** Cost grows linearly with record size beyond this. */
exports.baseRecordBytes = 1024;
/** Capacity over the measured need: about a 0.7 utilisation target. */
exports.headroom = 1.5;
/** TaskManager memory per CPU (one slot per CPU). */
exports.memoryPerCpuGiB = 4;
exports.maxTaskManagerMemoryGiB = 64;
exports.managedFraction = 0.4;
/** Less managed memory (more heap and network buffers) under a tight latency target. */
exports.lowLatencyManagedFraction = 0.35;
exports.lowLatencyThresholdMs = 100;
/** TaskManager CPUs by total slots needed: `slots <= upTo` uses `cpu`. */
const taskManagerCpuSteps = [
    { upTo: 4, cpu: 1 },
    { upTo: 16, cpu: 2 },
    { upTo: Infinity, cpu: 4 },
];
const jobManagerSizes = [
    { size: "S", upTo: 10, cpu: 1, memoryGiB: 2 },
    { size: "M", upTo: 50, cpu: 2, memoryGiB: 4 },
    { size: "L", upTo: Infinity, cpu: 4, memoryGiB: 8 },
];
const limits = {
    recordsPerSecond: 1_000_000_000,
    avgRecordBytes: 10 * 1024 * 1024,
    jobs: 1000,
    latencyTargetMs: 3_600_000,
};
function positiveNumber(v, max) {
    return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= max;
}
function inputProblems(input) {
    const problems = [];
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
    const mix = input.mix;
    const shares = [mix?.simple, mix?.medium, mix?.complex];
    const sharesOk = shares.every((s) => typeof s === "number" && Number.isFinite(s) && s >= 0);
    if (!sharesOk || shares.reduce((a, b) => a + b, 0) <= 0) {
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
function ceil(x) {
    return Math.ceil(x - 1e-9);
}
function gib(n) {
    return Number.isInteger(n) ? `${n}Gi` : `${Math.round(n * 1024)}Mi`;
}
function fmt(n) {
    return String(Math.round(n * 100) / 100);
}
/**
 * Sizes a Flink deployment for the load. Throws a ConfigError naming every bad
 * flag.
 *
 * cores = Σ share_i × recordsPerSecond / perCore_i × max(1, bytes / 1 KiB) × 1.5,
 * parallelism = ceil(cores / jobs), one slot per core.
 */
function estimate(input) {
    const problems = inputProblems(input);
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems, "Invalid estimate flags");
    const { simple, medium, complex } = input.mix;
    const total = simple + medium + complex;
    const shares = { simple: simple / total, medium: medium / total, complex: complex / total };
    const sizeFactor = Math.max(1, input.avgRecordBytes / exports.baseRecordBytes);
    const rawCores = Object.keys(shares).reduce((sum, k) => sum + (shares[k] * input.recordsPerSecond) / exports.throughputPerCore[k], 0) * sizeFactor;
    const coresNeeded = Math.max(1, ceil(rawCores * exports.headroom));
    const parallelism = Math.max(1, ceil(coresNeeded / input.jobs));
    const slotsNeeded = parallelism * input.jobs;
    const cpu = (taskManagerCpuSteps.find((s) => slotsNeeded <= s.upTo) ?? taskManagerCpuSteps[0]).cpu;
    const taskManagers = ceil(slotsNeeded / cpu);
    const memoryGiB = Math.min(exports.maxTaskManagerMemoryGiB, exports.memoryPerCpuGiB * cpu);
    const jm = jobManagerSizes.find((s) => taskManagers <= s.upTo) ?? jobManagerSizes[jobManagerSizes.length - 1];
    const lowLatency = input.latencyTargetMs !== undefined && input.latencyTargetMs < exports.lowLatencyThresholdMs;
    const fraction = lowLatency ? exports.lowLatencyManagedFraction : exports.managedFraction;
    const assumptions = [
        `throughput per core: ${exports.throughputPerCore.simple} rec/s simple, ${exports.throughputPerCore.medium} medium, ` +
            `${exports.throughputPerCore.complex} complex (records up to 1 KiB); mix normalised to ` +
            `${fmt(shares.simple)}/${fmt(shares.medium)}/${fmt(shares.complex)}`,
        sizeFactor > 1
            ? `records of ${input.avgRecordBytes} B cost linearly more than 1 KiB ones: x${fmt(sizeFactor)}`
            : `records of ${input.avgRecordBytes} B: no size penalty (up to 1 KiB)`,
        `headroom x${exports.headroom} (about 0.7 CPU utilisation at the stated load): ` +
            `${fmt(rawCores)} cores -> ${coresNeeded}`,
        `one slot per core: slots per TaskManager = TaskManager CPUs`,
        `TaskManager CPUs: 1 up to 4 slots in total, 2 up to 16, 4 beyond (${slotsNeeded} slots -> ${cpu})`,
        `load split evenly over ${input.jobs} job(s): parallelism = ceil(cores / jobs) = ${parallelism}`,
        `TaskManager memory: ${exports.memoryPerCpuGiB} GiB per CPU, at most ${exports.maxTaskManagerMemoryGiB} GiB`,
        lowLatency
            ? `managed memory fraction ${fraction} (latency target ${input.latencyTargetMs} ms < ` +
                `${exports.lowLatencyThresholdMs} ms: more heap and network buffers)`
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
/** The stack config (keys under `config:`) that applies the estimate to one pool. */
function estimatePatch(e, poolName) {
    return {
        "flink-platform:pools": [
            {
                name: poolName,
                taskManagers: e.taskManagers,
                slots: e.slotsPerTaskManager,
                taskManager: { cpu: e.taskManager.cpu, memory: e.taskManager.memory },
            },
        ],
        "flink-platform:resources": { jobManager: { cpu: e.jobManager.cpu, memory: e.jobManager.memory } },
    };
}
/** {@link estimatePatch} as YAML, led by a comment listing the assumptions. */
function renderPatchYaml(e, poolName) {
    const header = [
        `# flink-platform estimate for pool ${poolName}: parallelism ${e.parallelism} per job, ` +
            `JobManager ${e.jobManager.size}. Rules of thumb, verify under load:`,
        ...e.assumptions.map((a) => `#   - ${a}`),
    ];
    return `${header.join("\n")}\n${(0, yaml_1.toYaml)(estimatePatch(e, poolName))}`;
}
