import * as pulumi from "@pulumi/pulumi";
import { FlinkComputePool } from "@pulumi/confluentcloud/flinkComputePool";
import { ConfigError, ConfigProblem } from "../core/errors";
import { CloudProvider, cloudRules, isCloudProvider, isMaxCfu, meetsRule } from "../cloud/config";
import type { CmfPoolType } from "../core/schema";
import type { CmfConnectionArgs } from "../cp/cmf/resources";
import { flinkVersionEnums } from "../core/versions";

/**
 * ComputePool: Flink capacity that statements and jobs run in, on any of the
 * three targets. One construct with one face per target; this file holds the
 * Confluent Cloud face (a `FlinkComputePool`). The Kubernetes faces (an OSS
 * session cluster, a CMF pool) live in lib/compute-pool/faces and plug in
 * through {@link provideKubernetesPoolFaces}: a Confluent Cloud stack then
 * never loads cdk8s, cdk8s-plus or the Kubernetes provider (about 80 ms of
 * each synth and `pulumi up`). Every public entry point of the package loads
 * them.
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

/** CPU in cores and memory as a Kubernetes quantity (`Mi`/`Gi`). */
export interface PoolResourcesArgs {
  /** CPU cores (fractions allowed). */
  cpu: number;
  /** Memory as a Kubernetes quantity, e.g. `2048Mi` or `4Gi`. */
  memory: string;
}

/** Fields shared by the Kubernetes faces (OSS session cluster, CMF pool). */
export interface KubernetesComputePoolArgs {
  /**
   * Pool name: the session FlinkDeployment or the CMF compute pool.
   * @default the component's name
   */
  poolName?: string;
  /** Flink version enum, e.g. `v1_20`. */
  flinkVersion: string;
  /** Image of the pool's Flink pods (CP: `confluentinc/cp-flink-sql:<tag>`). */
  image: string;
  /** TaskManagers; capacity is taskManagers x slots. */
  taskManagers: number;
  /** Task slots per TaskManager; changing it restarts the TaskManagers. */
  slots: number;
  /** CPU and memory of each TaskManager. */
  taskManager: PoolResourcesArgs;
  /** CPU and memory of the JobManager. */
  jobManager: PoolResourcesArgs;
}

/** The OSS face: a session-mode FlinkDeployment for FlinkSessionJobs. */
export interface OssComputePoolArgs extends KubernetesComputePoolArgs {
  /** Namespace of the session cluster (watched by the operator). */
  namespace: string;
  /** Service account of the Flink pods. */
  serviceAccount: string;
  /**
   * Environment name for labels.
   * @default the component's name
   */
  environment?: string;
  /**
   * How long `pulumi up` waits for the cluster to be STABLE.
   * @default 600
   */
  timeoutSeconds?: number;
}

/** The CP face: a CMF SQL compute pool. */
export interface CpComputePoolArgs extends KubernetesComputePoolArgs {
  /** How to reach CMF. */
  connection: CmfConnectionArgs;
  /** CMF environment of the pool; changing it replaces the pool. */
  cmfEnvironment: pulumi.Input<string>;
  /**
   * `DEDICATED` (a cluster per statement) or `SHARED` (one session cluster).
   * @default "DEDICATED"
   */
  type?: CmfPoolType;
}

/**
 * Args of {@link ComputePool}: the target, and the settings of that target's
 * face (exactly one of `cloud`, `oss`, `cp`, matching `target`).
 */
export interface ComputePoolArgs {
  /** Platform the pool lives on; selects which face section applies. */
  target: ComputePoolTarget;
  /**
   * Settings for `target: "cloud"`; required then, rejected otherwise.
   * @default none
   */
  cloud?: CloudComputePoolArgs;
  /**
   * Settings for `target: "oss"`; required then, rejected otherwise.
   * @default none
   */
  oss?: OssComputePoolArgs;
  /**
   * Settings for `target: "cp"`; required then, rejected otherwise.
   * @default none
   */
  cp?: CpComputePoolArgs;
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

/** Problems with the Kubernetes faces' sizing (shared by OSS and CP). */
function kubernetesPoolProblems(pool: KubernetesComputePoolArgs, path: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const whole = (field: "taskManagers" | "slots") => {
    const v = pool[field];
    if (!Number.isInteger(v) || v < 1) {
      problems.push({ path: `${path}.${field}`, got: v, allowed: "a whole number of at least 1" });
    }
  };
  whole("taskManagers");
  whole("slots");
  if (!(flinkVersionEnums as readonly string[]).includes(pool.flinkVersion)) {
    problems.push({
      path: `${path}.flinkVersion`,
      got: pool.flinkVersion,
      allowed: `one of ${flinkVersionEnums.join(", ")}`,
    });
  }
  for (const part of ["taskManager", "jobManager"] as const) {
    const r = pool[part];
    if (!(typeof r?.cpu === "number" && r.cpu > 0)) {
      problems.push({
        path: `${path}.${part}.cpu`,
        got: r?.cpu,
        allowed: "a number of CPU cores greater than 0",
      });
    }
    if (!(typeof r?.memory === "string" && /^[1-9][0-9]*(Mi|Gi)$/.test(r.memory))) {
      problems.push({
        path: `${path}.${part}.memory`,
        got: r?.memory,
        allowed: "a memory quantity such as 2048Mi or 4Gi",
      });
    }
  }
  return problems;
}

function computePoolProblems(args: ComputePoolArgs): ConfigProblem[] {
  if (!(computePoolTargets as readonly unknown[]).includes(args?.target)) {
    return [{ path: "target", got: args?.target, allowed: `one of ${computePoolTargets.join(", ")}` }];
  }
  const problems: ConfigProblem[] = [];
  for (const face of computePoolTargets) {
    const present = args[face] !== undefined;
    if (face === args.target && !present) {
      problems.push({ path: face, got: undefined, allowed: `the ${face} pool settings (target is ${face})` });
    } else if (face !== args.target && present) {
      problems.push({ path: face, got: args[face], allowed: `not set when target is ${args.target}` });
    }
  }
  if (problems.length > 0) return problems;
  if (args.target === ComputePoolTarget.Cloud) return cloudComputePoolProblems(args.cloud!, "cloud");
  if (args.target === ComputePoolTarget.Oss) return kubernetesPoolProblems(args.oss!, "oss");
  return kubernetesPoolProblems(args.cp!, "cp");
}

/** What a Kubernetes face registered: the pool's id and its slot capacity. */
export interface KubernetesPoolFaceResult {
  readonly id: pulumi.Output<string>;
  readonly slotCapacity: number;
}

/**
 * Registers one Kubernetes face of a pool as children of `pool`; `dependsOn`
 * are the resources given to the component, which the face's own resources
 * must wait for (a component's dependsOn does not reach its children).
 */
export type KubernetesPoolFace<A> = (
  pool: ComputePool,
  name: string,
  args: A,
  dependsOn: pulumi.Resource[],
) => KubernetesPoolFaceResult;

/** The Kubernetes faces of {@link ComputePool}. */
export interface KubernetesPoolFaces {
  readonly oss: KubernetesPoolFace<OssComputePoolArgs>;
  readonly cp: KubernetesPoolFace<CpComputePoolArgs>;
}

let providedFaces: KubernetesPoolFaces | undefined;

/** Plugs in the Kubernetes faces (lib/compute-pool/faces does, when loaded). */
export function provideKubernetesPoolFaces(faces: KubernetesPoolFaces): void {
  providedFaces = faces;
}

function kubernetesFaces(): KubernetesPoolFaces {
  if (!providedFaces) {
    throw new Error(
      "ComputePool's Kubernetes faces are not loaded: import ComputePool from the package root (flink-platform)",
    );
  }
  return providedFaces;
}

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
    const problems = computePoolProblems(args);
    if (problems.length > 0) throw new ConfigError(problems, `Invalid ComputePool "${name}" args`);
    const faces = args.target === ComputePoolTarget.Cloud ? undefined : kubernetesFaces();
    super("flink-platform:index:ComputePool", name, {}, opts);

    if (args.target === ComputePoolTarget.Cloud) {
      const cloud = args.cloud!;
      const pool = new FlinkComputePool(
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
      this.slotCapacity = pulumi.output(undefined);
    } else {
      // Resource dependencies given to the component, handed to the face's resources.
      const deps = ([] as unknown[]).concat(opts?.dependsOn ?? []).filter(pulumi.Resource.isInstance);
      const face =
        args.target === ComputePoolTarget.Oss
          ? faces!.oss(this, name, args.oss!, deps)
          : faces!.cp(this, name, args.cp!, deps);
      this.id = face.id;
      this.maxCfu = pulumi.output(undefined);
      this.slotCapacity = pulumi.output(face.slotCapacity);
    }
    this.registerOutputs({ id: this.id, maxCfu: this.maxCfu, slotCapacity: this.slotCapacity });
  }
}
