/**
 * The README's "Rollback runbook", run: its `yaml` blocks are the stack
 * excerpts of each step, its `text` blocks the plan diff each step shows
 * (then the guardrail warnings). Revert the diff, restore a known savepoint,
 * break-glass to a known-good pool.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffPlans } from "../../lib/plan/diff";
import { renderText } from "../../lib/plan/diff-render";
import { flinkChartPlan } from "../support/chart-plan";
import { projectRoot } from "../support/synth";

const readme = fs.readFileSync(path.join(projectRoot, "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("### Rollback runbook"),
  readme.indexOf("#### A SQL statement on CP"),
);
const blocks = [...section.matchAll(/```(yaml|text)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1],
  body: m[2],
}));
const yamlBlocks = blocks.filter((b) => b.lang === "yaml").map((b) => excerpt(b.body));
const textBlocks = blocks.filter((b) => b.lang === "text").map((b) => b.body);

/** A stack excerpt's `flink-platform:` keys, unprefixed. */
function excerpt(body: string): Record<string, unknown> {
  const config = (parse(body) as { config: Record<string, unknown> }).config;
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k.replace(/^flink-platform:/, ""), v]));
}

const prod = {
  environment: { name: "prod" },
  size: "M",
  storage: {
    checkpoints: "s3://flink/prod/c",
    savepoints: "s3://flink/prod/savepoints",
    haStorageDir: "s3://flink/prod/ha",
  },
};

/** The diff a step shows against `main`, then its guardrail warnings. */
function step(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const b = flinkChartPlan("prod", before);
  const a = flinkChartPlan("prod", after);
  return renderText(diffPlans(b.plan, a.plan, "main")) + a.warnings.map((w) => `warning: ${w}\n`).join("");
}

type App = { name: string; jarURI: string; upgradeMode?: string; initialSavepointPath?: string };

describe("README rollback runbook", () => {
  it("has three steps: a stack excerpt and the diff it shows", () => {
    expect([yamlBlocks.length, textBlocks.length]).toEqual([3, 3]);
  });

  const base: Record<string, unknown> = { ...prod, ...yamlBlocks[0] };
  const apps = base.applications as App[];
  const upgraded = {
    ...base,
    applications: apps.map((a) => ({ ...a, jarURI: a.jarURI.replace("1.4", "1.5") })),
  };

  it("1. reverting the upgrade restores from the savepoint the operator takes (upgradeMode savepoint)", () => {
    expect(step(upgraded, base)).toBe(textBlocks[0]);
    const job = flinkChartPlan("prod", base).plan.resources.find((r) => r.name === "prod:flink/orders")!
      .inputs.spec as { job: App };
    expect(job.job).toMatchObject({ jarURI: "s3://flink-jobs/orders-1.4.jar", upgradeMode: "savepoint" });
  });

  const pinned: Record<string, unknown> = { ...base, ...yamlBlocks[1] };

  it("2. a known savepoint: initialSavepointPath and the redeploy nonce", () => {
    expect(step(upgraded, pinned)).toBe(textBlocks[1]);
    expect(textBlocks[1]).toContain("spec.job.initialSavepointPath");
    expect(textBlocks[1]).toContain("spec.job.savepointRedeployNonce");
  });

  it("3. break-glass moves orders to the known-good pool, restarting from its savepoint", () => {
    const moved = { ...pinned, ...yamlBlocks[2] };
    const shown = step(pinned, moved);
    expect(shown).toBe(textBlocks[2]);
    const savepoint = (pinned.applications as App[])[0].initialSavepointPath;
    expect(shown).toContain(
      `warning: break-glass: application orders moves from its own cluster to pool known-good and restarts from savepoint ${savepoint}`,
    );
    // Reverting it moves orders back to its own cluster.
    expect(step(moved, pinned)).toContain(
      "+ create kubernetes:flink.apache.org/v1beta1:FlinkDeployment prod:flink/orders",
    );
  });
});
