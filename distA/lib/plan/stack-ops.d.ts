import { StackEdit } from "../core/edit";
import { PulumiProject } from "./project";
import { SynthRunner } from "./synth-child";
import type { Plan } from "./synth";
/**
 * Operations on a stack's config file shared by the commands: validation
 * with the same schema and guardrails as the program, and the two plans of
 * `scale` (synth at a git ref, for `diff`, is in base-plan.ts).
 */
/**
 * Validates a stack file's text as `pulumi up` and offline synth would,
 * without running the program; returns the guardrail warnings. The same
 * reader and merge with the project defaults as synth
 * ({@link stackConfigFromText}), the program's own checks
 * ({@link validateStack}: schema, namespace typos, secret keys given in
 * plain text, i.e. not `secure:` in the file, and the statement files), then
 * the guardrails the platform components apply (`planPlatform`, with the
 * target's operator distribution). Not checked: what only registering the
 * resources finds (e.g. two platforms claiming one cluster-wide object).
 */
export declare function checkStackText(project: PulumiProject, text: string, file?: string): string[];
export interface ScaleOptions {
    pool?: string;
    taskManagers?: string;
    slots?: string;
    tmCpu?: string;
    tmMemory?: string;
    maxCfu?: string;
    size?: string;
}
/**
 * The edits a `scale` invocation makes to a stack file. Flag values are
 * checked here (names the flag); the resulting config is checked by the
 * schema and guardrails afterwards.
 */
export declare function scaleEdits(project: PulumiProject, text: string, opts: ScaleOptions, file?: string): StackEdit[];
/** Edits to apply an estimate to one pool (created when missing) and the JobManager. */
export declare function estimateEdits(text: string, pool: string, e: {
    taskManagers: number;
    slotsPerTaskManager: number;
    taskManager: {
        cpu: number;
        memory: string;
    };
}, jobManager: {
    cpu: number;
    memory: string;
}): StackEdit[];
/**
 * The stack file after `edits`, checked with the schema and guardrails; the
 * file itself is not written (see {@link writeStackText}).
 */
export declare function editedStackText(project: PulumiProject, stack: string, edits: readonly StackEdit[]): {
    before: string;
    after: string;
    warnings: string[];
};
/** Replaces the stack file atomically (temporary file and rename), so a crash never leaves half of it. */
export declare function writeStackText(project: PulumiProject, stack: string, text: string): void;
/**
 * The plans of `scale`: the stack as its file is (`before`) and with `edited`
 * as its config (`after`), synthesized concurrently; the edited text is read
 * from a temporary file (synth's `--stack-config`), so the stack file is
 * untouched until both succeed. Errors as if run one after the other: the
 * plan before first.
 */
export declare function scalePlans(projectDir: string, stack: string, edited: string, synth?: SynthRunner): Promise<{
    before: Plan;
    after: Plan;
}>;
