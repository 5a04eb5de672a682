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
 * Not seen either: a dependency's declarations edited in place (by hand,
 * `npm link`, patch-package) and a source file replaced by an older copy
 * with its old time (`cp -p`, tar). After those, `npm run typecheck --
 * --force` checks everything again; its arguments go to tsc.
 *
 * Plain JavaScript: it must run before anything is built or transpiled.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { discardStaleBuildInfo } from "./typecheck-cache.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
discardStaleBuildInfo(root);
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const args = [tsc, "-b", "tsconfig.typecheck.json", ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
