import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Where the upstream contracts live (operator CRDs and values.yaml, CMF OpenAPI).
 * They are never copied into this repo: CI always has them beside the clone.
 * Override with FLINK_PLATFORM_REFERENCE_DIR.
 */
export const referenceDir = path.resolve(
  process.env.FLINK_PLATFORM_REFERENCE_DIR ?? path.join(__dirname, "..", "..", "..", "shared", "reference"),
);

export const operatorReferenceDir = path.join(referenceDir, "flink-kubernetes-operator-1.15.0");
export const cmfOpenApiPath = path.join(referenceDir, "cmf-2.3.1", "openapi.yaml");

/** True when the reference files are present; otherwise prints the skip reason once per caller. */
export function haveReference(what: string, file: string): boolean {
  if (fs.existsSync(file)) return true;
  console.warn(`skipped: reference schemas not found (${what}: ${file}; set FLINK_PLATFORM_REFERENCE_DIR)`);
  return false;
}
