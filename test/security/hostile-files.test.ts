import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCloudConfig } from "../../lib/cloud/config";
import { inProject } from "../../lib/core/files";
import { editStackFile } from "../../lib/core/edit";
import { parseYamlFile } from "../../lib/core/yaml";
import { configErrorOf } from "../support/errors";
import { aliasBomb, countYamlWork } from "../support/yaml";
import { tempDir } from "../support/temp-dirs";

/**
 * A corpus of hostile statement paths and stack-file texts, run in process
 * (fast): each is one ConfigError (what the CLI prints without a stack trace
 * and exits 1 on) with exactly one problem naming the key or the file, and
 * no message ever quotes what the refused file holds. The CLI end to end is
 * in contained-inputs.test.ts.
 */

const canary = "CANARY-CONTENT-5d1e";

/** A project with stack files, SQL and hostile entries in it, next to files outside it. */
function hostileProject(): string {
  const base = tempDir("flink-platform-hostile-");
  const dir = path.join(base, "project");
  const at = (...p: string[]) => path.join(dir, ...p);
  fs.mkdirSync(at("stacks", "sql"), { recursive: true });
  fs.mkdirSync(path.join(base, "outside"));
  for (const f of [path.join(base, "x.sql"), path.join(base, "outside", "x.sql")])
    fs.writeFileSync(f, canary);
  for (const f of ["Pulumi.yaml", "package.json", ".env", "stacks/index.ts", "stacks/Pulumi.dev.yaml"]) {
    fs.writeFileSync(at(f), canary);
  }
  fs.writeFileSync(at("stacks", "sql", "ok.sql"), "SELECT 1;\n");
  fs.writeFileSync(
    at("stacks", "sql", "big.sql"),
    canary.repeat(Math.ceil((1024 * 1024 + 1) / canary.length)),
  );
  fs.mkdirSync(at("stacks", "sql", "folder.sql"));
  const links: [string, string][] = [
    ["passwd.sql", "/etc/passwd"],
    ["zero.sql", "/dev/zero"],
    ["null.sql", "/dev/null"],
    ["random.sql", "/dev/urandom"],
    ["environ.sql", "/proc/self/environ"],
    ["outside.sql", path.join(base, "x.sql")],
    ["relative-out.sql", "../../../x.sql"],
    ["chain.sql", "outside.sql"],
    ["dangling.sql", "nowhere.sql"],
    ["loop.sql", "loop.sql"],
    ["env.sql", "../../.env"],
    ["stack.sql", "../Pulumi.dev.yaml"],
    ["root.sql", "/"],
    ["folder-link.sql", "folder.sql"],
  ];
  for (const [name, target] of links) fs.symlinkSync(target, at("stacks", "sql", name));
  fs.symlinkSync(path.join(base, "outside"), at("stacks", "out"));
  fs.symlinkSync("/etc", at("stacks", "etc"));
  if (process.platform !== "win32") spawnSync("mkfifo", [at("stacks", "sql", "pipe.sql")]);
  return dir;
}

const relative = "a path relative to the project directory";
const inside = "a path inside the project directory (symbolic links followed)";
const extension = "a file name ending in .sql";
const existing = "an existing file";
const regular = "a regular file";
const readable = "a readable file";
const small = "a file of at most 1 MiB (1048576 bytes)";

/** Each hostile `file:` and the rule it breaks. */
const hostilePaths: [string, string][] = [
  ["/etc/passwd", relative],
  ["/etc/shadow", relative],
  ["/proc/self/environ", relative],
  ["/proc/1/environ", relative],
  ["/dev/zero", relative],
  ["/dev/urandom", relative],
  ["/dev/stdin", relative],
  ["/root/.ssh/id_rsa", relative],
  ["//etc/passwd", relative],
  ["/tmp/x.sql", relative],
  ["C:\\Windows\\win.ini", relative],
  ["C:/x.sql", relative],
  ["\\\\server\\share\\x.sql", relative],
  ["../x.sql", inside],
  ["../../etc/passwd", inside],
  ["./../x.sql", inside],
  ["stacks/../../x.sql", inside],
  ["stacks/sql/../../../x.sql", inside],
  ["..", inside],
  [".env", extension],
  ["Pulumi.yaml", extension],
  ["package.json", extension],
  ["stacks/index.ts", extension],
  ["stacks/Pulumi.dev.yaml", extension],
  ["stacks/sql/ok.SQL", extension],
  ["stacks/sql/ok.sql.bak", extension],
  ["stacks/sql/ok", extension],
  [".", extension],
  ["stacks", extension],
  ["stacks/sql/ok.sql\u0000.txt", extension],
  ["stacks/sql/missing.sql", existing],
  ["missing.sql", existing],
  ["stacks/nope/x.sql", existing],
  ["stacks/sql/a\nb.sql", existing],
  ["stacks/sql/dangling.sql", existing],
  ["stacks/sql/ok.sql/x.sql", readable],
  ["stacks/sql/loop.sql", readable],
  ["stacks/sql/x\u0000.sql", readable],
  [`stacks/${"x".repeat(300)}.sql`, readable],
  ["stacks/sql/passwd.sql", inside],
  ["stacks/sql/zero.sql", inside],
  ["stacks/sql/null.sql", inside],
  ["stacks/sql/random.sql", inside],
  ["stacks/sql/environ.sql", inside],
  ["stacks/sql/outside.sql", inside],
  ["stacks/sql/relative-out.sql", inside],
  ["stacks/sql/chain.sql", inside],
  ["stacks/sql/root.sql", inside],
  ["stacks/out/x.sql", inside],
  ["stacks/etc/passwd.sql", existing],
  ["stacks/sql/env.sql", extension],
  ["stacks/sql/stack.sql", extension],
  ["stacks/sql/folder.sql", regular],
  ["stacks/sql/folder-link.sql", regular],
  ["stacks/sql/big.sql", small],
  ...(process.platform !== "win32" ? [["stacks/sql/pipe.sql", regular] as [string, string]] : []),
];

describe("hostile statement files", () => {
  const dir = hostileProject();

  it("holds at least 50 paths", () => expect(hostilePaths.length).toBeGreaterThanOrEqual(50));

  it.each(hostilePaths)("file: %j is refused: %s", (file, rule) => {
    const statements = ["stacks/sql/ok.sql", file].map((f, i) => ({ name: `s${i}`, file: f, pool: "p" }));
    const section = { cloud: "AWS", region: "us-east-1", kafka: { clusterId: "lkc-abc123" }, statements };
    const err = configErrorOf(() =>
      inProject(dir, () => parseCloudConfig({ ...section, pools: [{ name: "p", maxCfu: 5 }] })),
    );
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({
      path: "flink-platform:cloud.statements[1].file",
      got: file,
      allowed: rule,
    });
    expect(err.message).not.toContain(canary);
    expect(err.message).not.toMatch(/\n\s+at /);
  });
});

/** Each hostile stack-file text, a word of what it is, and whether the editor refuses it too (default). */
const hostileYaml: [string, string, boolean?][] = [
  ["bomb of strings", aliasBomb('"lol"')],
  ["bomb of numbers", aliasBomb("1")],
  ["bomb of empty lists", aliasBomb("[]")],
  ["bomb of empty maps", aliasBomb("{}")],
  ["bomb of nulls", aliasBomb("~")],
  ["bomb of long strings", aliasBomb(JSON.stringify("x".repeat(2000)), 4)],
  ["bomb under flink-platform", aliasBomb('"lol"', 9, "flink-platform:pools")],
  ["bomb under pulumi", aliasBomb('"lol"', 9, "pulumi:tags")],
  ["bomb as top-level key", aliasBomb('"lol"').replace("config:", "x-bomb: 1\nconfig:")],
  [
    "bomb of merge keys",
    [
      "a0: &a0 { k0: 1, k1: 1, k2: 1, k3: 1, k4: 1, k5: 1, k6: 1, k7: 1, k8: 1 }",
      ...Array.from(
        { length: 8 },
        (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`{ <<: *a${i} }`).join(", ")}]`,
      ),
      "",
    ].join("\n"),
  ],
  [
    "bomb in keys",
    [
      "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      ...Array.from(
        { length: 7 },
        (_, i) =>
          `c${i}: &c${i} { ? [${Array(9)
            .fill(i === 0 ? "*b" : `*c${i - 1}`)
            .join(", ")}] : 1 }`,
      ),
      "",
    ].join("\n"),
  ],
  ["1500 aliases", `e: &e 1\nl: [${Array(1500).fill("*e").join(", ")}]\n`],
  ["alias before anchor", "a: *x\nb: &x 1\n"],
  ["alias to nothing", "a: *nothing\n"],
  ["alias in its own anchor", "a: &x [1, *x]\n"],
  ["alias in its own map", "a: &x { b: *x }\n"],
  ["merge of itself", "a: &x { <<: *x }\n"],
  // The editor does not apply merge keys; scale reads the file with the reader first.
  ["merge of a scalar", "a: &x 1\nb: { <<: *x }\n", false],
  ["duplicate top key", "config: {}\nconfig: {}\n"],
  ["duplicate config key", "config:\n  flink-platform:size: S\n  flink-platform:size: L\n"],
  ["duplicate flow key", "config: { a: 1, a: 2 }\n"],
  ["duplicate number key", 'config: { 1: a, "1": b }\n'],
  ["duplicate boolean key", 'config: { true: a, "true": b }\n'],
  ["duplicate nested key", "config:\n  x:\n    - { k: 1, k: 2 }\n"],
  ["second document", "config: {}\n---\nconfig: {}\n"],
  ["document end then another", "config: {}\n...\n---\nx: 1\n"],
  ["three documents", "---\na: 1\n---\nb: 2\n---\nc: 3\n"],
  ["binary tag", "config: { x: !!binary aGk= }\n"],
  ["timestamp tag", "config: { x: !!timestamp 2026-01-01 }\n"],
  ["custom tag", "config: { x: !Ref other }\n"],
  ["python tag", "config: { x: !!python/object:os.system ls }\n"],
  ["set tag", "config: { x: !!set { a, b } }\n"],
  ["tab indentation", "config:\n\tx: 1\n"],
  ["unclosed quote", 'config: { x: "abc }\n'],
  ["unclosed flow list", "config:\n  x: [a\n"],
  ["unclosed flow map", "config: { x: 1\n"],
  ["bad indentation", "config:\n  a: 1\n b: 2\n"],
  ["colon soup", "config: : :\n"],
  ["deep flow nesting", `config: ${"[".repeat(50_000)}\n`],
  [
    "deep block nesting",
    `config:\n${Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i + 2)}k${i}:`).join("\n")}\n`,
  ],
  ["over 256 KiB", `config: {}\n#${"x".repeat(256 * 1024)}\n`],
  ["over 256 KiB of multi-byte text", `config: { x: "${"é".repeat(140_000)}" }\n`],
  ["undefined anchor in merge", "a: { <<: *nope }\n"],
  ["directive of another version", "%YAML 2.0\n---\na: 1\n"],
  ["unknown directive then two docs", "%FOO bar\n---\na: 1\n---\nb: 2\n"],
  ["stray document marker in a map", "config:\n  a: 1\n---\n  b: 2\n"],
  ["control character", "config: { x: \u0007 }\n"],
  ["NUL byte", "config: { x: a\u0000b }\n"],
  ["escape character in a comment", "config: {} # \u001b[2J\n"],
  ["lone surrogate", "config: { x: \ud800 }\n"],
  ["flow map as key", "config: { { a: 1 }: 1, { a: 1 }: 2 }\n".replace("{ a: 1 }: 2", "b: *nope")],
  ["anchor on alias", "a: &x 1\nb: &y *x\n"],
];

describe("hostile stack files", () => {
  it("holds at least 50 texts", () => expect(hostileYaml.length).toBeGreaterThanOrEqual(50));

  it.each(hostileYaml)(
    "%s: refused by the reader (and the editor), naming the file, at once",
    (_, text, editor) => {
      // "At once" as work, not wall time (a loaded machine breaks a time limit; speed is `npm run bench`'s):
      // one pass of the parser, and no alias expanded, so a 1 KB bomb never becomes its 9^9 leaves.
      const reading = countYamlWork(() => parseYamlFile(text, "Pulumi.bad.yaml"));
      const read = configErrorOf(() => {
        throw reading.error;
      });
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0].path).toMatch(/^Pulumi\.bad\.yaml(:\d+:\d+)?$/);
      expect(read.message).not.toMatch(/\n\s+at /);
      // The one text only the reader refuses is refused while converting, where its one alias resolves.
      expect(reading.parses).toBeLessThanOrEqual(1);
      expect(reading.aliasesResolved).toBe(editor === false ? 1 : 0);
      expect(reading.conversions).toBe(editor === false ? 1 : 0);
      if (editor !== false) {
        const editing = countYamlWork(() =>
          editStackFile(text, [{ path: ["flink-platform:size"], value: "L" }]),
        );
        const edit = configErrorOf(() => {
          throw editing.error;
        });
        expect(edit.problems).toHaveLength(1);
        expect(edit.problems[0].path).toBe("stack file");
        expect(editing.parses).toBeLessThanOrEqual(1);
        expect(editing.aliasesResolved).toBe(0);
        expect(editing.conversions).toBe(0);
      }
    },
  );
});
