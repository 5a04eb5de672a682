/** The folders of a project that stack files live in (a `PulumiProject` is one). */
export interface StackFolders {
    readonly dir: string;
    readonly stackConfigDir: string;
}
/**
 * `<stackConfigDir>/Pulumi.<stack>.yaml` for a valid stack name, once the
 * stack folder is known to be inside the project (as written) and the file,
 * when it exists, to resolve inside the stack folder (links resolved). Throws
 * one ConfigError otherwise.
 */
export declare function containedStackFile(project: StackFolders, stack: string, flag?: string): string;
/**
 * Replaces `file` with `text` through a temporary file in the same folder
 * renamed over it, so a crash leaves either the old or the new file, never
 * half of one. A symbolic link is kept (its target is replaced); so is the
 * file's mode.
 */
export declare function writeFileAtomic(file: string, text: string): void;
