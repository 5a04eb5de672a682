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
  /** Write `stacks/index.ts`, which runs the shipped program. @default true */
  readonly program?: boolean;
  /** Copy the shipped `stacks/sql` (the statement files of the cloud stacks). @default false */
  readonly sql?: boolean;
}

/**
 * Fills `dir` (created if missing) with this repository's `Pulumi.yaml`, a
 * `stacks/index.ts` that requires the shipped `stacks/index` (so synth runs
 * the real program with `dir` as the project) and one
 * `stacks/Pulumi.<name>.yaml` per entry of `stacks`. Returns `dir`.
 */
export function scratchProject(
  dir: string,
  stacks: Readonly<Record<string, string>>,
  options: ScratchOptions = {},
): string {
  fs.mkdirSync(path.join(dir, "stacks"), { recursive: true });
  fs.cpSync(path.join(projectRoot, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
  if (options.sql === true) {
    fs.cpSync(path.join(projectRoot, "stacks", "sql"), path.join(dir, "stacks", "sql"), { recursive: true });
  }
  if (options.program !== false) {
    fs.writeFileSync(
      path.join(dir, "stacks", "index.ts"),
      `export = require(${JSON.stringify(path.join(projectRoot, "stacks", "index"))});\n`,
    );
  }
  for (const [name, text] of Object.entries(stacks)) {
    fs.writeFileSync(path.join(dir, "stacks", `Pulumi.${name}.yaml`), text);
  }
  return dir;
}
