#!/usr/bin/env node
"use strict";
// Runs the compiled CLI (dist/, built by `npm ci` through `prepare`). In a
// source checkout whose sources are newer than the build, it runs the
// TypeScript through tsx instead, so edits never meet a stale build.
//
// On Node >= 22.8 compiled code is cached on disk between runs (Node's own
// compile cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off): compiling zod,
// cdk8s, cdk8s-plus and the Pulumi SDK is about a third of a small synth.
require("node:module").enableCompileCache?.();
const fs = require("node:fs");
const path = require("node:path");
const { buildIsFresh } = require("./freshness.js");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "dist", "lib", "cli.js");
const source = path.join(root, "lib", "cli.ts");

let cli;
if (fs.existsSync(compiled) && (!fs.existsSync(source) || buildIsFresh(root))) {
  cli = require(compiled);
} else {
  require("tsx/cjs/api").register();
  cli = require(source);
}
// Every command ends through main's promise, and only it exits. A process that would end
// before (a program it ran calls process.exit after its synth, or awaits something that
// never settles) fails, saying so, never exits 0. fs.writeSync: a synth in this process
// that never ended still holds process.stderr.write.
const exit = process.exit.bind(process);
let ended = false;
const endEarly = (why) => {
  if (ended) return;
  ended = true;
  process.exitCode = 1;
  fs.writeSync(2, `error: flink-platform ended before its command finished: ${why}\n`);
};
process.exitCode = 1;
process.exit = (code) => {
  endEarly(`a program it ran called process.exit(${code ?? ""}) before its command finished`);
  exit(1);
};
process.on("beforeExit", () =>
  endEarly(
    "a program it ran never settled (it awaits something that never resolves, with nothing left to wait for)",
  ),
);
cli.main(process.argv).then((code) => {
  ended = true;
  exit(code);
});
