/**
 * Checks of CMF object specs, one problem per mistake; used by the body
 * builders, the dynamic providers' `check` and offline by the platform layer.
 */
import type { ConfigProblem } from "../../core/errors";
import type { CmfApplicationSpec, CmfComputePoolSpec, CmfEnvironmentSpec, JsonObject } from "./types";

/**
 * Name rule CMF applies to environment names and namespaces
 * (`PostResourceBase.name`, `KubernetesNamespace.kubernetesNamespace`).
 */
export const CMF_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Problems with a CMF object name: lowercase DNS name of `minLength`..253 characters. */
export function cmfNameProblems(value: unknown, path: string, minLength: number): ConfigProblem[] {
  if (
    typeof value !== "string" ||
    value.length < minLength ||
    value.length > 253 ||
    !CMF_NAME_PATTERN.test(value)
  ) {
    return [
      {
        path,
        got: value,
        allowed: `a lowercase DNS name (a-z, 0-9, '-', '.'), ${minLength}..253 characters, starting and ending with a letter or digit`,
      },
    ];
  }
  return [];
}

function stringMapProblems(value: unknown, path: string): ConfigProblem[] {
  if (value === undefined) return [];
  if (!isPlainObject(value) || Object.values(value).some((v) => typeof v !== "string")) {
    return [{ path, got: value, allowed: "a map of string to string" }];
  }
  return [];
}

function optionalObjectProblems(value: unknown, path: string): ConfigProblem[] {
  return value === undefined || isPlainObject(value) ? [] : [{ path, got: value, allowed: "an object" }];
}

function join(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}

/** Problems in an environment spec; `prefix` is prepended to every path. */
export function environmentProblems(spec: CmfEnvironmentSpec, prefix = ""): ConfigProblem[] {
  const problems = [
    // PostResourceBase.name: minLength 4 plus the DNS pattern.
    ...cmfNameProblems(spec.name, join(prefix, "name"), 4),
    ...cmfNameProblems(spec.kubernetesNamespace, join(prefix, "kubernetesNamespace"), 1),
    ...optionalObjectProblems(spec.flinkApplicationDefaults, join(prefix, "flinkApplicationDefaults")),
    ...optionalObjectProblems(spec.computePoolDefaults, join(prefix, "computePoolDefaults")),
  ];
  if (spec.kubernetesClusterName !== undefined) {
    problems.push(...cmfNameProblems(spec.kubernetesClusterName, join(prefix, "kubernetesClusterName"), 1));
  }
  const statementDefaults: unknown = spec.statementDefaults;
  if (statementDefaults !== undefined) {
    if (!isPlainObject(statementDefaults)) {
      problems.push({
        path: join(prefix, "statementDefaults"),
        got: statementDefaults,
        allowed: "an object with optional detached and interactive",
      });
    } else {
      for (const key of ["detached", "interactive"]) {
        const entry = statementDefaults[key];
        const path = join(prefix, `statementDefaults.${key}`);
        if (entry === undefined) continue;
        if (!isPlainObject(entry)) {
          problems.push({ path, got: entry, allowed: "an object with flinkConfiguration" });
        } else {
          problems.push(...stringMapProblems(entry.flinkConfiguration, `${path}.flinkConfiguration`));
        }
      }
    }
  }
  return problems;
}

/** Problems in an application spec; `prefix` is prepended to every path. */
export function applicationProblems(app: CmfApplicationSpec, prefix = ""): ConfigProblem[] {
  const problems = cmfNameProblems(app.name, join(prefix, "name"), 1);
  if (!isPlainObject(app.spec)) {
    problems.push({ path: join(prefix, "spec"), got: app.spec, allowed: "a FlinkDeployment spec object" });
  } else if (app.spec.job !== undefined && !isPlainObject(app.spec.job)) {
    problems.push({ path: join(prefix, "spec.job"), got: app.spec.job, allowed: "an object" });
  }
  problems.push(...stringMapProblems(app.labels, join(prefix, "labels")));
  problems.push(...stringMapProblems(app.annotations, join(prefix, "annotations")));
  return problems;
}

/** Problems in a compute pool spec; `prefix` is prepended to every path. */
export function computePoolProblems(pool: CmfComputePoolSpec, prefix = ""): ConfigProblem[] {
  const problems = cmfNameProblems(pool.name, join(prefix, "name"), 1);
  if (pool.type !== "DEDICATED" && pool.type !== "SHARED") {
    problems.push({ path: join(prefix, "type"), got: pool.type, allowed: "one of DEDICATED, SHARED" });
  }
  if (pool.state !== undefined) {
    if (pool.state !== "RUNNING" && pool.state !== "SUSPENDED") {
      problems.push({ path: join(prefix, "state"), got: pool.state, allowed: "one of RUNNING, SUSPENDED" });
    } else if (pool.type === "DEDICATED") {
      problems.push({
        path: join(prefix, "state"),
        got: pool.state,
        allowed: "not set for DEDICATED pools",
        hint: "CMF accepts a desired state only for SHARED compute pools",
      });
    }
  }
  if (!isPlainObject(pool.clusterSpec)) {
    problems.push({
      path: join(prefix, "clusterSpec"),
      got: pool.clusterSpec,
      allowed: "an object with flinkVersion, image, flinkConfiguration, jobManager, taskManager",
    });
  }
  problems.push(...stringMapProblems(pool.labels, join(prefix, "labels")));
  problems.push(...stringMapProblems(pool.annotations, join(prefix, "annotations")));
  return problems;
}
