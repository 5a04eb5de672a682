import { spawnSync } from "node:child_process";
import * as path from "node:path";
import type { Command } from "commander";
import { load } from "./lazy-modules";

/**
 * Which stacks a pull request's preview diffs, from the files it changes
 * (`git diff --name-status` against the merge base): a change to a stack
 * file is a change to that stack (a deleted one too: its diff shows what the
 * deletion removes); documentation changes nothing; any other file (the
 * program, a statement file, the lock file) may change every stack.
 */

/** One line of `git diff --name-status --no-renames`. */
export interface ChangedFile {
  /** git's status letter: A, M, D, T... */
  readonly status: string;
  /** Path from the repository's top folder, `/`-separated. */
  readonly path: string;
}

/** Parses `git diff --name-status --no-renames -z` output. */
export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split("\0").filter((p) => p !== "");
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) files.push({ status: parts[i], path: parts[i + 1] });
  return files;
}

/** Files that never change a plan. */
const isDocumentation = (file: string) => /\.md$/i.test(file) || file.startsWith("docs/");

/**
 * The stacks to diff, sorted: `current` are the stacks of the working tree,
 * `stackDir` the stack folder from the repository's top (`.` at the top).
 */
export function stacksToDiff(
  changed: readonly ChangedFile[],
  current: readonly string[],
  stackDir: string,
): string[] {
  const prefix = stackDir === "." || stackDir === "" ? "" : `${stackDir.replace(/\/+$/, "")}/`;
  const stacks = new Set<string>();
  let everything = false;
  for (const { path: file } of changed) {
    const name = file.startsWith(prefix)
      ? /^Pulumi\.([^/]+)\.yaml$/.exec(file.slice(prefix.length))?.[1]
      : undefined;
    if (name !== undefined) stacks.add(name);
    else if (!isDocumentation(file)) everything = true;
  }
  if (everything) for (const s of current) stacks.add(s);
  return [...stacks].sort();
}

/** Registers the hidden `changed-stacks` command the preview workflow runs. */
export function registerChangedStacks(program: Command, projectDir: () => string): void {
  program
    .command("changed-stacks", { hidden: true })
    .description("print the stacks whose plan a change since --base may touch, one per line (CI)")
    .requiredOption("--base <ref>", "git ref the pull request merges into")
    .option("--json", "print a JSON list (a workflow matrix)")
    .action((opts: { base: string; json?: boolean }) => {
      const dir = projectDir();
      // Loaded on use: registering the command must not load them for every command.
      const { checkBaseRef } = load.baseRef();
      const { listStacks, loadProject } = load.project();
      const { top, commit } = checkBaseRef(dir, opts.base);
      const run = spawnSync(
        "git",
        ["diff", "--name-status", "--no-renames", "-z", "--end-of-options", `${commit}...HEAD`],
        { cwd: top, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      );
      if (run.status !== 0) throw new Error(`git diff ${opts.base}...HEAD: ${run.stderr.trim()}`);
      const project = loadProject(dir);
      const stackDir = path.relative(top, project.stackConfigDir).split(path.sep).join("/") || ".";
      const stacks = stacksToDiff(parseNameStatus(run.stdout), listStacks(project), stackDir);
      console.log(opts.json ? JSON.stringify(stacks) : stacks.join("\n"));
    });
}
