import { ConfigError, type ConfigProblem } from "../core/errors";
import { getStackValue, type StackEdit, type StackPath } from "../core/edit";
import type { Estimate } from "../core/estimate";
import { maxCfuValues } from "../cloud/config-values";

/**
 * What `estimate --apply` may change in a stack file: the keys of ONE pool,
 * an existing one unless `--create-pool` asks for a new one. Never another
 * pool, never an environment-wide key (the JobManager size, the T-shirt
 * size): those move every pool at once, which a pool's estimate must not do.
 */

export const estimateFlagsTitle = "Invalid estimate flags";

/** Where a target keeps its pools. */
export function poolsPathOf(cloud: boolean): StackPath {
  return cloud ? ["flink-platform:cloud", "pools"] : ["flink-platform:pools"];
}

/** The pool `estimate --apply` sizes: its index in the list, and whether it is added. */
export interface PoolChoice {
  readonly name: string;
  readonly index: number;
  readonly create: boolean;
}

function refuse(problem: ConfigProblem): never {
  throw new ConfigError([problem], estimateFlagsTitle);
}

/** The names of the pools declared in the stack file at `poolsPath`. */
export function declaredPools(text: string, poolsPath: StackPath): string[] {
  const pools = getStackValue(text, poolsPath);
  return Array.isArray(pools) ? pools.map((p) => String((p as { name?: unknown } | null)?.name)) : [];
}

/**
 * Resolves `--pool` / `--create-pool` against the declared pools, as `scale`
 * does (no `--pool`: the only pool), and adds a pool only when asked.
 */
export function choosePool(
  names: readonly string[],
  pool: string | undefined,
  createPool: boolean,
): PoolChoice {
  const declared = names.length === 0 ? "none declared" : `declared: ${names.join(", ")}`;
  if (createPool) {
    if (pool === undefined)
      refuse({ path: "--pool", got: undefined, allowed: "the name of the pool --create-pool adds" });
    if (names.includes(pool)) {
      refuse({
        path: "--create-pool",
        got: pool,
        allowed: `a pool name not declared yet (${declared})`,
        hint: `omit --create-pool to size the existing pool ${pool}`,
      });
    }
    return { name: pool, index: names.length, create: true };
  }
  if (names.length === 0) {
    refuse({
      path: "--pool",
      got: pool,
      allowed: "a declared pool (none declared)",
      hint: "add --create-pool --pool <name> to add one",
    });
  }
  if (pool === undefined) {
    if (names.length === 1) return { name: names[0], index: 0, create: false };
    refuse({
      path: "--pool",
      got: undefined,
      allowed: `one of ${names.join(", ")}`,
      hint: "the stack has several pools: name the one to size",
    });
  }
  const index = names.indexOf(pool);
  if (index < 0) {
    refuse({
      path: "--pool",
      got: pool,
      allowed: `one of ${names.join(", ")}`,
      hint: `estimate --apply sizes an existing pool; add --create-pool to add a pool named ${pool}`,
    });
  }
  return { name: pool, index, create: false };
}

/**
 * The `maxCfu` for `cfu` needed CFUs: the smallest value the Cloud schema
 * allows that covers it, else the largest (with a note to split the load).
 */
export function proposeMaxCfu(cfu: number): { maxCfu: number; note?: string } {
  const fit = maxCfuValues.find((v) => v >= cfu);
  if (fit !== undefined) return { maxCfu: fit };
  const largest = maxCfuValues[maxCfuValues.length - 1];
  return {
    maxCfu: largest,
    note: `the estimate needs ${cfu} CFU, more than the largest maxCfu (${largest}): split the statements over pools`,
  };
}

/** The edits sizing a Kubernetes pool: its TaskManagers, slots, and TaskManager CPU and memory. */
export function kubernetesPoolEdits(choice: PoolChoice, e: Estimate): StackEdit[] {
  const at = [...poolsPathOf(false), choice.index];
  const taskManager = { cpu: e.taskManager.cpu, memory: e.taskManager.memory };
  if (choice.create) {
    const value = {
      name: choice.name,
      taskManagers: e.taskManagers,
      slots: e.slotsPerTaskManager,
      taskManager,
    };
    return [{ path: at, value }];
  }
  // Key by key: the pool's other keys (namespace, type, ...) stay as written.
  return [
    { path: [...at, "taskManagers"], value: e.taskManagers },
    { path: [...at, "slots"], value: e.slotsPerTaskManager },
    { path: [...at, "taskManager", "cpu"], value: taskManager.cpu },
    { path: [...at, "taskManager", "memory"], value: taskManager.memory },
  ];
}

/**
 * The edit sizing a Confluent Cloud pool (its `maxCfu`), or why there is
 * none: a ceiling is never lowered, as Confluent documents "You can increase
 * the Max CFUs value later, but decreasing Max CFUs is not supported"
 * (https://docs.confluent.io/cloud/current/flink/operate-and-deploy/create-compute-pool.html).
 */
export function cloudPoolEdits(
  text: string,
  choice: PoolChoice,
  maxCfu: number,
): { edits: StackEdit[]; kept?: string } {
  const at = [...poolsPathOf(true), choice.index];
  if (choice.create) return { edits: [{ path: at, value: { name: choice.name, maxCfu } }] };
  const current = getStackValue(text, [...at, "maxCfu"]);
  if (typeof current === "number" && current > maxCfu) {
    return {
      edits: [],
      kept: `pool ${choice.name} keeps maxCfu ${current} (the estimate proposes ${maxCfu}): Confluent Cloud does not support decreasing Max CFU`,
    };
  }
  if (current === maxCfu) {
    return { edits: [], kept: `pool ${choice.name} already has maxCfu ${maxCfu}, as the estimate proposes` };
  }
  return { edits: [{ path: [...at, "maxCfu"], value: maxCfu }] };
}
