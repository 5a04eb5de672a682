import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../core/errors";
import { loadProject, stackFile } from "./project";

/**
 * `diff`'s `--base`: the check that it names a commit, and whether the
 * working tree deleted the stack since. Every git command after the check
 * takes the commit id it answered (base-plan.ts, and the settings section of
 * `diff --format markdown`): `diff` resolves its `--base` once.
 */

const posix = (p: string) => p.split(path.sep).join("/");

/** A `--base` ref that names a commit: the repository's top folder and the commit's object id. */
export interface CheckedRef {
  readonly top: string;
  /**
   * What every git command after the check is given instead of the ref: a
   * branch may be named `--output=<file>`, which `git diff` and `git show`
   * would take as an option (and write that file), and the ref cannot move
   * between two git commands.
   */
  readonly commit: string;
}

/**
 * Checks that `ref` (diff's `--base`) names a commit of the project's git
 * repository, before anything is synthesized. An unknown ref is a user
 * mistake: one ConfigError naming `--base` (git's own answer to
 * `rev-parse --verify --quiet` is empty).
 */
export function checkBaseRef(projectDir: string, ref: string): CheckedRef {
  // One git process for both answers: the top folder is printed first, then
  // the commit, or nothing and exit 1 (`--quiet`) for a ref that is none.
  // `--end-of-options`: a ref such as `--output=x` is a ref to git, never an option.
  const run = spawnSync(
    "git",
    ["rev-parse", "--show-toplevel", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
    { cwd: projectDir, encoding: "utf8" },
  );
  const [top = "", commit = ""] = run.stdout?.split("\n") ?? [];
  if (run.status !== 0 && (run.status !== 1 || top === "")) {
    throw new Error(`git rev-parse --show-toplevel: ${String(run.stderr).trim()}`);
  }
  if (run.status !== 0) {
    throw new ConfigError(
      [
        {
          path: "--base",
          got: ref,
          allowed: "a commit, branch or tag of this git repository (git rev-parse --verify <ref>^{commit})",
          hint: "a remote branch needs a fetch first (git fetch origin); in CI, check out with the full history (actions/checkout fetch-depth: 0)",
        },
      ],
      "Invalid flag",
    );
  }
  return { top, commit };
}

/**
 * Whether the working tree deleted `stack`: its stack file is absent here and
 * present at the base, which `base` resolves (called only when the file is
 * absent). Anything that cannot be checked (not a git repository, an unknown
 * ref, an invalid name) is false: `diff` then reports it as usual.
 */
export function stackDeletedSince(projectDir: string, stack: string, base: () => CheckedRef): boolean {
  try {
    const file = stackFile(loadProject(projectDir), stack);
    if (fs.existsSync(file) || isLink(file)) return false;
    const { top, commit } = base();
    const rel = posix(path.relative(top, file));
    return (
      spawnSync("git", ["cat-file", "-e", "--end-of-options", `${commit}:${rel}`], { cwd: top }).status === 0
    );
  } catch {
    return false;
  }
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
