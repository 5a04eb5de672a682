/**
 * The output folder of `synth`: only ever replaced when it is a previous
 * synth output, never deleted otherwise.
 *
 * A plan is written into a fresh hidden sibling of the folder (same parent,
 * so the final `rename` is atomic) and renamed into place. An earlier output
 * is first moved aside, checked again (its marker and its shape) and only
 * then removed. Every step is a rename, so the folder always holds exactly
 * one whole output, even with several synths writing to it at once: the last
 * one to rename wins.
 */
/** File every synth output holds: `{"tool":"flink-platform","stack":"<stack>"}`. */
export declare const OUT_MARKER = ".flink-platform-synth";
export interface OutDirOptions {
    /** The project folder: the output may be neither it nor a folder above it. */
    readonly projectDir?: string;
    /** Name of the setting in error messages. @default "dir" */
    readonly flag?: string;
}
/**
 * `p` with symbolic links resolved, whether or not its last parts exist yet
 * (a dangling link is refused by the callers before they ask).
 */
export declare function realPath(p: string): string;
/**
 * Checks that `dir` may receive a plan, before anything is written (and
 * before the synth runs): it is new, empty, or an earlier synth output; not
 * a file, a symbolic link, the project folder, the current folder or a folder
 * above either (the filesystem root included). Returns the real path to
 * write; throws one ConfigError naming `flag` otherwise.
 */
export declare function checkOutDir(dir: string, options?: OutDirOptions): string;
/** Creates an empty hidden folder next to `target`, named for what it holds. */
export declare function reserveSibling(target: string, kind: "new" | "old"): string;
/**
 * Renames the finished output `staging` to `target` (as `checkOutDir`
 * returned it). An earlier output in the way is moved aside, checked again,
 * and removed once the new one is in place; anything else in the way is put
 * back and refused.
 */
export declare function installOutput(staging: string, target: string, options: OutDirOptions & {
    given: string;
}): void;
