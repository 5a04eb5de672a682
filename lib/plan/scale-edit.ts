import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigError } from "../core/errors";

/**
 * Where `scale` puts its edited stack file for the "after" synth (synth's
 * hidden `--stack-config`), and the one check synth makes of that flag: the
 * file must be such an edit, so a path a user types there can never make synth
 * read, and echo in a parse error, another file of the machine.
 */

/** Prefix of the temporary folder `scale` writes its edit into. */
export const scaleEditPrefix = "flink-platform-scale-";
/** Name of the edited stack file in that folder. */
export const scaleEditFile = "edited.yaml";

/** Refuses a `--stack-config` value that is not a regular `edited.yaml` in a folder `scale` made. */
export function checkScaleEdit(file: string): void {
  let real: string | undefined;
  try {
    const stat = fs.lstatSync(file);
    if (stat.isFile()) real = fs.realpathSync(file);
  } catch {
    real = undefined;
  }
  const folder = real === undefined ? undefined : path.dirname(real);
  const ok =
    real !== undefined &&
    folder !== undefined &&
    path.basename(real) === scaleEditFile &&
    path.dirname(folder) === fs.realpathSync(os.tmpdir()) &&
    path.basename(folder).startsWith(scaleEditPrefix);
  if (!ok) {
    throw new ConfigError(
      [
        {
          path: "--stack-config",
          got: file,
          allowed: `an edited stack file that flink-platform scale wrote (${scaleEditPrefix}*/${scaleEditFile} in the temporary folder); an internal flag, not for stack files`,
        },
      ],
      "Invalid flag",
    );
  }
}
