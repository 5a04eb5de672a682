#!/usr/bin/env node
"use strict";
// In a source checkout run the TypeScript directly (no stale build); an
// installed package runs its compiled dist/.
const fs = require("node:fs");
const path = require("node:path");

const source = path.join(__dirname, "..", "lib", "cli.ts");
let cli;
if (fs.existsSync(source)) {
  require("tsx/cjs/api").register();
  cli = require(source);
} else {
  cli = require(path.join(__dirname, "..", "dist", "lib", "cli.js"));
}
cli.main(process.argv).then((code) => process.exit(code));
