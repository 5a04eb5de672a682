import { PlatformPlan } from "./derive";
/** `key: value` lines of a flink-conf.yaml, sorted for stable diffs. */
export declare function renderFlinkConf(conf: Readonly<Record<string, string>>): string;
/**
 * Values for the flink-kubernetes-operator chart (Apache or Confluent build:
 * same keys). Every key exists in the chart's values.yaml (checked in tests).
 * Job RBAC and service accounts are created by this library in each
 * namespace, so the chart's own are turned off.
 */
export declare function operatorValues(plan: PlatformPlan, webhook: boolean): Record<string, unknown>;
