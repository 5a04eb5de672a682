import type { Plan } from "./synth";
/**
 * Synth in a child process (Pulumi's runtime is process-global, so a command
 * that compares two plans runs two children), asynchronously: `diff` and
 * `scale` run their two synths side by side.
 */
/** One synth a command asks for. */
export interface SynthRequest {
    /** Directory of the project's `Pulumi.yaml`. */
    readonly projectDir: string;
    readonly stack: string;
    /** The CLI to run. @default this installation's bin/flink-platform.js */
    readonly bin?: string;
    /** A file to read the stack's config from instead of its `Pulumi.<stack>.yaml` (synth's `--stack-config`). */
    readonly stackConfig?: string;
}
/** Runs one synth and returns its plan. */
export type SynthRunner = (request: SynthRequest) => Promise<Plan>;
/** Runs `synth` in a child process and returns its plan. */
export declare function synthInChild(request: SynthRequest): Promise<Plan>;
/**
 * Awaits every promise (none is left running, so no child outlives the
 * command and every temporary folder is removed), then returns their values
 * or throws the error of the first that failed, in the order given: the
 * error a serial run would have stopped at.
 */
export declare function settledInOrder<T extends readonly unknown[]>(promises: readonly [...{
    [K in keyof T]: Promise<T[K]>;
}]): Promise<T>;
