import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ConfigError } from "../../lib/core/errors";
import { parseYamlFile, readYamlFile, toYaml } from "../../lib/core/yaml";
import { aliasBomb, countYamlWork, type YamlWork } from "../support/yaml";
import { tempDir } from "../support/temp-dirs";

describe("toYaml", () => {
  // Strings that a YAML 1.1 reader (kubectl, Helm) would turn into booleans,
  // numbers or null when written plain.
  const ambiguous = {
    on: "on",
    yes: "yes",
    no: "NO",
    y: "y",
    sexagesimal: "12:30",
    octal: "0777",
    float: "1e3",
    tilde: "~",
    nil: "null",
    bool: "true",
    int: "8081",
    date: "2026-11-24",
    underscores: "1_000",
    leadingZeroUnderscore: "0_1",
    signedLeadingDot: "+.5",
    exponentUnderscore: "685.230_15e+03",
    binary: "0b101",
  };

  it("GIVEN strings that YAML 1.1 reads as other types THEN they come back as the same strings", () => {
    const text = toYaml(ambiguous);
    expect(parse(text, { version: "1.1" })).toEqual(ambiguous);
    expect(parse(text, { version: "1.2" })).toEqual(ambiguous);
  });

  it("quotes what go-yaml v2 reads as numbers: Go's prefixes in any case, underscores anywhere", () => {
    // The yaml package's 1.1 mode reads these as strings, so the round trip above cannot see them.
    expect(
      toYaml({ hex: "0X1F", octal: "0O17", binary: "+0B1", exp: "1e5_0", sign: "+_1", lead: "0_x1F" }),
    ).toBe(
      [
        'hex: "0X1F"',
        'octal: "0O17"',
        'binary: "+0B1"',
        'exp: "1e5_0"',
        'sign: "+_1"',
        'lead: "0_x1F"',
        "",
      ].join("\n"),
    );
  });

  it("quotes strings that begin with an indicator or are the merge key, and writes floats as YAML 1.1 reads them", () => {
    // What the files written before the move to the `yaml` writer held, byte for byte.
    expect(toYaml({ args: ["-ec", "?x", ":x", "=", "<<"], tiny: 1e-7, big: 1e21, zero: -0, half: 0.5 })).toBe(
      [
        "args:",
        '  - "-ec"',
        '  - "?x"',
        '  - ":x"',
        '  - "="',
        '  - "<<"',
        "tiny: 1.e-7",
        "big: 1e+21",
        "zero: -0.0",
        "half: 0.5",
        "",
      ].join("\n"),
    );
    expect(parse(toYaml({ tiny: 1e-7 }), { version: "1.1" })).toEqual({ tiny: 1e-7 });
  });

  it("writes numbers, booleans and plain words unquoted, and multi-line strings as blocks", () => {
    expect(toYaml({ replicas: 2, enabled: false, name: "flink", conf: "a: 1\nb: 2\n" })).toBe(
      ["replicas: 2", "enabled: false", "name: flink", "conf: |", "  a: 1", "  b: 2", ""].join("\n"),
    );
  });

  it("never writes anchors for repeated objects, never folds long lines, leaves undefined out", () => {
    const shared = { cpu: 1 };
    const long = "x".repeat(300);
    const text = toYaml({ a: shared, b: shared, long, gone: undefined });
    expect(text).toBe(`a:\n  cpu: 1\nb:\n  cpu: 1\nlong: ${long}\n`);
  });
});

describe("parseYamlFile", () => {
  it("reads dates as strings (YAML 1.2 core schema, as the Pulumi CLI does)", () => {
    expect(parseYamlFile("config:\n  x: 2026-11-24\n  y: on\n", "Pulumi.dev.yaml")).toEqual({
      config: { x: "2026-11-24", y: "on" },
    });
  });

  it("GIVEN a syntax error THEN a ConfigError names the file, line and column", () => {
    const read = () => parseYamlFile("config:\n  flink-platform:size: [M\n", "Pulumi.dev.yaml");
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      [
        "Cannot read a YAML file (1 problem):",
        "  - Pulumi.dev.yaml:3:1",
        '      got:     "Flow sequence in block collection must be sufficiently indented and end with a ]"',
        "      allowed: valid YAML with one document",
      ].join("\n"),
    );
  });

  it("applies merge keys, as the Pulumi CLI does", () => {
    const text = "base: &base\n  cpu: 1\n  memory: 2Gi\nconfig:\n  pool:\n    <<: *base\n    cpu: 2\n";
    expect(parseYamlFile(text, "Pulumi.dev.yaml")).toMatchObject({
      config: { pool: { cpu: 2, memory: "2Gi" } },
    });
  });

  it("GIVEN a second document THEN a ConfigError names the file and where the second one starts", () => {
    expect(() => parseYamlFile("config: {}\n---\nconfig: {}\n", "Pulumi.dev.yaml")).toThrow(
      [
        "Cannot read a YAML file (1 problem):",
        "  - Pulumi.dev.yaml:2:1",
        '      got:     "a second document"',
        "      allowed: valid YAML with one document",
      ].join("\n"),
    );
  });

  it("GIVEN a duplicate key THEN a ConfigError says so", () => {
    expect(() => parseYamlFile("config:\n  a: 1\n  a: 2\n", "Pulumi.dev.yaml")).toThrow(
      [
        "Cannot read a YAML file (1 problem):",
        "  - Pulumi.dev.yaml:3:3",
        '      got:     "duplicate key \\"a\\""',
        "      allowed: each key at most once in a map",
      ].join("\n"),
    );
  });

  it('GIVEN 1 and "1" as keys of one map THEN they are duplicates (both are the property 1)', () => {
    expect(() => parseYamlFile('a:\n  1: x\n  "1": y\n', "f.yaml")).toThrow(/f\.yaml:3:3\n.*duplicate key/);
  });

  it("applies a list of merge keys with the earlier map first, explicit keys last, as YAML merge keys do", () => {
    const text = "a: &a { x: 1, y: 1 }\nb: &b { y: 2, z: 2 }\nc:\n  <<: [*a, *b]\n  z: 3\n";
    expect(parseYamlFile(text, "f.yaml")).toMatchObject({ c: { x: 1, y: 1, z: 3 } });
  });

  it("keeps the core schema under a %YAML 1.1 directive, and refuses tags the core schema lacks", () => {
    expect(parseYamlFile("%YAML 1.1\n---\nx: on\ny: 2026-11-24\n", "f.yaml")).toEqual({
      x: "on",
      y: "2026-11-24",
    });
    expect(() => parseYamlFile("x: !!binary aGk=\n", "f.yaml")).toThrow(
      [
        "Cannot read a YAML file (1 problem):",
        "  - f.yaml:1:4",
        '      got:     "Unresolved tag: tag:yaml.org,2002:binary"',
        "      allowed: valid YAML with one document",
      ].join("\n"),
    );
  });
});

/**
 * The message of what `read` throws, and the `yaml` package's work before it:
 * counts, not wall time, so a loaded machine cannot fail them.
 */
function refusal(read: () => unknown): { message: string; work: YamlWork } {
  const { error, ...work } = countYamlWork(read);
  expect(ConfigError.isConfigError(error)).toBe(true);
  return { message: (error as Error).message, work };
}

/** One parse, stopped before any alias is resolved or the document is turned into values. */
const refusedAfterParsing: YamlWork = { parses: 1, aliasesResolved: 0, conversions: 0, uniqueKeys: [false] };

describe("parseYamlFile bounds what a hostile file can cost", () => {
  it("GIVEN a 1 KB bomb of nine levels under another namespace THEN it is refused before any alias is expanded", () => {
    const bomb = aliasBomb('"lol"');
    expect(bomb.length).toBeLessThan(1024);
    const { message, work } = refusal(() => parseYamlFile(bomb, "Pulumi.dev.yaml"));
    expect(message).toBe(
      [
        "Cannot read a YAML file (1 problem):",
        "  - Pulumi.dev.yaml:9:19",
        '      got:     "alias *a4 makes aliases add more than 1048576 bytes"',
        "      allowed: aliases (*name) and merge keys (<<) that add at most 1 MiB (1048576 bytes) when expanded",
        "      hint:    an alias repeats its anchor's whole value, so nested aliases multiply",
      ].join("\n"),
    );
    // Refused at the fifth level (9:19), with none of its 9^9 leaves built: milliseconds of work on any machine.
    expect(work).toEqual(refusedAfterParsing);
  });

  it("GIVEN a bomb of empty lists (which the yaml package's maxAliasCount lets through) THEN it is refused", () => {
    const { message, work } = refusal(() => parseYamlFile(aliasBomb("[]", 12), "f.yaml"));
    expect(message).toMatch(
      /^Cannot read a YAML file \(1 problem\):\n {2}- f\.yaml:\d+:\d+\n.*makes aliases add more/,
    );
    expect(work).toEqual(refusedAfterParsing);
  });

  it("GIVEN more than 1000 aliases of an empty list THEN the 1001st is refused (alias lookups are quadratic)", () => {
    const text = `e: &e []\nl: [${Array(1500).fill("*e").join(", ")}]\n`;
    const { message } = refusal(() => parseYamlFile(text, "f.yaml"));
    expect(message).toBe(
      [
        "Cannot read a YAML file (1 problem):",
        `  - f.yaml:2:${5 + 4 * 1000}`,
        '      got:     "more than 1000 aliases"',
        "      allowed: at most 1000 aliases (*name) in a file",
      ].join("\n"),
    );
  });

  it("GIVEN an alias with no anchor before it, or inside its own anchor THEN each is refused where it is", () => {
    expect(refusal(() => parseYamlFile("a: *nope\nb: &nope 1\n", "f.yaml")).message).toBe(
      [
        "Cannot read a YAML file (1 problem):",
        "  - f.yaml:1:4",
        '      got:     "alias *nope with no anchor &nope before it"',
        "      allowed: an alias (*name) after its anchor (&name)",
      ].join("\n"),
    );
    expect(refusal(() => parseYamlFile("a: &x [1, *x]\n", "f.yaml")).message).toBe(
      [
        "Cannot read a YAML file (1 problem):",
        "  - f.yaml:1:11",
        '      got:     "alias *x inside the value of its own anchor"',
        "      allowed: an alias (*name) after the whole value of its anchor (&name)",
      ].join("\n"),
    );
  });

  it("GIVEN a raw control character THEN it is refused where it is, as YAML 1.2 and the Pulumi CLI refuse it", () => {
    expect(refusal(() => parseYamlFile("config:\n  x: a\u001bb\n", "f.yaml")).message).toBe(
      [
        "Cannot read a YAML file (1 problem):",
        "  - f.yaml:2:7",
        '      got:     "the non-printable character U+001B"',
        "      allowed: printable characters (escape others in double quotes)",
      ].join("\n"),
    );
    expect(parseYamlFile('x: "a\\u001bb\tc"\n', "f.yaml")).toEqual({ x: "a\u001bb\tc" });
  });

  it("GIVEN nesting deeper than the parser's stack THEN it is a ConfigError naming the file, not a crash", () => {
    const { message } = refusal(() => parseYamlFile(`a: ${"[".repeat(50_000)}\n`, "f.yaml"));
    expect(message).toMatch(/^Cannot read a YAML file \(1 problem\):\n {2}- f\.yaml:1:\d+\n/);
  });

  it("GIVEN a text over 256 KiB THEN it is refused before parsing", () => {
    const text = `a: ${"x".repeat(256 * 1024)}\n`;
    const { message, work } = refusal(() => parseYamlFile(text, "f.yaml"));
    expect(message).toBe(
      [
        "Cannot read a YAML file (1 problem):",
        "  - f.yaml",
        '      got:     "262148 bytes"',
        "      allowed: a YAML file of at most 256 KiB (262144 bytes)",
      ].join("\n"),
    );
    expect(work).toEqual({ parses: 0, aliasesResolved: 0, conversions: 0, uniqueKeys: [] });
  });

  it("GIVEN a map of 27 000 keys THEN it parses without the yaml package's duplicate check (quadratic: over 10 s), which ours replaces", () => {
    const text = Array.from({ length: 27_000 }, (_, i) => `k${i}: 1`).join("\n");
    expect(text.length).toBeLessThan(256 * 1024);
    const { error, ...work } = countYamlWork(() => {
      expect(Object.keys(parseYamlFile(text, "f.yaml") as object)).toHaveLength(27_000);
    });
    expect(error).toBeUndefined();
    // Linear by construction rather than by a stopwatch: the package's pairwise key check is off...
    expect(work).toEqual({ parses: 1, aliasesResolved: 0, conversions: 1, uniqueKeys: [false] });
    // ...and our own (a set per map) still finds a duplicate after all of them.
    expect(refusal(() => parseYamlFile(`${text}\nk0: 2\n`, "f.yaml")).message).toBe(
      [
        "Cannot read a YAML file (1 problem):",
        "  - f.yaml:27001:1",
        '      got:     "duplicate key \\"k0\\""',
        "      allowed: each key at most once in a map",
      ].join("\n"),
    );
  });

  it("GIVEN anchors and merge keys used the ordinary way THEN they are read as before", () => {
    const pools = Array.from({ length: 50 }, (_, i) => `    - { <<: *pool, name: p${i} }`).join("\n");
    const text = `x-pool: &pool { taskManagers: 2, slots: 4 }\nconfig:\n  flink-platform:pools:\n${pools}\n`;
    const doc = parseYamlFile(text, "f.yaml") as {
      config: Record<string, { name: string; slots: number }[]>;
    };
    expect(doc.config["flink-platform:pools"]).toHaveLength(50);
    expect(doc.config["flink-platform:pools"][49]).toEqual({ taskManagers: 2, slots: 4, name: "p49" });
  });
});

describe("readYamlFile", () => {
  it("GIVEN a folder or a file over 256 KiB THEN it is refused by name, before reading", () => {
    const dir = tempDir("flink-platform-yaml-");
    fs.mkdirSync(path.join(dir, "Pulumi.yaml"));
    expect(() => readYamlFile(path.join(dir, "Pulumi.yaml"), "Pulumi.yaml")).toThrow(
      [
        "Cannot read a YAML file (1 problem):",
        "  - Pulumi.yaml",
        '      got:     "a folder"',
        "      allowed: a regular file",
      ].join("\n"),
    );
    fs.writeFileSync(path.join(dir, "big.yaml"), "#".repeat(300_000));
    expect(() => readYamlFile(path.join(dir, "big.yaml"), "big.yaml")).toThrow(
      [
        "Cannot read a YAML file (1 problem):",
        "  - big.yaml",
        '      got:     "300000 bytes"',
        "      allowed: a YAML file of at most 256 KiB (262144 bytes)",
      ].join("\n"),
    );
  });
});
