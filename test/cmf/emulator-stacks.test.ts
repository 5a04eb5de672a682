/**
 * The shipped Confluent Platform stacks, deployed end to end against the CMF
 * emulator: every CMF resource of the synthesized plan created by its own
 * provider in dependency order with no contract violation, updated as
 * `pulumi up` would (SQL change, pool resize, stop and resume), then deleted
 * in reverse order, leaving CMF empty. Each stack is synthesized once per file.
 */
import { afterEach, describe, expect, it } from "vitest";
import { versionStatement } from "../../lib/core/statements";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import {
  applyPlan,
  cmfResourcesInOrder,
  destroyApplied,
  updatePlan,
  type Applied,
} from "../support/cmf-emulator/apply";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { synthStackOutput } from "../support/synth";

type Plan = Parameters<typeof applyPlan>[0];
type PlanResource = Plan["resources"][number];

const plans = new Map<string, Plan>();
/** The CMF kinds whose provider polls until the object runs (5 s apart unless told). */
const POLLING = [":CmfFlinkApplication", ":CmfStatement"];
/**
 * The stack's plan, synthesized on first use, with the pollers told to poll
 * 1 ms apart: the emulator moves a PENDING object on per request, not per
 * second, so the requests are the same and the file does not sleep 5 s per wait.
 */
function planOf(stack: string): Plan {
  if (!plans.has(stack)) {
    const plan = synthStackOutput(stack).plan as Plan;
    for (const r of plan.resources)
      if (POLLING.some((kind) => r.type.endsWith(kind))) r.inputs = { ...r.inputs, pollIntervalMs: 1 };
    plans.set(stack, plan);
  }
  return JSON.parse(JSON.stringify(plans.get(stack))) as Plan;
}

function resource(plan: Plan, name: string, kind: string): PlanResource {
  const found = plan.resources.find((r) => r.name === name && r.type.endsWith(`:${kind}`));
  if (found === undefined) throw new Error(`no ${kind} ${name} in the plan`);
  return found;
}

/** What each stack leaves in CMF once up (emulator keys: `<env>/<name>` inside an environment). */
const DEPLOYED: Record<string, Record<string, string[]>> = {
  staging: {
    environments: ["staging-flink-staging"],
    applications: ["staging-flink-staging/flink-smoke-test"],
    computePools: ["staging-flink-staging/sql"],
    secrets: ["kafka-credentials"],
    secretMappings: ["staging-flink-staging/kafka-connection"],
    catalogs: ["kafka"],
    databases: ["kafka/staging"],
    statements: ["staging-flink-staging/orders-by-region-6f138a38"],
  },
  prod: {
    environments: ["prod-flink-analytics", "prod-flink-jobs"],
    applications: ["prod-flink-jobs/flink-smoke-test"],
    computePools: ["prod-flink-analytics/analytics", "prod-flink-jobs/critical"],
    secrets: ["kafka-credentials", "sr-credentials"],
    secretMappings: [
      "prod-flink-analytics/kafka-connection",
      "prod-flink-jobs/kafka-connection",
      "prod-flink-analytics/sr-connection",
      "prod-flink-jobs/sr-connection",
    ],
    catalogs: ["kafka"],
    databases: ["kafka/prod"],
    statements: ["prod-flink-jobs/orders-by-region-6f138a38"],
  },
};

const ENV = "/cmf/api/v1/environments/staging-flink-staging";
const STATEMENTS = `${ENV}/statements`;
const OLD = "orders-by-region-6f138a38";

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))(
  "shipped CP stacks against the CMF emulator",
  () => {
    let emu: CmfEmulator | undefined;
    afterEach(async () => {
      await emu?.close();
    });

    /** Requests from `from` on, as `METHOD path`. */
    const callsSince = (from: number) => emu!.calls().slice(from);

    it.each(Object.keys(DEPLOYED))("%s: creates every CMF resource, then deletes them all", async (stack) => {
      const plan = planOf(stack);
      emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
      const applied = await applyPlan(plan, emu);
      expect(applied.map((a) => a.resource.name)).toEqual(cmfResourcesInOrder(plan).map((r) => r.name));
      expect(emu.violations).toEqual([]);
      expect(emu.inventory()).toEqual(DEPLOYED[stack]);
      await destroyApplied(applied);
      expect(emu.inventory()).toEqual({});
      expect(emu.violations).toEqual([]);
    });

    it("staging: a pool resize is a PUT in place once its statement is stopped (CMF answers 409 while one runs); an application change is an update, a new pool a create", async () => {
      emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
      let applied = await applyPlan(planOf("staging"), emu);
      /** The shipped plan with the statement's `stopped` set and, with `resize`, the changes. */
      const variant = (stopped: boolean, resize: boolean): Plan => {
        const plan = planOf("staging");
        resource(plan, "staging-cmf-statement-orders-by-region", "CmfStatement").inputs.stopped = stopped;
        if (!resize) return plan;
        // The shipped pool is DEDICATED: a TaskManager resize is a PUT in place. (The plan
        // diff classifies a SHARED pool's clusterSpec change as a restart, lib/plan/diff.ts.)
        const pool = resource(plan, "staging-pool-sql", "CmfComputePool");
        expect(pool.inputs.type).toBe("DEDICATED");
        (pool.inputs.clusterSpec as { taskManager: { replicas: number } }).taskManager.replicas = 3;
        const app = resource(plan, "staging-smoke-test", "CmfFlinkApplication");
        (app.inputs.spec as { job: { parallelism: number } }).job.parallelism = 4;
        plan.resources.push({
          ...pool,
          urn: `${pool.urn}-2`,
          name: "staging-pool-sql-2",
          inputs: { ...pool.inputs, name: "sql-2" },
        });
        return plan;
      };
      // CMF 2.3.1 OpenAPI, updateComputePool 409: "Compute Pool cannot be updated (e.g., statements running)".
      await expect(updatePlan(applied, variant(false, true), emu)).rejects.toThrow(
        `staging-pool-sql: update failed: CMF PUT ${ENV}/compute-pools/sql failed: 409 Conflict: ` +
          `Compute pool 'sql' cannot be updated: statements ${OLD} are running`,
      );
      applied = (await updatePlan(applied, variant(true, false), emu)).applied;
      const from = emu.requests.length;
      const { applied: after, steps } = await updatePlan(applied, variant(true, true), emu);
      expect(Object.entries(steps).filter(([, step]) => step !== "same")).toEqual([
        ["staging-pool-sql", "update"],
        ["staging-smoke-test", "update"],
        ["staging-pool-sql-2", "create"],
      ]);
      expect(callsSince(from).filter((c) => !c.startsWith("GET "))).toEqual([
        `PUT ${ENV}/compute-pools/sql`,
        `POST ${ENV}/applications`,
        `POST ${ENV}/compute-pools`,
      ]);
      expect(emu.snapshot().computePools["staging-flink-staging/sql"].spec).toMatchObject({
        clusterSpec: { taskManager: { replicas: 3 } },
      });
      const resumed = await updatePlan(after, variant(false, true), emu);
      expect(emu.state.statements.get(`staging-flink-staging/${OLD}`)?.phase).toBe("RUNNING");
      expect(emu.violations).toEqual([]);
      await destroyApplied(resumed.applied);
      expect(emu.inventory()).toEqual({});
    });

    it("staging SQL path: a SQL change runs a new version before the old one is stopped and deleted; stop and resume in place; delete all in dependency order", async () => {
      const plan = planOf("staging");
      emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
      let applied: Applied[] = await applyPlan(plan, emu);
      const oldSql = resource(plan, "staging-cmf-statement-orders-by-region", "CmfStatement").inputs
        .statement;
      // The deployed name is what the program derives from the SQL (lib/core/statements.ts).
      expect(versionStatement({ name: "orders-by-region", sql: String(oldSql) }).statementName).toBe(OLD);

      // 1. SQL change: the program derives a new versioned name from the new SQL.
      const sqlChanged = planOf("staging");
      const statement = resource(sqlChanged, "staging-cmf-statement-orders-by-region", "CmfStatement");
      const newSql = String(oldSql).replace("('eu', 'uk')", "('eu', 'uk', 'ch')");
      const NEW = versionStatement({ name: "orders-by-region", sql: newSql }).statementName;
      expect(NEW).not.toBe(OLD);
      statement.inputs = { ...statement.inputs, statement: newSql, name: NEW };
      let from = emu.requests.length;
      let update = await updatePlan(applied, sqlChanged, emu);
      applied = update.applied;
      expect(Object.entries(update.steps).filter(([, step]) => step !== "same")).toEqual([
        ["staging-cmf-statement-orders-by-region", "replace"],
      ]);
      // POST the new version, wait until it runs; only then stop (PUT stopped) and delete the old one.
      expect(callsSince(from)).toEqual([
        `POST ${STATEMENTS}`,
        `GET ${STATEMENTS}/${NEW}`,
        `GET ${STATEMENTS}/${NEW}`,
        `GET ${STATEMENTS}/${OLD}`,
        `PUT ${STATEMENTS}/${OLD}`,
        `GET ${STATEMENTS}/${OLD}`,
        `GET ${STATEMENTS}/${OLD}`,
        `DELETE ${STATEMENTS}/${OLD}`,
      ]);
      const sent = emu.requests.slice(from);
      expect((sent[0].body as { spec: { statement: string } }).spec.statement).toBe(newSql);
      // The one PUT stops the old version and carries its own SQL: the SQL is never changed by a PUT.
      expect((sent[4].body as { spec: unknown }).spec).toMatchObject({ statement: oldSql, stopped: true });
      expect(emu.state.statements.get(`staging-flink-staging/${NEW}`)?.phase).toBe("RUNNING");
      expect(emu.inventory().statements).toEqual([`staging-flink-staging/${NEW}`]);

      // 2. Stop, then resume, through `stopped`: one PUT each, same name, same SQL.
      for (const [stopped, phase] of [
        [true, "STOPPED"],
        [false, "RUNNING"],
      ] as const) {
        const toggled = JSON.parse(JSON.stringify(sqlChanged)) as Plan;
        resource(toggled, "staging-cmf-statement-orders-by-region", "CmfStatement").inputs.stopped = stopped;
        from = emu.requests.length;
        update = await updatePlan(applied, toggled, emu);
        applied = update.applied;
        expect(update.steps["staging-cmf-statement-orders-by-region"]).toBe("update");
        expect(callsSince(from).filter((c) => !c.startsWith("GET "))).toEqual([`PUT ${STATEMENTS}/${NEW}`]);
        expect((emu.requests[from].body as { spec: unknown }).spec).toMatchObject({
          statement: newSql,
          stopped,
        });
        expect(emu.state.statements.get(`staging-flink-staging/${NEW}`)?.phase).toBe(phase);
      }

      // 3. Delete all: dependents before what they use, nothing left.
      from = emu.requests.length;
      await destroyApplied(applied);
      expect(callsSince(from).filter((c) => c.startsWith("DELETE "))).toEqual([
        `DELETE ${STATEMENTS}/${NEW}`,
        "DELETE /cmf/api/v1/catalogs/kafka/kafka/databases/staging",
        "DELETE /cmf/api/v1/catalogs/kafka/kafka",
        `DELETE ${ENV}/applications/flink-smoke-test`,
        `DELETE ${ENV}/secret-mappings/kafka-connection`,
        "DELETE /cmf/api/v1/secrets/kafka-credentials",
        `DELETE ${ENV}/compute-pools/sql`,
        `DELETE ${ENV}`,
      ]);
      expect(emu.inventory()).toEqual({});
      expect(emu.violations).toEqual([]);
    });
  },
);
