import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliProcess } from "../support/cli";
import { git, gitProject } from "../support/git-project";
import { tempDir } from "../support/temp-dirs";

/**
 * `diff --base <ref>` resolves the ref to a commit once, and every git
 * command after that takes the commit: the base's plan, the check that the
 * working tree deleted the stack, and the PR comment's settings section
 * describe the same commit even if the ref moves meanwhile (a fetch in
 * another shell, a push to the branch in CI). A shim ahead of git on PATH
 * records every git command the CLI and its synth child run.
 */

/** A `git` on PATH that appends its arguments to `log`, one command a line, then runs the real git. */
function gitShim(log: string): string {
  const dir = tempDir("flink-platform-git-shim-");
  fs.writeFileSync(
    path.join(dir, "git"),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(realGit())} "$@"\n`,
    { mode: 0o755 },
  );
  return dir;
}

/** The git this process would run: the first on PATH. */
function realGit(): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "git");
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error("git not found on PATH");
}

/** Runs `diff` with `args` in `dir` through the shim; returns its result and the git commands naming `ref`. */
async function diffNaming(dir: string, ref: string, args: string[]) {
  const log = path.join(tempDir("flink-platform-git-log-"), "git.log");
  const run = await runCliProcess(["diff", ...args, "--base", ref], dir, {
    PATH: `${gitShim(log)}${path.delimiter}${process.env.PATH ?? ""}`,
  });
  const commands = fs.readFileSync(log, "utf8").trimEnd().split("\n");
  return { run, naming: commands.filter((c) => c.includes(ref)) };
}

describe.skipIf(process.platform === "win32")("diff resolves --base once", () => {
  it("GIVEN a scaling change and --base a branch WHEN diff renders markdown THEN only one git command names the branch: the one that resolves it", async () => {
    const dir = gitProject(["dev"]);
    git(dir, "branch", "pr-base");
    const file = path.join(dir, "stacks", "Pulumi.dev.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("taskManagers: 2", "taskManagers: 3"));
    const { run, naming } = await diffNaming(dir, "pr-base", ["dev", "--format", "markdown"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("| TaskManagers | 2 | 3 |");
    expect(naming).toEqual(["rev-parse --show-toplevel --verify --quiet --end-of-options pr-base^{commit}"]);
  });

  it("GIVEN the working tree deleted the stack THEN the branch is resolved once as well", async () => {
    const dir = gitProject(["dev"]);
    git(dir, "branch", "pr-base");
    fs.rmSync(path.join(dir, "stacks", "Pulumi.dev.yaml"));
    const { run, naming } = await diffNaming(dir, "pr-base", ["dev"]);
    expect(run.stderr).toBe("");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "31 changes (dev vs pr-base): 2 state-risk, 29 delete",
    );
    expect(naming).toEqual(["rev-parse --show-toplevel --verify --quiet --end-of-options pr-base^{commit}"]);
  });
});
