import * as pulumi from "@pulumi/pulumi";
import * as confluentcloud from "@pulumi/confluentcloud";
import { ConfigError, ConfigProblem } from "../config/errors";
import { CloudProvider, cloudRules, isCloudProvider, isMaxCfu, meetsRule } from "../config/cloud";

/**
 * ComputePool: Flink capacity that statements and jobs run in, on any of the
 * three targets. One construct with one face per target; this file holds the
 * Confluent Cloud face (a `FlinkComputePool`).
 */

/** Where the pool lives. */
export const ComputePoolTarget = {
  /** Confluent Cloud for Apache Flink: a compute pool measured in CFUs. */
  Cloud: "cloud",
  /** Confluent Platform for Apache Flink (CMF). */
  ConfluentPlatform: "cp",
  /** Open-source Flink Kubernetes operator. */
  Oss: "oss",
} as const;
export type ComputePoolTarget = (typeof ComputePoolTarget)[keyof typeof ComputePoolTarget];
export const computePoolTargets: readonly ComputePoolTarget[] = [
  ComputePoolTarget.Cloud,
  ComputePoolTarget.ConfluentPlatform,
  ComputePoolTarget.Oss,
];

/** The Confluent Cloud face of a pool. */
export interface CloudComputePoolArgs {
  /** Environment that owns the pool. */
  environmentId: pulumi.Input<string>;
  /** Cloud the pool runs in; changing it replaces the pool. */
  cloud: CloudProvider;
  /** Region of the pool (e.g. `us-east-1`); changing it replaces the pool. */
  region: string;
  /**
   * Upper bound of CFUs the pool autoscales to (5, 10, 20, 30, 40 or 50).
   * Changes in place; it caps cost, the pool only bills for CFUs in use.
   */
  maxCfu: number;
  /**
   * Name shown in Confluent Cloud.
   * @default the component's name
   */
  displayName?: string;
  /**
   * Make this the environment's default pool (used by statements that name none).
   * @default false (unset: Confluent Cloud's own default applies)
   */
  defaultPool?: boolean;
}

export interface ComputePoolArgs {
  /** Platform the pool lives on; selects which face section applies. */
  target: ComputePoolTarget;
  /** Settings for `target: "cloud"`; required then, rejected otherwise. */
  cloud?: CloudComputePoolArgs;
}

/** The problem with a pool's `maxCfu`, if any (shared by every place that takes one). */
export function maxCfuProblems(maxCfu: unknown, path: string): ConfigProblem[] {
  if (isMaxCfu(maxCfu)) return [];
  return [
    {
      path,
      got: maxCfu,
      allowed: cloudRules.maxCfu.allowed,
      hint: "A pool scales between 0 and maxCfu; Confluent documents these limits (at most 50 per pool).",
    },
  ];
}

/**
 * Every problem with a Cloud pool's plain fields; `path` prefixes each problem's
 * path (e.g. `cloud` or `computePools[1]`).
 */
export function cloudComputePoolProblems(
  pool: Pick<CloudComputePoolArgs, "cloud" | "region" | "maxCfu" | "displayName">,
  path: string,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!isCloudProvider(pool.cloud)) {
    problems.push({ path: `${path}.cloud`, got: pool.cloud, allowed: cloudRules.cloud.allowed });
  }
  if (!meetsRule("region", pool.region)) {
    problems.push({
      path: `${path}.region`,
      got: pool.region,
      allowed: cloudRules.region.allowed,
      hint: "Pools, the Flink region (API key scope) and the Kafka cluster must share the cloud region.",
    });
  }
  problems.push(...maxCfuProblems(pool.maxCfu, `${path}.maxCfu`));
  if (pool.displayName !== undefined && !meetsRule("displayName", pool.displayName)) {
    problems.push({
      path: `${path}.displayName`,
      got: pool.displayName,
      allowed: cloudRules.displayName.allowed,
    });
  }
  return problems;
}

function computePoolProblems(args: ComputePoolArgs): ConfigProblem[] {
  if (!(computePoolTargets as readonly unknown[]).includes(args?.target)) {
    return [{ path: "target", got: args?.target, allowed: `one of ${computePoolTargets.join(", ")}` }];
  }
  if (args.target !== ComputePoolTarget.Cloud) {
    const problems: ConfigProblem[] = [];
    if (args.cloud !== undefined) {
      problems.push({ path: "cloud", got: args.cloud, allowed: `not set when target is ${args.target}` });
    }
    problems.push({
      path: "target",
      got: args.target,
      allowed: `${ComputePoolTarget.Cloud} (the ${args.target} face is not available yet)`,
    });
    return problems;
  }
  if (args.cloud === undefined) {
    return [
      {
        path: "cloud",
        got: undefined,
        allowed: "the Confluent Cloud pool settings { environmentId, cloud, region, maxCfu }",
      },
    ];
  }
  return cloudComputePoolProblems(args.cloud, "cloud");
}

/**
 * A Flink compute pool. With `target: "cloud"` it is a Confluent Cloud
 * `FlinkComputePool` in the given environment; the provider is inherited from
 * the parent or passed with the `provider` option.
 */
export class ComputePool extends pulumi.ComponentResource {
  /** Pool id (Cloud: `lfcp-...`). */
  public readonly id: pulumi.Output<string>;
  /** The pool's CFU ceiling. */
  public readonly maxCfu: pulumi.Output<number>;

  constructor(name: string, args: ComputePoolArgs, opts?: pulumi.ComponentResourceOptions) {
    // Validated before anything is registered, so bad args leave nothing behind.
    const problems = computePoolProblems(args);
    if (problems.length > 0) throw new ConfigError(problems, `Invalid ComputePool "${name}" args`);
    super("flink-platform:index:ComputePool", name, {}, opts);

    const cloud = args.cloud as CloudComputePoolArgs;
    const pool = new confluentcloud.FlinkComputePool(
      name,
      {
        displayName: cloud.displayName ?? name,
        cloud: cloud.cloud,
        region: cloud.region,
        maxCfu: cloud.maxCfu,
        environment: { id: cloud.environmentId },
        ...(cloud.defaultPool !== undefined ? { defaultPool: cloud.defaultPool } : {}),
      },
      { parent: this },
    );

    this.id = pool.id;
    this.maxCfu = pool.maxCfu;
    this.registerOutputs({ id: this.id, maxCfu: this.maxCfu });
  }
}
