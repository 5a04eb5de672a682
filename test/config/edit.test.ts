import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { editStackFile, findPoolIndex, getStackValue } from "../../lib/core/edit";
import { ConfigError } from "../../lib/core/errors";
import { aliasBomb, countYamlWork } from "../support/yaml";

/** A stack file with the formatting people write by hand: comments, blank lines, quotes, flow lists. */
const stack = [
  "# prod: two pools.",
  "#   keep the comments",
  "config:",
  "  flink-platform:environment:",
  "    name: prod   # the name",
  "    tier: 'prod'",
  "",
  "  # Pools, biggest first.",
  "  flink-platform:pools:",
  "    - name: main",
  "      taskManagers: 2     # scaled by hand",
  '      slots: "2"',
  "",
  "    - { name: side, taskManagers: 1 }",
  "  flink-platform:namespaces:",
  "    flink: [flink-jobs, 'flink-analytics']",
  '  flink-platform:image: "flink:1.20"',
  "# trailing comment",
  "",
].join("\n");

function changedLines(before: string, after: string): { line: number; before: string; after: string }[] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b.length).toBe(a.length);
  return a.flatMap((l, i) => (l === b[i] ? [] : [{ line: i + 1, before: l, after: b[i] }]));
}

describe("editStackFile", () => {
  it("GIVEN a hand-written stack file WHEN one scalar changes THEN every other line is byte-identical", () => {
    const out = editStackFile(stack, [{ path: ["flink-platform:pools", 0, "taskManagers"], value: 4 }]);
    expect(changedLines(stack, out)).toEqual([
      {
        line: 11,
        before: "      taskManagers: 2     # scaled by hand",
        after: "      taskManagers: 4     # scaled by hand",
      },
    ]);
    expect(getStackValue(out, ["flink-platform:pools", 0, "taskManagers"])).toBe(4);
  });

  it("keeps the quoting style of a replaced string", () => {
    const out = editStackFile(stack, [
      { path: ["flink-platform:environment", "tier"], value: "staging" },
      { path: ["flink-platform:image"], value: "flink:2.0" },
      { path: ["flink-platform:namespaces", "flink", 1], value: "flink-batch" },
    ]);
    expect(changedLines(stack, out)).toEqual([
      { line: 6, before: "    tier: 'prod'", after: "    tier: 'staging'" },
      {
        line: 16,
        before: "    flink: [flink-jobs, 'flink-analytics']",
        after: "    flink: [flink-jobs, 'flink-batch']",
      },
      {
        line: 17,
        before: '  flink-platform:image: "flink:1.20"',
        after: '  flink-platform:image: "flink:2.0"',
      },
    ]);
  });

  it("writes a number where a quoted string was when the value is a number", () => {
    const out = editStackFile(stack, [{ path: ["flink-platform:pools", 0, "slots"], value: 4 }]);
    expect(changedLines(stack, out)).toEqual([
      { line: 12, before: '      slots: "2"', after: "      slots: 4" },
    ]);
  });

  it("edits inside a flow map in place", () => {
    const out = editStackFile(stack, [{ path: ["flink-platform:pools", 1, "taskManagers"], value: 3 }]);
    expect(changedLines(stack, out)).toEqual([
      {
        line: 14,
        before: "    - { name: side, taskManagers: 1 }",
        after: "    - { name: side, taskManagers: 3 }",
      },
    ]);
  });

  it("appends to flow collections before the closing bracket", () => {
    const out = editStackFile(stack, [
      { path: ["flink-platform:namespaces", "flink", 2], value: "flink-batch" },
      { path: ["flink-platform:pools", 1, "slots"], value: 2 },
    ]);
    expect(changedLines(stack, out)).toEqual([
      {
        line: 14,
        before: "    - { name: side, taskManagers: 1 }",
        after: "    - { name: side, taskManagers: 1, slots: 2 }",
      },
      {
        line: 16,
        before: "    flink: [flink-jobs, 'flink-analytics']",
        after: "    flink: [flink-jobs, 'flink-analytics', flink-batch]",
      },
    ]);
  });

  it("creates missing maps at the end of their parent, in the file's indentation", () => {
    const out = editStackFile(stack, [
      { path: ["flink-platform:pools", 0, "taskManager"], value: { cpu: 2, memory: "8Gi" } },
      { path: ["flink-platform:resources", "jobManager", "cpu"], value: 2 },
    ]);
    expect(out).toBe(
      [
        "# prod: two pools.",
        "#   keep the comments",
        "config:",
        "  flink-platform:environment:",
        "    name: prod   # the name",
        "    tier: 'prod'",
        "",
        "  # Pools, biggest first.",
        "  flink-platform:pools:",
        "    - name: main",
        "      taskManagers: 2     # scaled by hand",
        '      slots: "2"',
        "      taskManager:",
        "        cpu: 2",
        "        memory: 8Gi",
        "",
        "    - { name: side, taskManagers: 1 }",
        "  flink-platform:namespaces:",
        "    flink: [flink-jobs, 'flink-analytics']",
        '  flink-platform:image: "flink:1.20"',
        "  flink-platform:resources:",
        "    jobManager:",
        "      cpu: 2",
        "# trailing comment",
        "",
      ].join("\n"),
    );
  });

  it("replaces a map entry by entry, so untouched keys keep their comments", () => {
    const out = editStackFile(stack, [
      { path: ["flink-platform:pools", 0], value: { name: "main", taskManagers: 2, slots: 8 } },
    ]);
    expect(changedLines(stack, out)).toEqual([
      { line: 12, before: '      slots: "2"', after: "      slots: 8" },
    ]);
  });

  it("appends a list item and removes keys and items given undefined", () => {
    const appended = editStackFile(stack, [
      { path: ["flink-platform:pools", 2], value: { name: "batch", taskManagers: 1 } },
    ]);
    expect(getStackValue(appended, ["flink-platform:pools"])).toEqual([
      { name: "main", taskManagers: 2, slots: "2" },
      { name: "side", taskManagers: 1 },
      { name: "batch", taskManagers: 1 },
    ]);
    expect(appended).toContain(
      "    - { name: side, taskManagers: 1 }\n    - name: batch\n      taskManagers: 1\n",
    );

    const removed = editStackFile(stack, [
      { path: ["flink-platform:environment", "tier"], value: undefined },
      { path: ["flink-platform:pools", 0], value: undefined },
    ]);
    expect(removed).toBe(
      [
        "# prod: two pools.",
        "#   keep the comments",
        "config:",
        "  flink-platform:environment:",
        "    name: prod   # the name",
        "",
        "  # Pools, biggest first.",
        "  flink-platform:pools:",
        "    - { name: side, taskManagers: 1 }",
        "  flink-platform:namespaces:",
        "    flink: [flink-jobs, 'flink-analytics']",
        '  flink-platform:image: "flink:1.20"',
        "# trailing comment",
        "",
      ].join("\n"),
    );
  });

  it("starts a config map in an empty file", () => {
    expect(editStackFile("", [{ path: ["flink-platform:size"], value: "M" }])).toBe(
      "config:\n  flink-platform:size: M\n",
    );
  });

  it("leaves the text unchanged when the value is already there", () => {
    expect(editStackFile(stack, [{ path: ["flink-platform:pools", 0, "taskManagers"], value: 2 }])).toBe(
      stack,
    );
  });

  it("rejects an index past the end of a list", () => {
    expect(() => editStackFile(stack, [{ path: ["flink-platform:pools", 5, "slots"], value: 1 }])).toThrow(
      [
        "Cannot edit the stack file (1 problem):",
        "  - config.flink-platform:pools[5]",
        "      got:     5",
        "      allowed: a list index up to 2 (the next one appends)",
      ].join("\n"),
    );
  });

  it("rejects a file that is not valid YAML", () => {
    expect(() => editStackFile("config: [a\n", [{ path: ["x"], value: 1 }])).toThrow(ConfigError);
  });
  it("GIVEN an alias bomb of empty lists under another namespace THEN it refuses at once, as every reader does", () => {
    const bomb = aliasBomb("[]");
    const refusal = [
      "Cannot edit the stack file (1 problem):",
      "  - stack file",
      '      got:     "alias *a4 makes aliases add more than 1048576 bytes"',
      "      allowed: aliases (*name) and merge keys (<<) that add at most 1 MiB (1048576 bytes) when expanded",
      "      hint:    fix the file by hand first",
    ].join("\n");
    // "At once" as work, not wall time: one parse each, refused before any alias is expanded.
    const work = countYamlWork(() => {
      expect(() => editStackFile(bomb, [{ path: ["flink-platform:size"], value: "L" }])).toThrow(refusal);
      expect(() => getStackValue(bomb, ["flink-platform:size"])).toThrow(refusal);
    });
    expect(work).toEqual({
      error: undefined,
      parses: 2,
      aliasesResolved: 0,
      conversions: 0,
      uniqueKeys: [false, false],
    });
  });

  it("GIVEN a stack file over 256 KiB THEN it refuses to edit it", () => {
    const big = `config:\n  flink-platform:size: M\n${"#".repeat(256 * 1024)}\n`;
    expect(() => editStackFile(big, [{ path: ["flink-platform:size"], value: "L" }])).toThrow(
      [
        "Cannot edit the stack file (1 problem):",
        "  - stack file",
        '      got:     "262178 bytes"',
        "      allowed: a YAML file of at most 256 KiB (262144 bytes)",
        "      hint:    fix the file by hand first",
      ].join("\n"),
    );
  });
});

describe("getStackValue", () => {
  it("reads plain values under config, undefined when absent", () => {
    expect(getStackValue(stack, ["flink-platform:namespaces", "flink"])).toEqual([
      "flink-jobs",
      "flink-analytics",
    ]);
    expect(getStackValue(stack, ["flink-platform:pools", 1, "name"])).toBe("side");
    expect(getStackValue(stack, ["flink-platform:nothing", "here"])).toBeUndefined();
  });
});

describe("findPoolIndex", () => {
  it("finds a pool by name", () => {
    expect(findPoolIndex(stack, "side")).toBe(1);
  });

  it("returns the only pool when no name is given", () => {
    const one = "config:\n  flink-platform:pools:\n    - name: only\n";
    expect(findPoolIndex(one, undefined)).toBe(0);
  });

  it("names --pool, the value seen and the pools available", () => {
    expect(() => findPoolIndex(stack, "mian")).toThrow(
      [
        "Cannot edit the stack file (1 problem):",
        "  - --pool",
        '      got:     "mian"',
        "      allowed: one of main, side",
      ].join("\n"),
    );
  });

  it("asks for --pool when several pools exist", () => {
    expect(() => findPoolIndex(stack, undefined)).toThrow(
      [
        "Cannot edit the stack file (1 problem):",
        "  - --pool",
        "      got:     (not set)",
        "      allowed: one of main, side",
        "      hint:    the stack has several pools",
      ].join("\n"),
    );
  });

  it("explains when the stack has no pools", () => {
    expect(() => findPoolIndex("config:\n  flink-platform:size: S\n", "main")).toThrow(
      [
        "Cannot edit the stack file (1 problem):",
        "  - --pool",
        '      got:     "main"',
        "      allowed: a pool declared under config.flink-platform:pools (none declared)",
        "      hint:    declare the pool in the stack file under config.flink-platform:pools first",
      ].join("\n"),
    );
  });
});

describe("the shipped stack files", () => {
  const dir = path.join(__dirname, "..", "..", "stacks");
  const files = fs.readdirSync(dir).filter((f) => /^Pulumi\..+\.yaml$/.test(f));

  /** Paths of every string or number leaf under config, in document order. */
  function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
    if (typeof value === "object" && value !== null) {
      return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
    }
    return typeof value === "string" || typeof value === "number" ? [at] : [];
  }

  it.each(files)("%s: changing any one value changes exactly one line", (file) => {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    const paths = leaves(getStackValue(text, []));
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const old = getStackValue(text, p);
      const value = typeof old === "number" ? old + 1 : `${String(old)}-x`;
      const out = editStackFile(text, [{ path: p, value }]);
      expect(getStackValue(out, p)).toBe(value);
      const diff = text.split("\n").filter((l, i) => out.split("\n")[i] !== l);
      expect(diff, p.join(".")).toHaveLength(1);
    }
  });
});
