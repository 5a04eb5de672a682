/**
 * Reading files named by a stack (SQL statements) or read for a stack (stack
 * and project files), when the stack may come from an untrusted pull request.
 *
 * A referenced file must be inside the project, so a stack cannot copy
 * `/etc/passwd` or `/proc/self/environ` (CI secrets) into a plan; it must be
 * a regular file, so a device, FIFO or folder is never opened for reading;
 * and every read is bounded, so `/dev/zero` or a file that grows while it is
 * read cannot exhaust memory.
 */
/** What a referenced file must be: its name's extension and its largest size. */
export interface ProjectFileRule {
    /** Accepted extensions with their dot, e.g. `[".sql"]`. */
    readonly extensions: readonly string[];
    readonly maxBytes: number;
}
/** A file that cannot be read under the rules: what is allowed, what was found. */
export interface FileRefusal {
    readonly allowed: string;
    /** What was found, e.g. `a folder` or `1048577 bytes`; undefined when the path says it all. */
    readonly found?: string;
    /** How to fix it, when that is not obvious. */
    readonly hint?: string;
}
/** `1 MiB (1048576 bytes)`. */
export declare function describeBytes(n: number): string;
/**
 * Reads a regular file of at most `maxBytes` bytes as UTF-8, or says why not.
 *
 * The file is checked before it is opened (opening a device can have effects
 * of its own), opened without waiting (a FIFO would block until a writer
 * comes), checked again on the open descriptor (the path may have changed in
 * between), and read into a buffer of `maxBytes + 1` bytes: a file whose size
 * lies (`/proc`) or that grows is refused after at most that many bytes.
 * `what` names the file in the size rule (`a YAML file of at most ...`).
 */
export declare function readBoundedFile(file: string, maxBytes: number, what?: string): {
    text: string;
} | FileRefusal;
/**
 * Checks a path a stack gives (`relPath`, relative to the project
 * directory) and reads the file, or says which rule it breaks. The rules, in
 * order: relative; inside the project as written; the expected extension;
 * existing; inside the project and still of that extension once every
 * symbolic link is resolved (fs.realpathSync); a regular file; at most
 * `rule.maxBytes` bytes.
 */
export declare function readProjectFileOrRefuse(projectRoot: string, relPath: string, rule: ProjectFileRule): {
    text: string;
} | FileRefusal;
/**
 * Reads the files a stack references (`relPath` under the config key `key`,
 * see {@link readProjectFileOrRefuse}), keyed by `relPath`. Any file that
 * breaks a rule is a {@link ConfigError} naming its key, its value and the
 * rule; all of them in one error, nothing read is returned.
 */
export declare function readProjectFiles(projectRoot: string, refs: readonly {
    readonly key: string;
    readonly relPath: string;
}[], rule: ProjectFileRule, title?: string): Record<string, string>;
/** One file of {@link readProjectFiles}: its text, or a ConfigError naming `key`. */
export declare function readProjectFile(projectRoot: string, key: string, relPath: string, rule: ProjectFileRule): string;
/**
 * SQL statement files: `.sql`, at most 1 MiB. Statements are a few KiB; the
 * cap only keeps a mistake or a hostile stack from loading a huge file into
 * the plan.
 */
export declare const sqlFileRule: ProjectFileRule;
