import * as z from "zod";
import { ConfigProblem } from "./errors";
export { closest } from "./similar";
type Issue = z.core.$ZodIssue & {
    input?: unknown;
};
/** Renders a zod path as `a.b[2].c`. */
export declare function renderPath(path: readonly PropertyKey[]): string;
/**
 * Converts zod issues to problems with full key paths, seen values, allowed
 * values and hints. `prefix` is prepended to paths (e.g. `flink-platform:`).
 */
export declare function problemsFromZod(schema: z.ZodType, input: unknown, issues: readonly Issue[], prefix?: string, hint?: (path: string) => string | undefined): ConfigProblem[];
/**
 * Records `value` as `schema`'s output, frozen so that it stays what the
 * schema accepted. Besides {@link parseOrThrow}, only code that builds the
 * value from other parsed values calls it (a platform handing its planned
 * pools to ComputePool), so a rule does not run twice on one value.
 */
export declare function fromParsed<T>(schema: z.ZodType, value: T): T;
/**
 * Validates `input` against `schema`, collecting every problem into one
 * ConfigError. Used for stack config and for component args alike. Input
 * that is already this schema's output (the stack program hands the
 * components the sections it parsed) is returned as it is: each rule runs
 * once on a value.
 */
export declare function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, options?: {
    prefix?: string;
    title?: string;
    /** Why-hints by key path (`cmf.license.secretRef`); a target adds its own. @default the shared sections' */
    hint?: (path: string) => string | undefined;
}): z.output<S>;
/**
 * Turns Pulumi's flat config map (`"flink-platform:storage" -> JSON string`)
 * into the object the schema validates. Keys of other namespaces (providers'
 * own settings such as `kubernetes:context`) are left alone. A secret key
 * keeps its text as set (`123456` stays a string), unless it is JSON
 * structure, which the schema then refuses.
 */
export declare function projectConfigObject(all: Readonly<Record<string, string>>): Record<string, unknown>;
/** How Pulumi tells which config keys hold secrets (full keys, `flink-platform:cmfToken`). */
export interface ConfigMapOptions {
    /**
     * True when the key's value was set with `--secret`. Without it, plain-text
     * secret keys cannot be told apart and are not checked (the stack program
     * always passes it).
     */
    readonly isSecret?: (key: string) => boolean;
}
/**
 * Problems of Pulumi's flat config map as a whole, before the schema sees
 * the project's keys: a near-miss of the namespace (its keys would be
 * silently ignored), and secret keys given in plain text.
 */
export declare function configMapProblems(all: Readonly<Record<string, string>>, options?: ConfigMapOptions): ConfigProblem[];
/** Pulumi passes structured values as JSON text and scalars as plain text. */
export declare function parseConfigValue(raw: string): unknown;
