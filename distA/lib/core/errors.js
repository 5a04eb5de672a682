"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = void 0;
exports.renderValue = renderValue;
exports.formatProblems = formatProblems;
const secrets_1 = require("./secrets");
/** Renders a seen value compactly for an error message. */
function renderValue(value) {
    if (value === undefined)
        return "(not set)";
    if (value === secrets_1.hiddenSecret)
        return secrets_1.hiddenSecretText;
    if (typeof value === "string")
        return JSON.stringify(value);
    try {
        const json = JSON.stringify(value, (_key, v) => (v === secrets_1.hiddenSecret ? secrets_1.hiddenSecretText : v));
        return json.length > 120 ? `${json.slice(0, 117)}...` : json;
    }
    catch {
        return String(value);
    }
}
/** Formats a list of problems as the single message users see. */
function formatProblems(title, problems) {
    const lines = [`${title} (${problems.length} problem${problems.length === 1 ? "" : "s"}):`];
    for (const p of problems) {
        lines.push(`  - ${p.path}`);
        lines.push(`      got:     ${renderValue(p.got)}`);
        lines.push(`      allowed: ${p.allowed}`);
        if (p.hint)
            lines.push(`      hint:    ${p.hint}`);
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
class ConfigError extends Error {
    /** @internal Marks it as a `pulumi.RunError` for the Pulumi runtime (see above). */
    __pulumiRunError = true;
    /** Every problem found, secret values hidden. */
    problems;
    constructor(problems, title = "Invalid flink-platform configuration") {
        const redacted = problems.map(secrets_1.redactProblem);
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
    static isConfigError(err) {
        return err instanceof ConfigError || err?.name === "ConfigError";
    }
}
exports.ConfigError = ConfigError;
