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
    taskManager: {
        cpu: number;
        memory: string;
    };
    jobManager: {
        size: JobManagerSize;
        cpu: number;
        memory: string;
    };
    /** Managed memory fraction (`taskmanager.memory.managed.fraction`) the memory size assumes. */
    managedMemoryFraction: number;
    /** Cores needed for the load, headroom included. */
    coresNeeded: number;
    /** The rules of thumb behind the numbers, one sentence each. */
    assumptions: string[];
}
/** Records per second one core sustains, by complexity (records up to 1 KiB). */
export declare const throughputPerCore: Readonly<Record<keyof WorkloadMix, number>>;
/** Cost grows linearly with record size beyond this. */
export declare const baseRecordBytes = 1024;
/** Capacity over the measured need: about a 0.7 utilisation target. */
export declare const headroom = 1.5;
/** TaskManager memory per CPU (one slot per CPU). */
export declare const memoryPerCpuGiB = 4;
export declare const maxTaskManagerMemoryGiB = 64;
export declare const managedFraction = 0.4;
/** Less managed memory (more heap and network buffers) under a tight latency target. */
export declare const lowLatencyManagedFraction = 0.35;
export declare const lowLatencyThresholdMs = 100;
/**
 * Sizes a Flink deployment for the load. Throws a ConfigError naming every bad
 * flag.
 *
 * cores = Σ share_i × recordsPerSecond / perCore_i × max(1, bytes / 1 KiB) × 1.5,
 * parallelism = ceil(cores / jobs), one slot per core.
 */
export declare function estimate(input: EstimateInput): Estimate;
export interface EstimatePatch {
    "flink-platform:pools": {
        name: string;
        taskManagers: number;
        slots: number;
        taskManager: {
            cpu: number;
            memory: string;
        };
    }[];
    "flink-platform:resources": {
        jobManager: {
            cpu: number;
            memory: string;
        };
    };
}
/** The stack config (keys under `config:`) that applies the estimate to one pool. */
export declare function estimatePatch(e: Estimate, poolName: string): EstimatePatch;
/** {@link estimatePatch} as YAML, led by a comment listing the assumptions. */
export declare function renderPatchYaml(e: Estimate, poolName: string): string;
