import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../core/errors";

/**
 * The output folder of `synth`: only ever replaced when it is a previous
 * synth output, never deleted otherwise.
 *
 * A plan is written into a fresh hidden sibling of the folder (same parent,
 * so the final `rename` is atomic) and renamed into place. An earlier output
 * is first moved aside, checked again (its marker and its shape) and only
 * then removed. Every step is a rename, so the folder always holds exactly
 * one whole output, even with several synths writing to it at once: the last
 * one to rename wins.
 */

/** File every synth output holds: `{"tool":"flink-platform","stack":"<stack>"}`. */
export const OUT_MARKER = ".flink-platform-synth";

const TOOL = "flink-platform";

const OUT_ALLOWED =
  `a new or empty folder, or the output of an earlier synth (marked by ${OUT_MARKER}); ` +
  "never a file, a symbolic link, the project folder, a folder above it or the filesystem root";

/** Entries that mark a project or a repository: never an output, whatever its marker says. */
const PROJECT_ENTRIES = ["Pulumi.yaml", "Pulumi.yml", ".git"];

/** Renames a synth may retry when other synths keep replacing the folder. */
const MAX_ATTEMPTS = 100;

export interface OutDirOptions {
  /** The project folder: the output may be neither it nor a folder above it. */
  readonly projectDir?: string;
  /** Name of the setting in error messages. @default "dir" */
  readonly flag?: string;
}

function refuse(flag: string, given: string, hint: string): never {
  throw new ConfigError(
    [{ path: flag, got: given, allowed: OUT_ALLOWED, hint: `${hint}; nothing was written` }],
    "Unsafe output folder",
  );
}

function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Contents of a synth output that synth did not write (relative paths, at
 * most five); `[]` when none. Synth writes `.yaml` files in `manifests/` and
 * `helm/`, and in one level of folders there (a cluster's, see writePlan).
 */
function foreignEntries(dir: string): string[] {
  const foreign: string[] = [];
  const yamlFiles = (rel: string, folders: boolean) => {
    for (const f of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (f.isFile() && f.name.endsWith(".yaml")) continue;
      if (folders && f.isDirectory()) yamlFiles(`${rel}/${f.name}`, false);
      else foreign.push(`${rel}/${f.name}`);
    }
  };
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if ((e.name === "plan.json" || e.name === OUT_MARKER) && e.isFile()) continue;
    if ((e.name === "manifests" || e.name === "helm") && e.isDirectory()) yamlFiles(e.name, true);
    else foreign.push(e.name);
  }
  return foreign.sort().slice(0, 5);
}

function isMarked(dir: string): boolean {
  const marker = path.join(dir, OUT_MARKER);
  const st = lstat(marker);
  if (!st?.isFile() || st.size > 4096) return false;
  try {
    return (JSON.parse(fs.readFileSync(marker, "utf8")) as { tool?: unknown }).tool === TOOL;
  } catch {
    return false;
  }
}

/** Why the existing folder `dir` must not be replaced; undefined when it may be. */
function contentProblem(dir: string): string | undefined {
  const entries = fs.readdirSync(dir);
  const project = PROJECT_ENTRIES.find((e) => entries.includes(e));
  if (project) return `${dir} holds ${project}`;
  if (entries.length === 0) return undefined;
  if (!isMarked(dir)) return `${dir} is not empty and holds no ${OUT_MARKER}`;
  const foreign = foreignEntries(dir);
  if (foreign.length > 0) return `${dir} holds files synth does not write: ${foreign.join(", ")}`;
  return undefined;
}

/**
 * `p` with symbolic links resolved, whether or not its last parts exist yet
 * (a dangling link is refused by the callers before they ask). A part that
 * vanishes between being seen and being resolved (another synth moving its
 * output aside) is looked for again, as a part that does not exist.
 */
export function realPath(p: string): string {
  for (let attempt = 1; ; attempt++) {
    const rest: string[] = [];
    let existing = p;
    while (!lstat(existing) && path.dirname(existing) !== existing) {
      rest.unshift(path.basename(existing));
      existing = path.dirname(existing);
    }
    try {
      return path.join(fs.realpathSync(existing), ...rest);
    } catch (err) {
      if (code(err) !== "ENOENT" || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

/**
 * Checks that `dir` may receive a plan, before anything is written (and
 * before the synth runs): it is new, empty, or an earlier synth output; not
 * a file, a symbolic link, the project folder, the current folder or a folder
 * above either (the filesystem root included). Returns the real path to
 * write; throws one ConfigError naming `flag` otherwise.
 */
export function checkOutDir(dir: string, options: OutDirOptions = {}): string {
  const flag = options.flag ?? "dir";
  const abs = path.resolve(dir);
  const st = lstat(abs);
  if (st?.isSymbolicLink()) refuse(flag, dir, `${abs} is a symbolic link`);
  let existing = path.dirname(abs);
  while (!st && !lstat(existing)) existing = path.dirname(existing);
  if (!st) {
    const parent = statOrUndefined(existing);
    if (parent?.isFile()) refuse(flag, dir, `${existing} is a file`);
    if (!parent?.isDirectory()) refuse(flag, dir, `${existing} is not a folder`);
  }

  const target = realPath(abs);
  const kept = [process.cwd(), ...(options.projectDir ? [options.projectDir] : [])].map(realPath);
  if (
    kept.some((k) => k === target || k.startsWith(target.endsWith(path.sep) ? target : target + path.sep))
  ) {
    refuse(flag, dir, `${target} is the project or current folder, or a folder above it`);
  }
  if (!st) return target;
  if (!st.isDirectory()) refuse(flag, dir, `${abs} is a file`);
  const problem = settledContentProblem(abs, st);
  if (problem) refuse(flag, dir, problem);
  return target;
}

/** Whether two stats name one and the same folder. */
function sameFolder(a: fs.Stats, b: fs.Stats | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/**
 * `contentProblem(dir)`, believed only when `dir` was one and the same folder
 * before and after it was read. Another synth may move the folder aside or
 * rename its own output into place between two reads (its entries, then its
 * marker), and a problem seen across such a swap is not the folder's. A
 * folder gone, or swapped on every try, is only ever replaced by other
 * synths' checked outputs: as good as new here, and installOutput checks
 * again whatever it moves aside.
 */
function settledContentProblem(dir: string, before: fs.Stats): string | undefined {
  let seen = before;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let problem: string | undefined;
    try {
      problem = contentProblem(dir);
    } catch (err) {
      if (code(err) === "ENOENT") return undefined;
      throw err;
    }
    const after = lstat(dir);
    if (!after) return undefined;
    if (sameFolder(seen, after)) return problem;
    if (!after.isDirectory()) return `${dir} is no longer a folder`;
    seen = after;
  }
  return undefined;
}

/** Creates an empty hidden folder next to `target`, named for what it holds. */
export function reserveSibling(target: string, kind: "new" | "old"): string {
  const parent = path.dirname(target);
  for (;;) {
    const dir = path.join(
      parent,
      `.${path.basename(target)}.synth-${kind}-${randomBytes(6).toString("hex")}`,
    );
    try {
      fs.mkdirSync(dir);
      return dir;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
}

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

/** Whether a rename failed because a non-empty folder is in the way. */
function occupied(err: unknown): boolean {
  return code(err) === "ENOTEMPTY" || code(err) === "EEXIST";
}

/**
 * Renames the finished output `staging` to `target` (as `checkOutDir`
 * returned it). An earlier output in the way is moved aside, checked again,
 * and removed once the new one is in place; anything else in the way is put
 * back and refused.
 */
export function installOutput(
  staging: string,
  target: string,
  options: OutDirOptions & { given: string },
): void {
  const flag = options.flag ?? "dir";
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      fs.renameSync(staging, target);
      return;
    } catch (err) {
      if (code(err) === "ENOTDIR") refuse(flag, options.given, `${target} is a file`);
      if (!occupied(err)) throw err;
    }
    const aside = reserveSibling(target, "old");
    try {
      fs.renameSync(target, aside);
    } catch (err) {
      fs.rmdirSync(aside);
      if (code(err) === "ENOENT") continue; // another synth moved it first
      if (code(err) === "ENOTDIR" || code(err) === "EISDIR") {
        refuse(flag, options.given, `${target} is a file`);
      }
      throw err;
    }
    // Checked again where nobody else can reach it: it may have changed since checkOutDir.
    const problem = lstat(aside)?.isDirectory() ? contentProblem(aside) : `${target} is a file`;
    if (problem) {
      try {
        fs.renameSync(aside, target);
      } catch {
        refuse(flag, options.given, `${problem.replace(aside, target)} (moved to ${aside}: move it back)`);
      }
      refuse(flag, options.given, problem.replace(aside, target));
    }
    try {
      fs.renameSync(staging, target);
      return;
    } catch (err) {
      if (!occupied(err)) {
        fs.renameSync(aside, target);
        throw err;
      }
    } finally {
      fs.rmSync(aside, { recursive: true, force: true });
    }
  }
  throw new Error(
    `another synth kept replacing ${options.given}; this run wrote nothing there (run it again alone)`,
  );
}
