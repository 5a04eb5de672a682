/**
 * The README's rollback runbook, its "SQL statement on CP" step, run: the
 * `yaml` blocks are the `cmf.statements` of `main` (after the SQL change) and
 * of the revert, the `text` block the plan diff of the revert (the CMF
 * statements and savepoints of a staging CP platform).
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { versionStatement } from "../../lib/core/statements";
import { diffPlans } from "../../lib/plan/diff";
import { renderText } from "../../lib/plan/diff-render";
import type { Plan } from "../../lib/plan/synth";
import { cpSqlArgs, synthCp } from "../support/cp-sql-args";
import { fencedBlocks, readmeSection } from "../support/readme";

const section = readmeSection("#### A SQL statement on CP", "### Layer diagram");
type Statement = { name: string; sql: string; startFromSavepoint?: { initialSavepointPath: string } };
const statementsOf = (body: string) =>
  (parse(body) as { config: Record<string, { statements: Statement[] }> }).config["flink-platform:cmf"]
    .statements;
const [main, reverted] = fencedBlocks(section, "yaml").map(statementsOf);
const shown = fencedBlocks(section, "text");

/** The CMF statements and savepoints of a staging CP platform running `statements`. */
async function sqlPlan(statements: Statement[]): Promise<Plan> {
  const resources = await synthCp(cpSqlArgs(statements));
  return {
    stack: "staging",
    project: "flink-platform",
    resources: resources.filter((r) => /dynamic\/cmf:Cmf(Statement|Savepoint)$/.test(r.type)),
  };
}

describe("README rollback runbook: a SQL statement on CP", () => {
  it("has the stack of main, the revert and the diff it shows", () => {
    expect([fencedBlocks(section, "yaml").length, shown.length]).toEqual([2, 1]);
  });

  it("4. reverting the SQL diff recreates the previous version, started from the savepoint taken before the change", async () => {
    const [before, after] = [await sqlPlan(main), await sqlPlan(reverted)];
    expect(renderText(diffPlans(before, after, "main"))).toBe(shown[0]);
    const statement = after.resources.find((r) => r.type.endsWith("CmfStatement"))!;
    expect(statement.inputs).toMatchObject({
      name: versionStatement(reverted[0]).statementName,
      startFromSavepoint: { initialSavepointPath: "s3://flink/staging/savepoints/savepoint-5e6f7a" },
      stopped: false,
    });
    // The savepoint taken before the change is detached: the revert leaves it as it is.
    const savepoint = after.resources.find((r) => r.type.endsWith("CmfSavepoint"))!;
    expect(savepoint.inputs.statement).toBeUndefined();
    expect(before.resources.find((r) => r.type.endsWith("CmfSavepoint"))!.inputs).toEqual(savepoint.inputs);
  });
});
