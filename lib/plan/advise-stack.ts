import { ConfigError, type ConfigProblem } from "../core/errors";
import { parseStackConfig, platformPlanOf, Target } from "../stack-config";
import { stackConfigFromText, type PulumiProject } from "./project";
import type { PoolJob, PoolShape } from "./advise-rules";

/**
 * What `advise` needs of the stack: its environment name (the label value the
 * reporter carries), its pools as the stack resolves them (sizes and defaults
 * applied, as synth would) and the session jobs on each pool.
 */

export type StackPools =
  | {
      readonly kind: "kubernetes";
      readonly environment: string;
      readonly pools: readonly PoolShape[];
      readonly jobs: Readonly<Record<string, readonly PoolJob[]>>;
    }
  | {
      readonly kind: "cloud";
      readonly environment: string;
      readonly pools: readonly { name: string; maxCfu: number }[];
    };

export function stackPools(project: PulumiProject, text: string, file: string): StackPools {
  const config = parseStackConfig(stackConfigFromText(project, text, file).values);
  if (config.target === Target.Cloud) {
    return {
      kind: "cloud",
      environment: config.environment.name,
      pools: (config.cloud?.pools ?? []).map((p) => ({ name: p.name, maxCfu: p.maxCfu })),
    };
  }
  const plan = platformPlanOf(config);
  const jobs: Record<string, PoolJob[]> = {};
  for (const app of plan.applications) {
    if (app.pool === undefined || app.state !== "running") continue;
    (jobs[app.pool] ??= []).push({
      name: app.name,
      parallelism: app.parallelism,
      stateful: app.stateful,
      upgradeMode: app.upgradeMode,
    });
  }
  return {
    kind: "kubernetes",
    environment: plan.environment,
    pools: plan.pools.map((p) => ({
      name: p.name,
      taskManagers: p.taskManagers,
      slots: p.slots,
      cpu: p.taskManager.cpu,
    })),
    jobs,
  };
}

/** The pools `--pool` selects (all when it is not given); refuses an unknown name. */
export function selectPools<T extends { name: string }>(pools: readonly T[], pool: string | undefined): T[] {
  if (pool === undefined) {
    if (pools.length > 0) return [...pools];
    throw new ConfigError(
      [{ path: "<stack>", got: "(no pools)", allowed: "a stack with at least one pool to advise on" }],
      "Cannot advise",
    );
  }
  const found = pools.filter((p) => p.name === pool);
  if (found.length > 0) return found;
  const problem: ConfigProblem = {
    path: "--pool",
    got: pool,
    allowed: `one of the stack's pools: ${pools.map((p) => p.name).join(", ") || "(none)"}`,
  };
  throw new ConfigError([problem], "Cannot advise");
}
