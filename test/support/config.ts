import { expect } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { parseStackConfig } from "../../lib/stack-config";

/** Builds Pulumi's flat config map (`flink-platform:<key>` -> text) from objects, as the engine passes it. */
export function stack(config: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [
      `flink-platform:${k}`,
      typeof v === "string" ? v : JSON.stringify(v),
    ]),
  );
}

/** The problems parseStackConfig reports for `config` (path, value seen, allowed); fails if it accepts it. */
export function problemsOf(config: Record<string, unknown>) {
  try {
    parseStackConfig(stack(config));
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => ({ path: p.path, got: p.got, allowed: p.allowed }));
  }
  throw new Error("expected a ConfigError");
}
