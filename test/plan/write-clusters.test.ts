import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { PlanResource } from "../../lib/plan/recorder";
import type { Plan } from "../../lib/plan/synth";
import { writePlan } from "../../lib/plan/write";
import { goldenPlan } from "../support/synth";
import { tmpRoots } from "../support/temp-dirs";

/**
 * What goes through an explicit Kubernetes provider is written to a folder
 * named after the provider (`manifests/<name>/`, `helm/<name>/`). Names a
 * library user may give a provider must not mix two clusters' objects, climb
 * out of the folder, or meet a file of the same name: such a plan is refused,
 * naming both sides, by a full write and by planOnly alike, with nothing
 * written.
 */
const tmpRoot = tmpRoots("flink-platform-write-clusters-");

const providerUrn = (name: string, parentType = "") =>
  `urn:pulumi:dev::flink-platform::${parentType}pulumi:providers:kubernetes::${name}`;

/** A copy of `r` registered through the provider `urn` (as the recorder marks it: not enumerable). */
function through(r: PlanResource, urn: string, rename: string): PlanResource {
  const copy = { ...r, urn: `${r.urn}-${rename}`, name: `${r.name}-${rename}` };
  Object.defineProperty(copy, "provider", { value: urn, enumerable: false });
  return copy;
}

/** dev's golden plan plus a copy of its cert-manager release and first Namespace per provider. */
function planWith(providers: readonly string[]): Plan {
  const plan = goldenPlan("dev");
  const release = plan.resources.find((r) => r.name === "dev-cert-manager")!;
  const namespace = plan.resources.find((r) => r.type === "kubernetes:core/v1:Namespace")!;
  providers.forEach((urn, i) => {
    plan.resources.push(through(release, urn, `p${i}`), through(namespace, urn, `p${i}`));
  });
  return plan;
}

async function refusal(plan: Plan): Promise<{ full: string; planOnly: string; left: string[] }> {
  const root = tmpRoot();
  const message = (p: Promise<unknown>) =>
    p.then(
      () => "written",
      (e: Error) => e.message,
    );
  const full = await message(writePlan(plan, path.join(root, "full")));
  const planOnly = await message(writePlan(plan, path.join(root, "only"), { planOnly: true }));
  return { full, planOnly, left: fs.readdirSync(root) };
}

describe("writePlan: a folder per explicit Kubernetes provider", () => {
  it("GIVEN two providers whose names make one folder THEN it refuses, naming both", async () => {
    const a = providerUrn("spoke", "flink-platform:index:A$");
    const b = providerUrn("spoke", "flink-platform:index:B$");
    const r = await refusal(planWith([a, b]));
    expect(r.full).toBe(
      [
        "Two Kubernetes providers would write one folder (1 problem):",
        "  - manifests/spoke",
        '      got:     "spoke"',
        "      allowed: one provider per folder (the provider's name, made file-safe)",
        `      hint:    written for ${a} and for ${b}`,
      ].join("\n"),
    );
    expect(r.planOnly).toBe(r.full);
    expect(r.left).toEqual([]);
  });

  it("GIVEN names equal once made file-safe THEN it refuses them too", async () => {
    const r = await refusal(planWith([providerUrn("a/b"), providerUrn("a b")]));
    expect(r.full).toMatch(
      /^Two Kubernetes providers would write one folder \(1 problem\):\n {2}- manifests\/a_b\n/,
    );
    expect(r.planOnly).toBe(r.full);
  });

  it("GIVEN names that differ only in case THEN it refuses them (one folder on macOS and Windows)", async () => {
    const r = await refusal(planWith([providerUrn("EU"), providerUrn("eu")]));
    expect(r.full).toMatch(
      /^Two Kubernetes providers would write one folder \(1 problem\):\n {2}- manifests\/eu\n/,
    );
    expect(r.planOnly).toBe(r.full);
    expect(r.left).toEqual([]);
  });

  it("GIVEN a provider named . or .. THEN its folder stays inside manifests/ and helm/", async () => {
    const root = tmpRoot();
    await writePlan(planWith([providerUrn(".."), providerUrn(".")]), path.join(root, "out"));
    const top = (sub: string) =>
      fs.readdirSync(path.join(root, "out", sub)).filter((f) => !f.endsWith(".yaml"));
    expect(top("manifests").sort()).toEqual(["_", "__"]);
    expect(top("helm").sort()).toEqual(["_", "__"]);
    expect(fs.readdirSync(path.join(root, "out", "helm", "__"))).toEqual(["cert-manager.yaml"]);
    expect(fs.readdirSync(path.join(root, "out")).sort()).toEqual([
      ".flink-platform-synth",
      "helm",
      "manifests",
      "plan.json",
    ]);
  });

  it("GIVEN a provider named like a file of the default cluster THEN it refuses, naming both", async () => {
    const urn = providerUrn("cert-manager.yaml");
    const r = await refusal(planWith([urn]));
    const release = goldenPlan("dev").resources.find((x) => x.name === "dev-cert-manager")!;
    expect(r.full).toBe(
      [
        "A synth output file and folder would share a name (1 problem):",
        "  - helm/cert-manager.yaml",
        '      got:     "cert-manager.yaml"',
        "      allowed: a name that is not also a file's",
        `      hint:    the folder of ${urn} and the file of ${release.urn}`,
      ].join("\n"),
    );
    expect(r.planOnly).toBe(r.full);
    expect(r.left).toEqual([]);
  });
});
