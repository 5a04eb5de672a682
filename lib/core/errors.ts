import type { ConfigProblem } from "./problem";
import { hiddenSecret, hiddenSecretText, redactProblem } from "./secrets";

export type { ConfigProblem } from "./problem";

/** Renders a seen value compactly for an error message. */
export function renderValue(value: unknown): string {
  if (value === undefined) return "(not set)";
  if (value === hiddenSecret) return hiddenSecretText;
  if (typeof value === "string") return JSON.stringify(value);
  try {
    const json = JSON.stringify(value, (_key, v: unknown) => (v === hiddenSecret ? hiddenSecretText : v));
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  } catch {
    return String(value);
  }
}

/** Formats a list of problems as the single message users see. */
export function formatProblems(title: string, problems: readonly ConfigProblem[]): string {
  const lines = [`${title} (${problems.length} problem${problems.length === 1 ? "" : "s"}):`];
  for (const p of problems) {
    lines.push(`  - ${p.path}`);
    lines.push(`      got:     ${renderValue(p.got)}`);
    lines.push(`      allowed: ${p.allowed}`);
    if (p.hint) lines.push(`      hint:    ${p.hint}`);
  }
  return lines.join("\n");
}

/**
 * Raised for any user mistake. It carries every problem at once, secret
 * values hidden (see secrets.ts `redactProblem`).
 *
 * `__pulumiRunError` makes the Pulumi Node.js runtime treat it like
 * `pulumi.RunError` (duck-typed): `pulumi up` prints the message and exits
 * without a stack trace. Declared here so this layer stays free of SDK imports.
 */
export class ConfigError extends Error {
  /** @internal Marks it as a `pulumi.RunError` for the Pulumi runtime (see above). */
  readonly __pulumiRunError = true;
  /** Every problem found, secret values hidden. */
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[], title = "Invalid flink-platform configuration") {
    const redacted = problems.map(redactProblem);
    const message = formatProblems(title, redacted);
    super(message);
    // Set again: when Pulumi serializes a dynamic provider (CMF resources) it
    // rewrites `super(message)` as `Error.call(this, message)`, which leaves
    // `message` empty, and the provider host reports only `err.message`.
    this.message = message;
    this.name = "ConfigError";
    this.problems = redacted;
  }

  /** Whether `err` is a ConfigError, also one thrown by another copy of this package (checked by name). */
  static isConfigError(err: unknown): err is ConfigError {
    return err instanceof ConfigError || (err as { name?: unknown } | null)?.name === "ConfigError";
  }
}
