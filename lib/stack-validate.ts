import { inProject } from "./core/files";
import type { ConfigMapOptions } from "./core/load";
import { parseStackConfig, StackConfig } from "./stack-config";

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

/** A stack's validated config: statements carry the SQL of their files. */
export interface ValidatedStack {
  readonly config: StackConfig;
}

/**
 * Validates Pulumi's flat config map of a stack (`parseStackConfig`: schema,
 * namespace typos, plain-text secrets through `options.isSecret`). The
 * statement schema reads each statement's file while it parses (contained,
 * regular `.sql` files under a size cap, core/files.ts), relative to
 * `options.projectRoot`. Throws one ConfigError.
 */
export function validateStack(
  all: Readonly<Record<string, string>>,
  options: ValidateStackOptions,
): ValidatedStack {
  return {
    config: inProject(options.projectRoot, () => parseStackConfig(all, { isSecret: options.isSecret })),
  };
}
