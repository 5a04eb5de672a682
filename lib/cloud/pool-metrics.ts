import { cloudMetrics, cloudPoolLabel } from "../core/metrics";

/**
 * What a Confluent Cloud Metrics API query about one compute pool needs:
 * the pool's id (the `resource.compute_pool.id` filter), its environment,
 * its `maxCfu`, and the two series the docs' "exhausted compute pool" alert
 * compares (`current_cfus` against `cfu_limit`), from the metric catalog.
 * https://docs.confluent.io/cloud/current/flink/operate-and-deploy/best-practices.html
 * https://api.telemetry.confluent.cloud/docs (POST /v2/metrics/cloud/query)
 */
export interface CloudPoolMetrics {
  /** The pool's id (`lfcp-...`), the value of the `resource.compute_pool.id` filter. */
  readonly computePoolId: string;
  /** The environment (`env-...`) that owns the pool. */
  readonly environmentId: string;
  /** The pool's configured CFU ceiling. */
  readonly maxCfu: number;
  /** The Metrics API resource label that selects the pool. */
  readonly filterField: string;
  /** CFUs in use now. */
  readonly currentCfusMetric: string;
  /** The pool's CFU limit as the Metrics API reports it. */
  readonly cfuLimitMetric: string;
}

/** The metrics-query facts of one pool. */
export function cloudPoolMetrics(pool: {
  computePoolId: string;
  environmentId: string;
  maxCfu: number;
}): CloudPoolMetrics {
  return {
    computePoolId: pool.computePoolId,
    environmentId: pool.environmentId,
    maxCfu: pool.maxCfu,
    filterField: cloudPoolLabel,
    currentCfusMetric: cloudMetrics.currentCfus,
    cfuLimitMetric: cloudMetrics.cfuLimit,
  };
}
