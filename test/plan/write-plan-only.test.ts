import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { writePlan } from "../../lib/plan/write";
import { snapshot } from "../support/cli";
import { goldenPlan } from "../support/synth";
import { tmpRoots } from "../support/temp-dirs";

/**
 * The synths of `diff` and `scale` write only the plan they read back
 * (`synth --plan-only`): the same plan.json as a full synth, no manifests.
 */
const tmpRoot = tmpRoots("flink-platform-plan-only-");

describe("writePlan planOnly", () => {
  it("GIVEN planOnly THEN plan.json byte for byte as a full write, the marker, and nothing else", async () => {
    const root = tmpRoot();
    const full = await writePlan(goldenPlan("staging"), path.join(root, "full"));
    const only = await writePlan(goldenPlan("staging"), path.join(root, "only"), { planOnly: true });
    const all = snapshot(path.join(root, "full"));
    expect(snapshot(path.join(root, "only"))).toEqual({
      "plan.json": all["plan.json"],
      ".flink-platform-synth": all[".flink-platform-synth"],
      manifests: "<dir>",
      helm: "<dir>",
    });
    expect([full.manifests > 0, full.helmReleases > 0]).toEqual([true, true]);
    expect([only.manifests, only.helmReleases]).toEqual([0, 0]);
  });

  it("GIVEN two Helm releases that would share a file THEN planOnly refuses the plan as a full write does", async () => {
    const plan = goldenPlan("dev");
    const release = plan.resources.find((r) => r.name === "dev-cert-manager")!;
    plan.resources.push({ ...release, urn: `${release.urn}-twin`, name: "other-cert-manager" });
    const root = tmpRoot();
    await expect(writePlan(plan, path.join(root, "out"), { planOnly: true })).rejects.toThrow(
      /^Two Helm releases would write one file \(1 problem\):\n {2}- helm\/cert-manager\.yaml\n/,
    );
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
