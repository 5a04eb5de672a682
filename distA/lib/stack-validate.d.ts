import type { ConfigMapOptions } from "./core/load";
import { StackConfig } from "./stack-config";
/**
 * The checks the stack program makes before it creates anything, in one
 * function that both the program (stacks/index.ts, under `pulumi up` and
 * offline synth) and `flink-platform check` / `scale` / `estimate --apply`
 * (plan/stack-ops.ts `checkStackText`) call, so the two cannot drift. It
 * loads no more than the program already does (zod and the config layer;
 * no SDK, cdk8s or Kubernetes code): the program is bundled and its load
 * cost is most of a small synth (scripts/build.ts).
 *
 * The guardrails are not here: they run in the platform components
 * (`planPlatform`), for library users too; `checkStackText` runs them the
 * same way.
 */
/** What {@link validateStack} needs besides the config map. */
export interface ValidateStackOptions extends ConfigMapOptions {
    /** The project folder: statement files are relative to it and must stay inside it. */
    readonly projectRoot: string;
}
/** A stack's validated config and the files it references, read. */
export interface ValidatedStack {
    readonly config: StackConfig;
    /** The SQL of each statement (Confluent Cloud or CMF), keyed by its `file` (cloud and cp targets). */
    readonly statementSql?: Record<string, string>;
}
/**
 * Validates Pulumi's flat config map of a stack (`parseStackConfig`: schema,
 * namespace typos, plain-text secrets through `options.isSecret`) and, on
 * the cloud and cp targets, reads the statement files it references (contained,
 * regular `.sql` files under a size cap, config/files.ts). Throws one
 * ConfigError; the statement files are read only once the config is valid.
 */
export declare function validateStack(all: Readonly<Record<string, string>>, options: ValidateStackOptions): ValidatedStack;
/**
 * Reads the SQL file of every statement, keyed by `file`, as the stack
 * program passes them on. Each file must be a regular `.sql` file of at most
 * 1 MiB inside the project (see core/files.ts); otherwise one ConfigError
 * names each `flink-platform:<section>.statements[i].file` that breaks a rule
 * (`cloud` or `cmf`: the same statement shape and file rules on both targets).
 */
export declare function readStatementSql(projectRoot: string, section: {
    readonly statements: readonly {
        readonly file: string;
    }[];
}, sectionKey?: string): Record<string, string>;
