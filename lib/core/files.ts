import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError, ConfigProblem } from "./errors";

/**
 * Reading files named by a stack (SQL statements) or read for a stack (stack
 * and project files), when the stack may come from an untrusted pull request.
 *
 * A referenced file must be inside the project, so a stack cannot copy
 * `/etc/passwd` or `/proc/self/environ` (CI secrets) into a plan; it must be
 * a regular file, so a device, FIFO or folder is never opened for reading;
 * and every read is bounded, so `/dev/zero` or a file that grows while it is
 * read cannot exhaust memory.
 */

/** What a referenced file must be: its name's extension and its largest size. */
export interface ProjectFileRule {
  /** Accepted extensions with their dot, e.g. `[".sql"]`. */
  readonly extensions: readonly string[];
  readonly maxBytes: number;
}

/** A file that cannot be read under the rules: what is allowed, what was found. */
export interface FileRefusal {
  readonly allowed: string;
  /** What was found, e.g. `a folder` or `1048577 bytes`; undefined when the path says it all. */
  readonly found?: string;
  /** How to fix it, when that is not obvious. */
  readonly hint?: string;
}

/** `1 MiB (1048576 bytes)`. */
export function describeBytes(n: number): string {
  const unit = n % 1048576 === 0 ? `${n / 1048576} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : undefined;
  return unit ? `${unit} (${n} bytes)` : `${n} bytes`;
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

const regular = "a regular file";
const sizeRule = (what: string, maxBytes: number) => `${what} of at most ${describeBytes(maxBytes)}`;

function unreadable(err: unknown): FileRefusal {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return { allowed: "an existing file" };
  // Windows refuses to open a folder instead of opening it.
  if (code === "EISDIR") return { allowed: regular, found: "a folder" };
  return { allowed: "a readable file", found: code ?? String(err) };
}

/**
 * Reads a regular file of at most `maxBytes` bytes as UTF-8, or says why not.
 *
 * The file is checked before it is opened (opening a device can have effects
 * of its own), opened without waiting (a FIFO would block until a writer
 * comes), checked again on the open descriptor (the path may have changed in
 * between), and read into a buffer of `maxBytes + 1` bytes: a file whose size
 * lies (`/proc`) or that grows is refused after at most that many bytes.
 * `what` names the file in the size rule (`a YAML file of at most ...`).
 */
export function readBoundedFile(
  file: string,
  maxBytes: number,
  what = "a file",
): { text: string } | FileRefusal {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    return unreadable(err);
  }
  if (!st.isFile()) return { allowed: regular, found: kindOf(st) };
  if (st.size > maxBytes) return { allowed: sizeRule(what, maxBytes), found: `${st.size} bytes` };
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return unreadable(err);
  }
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { allowed: regular, found: kindOf(opened) };
    // One byte more than allowed: reading it means the file is too large.
    const buffer = Buffer.allocUnsafe(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { allowed: sizeRule(what, maxBytes), found: `more than ${maxBytes} bytes` };
    return { text: buffer.toString("utf8", 0, length) };
  } catch (err) {
    return unreadable(err);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether `file` is `root` or under it (both absolute and normalized). */
function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return !(rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel));
}

/**
 * Checks a path a stack gives (`relPath`, relative to the project
 * directory) and reads the file, or says which rule it breaks. The rules, in
 * order: relative; inside the project as written; the expected extension;
 * existing; inside the project and still of that extension once every
 * symbolic link is resolved (fs.realpathSync); a regular file; at most
 * `rule.maxBytes` bytes.
 */
export function readProjectFileOrRefuse(
  projectRoot: string,
  relPath: string,
  rule: ProjectFileRule,
): { text: string } | FileRefusal {
  const extension = { allowed: `a file name ending in ${rule.extensions.join(" or ")}` };
  const hasExtension = (p: string) => rule.extensions.includes(path.extname(p));
  const inside = "a path inside the project directory (symbolic links followed)";
  if (path.isAbsolute(relPath) || path.win32.isAbsolute(relPath)) {
    return { allowed: "a path relative to the project directory" };
  }
  const root = path.resolve(projectRoot);
  const file = path.resolve(root, relPath);
  if (!isInside(root, file)) return { allowed: inside };
  if (!hasExtension(file)) return extension;
  let realRoot: string;
  let real: string;
  try {
    realRoot = fs.realpathSync(root);
    real = fs.realpathSync(file);
  } catch (err) {
    const refusal = unreadable(err);
    return refusal.found === undefined
      ? { ...refusal, hint: "paths are relative to the project directory (where Pulumi.yaml is)" }
      : refusal;
  }
  if (real !== file || realRoot !== root) {
    const link = fs.lstatSync(file).isSymbolicLink() ? "a symbolic link" : "a path that resolves";
    if (!isInside(realRoot, real)) return { allowed: inside, found: `${link} to ${real}` };
    if (!hasExtension(real)) return { ...extension, found: `${link} to ${path.relative(realRoot, real)}` };
  }
  return readBoundedFile(real, rule.maxBytes);
}

/**
 * Reads the files a stack references (`relPath` under the config key `key`,
 * see {@link readProjectFileOrRefuse}), keyed by `relPath`. Any file that
 * breaks a rule is a {@link ConfigError} naming its key, its value and the
 * rule; all of them in one error, nothing read is returned.
 */
export function readProjectFiles(
  projectRoot: string,
  refs: readonly { readonly key: string; readonly relPath: string }[],
  rule: ProjectFileRule,
  title = "Invalid flink-platform stack configuration",
): Record<string, string> {
  const texts: Record<string, string> = {};
  const problems: ConfigProblem[] = [];
  for (const { key, relPath } of refs) {
    const read = readProjectFileOrRefuse(projectRoot, relPath, rule);
    if ("text" in read) {
      texts[relPath] = read.text;
    } else {
      const hint = read.hint ?? (read.found === undefined ? undefined : `found: ${read.found}`);
      problems.push({ path: key, got: relPath, allowed: read.allowed, ...(hint ? { hint } : {}) });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems, title);
  return texts;
}

/** One file of {@link readProjectFiles}: its text, or a ConfigError naming `key`. */
export function readProjectFile(
  projectRoot: string,
  key: string,
  relPath: string,
  rule: ProjectFileRule,
): string {
  return readProjectFiles(projectRoot, [{ key, relPath }], rule)[relPath];
}

/**
 * SQL statement files: `.sql`, at most 1 MiB. Statements are a few KiB; the
 * cap only keeps a mistake or a hostile stack from loading a huge file into
 * the plan.
 */
export const sqlFileRule: ProjectFileRule = { extensions: [".sql"], maxBytes: 1024 * 1024 };

/**
 * The project folder that statement files are read from while a stack
 * config is parsed: `validateStack` names it (the program's cwd, or the
 * project `check` was given); otherwise the process's cwd, where Pulumi runs
 * a program. A scope rather than a schema parameter, so that the one
 * section schema serves the stack file and the component args alike.
 */
let projectRootInScope: string | undefined;

/** Runs `parse` (synchronous) with statement files read relative to `projectRoot`. */
export function inProject<T>(projectRoot: string, parse: () => T): T {
  const outer = projectRootInScope;
  projectRootInScope = projectRoot;
  try {
    return parse();
  } finally {
    projectRootInScope = outer;
  }
}

/** The project folder of the parse under way (see {@link inProject}); the cwd outside one. */
export function projectRoot(): string {
  return projectRootInScope ?? process.cwd();
}
