"use strict";
// Whether dist/ was built after the last change to the sources it compiles.
const fs = require("node:fs");
const path = require("node:path");

const stampName = ".build-stamp";
const sourceDirs = ["lib", "stacks"];
const sourceFiles = ["tsconfig.json", "tsconfig.build.json", "package.json", "scripts/build.ts"];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsFresh(root) {
  const stamp = path.join(root, "dist", stampName);
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  const dirs = sourceDirs.map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
  const files = sourceFiles.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
  const newest = Math.max(0, ...dirs.map(newestMtime), ...files.map((f) => fs.statSync(f).mtimeMs));
  return newest <= built;
}

/** The compiled twin of a TypeScript file of this package, when the build is fresh. */
function compiledTwin(root, file) {
  const rel = path.relative(root, file);
  if (rel.startsWith("..") || !/\.ts$/.test(rel)) return undefined;
  const twin = path.join(root, "dist", rel.replace(/\.ts$/, ".js"));
  return fs.existsSync(twin) && buildIsFresh(root) ? twin : undefined;
}

module.exports = { buildIsFresh, compiledTwin, stampName };
