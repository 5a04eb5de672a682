/**
 * Inputs whose change replaces a statement, on both targets: a new name is a
 * new statement, and its SQL is immutable once it runs; `stopped` toggles in
 * place. Cloud's `replaceOnChanges` and the plan diff read it; the CMF
 * statement's table (lib/cp/cmf/replace-on-change.ts) adds its environment.
 * Its own file without zod, so the `diff` command's process (which compares
 * two plans and parses no config) does not load the config schemas.
 */
export const statementReplaceOnChanges: readonly string[] = ["statement", "statementName"];
