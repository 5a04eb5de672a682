import { describe, expect, it } from "vitest";
import { importsOf, layerOf, layers, packagesOf, sources } from "../support/imports";

/**
 * The house rules of lib/ (README, "Layout"): every file sits in a layer, and
 * an import may only point to its own layer or one below. Pure layers import
 * no Pulumi, and chart files no Pulumi either, so a GitOps user of
 * `flink-platform/k8s` never loads the SDK.
 */

/** Files that must not import the Pulumi SDK or providers. */
const noPulumi =
  /^core\/|^(oss|cp|cloud)\/config(-platform|-sql|-clusters)?\.ts$|^cp\/defaults\.ts$|^stack-(config|validate)\.ts$|^(oss|cp)\/charts\.ts$|^kubernetes\/(applications|charts|flink|flink-charts|labels|network|platform-plan)\.ts$/;
/** Files that must not import cdk8s either (pure). */
const noCdk8s =
  /^core\/|^(oss|cp|cloud)\/config(-platform|-sql|-clusters)?\.ts$|^cp\/defaults\.ts$|^stack-(config|validate)\.ts$/;

const files = sources().sort();

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
