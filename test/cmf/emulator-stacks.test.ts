/**
 * The shipped Confluent Platform stacks, deployed end to end against the CMF
 * emulator: every CMF resource of the synthesized plan created by its own
 * provider in dependency order with no contract violation, then deleted in
 * reverse order, leaving CMF empty.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import { applyPlan, cmfResourcesInOrder, destroyApplied } from "../support/cmf-emulator/apply";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { synthStackOutput } from "../support/synth";

/** What each stack leaves in CMF once up (emulator keys: `<env>/<name>` inside an environment). */
const DEPLOYED: Record<string, Record<string, string[]>> = {
  staging: {
    environments: ["staging-flink-staging"],
    applications: ["staging-flink-staging/flink-smoke-test"],
    computePools: ["staging-flink-staging/sql"],
  },
  prod: {
    environments: ["prod-flink-analytics", "prod-flink-jobs"],
    applications: ["prod-flink-jobs/flink-smoke-test"],
    computePools: ["prod-flink-analytics/analytics", "prod-flink-jobs/critical"],
  },
};

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))(
  "shipped CP stacks against the CMF emulator",
  () => {
    let emu: CmfEmulator | undefined;
    afterEach(async () => {
      await emu?.close();
    });

    it.each(Object.keys(DEPLOYED))("%s: creates every CMF resource, then deletes them all", async (stack) => {
      const plan = synthStackOutput(stack).plan as Parameters<typeof applyPlan>[0];
      emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
      const applied = await applyPlan(plan, emu);
      expect(applied.map((a) => a.resource.name)).toEqual(cmfResourcesInOrder(plan).map((r) => r.name));
      expect(emu.violations).toEqual([]);
      expect(emu.inventory()).toEqual(DEPLOYED[stack]);
      await destroyApplied(applied);
      expect(emu.inventory()).toEqual({});
      expect(emu.violations).toEqual([]);
    });
  },
);
