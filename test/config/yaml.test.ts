import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ConfigError } from "../../lib/config";
import { parseYamlFile, toYaml } from "../../lib/config/yaml";

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
        '      got:     "unexpected end of the stream within a flow collection"',
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

  it("GIVEN a second document THEN a ConfigError names the file", () => {
    expect(() => parseYamlFile("config: {}\n---\nconfig: {}\n", "Pulumi.dev.yaml")).toThrow(
      [
        "Cannot read a YAML file (1 problem):",
        "  - Pulumi.dev.yaml",
        '      got:     "expected a single document in the stream, but found more"',
        "      allowed: valid YAML with one document",
      ].join("\n"),
    );
  });

  it("GIVEN a duplicate key THEN a ConfigError says so", () => {
    expect(() => parseYamlFile("config:\n  a: 1\n  a: 2\n", "Pulumi.dev.yaml")).toThrow(
      /Pulumi\.dev\.yaml:3:\d+\n {6}got: {5}"duplicated mapping key"/,
    );
  });
});
