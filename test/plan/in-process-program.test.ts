import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliProcess } from "../support/cli";
import { commitProject, git } from "../support/git-project";
import { plainProgramProject } from "../support/project";
import { tempDir } from "../support/temp-dirs";

/**
 * `diff` synthesizes the working tree's plan in its own process (and `scale`
 * its plan after, `synth` its one plan). A program that ends that process
 * (process.exit, an exception thrown from a timer) or never settles must fail
 * the command, as a program in a child did, never end it with exit 0 and no
 * output; and the base's scratch folder and worktree must not outlive it.
 */

/** A git project whose program (index.js) does what its stack's `probe:mode` says, after one resource. */
function probeProject(): string {
  return commitProject(
    plainProgramProject(tempDir("flink-platform-probe-"), "probe", "config:\n  probe:mode: ok\n", [
      'const pulumi = require("@pulumi/pulumi");',
      'const mode = new pulumi.Config("probe").require("mode");',
      'new pulumi.CustomResource("probe:index:Probe", "probe", { mode });',
      'if (mode === "exit-in-catch") Promise.reject(new Error("no")).catch(() => process.exit(1));',
      "module.exports = async () => {",
      // The base (mode ok) takes its time when asked, so that a late exit comes while diff still waits for it.
      '  if (mode === "ok" && process.env.PROBE_SLOW_BASE) await new Promise((r) => setTimeout(r, 1500));',
      '  if (mode === "exit") process.exit(0);',
      '  if (mode === "exit-late") setTimeout(() => process.exit(0), 100);',
      '  if (mode === "fail-then-print") { console.log("printed while it ran"); setTimeout(() => console.log("late, from the failed program"), 5); throw new Error("the program failed"); }',
      '  if (mode === "print-late") setTimeout(() => { console.log("late, from the program"); process.stdout.write("and a write\\n"); }, 100);',
      '  if (mode === "throw") setTimeout(() => { throw new Error("thrown from a timer"); }, 0);',
      '  if (mode === "hang" || mode === "throw") await new Promise(() => {});',
      "};",
    ]),
  );
}

/** Leftovers of diff's base in the temporary folder and in the repository's worktree list. */
function leftovers(dir: string, tmp: string): string[] {
  return [
    ...fs.readdirSync(tmp),
    ...git(dir, "worktree", "list", "--porcelain")
      .split("\n")
      .filter((l) => l.startsWith("worktree ") && !l.endsWith(fs.realpathSync(dir))),
  ];
}

describe("a working tree's program that does not end as a program should, under diff", () => {
  it.each([
    ["calls process.exit(0)", "stack files", "exit", "the program called process.exit(0)"],
    ["throws from a timer", "stack files", "throw", "thrown from a timer"],
    ["never settles", "stack files", "hang", "a program it ran never settled"],
    ["never settles", "a worktree", "hang", "a program it ran never settled"],
    [
      "fails, then prints from a timer while diff stops the base",
      "stack files",
      "fail-then-print",
      "the program failed",
    ],
    [
      "calls process.exit(1) in a promise nobody awaits",
      "stack files",
      "exit-in-catch",
      "the program called process.exit(1)",
    ],
    [
      "calls process.exit(0) after its synth, while diff waits for the base",
      "stack files",
      "exit-late",
      "a program it ran called process.exit(0) before its command finished",
    ],
  ])(
    "GIVEN one that %s, the base from %s THEN diff fails with exit 1 saying so, and leaves nothing behind",
    async (_, base, mode, says) => {
      const dir = probeProject();
      const tmp = tempDir("flink-platform-probe-tmp-");
      fs.writeFileSync(path.join(dir, "stacks", "Pulumi.probe.yaml"), `config:\n  probe:mode: ${mode}\n`);
      // A program file changed too: the base goes through a worktree at the ref (one bundle: the slow path).
      if (base === "a worktree") fs.appendFileSync(path.join(dir, "index.js"), "// changed\n");
      const run = await runCliProcess(["diff", "probe", "--base", "HEAD"], dir, {
        TMPDIR: tmp,
        // Node >= 22.8 keeps its compile cache in the temporary folder.
        NODE_DISABLE_COMPILE_CACHE: "1",
        ...(mode === "exit-late" ? { PROBE_SLOW_BASE: "1" } : {}),
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(says);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(leftovers(dir, tmp)).toEqual([]);
      fs.rmSync(tmp, { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
});

describe("a working tree's program that prints after its synth, under diff", () => {
  it("GIVEN it prints to stdout from a timer while diff waits for the base THEN diff's output is its report alone, and the program's lines go to stderr", async () => {
    const dir = probeProject();
    fs.writeFileSync(path.join(dir, "stacks", "Pulumi.probe.yaml"), "config:\n  probe:mode: print-late\n");
    const run = await runCliProcess(["diff", "probe", "--base", "HEAD", "--format", "json"], dir, {
      PROBE_SLOW_BASE: "1",
    });
    expect(run.stdout).not.toContain("from the program");
    const report = JSON.parse(run.stdout) as { changes: { name: string; kind: string }[] };
    expect(report.changes.map((c) => `${c.kind} ${c.name}`)).toEqual(["update probe"]);
    expect(run.stderr).toBe("late, from the program\nand a write\n");
    // An update only: diff's exit code for a change it does not call destructive.
    expect(run.code).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("a working tree's program that prints, then fails, under diff", () => {
  it("GIVEN it prints while it runs THEN diff shows that beside the failure, on stderr, and prints nothing on stdout", async () => {
    const dir = probeProject();
    fs.writeFileSync(
      path.join(dir, "stacks", "Pulumi.probe.yaml"),
      "config:\n  probe:mode: fail-then-print\n",
    );
    const run = await runCliProcess(["diff", "probe", "--base", "HEAD"], dir);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: "" });
    expect(run.stderr).toMatch(/^printed while it ran\n(?:.|\n)*the program failed/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
