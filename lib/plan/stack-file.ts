import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../core/errors";
import { realPath } from "./out-dir";

/** The folders of a project that stack files live in (a `PulumiProject` is one). */
export interface StackFolders {
  readonly dir: string;
  readonly stackConfigDir: string;
}

/**
 * Where a stack's config file may be, and how it is rewritten. A hostile
 * change (a pull request the CI runs `diff` or `scale` on) could point the
 * stack folder or a stack file elsewhere with `stackConfigDir` or a
 * symbolic link: every path is resolved and checked before it is read or
 * written.
 */

/** Whether `inner` is `outer` or below it (paths of one kind: both real, or both as written). */
function within(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * `<stackConfigDir>/Pulumi.<stack>.yaml` for a valid stack name, once the
 * stack folder is known to be inside the project (as written) and the file,
 * when it exists, to resolve inside the stack folder (links resolved). Throws
 * one ConfigError otherwise.
 */
export function containedStackFile(project: StackFolders, stack: string, flag = "<stack>"): string {
  // Lexically: the stack folder may be a link (to a shared config checkout),
  // but Pulumi.yaml may not point it outside the project.
  if (!within(project.dir, project.stackConfigDir)) {
    throw new ConfigError(
      [
        {
          path: "Pulumi.yaml stackConfigDir",
          got: path.relative(project.dir, project.stackConfigDir),
          allowed: "a folder inside the project, relative to Pulumi.yaml",
        },
      ],
      "Stack folder outside the project",
    );
  }
  const file = path.join(project.stackConfigDir, `Pulumi.${stack}.yaml`);
  let real: string | undefined;
  try {
    real = fs.realpathSync(file);
  } catch {
    // Missing: fine (the caller says "unknown stack"), unless it is a dangling link.
    if (!fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) return file;
  }
  if (real === undefined || !within(realPath(project.stackConfigDir), real)) {
    throw new ConfigError(
      [
        {
          path: flag,
          got: stack,
          allowed: `a stack whose Pulumi.<stack>.yaml is inside ${project.stackConfigDir}`,
          hint: `${file} resolves to ${real ?? "nothing (a dangling symbolic link)"}`,
        },
      ],
      "Stack file outside the stack folder",
    );
  }
  return file;
}

/**
 * Replaces `file` with `text` through a temporary file in the same folder
 * renamed over it, so a crash leaves either the old or the new file, never
 * half of one. A symbolic link is kept (its target is replaced); so is the
 * file's mode.
 */
export function writeFileAtomic(file: string, text: string): void {
  const real = fs.existsSync(file) ? fs.realpathSync(file) : file;
  const mode = fs.statSync(real, { throwIfNoEntry: false })?.mode;
  const tmp = path.join(
    path.dirname(real),
    `.${path.basename(real)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const fd = fs.openSync(tmp, "wx", mode === undefined ? 0o666 : 0o600);
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (mode !== undefined) fs.chmodSync(tmp, mode & 0o7777);
    fs.renameSync(tmp, real);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
