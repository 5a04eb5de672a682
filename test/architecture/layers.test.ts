import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The house rules of lib/ (README, "Layout"): every file sits in a layer, and
 * an import may only point to its own layer or one below. Pure layers import
 * no Pulumi, and chart files no Pulumi either, so a GitOps user of
 * `flink-platform/k8s` never loads the SDK.
 */

const root = path.resolve(__dirname, "..", "..");
const lib = path.join(root, "lib");

/** Layers, bottom to top; the first pattern a file matches decides. */
const layers: readonly { readonly name: string; readonly files: RegExp }[] = [
  { name: "core", files: /^core\// },
  {
    name: "target config",
    files:
      /^(oss|cp|cloud)\/config(-platform|-sql|-clusters)?\.ts$|^cp\/defaults\.ts$|^stack-(config|validate)\.ts$/,
  },
  { name: "kubernetes base", files: /^kubernetes\// },
  { name: "target charts and the CMF API", files: /^(oss|cp)\/charts\.ts$|^cp\/cmf\// },
  { name: "compute pool", files: /^compute-pool\// },
  { name: "target components", files: /^(oss|cp|cloud)\// },
  { name: "entry points and tools", files: /^(index|k8s|cli)\.ts$|^plan\// },
];

/** Files that must not import the Pulumi SDK or providers. */
const noPulumi =
  /^core\/|^(oss|cp|cloud)\/config(-platform|-sql|-clusters)?\.ts$|^cp\/defaults\.ts$|^stack-(config|validate)\.ts$|^(oss|cp)\/charts\.ts$|^kubernetes\/(applications|charts|flink|labels|network|platform-plan)\.ts$/;
/** Files that must not import cdk8s either (pure). */
const noCdk8s =
  /^core\/|^(oss|cp|cloud)\/config(-platform|-sql|-clusters)?\.ts$|^cp\/defaults\.ts$|^stack-(config|validate)\.ts$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith(".ts") ? [path.relative(lib, full).split(path.sep).join("/")] : [];
  });
}

function layerOf(file: string): number {
  const i = layers.findIndex((l) => l.files.test(file));
  if (i < 0) throw new Error(`lib/${file} is in no layer: add it to the README's layout and to this test`);
  return i;
}

/** Relative imports, requires and `import()`s of a file, resolved to lib-relative paths. */
function importsOf(file: string): { target: string; type: boolean }[] {
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

function packagesOf(file: string): string[] {
  const text = fs.readFileSync(path.join(lib, file), "utf8");
  return [...text.matchAll(/(?:from\s*|require\(\s*|import\(\s*)"([^".][^"]*)"/g)].map((m) => m[1]);
}

const files = sources(lib).sort();

describe("lib/ layers", () => {
  it("puts every file in a layer", () => {
    expect(files.filter((f) => layers.every((l) => !l.files.test(f)))).toEqual([]);
  });

  it("has no import that points up a layer", () => {
    const up = files.flatMap((f) =>
      importsOf(f)
        .filter((i) => layerOf(i.target) > layerOf(f))
        .map((i) => `${f} (${layers[layerOf(f)].name}) -> ${i.target} (${layers[layerOf(i.target)].name})`),
    );
    expect(up).toEqual([]);
  });

  it("has no import cycle, type-only imports included", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).map((i) => i.target)]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...trail.slice(trail.indexOf(f)), f].join(" -> "));
        return;
      }
      state.set(f, "open");
      for (const t of graph.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("keeps Pulumi out of pure and chart files, and cdk8s out of pure files", () => {
    const offenders = files.flatMap((f) =>
      packagesOf(f)
        .filter(
          (p) =>
            (noPulumi.test(f) && p.startsWith("@pulumi/")) ||
            (noCdk8s.test(f) && /^(cdk8s|cdk8s-plus-28|constructs)(\/|$)/.test(p)),
        )
        .map((p) => `${f} imports ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it("can fail: an upward import is caught", () => {
    // GIVEN a core file that would import a target component
    const fake = "core/x.ts";
    const target = "oss/platform.ts";
    // THEN the rule above rejects it
    expect(layerOf(target) > layerOf(fake)).toBe(true);
  });
});
