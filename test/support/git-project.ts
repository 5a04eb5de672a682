import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { scratchProject, shippedStack } from "./project";
import { projectRoot } from "./synth";
import { tempDir } from "./temp-dirs";

/**
 * A throwaway git project (one commit, "base") whose program is this repo's
 * stack program, so `diff --base HEAD` has a real ref to compare with. The
 * program is `stacks/index.js`, requiring the shipped bundle
 * (dist/stacks/index.js, kept fresh by the tests' global setup) as synth in
 * this repo runs it.
 */
export function gitProject(stacks: string[]): string {
  const dir = scratchProject(
    tempDir("flink-platform-cli-"),
    Object.fromEntries(stacks.map((s) => [s, shippedStack(s)])),
    { sql: true },
  );
  return commitProject(dir);
}

/**
 * Makes the project in `dir` a git repository of one commit ("base"), with
 * node_modules as a project has it (a link, ignored): a bundled base program
 * resolves the Pulumi SDK from there.
 */
export function commitProject(dir: string): string {
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules\n");
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  return dir;
}

/**
 * The start of a script for a fresh Node process that records the synth
 * children the code after it spawns, in `synths` (their arguments from
 * `synth` on, without absolute paths).
 */
export const recordSynthSpawns = `const childProcess = require("node:child_process");
const spawn = childProcess.spawn;
const synths = [];
childProcess.spawn = (cmd, args, opts) => {
  if (args.includes("synth")) synths.push(args.slice(args.indexOf("synth")).filter((a) => !a.startsWith("/")).join(" "));
  return spawn(cmd, args, opts);
};
`;

/** Runs git in `dir` with a fixed identity; returns its stdout. */
export function git(dir: string, ...args: string[]): string {
  const run = spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], {
    cwd: dir,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
  return run.stdout;
}
