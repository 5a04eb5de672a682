import * as z from "zod";
import { cpuCores, memoryQuantity } from "./schema";
import { flinkMemory } from "./units";

/**
 * The `autoscaler` block of a pool or an application: the Flink Kubernetes
 * Operator's job autoscaler as typed config, mapped one to one onto the
 * operator 1.15 keys (`job.autoscaler.*`, plus Flink's
 * `pipeline.max-parallelism`).
 *
 * Sources (operator release-1.15.0):
 * - docs/content/docs/custom-resource/autoscaler.md ("Configuration guide");
 * - docs/layouts/shortcodes/generated/auto_scaler_configuration.html (keys,
 *   defaults, types);
 * - flink-autoscaler/.../config/AutoScalerOptions.java: `utilization.target`
 *   replaced the deprecated `target.utilization`, `utilization.max`/`.min`
 *   replaced the deprecated `target.utilization.boundary`, and
 *   `scale-down.interval` replaced the deprecated `scale-up.grace-period`;
 *   we write only the current keys;
 * - flink-autoscaler/.../validation/AutoscalerValidator.java: the operator's
 *   webhook rejects a target outside [0, 1], `utilization.max` outside
 *   [target, 1] and `utilization.min` outside [0, target]. The same bounds
 *   are checked here, so a bad value fails synth instead of `pulumi up`.
 *
 * A pool's block is written into its session cluster's (OSS) or CMF
 * cluster spec's (CP) Flink configuration; the operator builds a session
 * job's configuration from its session cluster's, overlaid by the job's own
 * (FlinkConfigManager#getSessionJobConfig), so an application's block
 * overrides its pool's key by key.
 */

/** The operator's defaults (generated config table, 1.15) of the keys the guardrails read. */
export const autoscalerDefaults = {
  /** `job.autoscaler.utilization.target`. */
  utilizationTarget: 0.7,
  /** `job.autoscaler.vertex.max-parallelism`. */
  vertexMaxParallelism: 200,
} as const;

/** Flink Duration syntax (TimeUtils): a number and a unit, e.g. `30s`, `5 min`, `1h`. */
const duration = z
  .string({ error: "a Flink duration such as 30s, 5m, 5 min or 1h" })
  .regex(/^[0-9]+ ?(ms|s|m|min|h|d)$/, { error: "a Flink duration such as 30s, 5m, 5 min or 1h" });

const fraction = (what: string, min: "open" | "closed") =>
  z
    .number({ error: `${what}: a number ${min === "open" ? "greater than 0" : "from 0"} and at most 1` })
    .refine((v) => (min === "open" ? v > 0 : v >= 0) && v <= 1, {
      error: `${what}: a number ${min === "open" ? "greater than 0" : "from 0"} and at most 1`,
    });

const wholeNumber = (what: string) =>
  z
    .number({ error: `${what}: a whole number of at least 1` })
    .int({ error: `${what}: a whole number of at least 1` })
    .min(1, { error: `${what}: a whole number of at least 1` });

export const autoscalerSchema = z
  .strictObject({
    /** `job.autoscaler.enabled` (operator default false). */
    enabled: z.boolean({ error: "true or false" }).optional(),
    /**
     * `job.autoscaler.scaling.enabled` (default true): false collects metrics
     * and evaluates parallelism without rescaling (the docs' metrics-only mode).
     */
    scalingEnabled: z.boolean({ error: "true or false" }).optional(),
    /** Target vertex utilization and the band around it in which nothing is rescaled. */
    utilization: z
      .strictObject({
        /** `job.autoscaler.utilization.target` (default 0.7), in (0, 1]. */
        target: fraction("target utilization", "open").optional(),
        /** `job.autoscaler.utilization.min` (default target - 0.3), in [0, target]. */
        min: fraction("minimum utilization", "closed").optional(),
        /** `job.autoscaler.utilization.max` (default target + 0.3), in [target, 1]. */
        max: fraction("maximum utilization", "open").optional(),
      })
      .optional(),
    /** `job.autoscaler.metrics.window` (default 15 min): metrics are averaged over it. */
    metricsWindow: duration.optional(),
    /** `job.autoscaler.stabilization.interval` (default 5 min): no scaling after a (re)start. */
    stabilizationInterval: duration.optional(),
    /** `job.autoscaler.restart.time` (default 5 min): expected restart time. */
    restartTime: duration.optional(),
    /** `job.autoscaler.catch-up.duration` (default 30 min): time to work off the backlog after a rescale. */
    catchUpDuration: duration.optional(),
    /** How far and how often the autoscaler may scale a vertex down. */
    scaleDown: z
      .strictObject({
        /** false writes `job.autoscaler.scale-down.max-factor: "0"`: a vertex is never scaled below its parallelism. */
        enabled: z.boolean({ error: "true or false" }).optional(),
        /** `job.autoscaler.scale-down.max-factor` (default 0.6), in [0, 1]; 1 is no limit. */
        maxFactor: fraction("scale-down max factor", "closed").optional(),
        /** `job.autoscaler.scale-down.interval` (default 1 h; formerly `scale-up.grace-period`). */
        interval: duration.optional(),
      })
      .optional(),
    /** `pipeline.max-parallelism`: key groups; the autoscaler picks divisors of it (docs: 120, 180, 240, 360, 720). */
    maxParallelism: wholeNumber("max parallelism").optional(),
    /** `job.autoscaler.vertex.min-parallelism` (default 1). */
    vertexMinParallelism: wholeNumber("vertex min parallelism").optional(),
    /** `job.autoscaler.vertex.max-parallelism` (default 200): the most the autoscaler gives a vertex. */
    vertexMaxParallelism: wholeNumber("vertex max parallelism").optional(),
    /** Upper bounds of the TaskManager resources a rescale may reach; a rescale beyond them is skipped. */
    quota: z
      .strictObject({
        /** `job.autoscaler.quota.cpu`: total TaskManager CPU. */
        cpu: cpuCores.optional(),
        /** `job.autoscaler.quota.memory`: total TaskManager memory (written in Flink's MemorySize syntax). */
        memory: memoryQuantity.optional(),
      })
      .optional(),
  })
  .superRefine((a, ctx) => {
    const target = a.utilization?.target ?? autoscalerDefaults.utilizationTarget;
    const { min, max } = a.utilization ?? {};
    if (typeof max === "number" && max < target) {
      ctx.addIssue({
        code: "custom",
        path: ["utilization", "max"],
        input: max,
        message: `at least the target utilization (${target}) and at most 1`,
      });
    }
    if (typeof min === "number" && min > target) {
      ctx.addIssue({
        code: "custom",
        path: ["utilization", "min"],
        input: min,
        message: `from 0 to the target utilization (${target})`,
      });
    }
    if (a.scaleDown?.enabled === false && a.scaleDown.maxFactor !== undefined && a.scaleDown.maxFactor > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["scaleDown", "maxFactor"],
        input: a.scaleDown.maxFactor,
        message: "unset (or 0) when scaleDown.enabled is false",
      });
    }
    const lo = a.vertexMinParallelism;
    const hi = a.vertexMaxParallelism;
    if (typeof lo === "number" && typeof hi === "number" && lo > hi) {
      ctx.addIssue({
        code: "custom",
        path: ["vertexMinParallelism"],
        input: lo,
        message: `at most vertexMaxParallelism (${hi})`,
      });
    }
  });

export type AutoscalerConfig = z.output<typeof autoscalerSchema>;

/** Operator key of each typed field (docs/layouts/shortcodes/generated/auto_scaler_configuration.html, 1.15). */
export const autoscalerKeys = {
  enabled: "job.autoscaler.enabled",
  scalingEnabled: "job.autoscaler.scaling.enabled",
  utilizationTarget: "job.autoscaler.utilization.target",
  utilizationMin: "job.autoscaler.utilization.min",
  utilizationMax: "job.autoscaler.utilization.max",
  metricsWindow: "job.autoscaler.metrics.window",
  stabilizationInterval: "job.autoscaler.stabilization.interval",
  restartTime: "job.autoscaler.restart.time",
  catchUpDuration: "job.autoscaler.catch-up.duration",
  scaleDownMaxFactor: "job.autoscaler.scale-down.max-factor",
  scaleDownInterval: "job.autoscaler.scale-down.interval",
  maxParallelism: "pipeline.max-parallelism",
  vertexMinParallelism: "job.autoscaler.vertex.min-parallelism",
  vertexMaxParallelism: "job.autoscaler.vertex.max-parallelism",
  quotaCpu: "job.autoscaler.quota.cpu",
  quotaMemory: "job.autoscaler.quota.memory",
} as const;

/**
 * The Flink configuration entries of an autoscaler block: only the keys it
 * sets (unset keys keep the operator's defaults, or the pool's for a
 * session job), as the strings `flinkConfiguration` takes.
 */
export function autoscalerConfiguration(a: AutoscalerConfig | undefined): Record<string, string> {
  if (a === undefined) return {};
  const k = autoscalerKeys;
  const maxFactor = a.scaleDown?.enabled === false ? 0 : a.scaleDown?.maxFactor;
  const entries: [string, string | number | boolean | undefined][] = [
    [k.enabled, a.enabled],
    [k.scalingEnabled, a.scalingEnabled],
    [k.utilizationTarget, a.utilization?.target],
    [k.utilizationMin, a.utilization?.min],
    [k.utilizationMax, a.utilization?.max],
    [k.metricsWindow, a.metricsWindow],
    [k.stabilizationInterval, a.stabilizationInterval],
    [k.restartTime, a.restartTime],
    [k.catchUpDuration, a.catchUpDuration],
    [k.scaleDownMaxFactor, maxFactor],
    [k.scaleDownInterval, a.scaleDown?.interval],
    [k.maxParallelism, a.maxParallelism],
    [k.vertexMinParallelism, a.vertexMinParallelism],
    [k.vertexMaxParallelism, a.vertexMaxParallelism],
    [k.quotaCpu, a.quota?.cpu],
    [k.quotaMemory, a.quota?.memory === undefined ? undefined : flinkMemory(a.quota.memory)],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined).map(([key, v]) => [key, String(v)]));
}
