/**
 * What the provider types of objects inside a CMF environment (applications,
 * compute pools, statements, secret mappings) share: their id, fields and
 * problems. These are serialized with the providers (see ./resource): plain
 * functions and data only.
 */
import type { ConfigProblem } from "../../core/errors";
/** The wait bounds of the kinds that poll CMF after create/update. */
export declare const WAIT_FIELDS: readonly ["waitTimeoutMs", "pollIntervalMs"];
/** Pulumi id of an object inside an environment, `<environment>/<name>`: CMF's identity of it. */
export declare function scopedId(inputs: {
    readonly environment: string;
    readonly name: string;
}): string;
/** The `fields` of an object inside an environment: connection, environment, name, `own`, metadata, `after`. */
export declare function scopedFields(own: readonly string[], after?: readonly string[]): string[];
/** The `problems` of an object inside an environment: the environment name's, then each of `checks`'. */
export declare function scopedProblems<I extends {
    readonly environment: string;
}>(...checks: ((inputs: I) => ConfigProblem[])[]): (inputs: I) => ConfigProblem[];
/** Wait bounds that are set but not a whole number of milliseconds in 1..86400000 (one day). */
export declare function waitProblems(inputs: {
    readonly waitTimeoutMs?: number;
    readonly pollIntervalMs?: number;
}): ConfigProblem[];
