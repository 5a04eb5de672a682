import * as fs from "node:fs";
import * as path from "node:path";
import { projectRoot } from "./synth";

/**
 * Scratch projects for the CLI tests: a temp copy of this repository's Pulumi
 * project whose program is the shipped one, with the stack files a test
 * needs. One builder, so every test runs the same program the same way.
 */

/** The text of a shipped stack file, `stacks/Pulumi.<stack>.yaml`. */
export function shippedStack(stack: string): string {
  return fs.readFileSync(path.join(projectRoot, "stacks", `Pulumi.${stack}.yaml`), "utf8");
}

/** What {@link scratchProject} writes besides Pulumi.yaml and the stack files. */
export interface ScratchOptions {
  /** Write `stacks/index.js`, which runs the shipped program's bundle. @default true */
  readonly program?: boolean;
  /** Copy the shipped `stacks/sql` (the statement files of the cloud stacks). @default false */
  readonly sql?: boolean;
}

/**
 * Fills `dir` (created if missing) with this repository's `Pulumi.yaml`, its
 * program as `stacks/index.js` requiring the shipped program's bundle
 * (dist/stacks/index.js, which the tests' global setup keeps fresh), so synth
 * runs the real program with `dir` as the project the way it runs in this
 * repo, and one `stacks/Pulumi.<name>.yaml` per entry of `stacks`. Returns
 * `dir`. (Requiring the TypeScript sources instead sent every such synth
 * through tsx: about 1.6 s of CPU against 1.1 s; only
 * test/plan/synth.test.ts needs a synth from source.)
 */
export function scratchProject(
  dir: string,
  stacks: Readonly<Record<string, string>>,
  options: ScratchOptions = {},
): string {
  fs.mkdirSync(path.join(dir, "stacks"), { recursive: true });
  const pulumiYaml = fs.readFileSync(path.join(projectRoot, "Pulumi.yaml"), "utf8");
  if (!pulumiYaml.includes("\nmain: stacks/index.ts\n"))
    throw new Error("Pulumi.yaml: main is not stacks/index.ts");
  fs.writeFileSync(
    path.join(dir, "Pulumi.yaml"),
    options.program === false
      ? pulumiYaml
      : pulumiYaml.replace("\nmain: stacks/index.ts\n", "\nmain: stacks/index.js\n"),
  );
  if (options.sql === true) {
    fs.cpSync(path.join(projectRoot, "stacks", "sql"), path.join(dir, "stacks", "sql"), { recursive: true });
  }
  if (options.program !== false) {
    const bundle = path.join(projectRoot, "dist", "stacks", "index.js");
    fs.writeFileSync(
      path.join(dir, "stacks", "index.js"),
      `module.exports = require(${JSON.stringify(bundle)});\n`,
    );
  }
  for (const [name, text] of Object.entries(stacks)) {
    fs.writeFileSync(path.join(dir, "stacks", `Pulumi.${name}.yaml`), text);
  }
  return dir;
}

/**
 * A project of one's own in `dir`: a plain JavaScript program (`index.js`,
 * its `lines`) and one stack file, `stacks/Pulumi.<stack>.yaml` with `stackText`.
 * For what synth does with a program that is not this package's.
 */
export function plainProgramProject(
  dir: string,
  stack: string,
  stackText: string,
  lines: readonly string[],
): string {
  fs.writeFileSync(
    path.join(dir, "Pulumi.yaml"),
    `name: ${stack}\nruntime: nodejs\nmain: index.js\nstackConfigDir: stacks\n`,
  );
  fs.mkdirSync(path.join(dir, "stacks"), { recursive: true });
  fs.writeFileSync(path.join(dir, "stacks", `Pulumi.${stack}.yaml`), stackText);
  fs.writeFileSync(path.join(dir, "index.js"), [...lines, ""].join("\n"));
  return dir;
}
