/**
 * The build info of `npm run typecheck` (scripts/typecheck.mjs) and the key
 * of the installed tree it was made with; see that script for why.
 *
 * Plain JavaScript: it must run before anything is built or transpiled.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** Where tsconfig.typecheck.json keeps its build info, relative to the project. */
export const buildInfoFile = path.join("node_modules", ".cache", "tsc", "typecheck.tsbuildinfo");
/** The key of the installed tree the build info was made with, beside it. */
export const keyFile = `${buildInfoFile}.key`;

/**
 * The key of what `root`'s node_modules holds: a hash of npm's record of the
 * installed tree (every package's version and integrity) and of each
 * lockfile present (npm's, pnpm's, yarn's), so an install by any of them
 * changes it.
 */
export function installedTreeKey(root) {
  const records = [
    path.join("node_modules", ".package-lock.json"),
    "package-lock.json",
    "pnpm-lock.yaml",
    "yarn.lock",
  ].filter((record) => fs.existsSync(path.join(root, record)));
  if (records.length === 0) return "none";
  const hash = createHash("sha256");
  for (const record of records) hash.update(`${record}\0`).update(fs.readFileSync(path.join(root, record)));
  return `${records.join(" ")} ${hash.digest("hex")}`;
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
