import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli";
import { git, gitProject } from "./support/git-project";
import { projectRoot } from "./support/synth";
import { tempDir } from "./support/temp-dirs";

/** Small CLI flags of issue 16: `--version`, and a `--base` that names no commit. */
describe("--version", () => {
  it("prints the package's version and exits 0", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
      version: string;
    };
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("diff --base", () => {
  it("GIVEN a ref that does not exist THEN one message naming --base, the value and what is allowed", async () => {
    const dir = gitProject(["dev"]);
    const run = await runCli(["diff", "dev", "--base", "origin/nope"], dir);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "Invalid flag (1 problem):",
        "  - --base",
        '      got:     "origin/nope"',
        "      allowed: a commit, branch or tag of this git repository (git rev-parse --verify <ref>^{commit})",
        "      hint:    a remote branch needs a fetch first (git fetch origin); in CI, check out with the full history (actions/checkout fetch-depth: 0)",
        "",
      ].join("\n"),
    });
  });
});

describe("changed-stacks (the preview workflow's stack list)", () => {
  it("GIVEN a commit deleting a stack file THEN that stack is listed; a bad --base names --base", async () => {
    const dir = gitProject(["dev", "prod"]);
    git(dir, "rm", "-q", "stacks/Pulumi.prod.yaml");
    git(dir, "commit", "-qm", "drop prod");
    expect(await runCli(["changed-stacks", "--base", "HEAD~1", "--json"], dir)).toEqual({
      code: 0,
      stdout: '["prod"]\n',
      stderr: "",
    });
    const bad = await runCli(["changed-stacks", "--base", "origin/nope"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split("\n").slice(0, 2)).toEqual(["Invalid flag (1 problem):", "  - --base"]);
  });
});

describe("diff of a stack the change deletes", () => {
  it("GIVEN the stack file is deleted THEN diff --base shows every resource going, exit 2 for the state it held", async () => {
    const dir = gitProject(["dev"]);
    // The base has a guardrail warning (2 slots on 1 CPU); a deleted stack shows none.
    const file = path.join(dir, "stacks", "Pulumi.dev.yaml");
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace("      slots: 1\n", "      slots: 2\n"));
    expect(fs.readFileSync(file, "utf8")).not.toBe(text);
    git(dir, "commit", "-qam", "two slots");
    fs.rmSync(file);
    const run = await runCli(["diff", "dev", "--base", "HEAD"], dir);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toContain("warning");
    expect(run.code).toBe(2);
    const lines = run.stdout.trimEnd().split("\n");
    const changes = lines.filter((l) => /^[~↻±!+-] /.test(l));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((l) => !/^(- delete|! state-risk) /.test(l))).toEqual([]);
    // dev's 31 resources (test/cli.test.ts: a new dev is 31 creates); the two that hold state are risks.
    expect(lines.at(-1)).toBe("31 changes (dev vs HEAD): 2 state-risk, 29 delete");
  });
});

describe("-C / --project-dir", () => {
  it("GIVEN a folder without a Pulumi project THEN one message naming --project-dir, the folder and what is allowed", async () => {
    const missing = path.join(tempDir("flink-platform-no-project-"), "nowhere");
    for (const flag of ["-C", "--project-dir"]) {
      const run = await runCli([flag, missing, "synth", "dev"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr.split("\n").slice(0, 4)).toEqual([
        "Invalid flag (1 problem):",
        "  - --project-dir",
        `      got:     ${JSON.stringify(missing)}`,
        "      allowed: a folder holding a Pulumi project file (Pulumi.yaml)",
      ]);
    }
  });
});

describe("an unknown stack under -C", () => {
  it("GIVEN the CLI runs from another folder THEN the hint names the stack file from the project folder, as every message does", async () => {
    const run = await runCli(["-C", projectRoot, "check", "nope"], tempDir("flink-platform-elsewhere-"));
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter((l) => l.includes("hint:"))).toEqual([
      "      hint:    no file stacks/Pulumi.nope.yaml",
    ]);
  });
});
