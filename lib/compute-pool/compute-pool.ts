import * as pulumi from "@pulumi/pulumi";
import { fromParsed } from "../core/load";
import type { PlatformPlan, PoolPlan } from "../core/derive";
import { clusterReporterOptions } from "../core/observability";
import {
  CloudComputePoolArgs,
  ComputePoolArgs,
  ComputePoolFace,
  ComputePoolTarget,
  CpComputePoolArgs,
  OssComputePoolArgs,
} from "./args";
import { computePoolArgsSchema, parseComputePoolArgs } from "./validate";

/**
 * ComputePool: Flink capacity that statements and jobs run in, on any of the
 * three targets. One construct, one face per target, each in its own file:
 * `cfu.ts` (a Confluent Cloud `FlinkComputePool`), `cmf-sql.ts` (a CMF SQL
 * compute pool) and `session.ts` (an OSS session cluster). The table below
 * names them; each is loaded when a pool of its target is created, so a
 * Confluent Cloud stack never loads cdk8s, cdk8s-plus or the Kubernetes
 * provider (about 80 ms of each synth and `pulumi up`).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const faces: {
  readonly [T in ComputePoolTarget]: () => ComputePoolFace<
    T extends "cloud" ? CloudComputePoolArgs : T extends "oss" ? OssComputePoolArgs : CpComputePoolArgs
  >;
} = {
  cloud: () => (require("./cfu") as typeof import("./cfu")).cfuPool,
  cp: () => (require("./cmf-sql") as typeof import("./cmf-sql")).cmfSqlPool,
  oss: () => (require("./session") as typeof import("./session")).sessionCluster,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * A Flink compute pool: one capacity concept with three faces.
 * - `cloud`: a Confluent Cloud `FlinkComputePool` measured in CFU (the
 *   provider is inherited from the parent or passed with the `provider` option);
 * - `cp`: a CMF SQL compute pool (DEDICATED or SHARED);
 * - `oss`: a session-mode FlinkDeployment whose capacity is
 *   taskManagers x slots, for FlinkSessionJobs. Pass the operator release in
 *   `dependsOn` so the cluster is created after the operator and its CRDs
 *   (for `cp`, pass the CMF release and environment the same way).
 */
export class ComputePool extends pulumi.ComponentResource {
  /** Pool id (Cloud: `lfcp-...`; CP and OSS: the pool name). */
  public readonly id: pulumi.Output<string>;
  /** The pool's CFU ceiling (Cloud only). */
  public readonly maxCfu: pulumi.Output<number | undefined>;
  /** Task slots the pool offers: taskManagers x slots (Kubernetes faces only). */
  public readonly slotCapacity: pulumi.Output<number | undefined>;

  constructor(name: string, args: ComputePoolArgs, opts?: pulumi.ComponentResourceOptions) {
    // Validated before anything is registered, so bad args leave nothing behind.
    parseComputePoolArgs(name, args);
    super("flink-platform:index:ComputePool", name, {}, opts);

    // Resource dependencies given to the component, handed to the face's resources.
    const deps = ([] as unknown[]).concat(opts?.dependsOn ?? []).filter(pulumi.Resource.isInstance);
    const face =
      args.target === ComputePoolTarget.Cloud
        ? faces.cloud()(this, name, args.cloud!, deps)
        : args.target === ComputePoolTarget.Oss
          ? faces.oss()(this, name, args.oss!, deps)
          : faces.cp()(this, name, args.cp!, deps);
    this.id = face.id;
    this.maxCfu = face.maxCfu ?? pulumi.output(undefined);
    this.slotCapacity = pulumi.output(face.slotCapacity);
    this.registerOutputs({ id: this.id, maxCfu: this.maxCfu, slotCapacity: this.slotCapacity });
  }
}

/**
 * One {@link ComputePool} per planned pool of a Kubernetes platform, named
 * `<name>-pool-<pool>`; `args` gives the target's pool args and `dependsOn`
 * what each must wait for.
 */
export function registerPools(
  parent: pulumi.ComponentResource,
  name: string,
  pools: readonly PoolPlan[],
  args: (pool: PoolPlan) => ComputePoolArgs,
  dependsOn: (pool: PoolPlan) => pulumi.Resource[],
): ComputePool[] {
  return pools.map(
    (pool) =>
      // Planned pools are built from the parsed config: they are not validated again.
      new ComputePool(`${name}-pool-${pool.name}`, fromParsed(computePoolArgsSchema, args(pool)), {
        parent,
        dependsOn: dependsOn(pool),
      }),
  );
}

/**
 * What both Kubernetes faces (OSS session cluster, CMF SQL pool) take from a
 * planned pool: its sizes, its autoscaler and the platform's metrics reporter
 * options (then `flinkConfiguration`, a face's own options); each platform
 * adds its face's own fields around them.
 */
export function kubernetesPoolSizing(
  plan: PlatformPlan,
  pool: PoolPlan,
  flinkConfiguration: Readonly<Record<string, string>> = {},
) {
  return {
    taskManagers: pool.taskManagers,
    slots: pool.slots,
    taskManager: pool.taskManager,
    jobManager: plan.jobManager,
    autoscaler: pool.autoscaler,
    flinkConfiguration: { ...clusterReporterOptions(plan, { pool: pool.name }), ...flinkConfiguration },
  };
}

export * from "./args";
