/**
 * Args of the job autoscaler (`autoscaler` of a pool or an application),
 * mirroring lib/core/autoscaler-schema.ts one to one; each member names the
 * Flink Kubernetes Operator 1.15 key it is written to. Unset members keep the
 * operator's default (or, for a session job, its pool's value).
 */

/** Target vertex utilization and the band around it in which nothing is rescaled. */
export interface AutoscalerUtilizationArgs {
  /**
   * `job.autoscaler.utilization.target`, greater than 0 and at most 1.
   * @default 0.7 (operator)
   */
  readonly target?: number;
  /**
   * `job.autoscaler.utilization.min`: scale down below it; from 0 to the target.
   * @default target - 0.3 (operator)
   */
  readonly min?: number;
  /**
   * `job.autoscaler.utilization.max`: scale up above it; from the target to 1.
   * @default target + 0.3 (operator)
   */
  readonly max?: number;
}

/** How far and how often the autoscaler scales down. */
export interface AutoscalerScaleDownArgs {
  /**
   * false writes `job.autoscaler.scale-down.max-factor: "0"`: no vertex is scaled down.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * `job.autoscaler.scale-down.max-factor`, from 0 to 1 (1: no limit).
   * @default 0.6 (operator)
   */
  readonly maxFactor?: number;
  /**
   * `job.autoscaler.scale-down.interval` (formerly `scale-up.grace-period`), a Flink duration.
   * @default "1 h" (operator)
   */
  readonly interval?: string;
}

/** Upper bounds of the TaskManager resources a rescale may reach. */
export interface AutoscalerQuotaArgs {
  /**
   * `job.autoscaler.quota.cpu`: total TaskManager CPU cores.
   * @default none (no quota)
   */
  readonly cpu?: number;
  /**
   * `job.autoscaler.quota.memory`: total TaskManager memory, `Mi` or `Gi`.
   * @default none (no quota)
   */
  readonly memory?: string;
}

/** The job autoscaler of a pool's jobs or of one application. */
export interface AutoscalerArgs {
  /**
   * `job.autoscaler.enabled`.
   * @default false (operator)
   */
  readonly enabled?: boolean;
  /**
   * `job.autoscaler.scaling.enabled`; false only collects metrics and evaluates.
   * @default true (operator)
   */
  readonly scalingEnabled?: boolean;
  /**
   * Target utilization and its band.
   * @default the operator's
   */
  readonly utilization?: AutoscalerUtilizationArgs;
  /**
   * `job.autoscaler.metrics.window`, a Flink duration such as `5m`.
   * @default "15 min" (operator)
   */
  readonly metricsWindow?: string;
  /**
   * `job.autoscaler.stabilization.interval`.
   * @default "5 min" (operator)
   */
  readonly stabilizationInterval?: string;
  /**
   * `job.autoscaler.restart.time`.
   * @default "5 min" (operator)
   */
  readonly restartTime?: string;
  /**
   * `job.autoscaler.catch-up.duration`.
   * @default "30 min" (operator)
   */
  readonly catchUpDuration?: string;
  /**
   * Scale-down limits.
   * @default the operator's
   */
  readonly scaleDown?: AutoscalerScaleDownArgs;
  /**
   * `pipeline.max-parallelism` (key groups; pick a number with many divisors, e.g. 720).
   * @default Flink's
   */
  readonly maxParallelism?: number;
  /**
   * `job.autoscaler.vertex.min-parallelism`.
   * @default 1 (operator)
   */
  readonly vertexMinParallelism?: number;
  /**
   * `job.autoscaler.vertex.max-parallelism`; a session job's must fit its pool's slots.
   * @default 200 (operator)
   */
  readonly vertexMaxParallelism?: number;
  /**
   * Resource quota of a rescale; must fit the namespace's ResourceQuota.
   * @default none
   */
  readonly quota?: AutoscalerQuotaArgs;
}
