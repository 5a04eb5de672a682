#!/usr/bin/env node
/**
 * `npm run typecheck`: tsc over tsconfig.json without emitting, in tsc's build
 * mode (`tsc -b tsconfig.typecheck.json`).
 *
 * Build mode answers "up to date" from its build info when no input changed:
 * about 0.4 s of CPU, where `tsc --noEmit --incremental` parsed every file
 * again, `@pulumi/kubernetes`'s 6.5 MB of declarations included (about 7 s),
 * on every `npm test`. Errors are kept in the build info, so a project that
 * failed fails again without being rebuilt.
 *
 * Build mode compares the project's own files and its tsconfig files, but not
 * the dependencies' declaration files: after `npm install` of another
 * `@pulumi/kubernetes` it would still say "up to date". So the build info is
 * kept together with a key of the installed tree (npm rewrites
 * `node_modules/.package-lock.json` on every install), and a different key
 * discards it first.
 *
 * Plain JavaScript: it must run before anything is built or transpiled.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

/** Where tsconfig.typecheck.json keeps its build info, relative to the project. */
export const buildInfoFile = path.join("node_modules", ".cache", "tsc", "typecheck.tsbuildinfo");
/** The key of the installed tree the build info was made with, beside it. */
export const keyFile = `${buildInfoFile}.key`;

/**
 * The key of what `root`'s node_modules holds: a hash of npm's record of the
 * installed tree (every package's version and integrity), or of the lockfile
 * when npm left no record.
 */
export function installedTreeKey(root) {
  for (const record of [path.join("node_modules", ".package-lock.json"), "package-lock.json"]) {
    const file = path.join(root, record);
    if (fs.existsSync(file))
      return `${record} ${createHash("sha256").update(fs.readFileSync(file)).digest("hex")}`;
  }
  return "none";
}

/**
 * Discards `root`'s build info when it was made with another installed tree
 * (or with none on record), and records the current key. Returns whether it
 * was discarded.
 */
export function discardStaleBuildInfo(root) {
  const key = installedTreeKey(root);
  const keyPath = path.join(root, keyFile);
  const recorded = fs.existsSync(keyPath) ? fs.readFileSync(keyPath, "utf8") : undefined;
  if (recorded === key) return false;
  fs.rmSync(path.join(root, buildInfoFile), { force: true });
  fs.mkdirSync(path.dirname(keyPath), { recursive: true });
  fs.writeFileSync(keyPath, key);
  return true;
}

// Run as a script (not imported by its test). Both paths resolved to the real file: Node runs
// the main module from its real path, and a mismatch here would skip the typecheck silently.
const isMain =
  process.argv[1] !== undefined &&
  fs.existsSync(process.argv[1]) &&
  fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  discardStaleBuildInfo(root);
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const run = spawnSync(process.execPath, [tsc, "-b", "tsconfig.typecheck.json"], {
    cwd: root,
    stdio: "inherit",
  });
  process.exit(run.status ?? 1);
}
