/** Unit conversions between Kubernetes quantities and Flink's own syntax. */

/** `2Gi` -> 2048 (MiB). Accepts only Mi and Gi (what the schema allows). */
export function mebibytes(quantity: string): number {
  const m = /^([1-9][0-9]*)(Mi|Gi)$/.exec(quantity);
  if (!m) throw new Error(`not a Mi/Gi quantity: ${quantity}`);
  return Number(m[1]) * (m[2] === "Gi" ? 1024 : 1);
}

/**
 * Flink's MemorySize syntax: `m` is MiB (1024-based). The CRD takes a string
 * parsed by Flink, so `2Gi` becomes `2048m`.
 */
export function flinkMemory(quantity: string): string {
  return `${mebibytes(quantity)}m`;
}

/** Kubernetes CPU quantity from cores: 0.25 -> "250m", 2 -> "2". */
export function k8sCpu(cores: number): string {
  return Number.isInteger(cores) ? String(cores) : `${Math.round(cores * 1000)}m`;
}
