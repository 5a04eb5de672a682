/**
 * Exact texts the CLI prints, shared by the tests that expect them from
 * different commands.
 */

/** What every command prints (stderr, exit 1) for secret key `key` given in plain text in a stack file. */
export function plainSecretRefusal(key: string): string {
  return [
    "Invalid flink-platform stack configuration (1 problem):",
    `  - flink-platform:${key}`,
    "      got:     (secret, not shown)",
    "      allowed: a secret set with --secret (encrypted in the stack file), not plain text",
    `      hint:    set it with: pulumi config set --secret flink-platform:${key} <value> (and rotate it if the plain text was ever committed)`,
    "",
  ].join("\n");
}
