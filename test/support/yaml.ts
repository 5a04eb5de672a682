import { vi } from "vitest";
import { Alias, Composer, Document, Parser } from "yaml";

/**
 * A YAML alias bomb as a stack file: `levels` anchors under `under`, each a
 * list of nine aliases of the one before, the first a list of nine `leaf`.
 * About 1 KB that expands to 9^levels leaves.
 */
export function aliasBomb(leaf: string, levels = 9, under = "other:lol"): string {
  const lines = [
    "config:",
    "  flink-platform:size: M",
    `  ${under}:`,
    `    a0: &a0 [${Array(9).fill(leaf).join(", ")}]`,
  ];
  for (let i = 1; i < levels; i++)
    lines.push(
      `    a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(", ")}]`,
    );
  return [...lines, ""].join("\n");
}

/** What the `yaml` package did while `fn` ran: counts that do not depend on the machine's speed. */
export interface YamlWork {
  /** Passes of the parser over a text (`Parser.parse`). */
  readonly parses: number;
  /** Aliases resolved to their anchor's value: what an alias bomb multiplies. */
  readonly aliasesResolved: number;
  /** Documents turned into plain values (`Document.toJS`), where aliases are expanded. */
  readonly conversions: number;
  /** Whether each composer ran with the package's own duplicate-key check, which is quadratic. */
  readonly uniqueKeys: unknown[];
}

function spyOnYaml() {
  const spies = {
    parse: vi.spyOn(Parser.prototype, "parse"),
    resolve: vi.spyOn(Alias.prototype, "resolve"),
    toJS: vi.spyOn(Document.prototype, "toJS"),
    compose: vi.spyOn(Composer.prototype, "compose"),
  };
  return (error: unknown): YamlWork & { error: unknown } => {
    const work = {
      error,
      parses: spies.parse.mock.calls.length,
      aliasesResolved: spies.resolve.mock.calls.length,
      conversions: spies.toJS.mock.calls.length,
      // `options` is private in the typings; the composer keeps the options it was made with there.
      uniqueKeys: spies.compose.mock.contexts.map(
        (c) => (c as unknown as { options: { uniqueKeys?: unknown } }).options.uniqueKeys,
      ),
    };
    for (const spy of Object.values(spies)) spy.mockRestore();
    return work;
  };
}

/**
 * Runs `fn` and counts the `yaml` package's work in it, for tests of what a
 * hostile file can cost: a bound on work, not on wall time, which a loaded
 * machine would break (speed is `npm run bench`'s business). Returns what
 * `fn` threw (undefined if it returned) with the counts.
 */
export function countYamlWork(fn: () => unknown): YamlWork & { error: unknown } {
  const done = spyOnYaml();
  try {
    fn();
  } catch (err) {
    return done(err);
  }
  return done(undefined);
}

/** {@link countYamlWork} for an async `fn`. */
export async function countYamlWorkAsync(fn: () => Promise<unknown>): Promise<YamlWork & { error: unknown }> {
  const done = spyOnYaml();
  try {
    await fn();
  } catch (err) {
    return done(err);
  }
  return done(undefined);
}
