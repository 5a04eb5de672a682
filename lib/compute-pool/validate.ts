import { ConfigProblem } from "../core/errors";
import { cloudRules, isCloudProvider, isMaxCfu, meetsRule } from "../cloud/config";
import { flinkVersionEnums } from "../core/versions";
import {
  CloudComputePoolArgs,
  ComputePoolArgs,
  ComputePoolTarget,
  computePoolTargets,
  KubernetesComputePoolArgs,
} from "./args";

/** The checks of {@link ComputePool}'s args, run before anything is registered. */

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

export function computePoolProblems(args: ComputePoolArgs): ConfigProblem[] {
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
