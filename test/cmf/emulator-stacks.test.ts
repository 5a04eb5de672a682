/**
 * The shipped Confluent Platform stacks, deployed end to end against the CMF
 * emulator: every CMF resource of the synthesized plan created by its own
 * provider in dependency order with no contract violation, then deleted in
 * reverse order, leaving CMF empty.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import { applyPlan, cmfResourcesInOrder, destroyApplied, updatePlan } from "../support/cmf-emulator/apply";
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

    it("staging: a pool resize and an application change are updates in place, a new pool a create", async () => {
      const plan = synthStackOutput("staging").plan as Parameters<typeof applyPlan>[0];
      emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
      const applied = await applyPlan(plan, emu);
      const changed = JSON.parse(JSON.stringify(plan)) as typeof plan;
      const pool = changed.resources.find(
        (r) => r.name === "staging-pool-sql" && r.type.endsWith(":CmfComputePool"),
      )!;
      (pool.inputs.clusterSpec as { taskManager: { replicas: number } }).taskManager.replicas = 3;
      const app = changed.resources.find(
        (r) => r.name === "staging-smoke-test" && r.type.endsWith(":CmfFlinkApplication"),
      )!;
      (app.inputs.spec as { job: { parallelism: number } }).job.parallelism = 4;
      changed.resources.push({
        ...pool,
        urn: `${pool.urn}-2`,
        name: "staging-pool-sql-2",
        inputs: { ...pool.inputs, name: "sql-2" },
      });
      const calls = emu.requests.length;
      const { applied: after, steps } = await updatePlan(applied, changed, emu);
      expect(steps).toEqual({
        "staging-cmf-install-choices": "same",
        "staging-cmf-env-flink-staging": "same",
        "staging-pool-sql": "update",
        "staging-smoke-test": "update",
        "staging-pool-sql-2": "create",
      });
      expect(emu.requests.slice(calls).filter((r) => r.method === "DELETE")).toEqual([]);
      expect(emu.snapshot().computePools["staging-flink-staging/sql"].spec).toMatchObject({
        clusterSpec: { taskManager: { replicas: 3 } },
      });
      expect(emu.violations).toEqual([]);
      await destroyApplied(after);
      expect(emu.inventory()).toEqual({});
    });
  },
);
