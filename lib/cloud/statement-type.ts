/**
 * Type of Confluent Cloud's statement resource, as plans and diffs show it.
 * Its own file without zod, so the plan diff (lib/plan/diff-rules.ts, which
 * pairs it with the statement rule of core/replace-on-change) does not load
 * the config schemas.
 */
export const flinkStatementType = "confluentcloud:index/flinkStatement:FlinkStatement";
