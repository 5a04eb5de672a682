import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { scratchProject, shippedStack } from "./project";
import { projectRoot } from "./synth";

/**
 * A throwaway git project (one commit, "base") whose program is this repo's
 * stack program, so `diff --base HEAD` has a real ref to compare with. The
 * program is `stacks/index.js`: the shipped bundle (dist/stacks/index.js)
 * while the build is fresh, as synth in this repo runs it, else the sources
 * through tsx, so a CLI test pays a transpile only when the build is stale.
 */
export function gitProject(stacks: string[]): string {
  const dir = scratchProject(
    fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-cli-")),
    Object.fromEntries(stacks.map((s) => [s, shippedStack(s)])),
    { sql: true, program: false },
  );
  const pulumiYaml = path.join(dir, "Pulumi.yaml");
  fs.writeFileSync(
    pulumiYaml,
    fs.readFileSync(pulumiYaml, "utf8").replace("main: stacks/index.ts", "main: stacks/index.js"),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compiledTwin } = require("../../bin/freshness.js") as {
    compiledTwin(root: string, file: string): string | undefined;
  };
  const twin = compiledTwin(projectRoot, path.join(projectRoot, "stacks", "index.ts"));
  fs.writeFileSync(
    path.join(dir, "stacks", "index.js"),
    twin
      ? `module.exports = require(${JSON.stringify(twin)});\n`
      : `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register();\nmodule.exports = require(${JSON.stringify(path.join(projectRoot, "stacks", "index.ts"))});\n`,
  );
  // node_modules as a project has it (ignored): a bundled base program resolves the Pulumi SDK from there.
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules\n");
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  return dir;
}

/** Runs git in `dir` with a fixed identity; returns its stdout. */
export function git(dir: string, ...args: string[]): string {
  const run = spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], {
    cwd: dir,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
  return run.stdout;
}
