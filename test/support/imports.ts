import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The import graph of lib/ and the layer table of its house rules (README,
 * "Layout"), for the architecture tests: the layer test and the value-path
 * test read the same table.
 */

export const repoRoot = path.resolve(__dirname, "..", "..");
export const lib = path.join(repoRoot, "lib");

/** Layers, bottom to top; the first pattern a file matches decides. */
export const layers: readonly { readonly name: string; readonly files: RegExp }[] = [
  { name: "core", files: /^core\// },
  {
    name: "target config",
    files:
      /^(oss|cp|cloud)\/config(-platform|-sql|-clusters|-values)?\.ts$|^cp\/defaults\.ts$|^stack-(config|validate)\.ts$/,
  },
  { name: "kubernetes base", files: /^kubernetes\// },
  { name: "target charts and the CMF API", files: /^(oss|cp)\/charts\.ts$|^cp\/cmf\// },
  { name: "compute pool", files: /^compute-pool\// },
  { name: "target components", files: /^(oss|cp|cloud)\// },
  { name: "entry points and tools", files: /^(index|k8s|cli)\.ts$|^plan\// },
];

/** The stack program, above every layer of lib/ (paths are relative to lib/). */
export const stackProgram = "../stacks/index.ts";

/** Every .ts file under `dir` (default lib/), relative to lib/. */
export function sources(dir = lib): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith(".ts") ? [path.relative(lib, full).split(path.sep).join("/")] : [];
  });
}

/** The layer index of a lib/-relative file; the stack program sits above them all. */
export function layerOf(file: string): number {
  if (file === stackProgram) return layers.length;
  const i = layers.findIndex((l) => l.files.test(file));
  if (i < 0)
    throw new Error(`lib/${file} is in no layer: add it to the README's layout and to the layer table`);
  return i;
}

/** Relative imports, requires and `import()`s of a file (relative to lib/), resolved to lib-relative paths. */
export function importsOf(file: string): { target: string; type: boolean }[] {
  const text = fs.readFileSync(path.join(lib, file), "utf8");
  const found: { target: string; type: boolean }[] = [];
  const re =
    /(import\s+type\b[^;]*?from\s*|import\b[^;]*?from\s*|export\b[^;]*?from\s*|require\(\s*|import\(\s*)"(\.{1,2}\/[^"]+)"/g;
  for (const m of text.matchAll(re)) {
    const base = path.resolve(path.dirname(path.join(lib, file)), m[2]);
    const candidates = [`${base}.ts`, path.join(base, "index.ts"), base];
    const hit = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
    if (!hit || !hit.startsWith(lib + path.sep)) continue;
    found.push({
      target: path.relative(lib, hit).split(path.sep).join("/"),
      type: /^import\s+type\b/.test(m[1]),
    });
  }
  return found;
}

/** Package imports (`zod`, `@pulumi/pulumi`, ...) of a lib/-relative file. */
export function packagesOf(file: string): string[] {
  const text = fs.readFileSync(path.join(lib, file), "utf8");
  return [...text.matchAll(/(?:from\s*|require\(\s*|import\(\s*)"([^".][^"]*)"/g)].map((m) => m[1]);
}
