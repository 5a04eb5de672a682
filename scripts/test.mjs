#!/usr/bin/env node
/**
 * `npm test`: the static checks (tsc, eslint, prettier) and vitest, side by side.
 *
 * Each check is single-threaded and vitest's workers spend much of their time
 * waiting on child processes, so on a 2-core machine running them one after
 * the other left a core idle (a clean clone's uncached tsc and eslint alone
 * took about a minute of wall time before vitest started). The checks' output
 * is held back and printed after vitest's, one block per check, so a type or
 * lint error is not lost in the test log. The exit code is non-zero when any
 * of them failed. Arguments go to vitest (`npm test -- test/cli.test.ts`).
 *
 * Plain JavaScript: it must run before anything is built or transpiled.
 */
import { spawn } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The npm that runs this script (npm_execpath) through this Node: no shell, on every platform.
const npm = process.env.npm_execpath
  ? [process.execPath, process.env.npm_execpath]
  : [process.platform === "win32" ? "npm.cmd" : "npm"];
/**
 * The checks, by their package.json scripts: tsc and eslint in one process, over one TypeScript program
 * (scripts/typecheck-and-eslint.mjs, which runs eslint as `lint:eslint` does: its test holds the two to one
 * cache), and prettier.
 */
const checks = ["typecheck-and-eslint", "lint:prettier"];

const children = new Set();

/** Runs `cmd`; resolves with its exit code and, when `capture`, everything it printed. */
function run(cmd, args, capture) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: root, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    children.add(child);
    let output = "";
    if (capture) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    const done = (code) => {
      children.delete(child);
      resolve({ code, output, seconds: (Date.now() - started) / 1000 });
    };
    child.on("error", (err) => {
      output += `${err.message}\n`;
      done(1);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

// Ctrl-C reaches the whole process group already; SIGTERM is passed on. Either way the
// script waits for its children to end, then exits as a process killed by the signal would.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (signal === "SIGTERM") for (const child of children) child.kill(signal);
    const exit = () => process.exit(128 + os.constants.signals[signal]);
    if (children.size === 0) exit();
    for (const child of children) child.on("close", () => children.size === 0 && exit());
  });
}

const checkRuns = checks.map((name) =>
  run(npm[0], [...npm.slice(1), "run", "-s", name], true).then((r) => ({ name, ...r })),
);
const vitest = await run(
  process.execPath,
  [path.join(root, "node_modules", "vitest", "vitest.mjs"), "run", ...process.argv.slice(2)],
  false,
);

let failed = vitest.code !== 0;
for (const check of await Promise.all(checkRuns)) {
  const status = check.code === 0 ? "ok" : `FAILED (exit ${check.code})`;
  process.stdout.write(`\n${check.name}: ${status} in ${check.seconds.toFixed(1)} s\n`);
  if (check.output.trim() !== "")
    process.stdout.write(check.output.endsWith("\n") ? check.output : `${check.output}\n`);
  if (check.code !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
