/** Unit conversions between Kubernetes quantities and Flink's own syntax. */
/** `2Gi` -> 2048 (MiB). Accepts only Mi and Gi (what the schema allows). */
export declare function mebibytes(quantity: string): number;
/**
 * Flink's MemorySize syntax: `m` is MiB (1024-based). The CRD takes a string
 * parsed by Flink, so `2Gi` becomes `2048m`.
 */
export declare function flinkMemory(quantity: string): string;
/** Kubernetes CPU quantity from cores: 0.25 -> "250m", 2 -> "2". */
export declare function k8sCpu(cores: number): string;
