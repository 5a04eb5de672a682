import { SynthRunner } from "./synth-child";
import type { Plan } from "./synth";
/**
 * The two plans `diff` compares: the working tree's and the one at a git ref,
 * synthesized concurrently (each in a child process: Pulumi's runtime is
 * process-global). The base is synthesized the cheapest way that is still
 * the base's program on the base's config:
 *
 * - `stack-files`: only stack files changed between the ref and the working
 *   tree (`Pulumi.<stack>.yaml` in the stack folder, `.sql` statement files
 *   in the project: every scaling pull request). The program is the same, so
 *   the current one (its fresh build, when there is one) runs in a scratch
 *   project holding the ref's `Pulumi.yaml` config, stack file and `.sql` files,
 *   read from git with the size limits synth applies to the files themselves.
 * - `bundle`: anything else changed. A worktree at the ref, its program bundled
 *   once with esbuild (as `npm run build` bundles the shipped one) and run by
 *   this CLI, instead of transpiling every source file through tsx.
 * - `source`: no esbuild (an installed package): the worktree's program run by
 *   its own CLI (bin/flink-platform.js) when it has one.
 *
 * Any file that the fast path could not reproduce exactly (a symbolic link, a
 * submodule, a file over its size limit) sends the base through the worktree,
 * where synth checks and refuses it as it always did.
 */
export type BaseSynthPath = "stack-files" | "bundle" | "source";
export interface PlanPairOptions {
    /** Runs one synth; the default runs this CLI in a child process. */
    readonly synth?: SynthRunner;
    /** Where the chosen base path is reported; the default prints it under FLINK_PLATFORM_DEBUG. */
    readonly log?: (line: string) => void;
}
/** Files that differ between `ref` and the working tree: tracked changes and untracked files. */
export declare function changedFiles(top: string, ref: string): string[];
/**
 * The plan of `stack` as it was at git `ref` (see {@link BaseSynthPath}).
 * Undefined when the stack did not exist there (everything is a create).
 */
export declare function planAtRef(projectDir: string, stack: string, ref: string, options?: PlanPairOptions): Promise<Plan | undefined>;
/**
 * The working tree's plan (`after`) and the plan at `ref` (`before`),
 * synthesized concurrently. Errors as if run one after the other: the
 * working tree's first.
 */
export declare function plansAgainstRef(projectDir: string, stack: string, ref: string, options?: PlanPairOptions): Promise<{
    before: Plan | undefined;
    after: Plan;
}>;
