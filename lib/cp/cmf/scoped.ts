/**
 * What the provider types of objects inside a CMF environment (applications,
 * compute pools, statements, secret mappings) share: their id, fields and
 * problems. These are serialized with the providers (see ./resource): plain
 * functions and data only.
 */
import type { ConfigProblem } from "../../core/errors";
import type { CmfWaitInputs } from "./poll";
import { cmfNameProblems } from "./validate";

/** The wait bounds of the kinds that poll CMF after create/update. */
export const WAIT_FIELDS = ["waitTimeoutMs", "pollIntervalMs"] as const;

/** Pulumi id of an object inside an environment, `<environment>/<name>`: CMF's identity of it. */
export function scopedId(inputs: { readonly environment: string; readonly name: string }): string {
  return `${inputs.environment}/${inputs.name}`;
}

/** The `fields` of an object inside an environment: connection, environment, name, `own`, metadata, `after`. */
export function scopedFields(own: readonly string[], after: readonly string[] = []): string[] {
  return ["connection", "environment", "name", ...own, "labels", "annotations", ...after];
}

/** The `problems` of an object inside an environment: the environment name's, then each of `checks`'. */
export function scopedProblems<I extends { readonly environment: string }>(
  ...checks: ((inputs: I) => ConfigProblem[])[]
): (inputs: I) => ConfigProblem[] {
  return (inputs) => [
    ...cmfNameProblems(inputs.environment, "environment", 4),
    ...checks.flatMap((check) => check(inputs)),
  ];
}

/** Wait bounds that are set but not a whole number of milliseconds in 1..86400000 (one day). */
export function waitProblems(inputs: CmfWaitInputs): ConfigProblem[] {
  return WAIT_FIELDS.filter((key) => {
    const v = inputs[key];
    return v !== undefined && !(Number.isInteger(v) && v >= 1 && v <= 86_400_000);
  }).map((key) => ({ path: key, got: inputs[key], allowed: "a whole number of milliseconds, 1..86400000" }));
}
