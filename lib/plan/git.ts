import { spawn, spawnSync } from "node:child_process";

/**
 * The git commands `diff` runs for its base plan. Each git process costs
 * tens of milliseconds of CPU (most of it the fork and exec), and the
 * parent's git work delays the base synth, so the commands are few and, where
 * they do not depend on each other, run side by side (the async ones).
 */

/** Runs git and returns its stdout; throws with git's stderr on a non-zero exit. */
function gitRaw(cwd: string, args: string[], maxBuffer?: number): Buffer {
  const run = spawnSync("git", args, { cwd, maxBuffer });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${String(run.stderr).trim()}`);
  return run.stdout;
}

/** {@link gitRaw}'s output as trimmed text. */
export const git = (cwd: string, args: string[]) => gitRaw(cwd, args).toString("utf8").trim();

/** NUL-separated git output, empty entries dropped. */
export const zList = (out: Buffer) =>
  out
    .toString("utf8")
    .split("\0")
    .filter((p) => p !== "");

/**
 * Runs git without blocking; `input` is written to its stdin. Undefined when
 * its output passes `maxBytes` (git is stopped then, so a large object is
 * never held whole).
 */
function gitAsync(
  cwd: string,
  args: string[],
  input?: string,
  maxBytes = Infinity,
): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let over = false;
    child.stdout.on("data", (b: Buffer) => {
      if (over) return;
      size += b.length;
      if (size > maxBytes) {
        over = true;
        out.length = 0;
        child.kill();
      } else out.push(b);
    });
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) => {
      if (over) resolve(undefined);
      else if (status !== 0)
        reject(new Error(`git ${args.join(" ")}: ${Buffer.concat(err).toString("utf8").trim()}`));
      else resolve(Buffer.concat(out));
    });
    // A git stopped at maxBytes may not read all of its input.
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}

/** {@link gitAsync} without a size limit. */
export const gitOutput = (cwd: string, args: string[]) => gitAsync(cwd, args) as Promise<Buffer>;

/** Header of one object in `git cat-file --batch` output: `<object> <type> <size>`. */
const batchHeader = /^[0-9a-f]+ blob ([0-9]+)$/;

/**
 * The contents of the blobs `objects`, read by one `git cat-file --batch`
 * (one process for all of them, not one each). Undefined when a blob is
 * larger than its `limits` entry (bytes); git is stopped as soon as the output
 * passes what blobs within their limits can add up to.
 */
export async function readBlobs(
  cwd: string,
  objects: readonly string[],
  limits: readonly number[],
): Promise<Buffer[] | undefined> {
  if (objects.length === 0) return [];
  // Per object: the header (an object id of up to 64 hex digits, " blob ", the size), its newline and the blob's.
  const budget = limits.reduce((sum, limit) => sum + limit + String(limit).length + 80, 0);
  const out = await gitAsync(cwd, ["cat-file", "--batch"], `${objects.join("\n")}\n`, budget);
  if (out === undefined) return undefined;
  const blobs: Buffer[] = [];
  let pos = 0;
  for (const limit of limits) {
    const end = out.indexOf(10, pos);
    const header = out.subarray(pos, end).toString("utf8");
    const size = Number(batchHeader.exec(header)?.[1] ?? NaN);
    if (end < 0 || Number.isNaN(size))
      throw new Error(`git cat-file --batch: unexpected ${JSON.stringify(header)}`);
    if (size > limit) return undefined;
    blobs.push(out.subarray(end + 1, end + 1 + size));
    pos = end + 1 + size + 1;
  }
  return blobs;
}
