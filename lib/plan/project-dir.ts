import * as fs from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { ConfigError } from "../core/errors";

/**
 * The project folder of a command: `-C` / `--project-dir`, else the current
 * folder, as an absolute path. A folder given on the command line that holds
 * no `Pulumi.yaml` is refused naming the flag it came from; the current
 * folder's absence of one is left to the project loader, which names
 * `Pulumi.yaml`.
 */
export function projectDirOf(program: Command): string {
  const given = program.opts<{ projectDir: string }>().projectDir;
  const dir = path.resolve(given);
  if (program.getOptionValueSource("projectDir") === "cli" && !fs.existsSync(path.join(dir, "Pulumi.yaml"))) {
    throw new ConfigError(
      [
        {
          path: "--project-dir",
          got: given,
          allowed: "a folder holding a Pulumi project file (Pulumi.yaml)",
        },
      ],
      "Invalid flag",
    );
  }
  return dir;
}
