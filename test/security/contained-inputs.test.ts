import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cliBin } from "../support/synth";
import { scratchProject } from "../support/project";
import { runCli, type CliRun } from "../support/cli";
import { countYamlWorkAsync } from "../support/yaml";
import { tempDir } from "../support/temp-dirs";

/**
 * Files a stack reads or references, from a hostile pull request's point of
 * view: every command refuses them with one message naming the key or the
 * file, exits 1 without a stack trace, writes nothing and never copies a
 * file's content into a plan.
 */

const canWriteFifo = process.platform !== "win32";

/**
 * A scratch project in a temp dir running the shipped program, with stack
 * `bad` of the given text; a file `outside.sql` sits next to the project.
 */
function scratch(stackYaml: string): { dir: string; base: string } {
  const base = tempDir("flink-platform-contained-");
  const dir = path.join(base, "project");
  scratchProject(dir, { bad: stackYaml });
  fs.mkdirSync(path.join(dir, "stacks", "sql"));
  fs.writeFileSync(path.join(dir, "stacks", "sql", "ok.sql"), "SELECT 1;\n");
  fs.writeFileSync(path.join(base, "outside.sql"), "SECRET-OUTSIDE-THE-PROJECT\n");
  return { dir, base };
}

/**
 * The CLI on `dir`: in this process (runCli, no node start-up) for commands
 * other than synth; as a child process for synth (synthStack runs once per
 * process, and the in-process one is the bomb's work count below) and where a
 * regression would hang (a reader that opens a FIFO blocks the whole
 * process): its timeout fails the test instead of the run.
 */
async function cli(how: "in-process" | "spawned", dir: string, ...args: string[]): Promise<CliRun> {
  if (how === "in-process") return runCli(["--project-dir", dir, ...args]);
  const run = spawnSync(process.execPath, [cliBin, "--project-dir", dir, ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

const stackPath = (dir: string) => path.join(dir, "stacks", "Pulumi.bad.yaml");

/** A valid cloud stack whose statements read `files`. */
function cloudStack(files: readonly string[]): string {
  return [
    "config:",
    "  flink-platform:target: cloud",
    "  flink-platform:environment: { name: bad, tier: dev }",
    "  flink-platform:confluentCloudApiKey: { secure: v1:x }",
    "  flink-platform:confluentCloudApiSecret: { secure: v1:y }",
    "  flink-platform:cloud:",
    "    cloud: AWS",
    "    region: us-east-1",
    "    kafka: { create: { displayName: bad-kafka, type: STANDARD } }",
    "    topics: [orders]",
    "    pools: [{ name: default, maxCfu: 20 }]",
    "    statements:",
    ...files.map((f, i) => `      - { name: s${i}, file: ${JSON.stringify(f)}, pool: default }`),
    "",
  ].join("\n");
}

/** `synth bad` exits 1 with exactly these stderr lines and writes nothing. */
async function expectSynthRefused(
  dir: string,
  stderrLines: readonly string[],
  how: "in-process" | "spawned" = "in-process",
): Promise<void> {
  const out = path.join(dir, "out");
  const run = await cli(how, dir, "synth", "bad", "--out", out);
  expect(run.stderr).toBe([...stderrLines, ""].join("\n"));
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(fs.existsSync(out)).toBe(false);
}

const key = (i: number) => `  - flink-platform:cloud.statements[${i}].file`;
const relativeRule = "      allowed: a path relative to the project directory";
const insideRule = "      allowed: a path inside the project directory (symbolic links followed)";
const regularRule = "      allowed: a regular file";

describe("a statement file: is contained in the project and bounded", () => {
  it("GIVEN file: /etc/passwd THEN synth exits 1 naming the key, the value and the rule, and writes nothing", async () => {
    const { dir } = scratch(cloudStack(["/etc/passwd"]));
    await expectSynthRefused(
      dir,
      [
        "Invalid flink-platform stack configuration (1 problem):",
        key(0),
        '      got:     "/etc/passwd"',
        relativeRule,
      ],
      "spawned",
    );
  });

  it("GIVEN every kind of hostile path at once THEN one message lists each key with its rule", async () => {
    const { dir, base } = scratch("");
    const sql = (f: string) => path.join(dir, "stacks", "sql", f);
    fs.symlinkSync(path.join(base, "outside.sql"), sql("escape.sql"));
    fs.symlinkSync("/dev/zero", sql("zero.sql"));
    fs.mkdirSync(sql("folder.sql"));
    fs.writeFileSync(path.join(dir, ".env"), "TOKEN=do-not-leak\n");
    fs.writeFileSync(sql("big.sql"), "-".repeat(1024 * 1024 + 1));
    const files = [
      "/etc/passwd",
      "/proc/self/environ",
      sql("ok.sql"),
      "../outside.sql",
      "stacks/sql/escape.sql",
      "stacks/sql/zero.sql",
      "stacks/sql/folder.sql",
      "stacks/sql/missing.sql",
      ".env",
      "stacks/sql/big.sql",
    ];
    if (canWriteFifo) {
      expect(spawnSync("mkfifo", [sql("pipe.sql")]).status).toBe(0);
      files.push("stacks/sql/pipe.sql");
    }
    fs.writeFileSync(stackPath(dir), cloudStack(files));
    await expectSynthRefused(
      dir,
      [
        `Invalid flink-platform stack configuration (${files.length} problems):`,
        key(0),
        '      got:     "/etc/passwd"',
        relativeRule,
        key(1),
        '      got:     "/proc/self/environ"',
        relativeRule,
        key(2),
        `      got:     ${JSON.stringify(sql("ok.sql"))}`,
        relativeRule,
        key(3),
        '      got:     "../outside.sql"',
        insideRule,
        key(4),
        '      got:     "stacks/sql/escape.sql"',
        insideRule,
        `      hint:    found: a symbolic link to ${path.join(base, "outside.sql")}`,
        key(5),
        '      got:     "stacks/sql/zero.sql"',
        insideRule,
        "      hint:    found: a symbolic link to /dev/zero",
        key(6),
        '      got:     "stacks/sql/folder.sql"',
        regularRule,
        "      hint:    found: a folder",
        key(7),
        '      got:     "stacks/sql/missing.sql"',
        "      allowed: an existing file",
        "      hint:    paths are relative to the project directory (where Pulumi.yaml is)",
        key(8),
        '      got:     ".env"',
        "      allowed: a file name ending in .sql",
        key(9),
        '      got:     "stacks/sql/big.sql"',
        "      allowed: a file of at most 1 MiB (1048576 bytes)",
        "      hint:    found: 1048577 bytes",
        ...(canWriteFifo
          ? [
              key(10),
              '      got:     "stacks/sql/pipe.sql"',
              regularRule,
              "      hint:    found: a FIFO (named pipe)",
            ]
          : []),
      ],
      "spawned",
    );
  });

  it("GIVEN scale on a cloud stack whose statement reads /etc/passwd THEN it is refused before any synth, file untouched", async () => {
    const { dir } = scratch(cloudStack(["/etc/passwd"]));
    const before = fs.readFileSync(stackPath(dir), "utf8");
    const run = await cli("in-process", dir, "scale", "bad", "--max-cfu", "30");
    expect(run.stderr).toBe(
      [
        "Invalid flink-platform stack configuration (1 problem):",
        key(0),
        '      got:     "/etc/passwd"',
        relativeRule,
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
    expect(fs.readFileSync(stackPath(dir), "utf8")).toBe(before);
  });
});

/** Nine levels of nine aliases (about 1 KB), under a namespace the platform never reads. */
function aliasBomb(): string {
  const lines = ["config:", "  flink-platform:environment: { name: bad, tier: dev }", "  other:lol:"];
  lines.push(`    a0: &a0 [${Array(9).fill('"lol"').join(", ")}]`);
  for (let i = 1; i < 9; i++)
    lines.push(
      `    a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(", ")}]`,
    );
  return [...lines, ""].join("\n");
}

const bombRefusal = [
  "Cannot read a YAML file (1 problem):",
  "  - stacks/Pulumi.bad.yaml:9:19",
  '      got:     "alias *a4 makes aliases add more than 1048576 bytes"',
  "      allowed: aliases (*name) and merge keys (<<) that add at most 1 MiB (1048576 bytes) when expanded",
  "      hint:    an alias repeats its anchor's whole value, so nested aliases multiply",
];

describe("stack files are read with bounded YAML", () => {
  it("GIVEN a 1 KB alias bomb under another namespace THEN synth refuses it, naming the file, writing nothing", async () => {
    const bomb = aliasBomb();
    expect(bomb.length).toBeLessThan(1200);
    const { dir } = scratch(bomb);
    await expectSynthRefused(dir, bombRefusal, "spawned");
  });

  it("GIVEN the same bomb THEN synth refuses it before expanding a single alias (work, not wall time)", async () => {
    const { dir } = scratch(aliasBomb());
    let run: CliRun | undefined;
    const work = await countYamlWorkAsync(async () => {
      run = await runCli(["--project-dir", dir, "synth", "bad", "--out", path.join(dir, "out")]);
    });
    expect(run).toEqual({ code: 1, stdout: "", stderr: [...bombRefusal, ""].join("\n") });
    // Expanding it would resolve aliases by the million; the reader refuses it from the parse alone.
    expect([work.error, work.aliasesResolved]).toEqual([undefined, 0]);
  });

  it("GIVEN the same bomb THEN scale (the editor path) refuses it, file untouched", async () => {
    const { dir } = scratch(aliasBomb());
    const run = await cli("in-process", dir, "scale", "bad", "--size", "M");
    expect(run.stderr).toBe([...bombRefusal, ""].join("\n"));
    expect(run.code).toBe(1);
    expect(fs.readFileSync(stackPath(dir), "utf8")).toBe(aliasBomb());
  });

  it("GIVEN a stack file over 256 KiB THEN synth refuses it before parsing, naming the file", async () => {
    const head = "config:\n  flink-platform:environment: { name: bad, tier: dev }\n";
    const { dir } = scratch(head + "#".repeat(256 * 1024 - head.length) + "\n");
    await expectSynthRefused(
      dir,
      [
        "Cannot read a YAML file (1 problem):",
        "  - stacks/Pulumi.bad.yaml",
        '      got:     "262145 bytes"',
        "      allowed: a YAML file of at most 256 KiB (262144 bytes)",
      ],
      "spawned",
    );
  });

  it.skipIf(!canWriteFifo)(
    "GIVEN a stack file that is a FIFO THEN synth refuses it instead of waiting",
    async () => {
      const { dir } = scratch("");
      fs.rmSync(stackPath(dir));
      expect(spawnSync("mkfifo", [stackPath(dir)]).status).toBe(0);
      await expectSynthRefused(
        dir,
        [
          "Cannot read a YAML file (1 problem):",
          "  - stacks/Pulumi.bad.yaml",
          '      got:     "a FIFO (named pipe)"',
          "      allowed: a regular file",
        ],
        "spawned",
      );
    },
  );
});
