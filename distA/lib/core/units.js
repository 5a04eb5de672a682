"use strict";
/** Unit conversions between Kubernetes quantities and Flink's own syntax. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.mebibytes = mebibytes;
exports.flinkMemory = flinkMemory;
exports.k8sCpu = k8sCpu;
/** `2Gi` -> 2048 (MiB). Accepts only Mi and Gi (what the schema allows). */
function mebibytes(quantity) {
    const m = /^([1-9][0-9]*)(Mi|Gi)$/.exec(quantity);
    if (!m)
        throw new Error(`not a Mi/Gi quantity: ${quantity}`);
    return Number(m[1]) * (m[2] === "Gi" ? 1024 : 1);
}
/**
 * Flink's MemorySize syntax: `m` is MiB (1024-based). The CRD takes a string
 * parsed by Flink, so `2Gi` becomes `2048m`.
 */
function flinkMemory(quantity) {
    return `${mebibytes(quantity)}m`;
}
/** Kubernetes CPU quantity from cores: 0.25 -> "250m", 2 -> "2". */
function k8sCpu(cores) {
    return Number.isInteger(cores) ? String(cores) : `${Math.round(cores * 1000)}m`;
}
