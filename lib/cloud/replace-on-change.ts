import { statementReplaceOnChanges } from "../core/replace-on-change";

/**
 * The replace-on-change table of Confluent Cloud's statement resource, read by
 * the resource (./workloads, its `replaceOnChanges`) and by the plan diff
 * (lib/plan/diff-rules.ts). Its own file without zod, so the `diff` command's
 * process does not load the config schemas.
 */

/** Type of the statement resource, as plans and diffs show it. */
export const flinkStatementType = "confluentcloud:index/flinkStatement:FlinkStatement";

/** Inputs whose change replaces a statement ({@link statementReplaceOnChanges}, the rule of both targets). */
export const flinkStatementReplaceOnChanges: readonly string[] = statementReplaceOnChanges;
