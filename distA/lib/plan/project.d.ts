/** What offline synth needs from `Pulumi.yaml`. */
export interface PulumiProject {
    readonly dir: string;
    readonly name: string;
    /** Program entry (file), resolved against `dir`. */
    readonly main: string;
    readonly stackConfigDir: string;
    /** Project-level config: `default`/`value` of each key. */
    readonly config: Readonly<Record<string, unknown>>;
}
/** Config of one stack as the Pulumi engine hands it to a program. */
export interface StackConfigFile {
    /** Flat map `namespace:key` -> string (JSON for structured values). */
    readonly values: Record<string, string>;
    /** Keys holding a `secure:` value, never decrypted offline. */
    readonly secretKeys: string[];
}
export declare function loadProject(dir: string): PulumiProject;
/**
 * The path of `Pulumi.<stack>.yaml`, checked before anything reads or writes
 * it: `stack` follows Pulumi's rule (`checkStackName`), the stack folder
 * is inside the project, and the file (symbolic links resolved) is inside the
 * stack folder. Errors name `flag`. Returns the path as the project names it
 * (links kept).
 */
export declare function stackFile(project: PulumiProject, stack: string, flag?: string): string;
/** Stacks that have a `Pulumi.<stack>.yaml` and a valid name, sorted. */
export declare function listStacks(project: PulumiProject): string[];
/**
 * {@link stackFile}, which must exist: otherwise one "Unknown stack"
 * ConfigError naming `flag` and listing the stacks there are. Every command
 * that reads a stack checks this first, so `scale nope` says what
 * `synth nope` says (and `estimate --apply nope` prints no patch first).
 */
export declare function existingStackFile(project: PulumiProject, stack: string, flag?: string): string;
/**
 * Project defaults (Pulumi.yaml `config:`) overlaid by the stack file, the
 * way the Pulumi CLI merges them. `secure:` values are never decrypted: they
 * become "[secret]" and their keys are reported as secret.
 */
export declare function loadStackConfig(project: PulumiProject, stack: string): StackConfigFile;
/**
 * The text of `Pulumi.<stack>.yaml` as every command reads it: an existing
 * ({@link existingStackFile}) regular file of at most 256 KiB, with a
 * bounded read (config/yaml.ts).
 */
export declare function readStackText(project: PulumiProject, stack: string, flag?: string): string;
/** Like {@link loadStackConfig}, for the text of a stack file (e.g. an edit not yet written). */
export declare function stackConfigFromText(project: PulumiProject, text: string, file?: string): StackConfigFile;
