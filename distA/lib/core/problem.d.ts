/**
 * One problem found in user input (stack config, component args, CLI flags).
 *
 * Every problem names where it is (`path`), what was seen (`got`) and what is
 * allowed, so the user can fix all of them in one pass.
 */
export interface ConfigProblem {
    /** Where the problem is, e.g. `flink-platform:size` or `--task-managers`. */
    readonly path: string;
    /** What was seen; `undefined` means the key is missing, `hiddenSecret` that it is a secret. */
    readonly got: unknown;
    /** What would be accepted, e.g. `one of S, M, L`. */
    readonly allowed: string;
    /** Why the rule exists or how to fix it. */
    readonly hint?: string;
}
