import * as z from "zod";
import { ConfigProblem } from "../core/errors";
import { parseOrThrow } from "../core/load";
import { cloudPoolFaceSchema } from "../cloud/config";
import { flinkVersionEnums } from "../core/versions";
import {
  CloudComputePoolArgs,
  ComputePoolArgs,
  ComputePoolTarget,
  computePoolTargets,
  KubernetesComputePoolArgs,
} from "./args";

/** The checks of {@link ComputePool}'s args, run before anything is registered. */

/** The cloud face: the `flink-platform:cloud` pool rules, plus the environment it belongs to. */
const cloudFaceSchema = cloudPoolFaceSchema.extend({
  environmentId: z
    .custom<CloudComputePoolArgs["environmentId"]>()
    .refine((v) => v !== undefined && v !== null && v !== "", {
      error: "an environment id such as env-abc123, or the output of one",
    }),
});

/** Why-hints of the cloud face's keys (the rules themselves are the section's). */
const cloudFaceHints: Readonly<Record<string, string>> = {
  maxCfu: "A pool scales between 0 and maxCfu; Confluent documents these limits (at most 50 per pool).",
  region: "Pools, the Flink region (API key scope) and the Kafka cluster must share the cloud region.",
};

/** Validates a standalone pool's cloud face with the section's zod rules; throws one ConfigError. */
export function parseCloudFace(cloud: unknown, title: string): void {
  parseOrThrow(cloudFaceSchema, cloud, { prefix: "cloud.", title, hint: (path) => cloudFaceHints[path] });
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

/** Problems with the target and its face section (the cloud face is parsed by {@link parseCloudFace}). */
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
  if (problems.length > 0 || args.target === ComputePoolTarget.Cloud) return problems;
  if (args.target === ComputePoolTarget.Oss) return kubernetesPoolProblems(args.oss!, "oss");
  return kubernetesPoolProblems(args.cp!, "cp");
}
