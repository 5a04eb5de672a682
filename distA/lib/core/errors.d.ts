import type { ConfigProblem } from "./problem";
export type { ConfigProblem } from "./problem";
/** Renders a seen value compactly for an error message. */
export declare function renderValue(value: unknown): string;
/** Formats a list of problems as the single message users see. */
export declare function formatProblems(title: string, problems: readonly ConfigProblem[]): string;
/**
 * Raised for any user mistake. It carries every problem at once, secret
 * values hidden (see secrets.ts `redactProblem`).
 *
 * `__pulumiRunError` makes the Pulumi Node.js runtime treat it like
 * `pulumi.RunError` (duck-typed): `pulumi up` prints the message and exits
 * without a stack trace. Declared here so this layer stays free of SDK imports.
 */
export declare class ConfigError extends Error {
    /** @internal Marks it as a `pulumi.RunError` for the Pulumi runtime (see above). */
    readonly __pulumiRunError = true;
    /** Every problem found, secret values hidden. */
    readonly problems: readonly ConfigProblem[];
    constructor(problems: readonly ConfigProblem[], title?: string);
    /** Whether `err` is a ConfigError, also one thrown by another copy of this package (checked by name). */
    static isConfigError(err: unknown): err is ConfigError;
}
