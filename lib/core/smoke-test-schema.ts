import type * as z from "zod";

/**
 * The smoke test's cross-field rules (see ./smoke-test for what it proves and
 * how `pulumi up` waits for it). Kept apart from ./smoke-test, which derives
 * from the plan: platform-schema imports this file, and derive imports
 * platform-schema.
 */

/**
 * The status field `pulumi up` reads, as the operator 1.15.0 CRD spells it.
 * Here rather than in ./smoke-test because CMF's dynamic providers capture
 * what they import by value: this file has no runtime imports.
 */
export const smokeCheckpointStatusPath = "status.jobStatus.checkpointInfo.lastCheckpoint.triggerType";
/** Its value once the operator's periodic checkpoint completed. */
export const smokeCheckpointTriggerType = "PERIODIC";

/** Flink versions the operator can trigger checkpoints on (Flink's REST API, from 1.17). */
export const smokeTestMinFlinkVersion = "1.17";

/** `a.b` >= `min` for `major.minor[.patch]` versions. */
function atLeast(version: string, min: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [x, y] = min.split(".").map(Number);
  return a > x || (a === x && b >= y);
}

/**
 * The smoke test's cross-field rules (run by platformRules): it needs a
 * checkpoint store to prove, and a Flink version the operator can trigger
 * checkpoints on. Defensive reads: the rules run even when other keys are
 * invalid.
 */
export function smokeTestRules(
  cfg: {
    smokeTest?: { enabled?: unknown };
    storage?: { checkpoints?: unknown; minio?: { enabled?: unknown } };
    flink?: { version?: unknown };
  },
  ctx: z.RefinementCtx,
): void {
  if (cfg?.smokeTest?.enabled !== true) return;
  if (cfg.storage?.checkpoints === undefined && cfg.storage?.minio?.enabled !== true) {
    ctx.addIssue({
      code: "custom",
      path: ["storage", "checkpoints"],
      input: undefined,
      message:
        "required when smokeTest.enabled is true (the smoke test proves a checkpoint completes in this store): " +
        "a durable URI such as s3://bucket/checkpoints, or storage.minio.enabled in dev",
    });
  }
  const version = cfg.flink?.version;
  if (
    typeof version === "string" &&
    /^\d+\.\d+/.test(version) &&
    !atLeast(version, smokeTestMinFlinkVersion)
  ) {
    ctx.addIssue({
      code: "custom",
      path: ["flink", "version"],
      input: version,
      message: `${smokeTestMinFlinkVersion} or later when smokeTest.enabled is true (the operator triggers the smoke test's checkpoint through Flink's REST API, which has it from ${smokeTestMinFlinkVersion})`,
    });
  }
}
