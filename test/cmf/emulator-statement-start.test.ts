/**
 * The CMF emulator's statement start point (`StatementSpec.startFromSavepoint`,
 * cmf-2.3.1/openapi.yaml `StatementStartFromSavepoint`: "Works only with
 * update Statement"; a `savepointName` "that has not completed" is rejected).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import { call, doc, savepointDoc } from "../support/cmf-emulator/http";
import { cmfOpenApiPath, haveReference } from "../support/reference";

const INSERT = "INSERT INTO orders_eu SELECT * FROM orders WHERE region = 'eu';";
const errors = (message: string) => ({ errors: [{ message }] });
const stmt = (name: string, extra: Record<string, unknown> = {}) =>
  doc("Statement", name, { statement: INSERT, computePoolName: "pool", ...extra });
const STATEMENTS = "/environments/prod/statements";
const ONLY_UPDATE =
  "Statement 'insert-v2': spec.startFromSavepoint works only with an update; create the statement stopped, then update it with startFromSavepoint and stopped false";

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))("CMF emulator: statement start point", () => {
  let emu: CmfEmulator;
  beforeEach(async () => {
    emu = await startFakeCmf({ openApiPath: cmfOpenApiPath });
    await call(emu, "POST", "/environments", { name: "prod", kubernetesNamespace: "flink-prod" });
    const pool = {
      type: "DEDICATED",
      clusterSpec: { flinkVersion: "v1_19", image: "confluentinc/cp-flink-sql:1.19-cp5" },
    };
    await call(emu, "POST", "/environments/prod/compute-pools", doc("ComputePool", "pool", pool));
  });
  afterEach(async () => {
    await emu.close();
  });

  it("refuses startFromSavepoint on create", async () => {
    const start = { startFromSavepoint: { initialSavepointPath: "s3://flink/savepoints/savepoint-0a1b2c" } };
    expect(await call(emu, "POST", STATEMENTS, stmt("insert-v2", start))).toEqual({
      status: 422,
      body: errors(ONLY_UPDATE),
    });
    expect(emu.state.statements.has("prod/insert-v2")).toBe(false);
    expect(emu.violations).toEqual([`422: ${ONLY_UPDATE}`]);
  });

  it("resumes from a COMPLETED savepoint by name, refuses one that is not, and records the start point", async () => {
    await call(emu, "POST", STATEMENTS, stmt("insert-v1"));
    const v1 = `${STATEMENTS}/insert-v1`;
    await call(emu, "POST", `${v1}/savepoints`, savepointDoc("before-change"));
    await call(emu, "PUT", v1, stmt("insert-v1", { stopped: true }));
    const resume = stmt("insert-v1", {
      stopped: false,
      startFromSavepoint: { savepointName: "before-change" },
    });
    const pending =
      "Statement 'insert-v1': savepoint 'before-change' is PENDING; start only from a COMPLETED one";
    expect(await call(emu, "PUT", v1, resume)).toEqual({ status: 422, body: errors(pending) });
    const missing = stmt("insert-v1", { stopped: false, startFromSavepoint: { savepointName: "nope" } });
    const notFound = "Statement 'insert-v1': savepoint 'nope' not found (of this statement, or detached)";
    expect(await call(emu, "PUT", v1, missing)).toEqual({ status: 422, body: errors(notFound) });
    expect(emu.state.statements.get("prod/insert-v1")).toMatchObject({ phase: "STOPPED" });
    await call(emu, "GET", `${v1}/savepoints/before-change`); // one step: COMPLETED
    expect(await call(emu, "PUT", v1, resume)).toEqual({ status: 200, body: undefined });
    expect(emu.state.statements.get("prod/insert-v1")).toMatchObject({
      phase: "PENDING",
      startedFrom: "s3://cmf-emulator/savepoints/before-change",
    });
    expect(emu.violations).toEqual([`422: ${pending}`, `422: ${notFound}`]);
  });

  it("starts a new version created stopped from a path, only when it resumes or its nonce changes", async () => {
    const path = "s3://flink/savepoints/savepoint-0a1b2c";
    const v2 = `${STATEMENTS}/insert-v2`;
    expect((await call(emu, "POST", STATEMENTS, stmt("insert-v2", { stopped: true }))).status).toBe(200);
    expect(emu.state.statements.get("prod/insert-v2")).toMatchObject({ phase: "STOPPED" });
    const start = { initialSavepointPath: path, allowNonRestoredState: true };
    await call(emu, "PUT", v2, stmt("insert-v2", { stopped: false, startFromSavepoint: start }));
    expect(emu.state.statements.get("prod/insert-v2")).toMatchObject({ phase: "PENDING", startedFrom: path });
    await call(emu, "GET", v2); // RUNNING
    // Running, the same start point changes nothing; a new nonce redeploys from it.
    const other = { initialSavepointPath: "s3://flink/savepoints/savepoint-ffff" };
    await call(emu, "PUT", v2, stmt("insert-v2", { startFromSavepoint: other }));
    expect(emu.state.statements.get("prod/insert-v2")).toMatchObject({ phase: "RUNNING", startedFrom: path });
    const redeploy = { ...other, savepointRedeployNonce: 1 };
    await call(emu, "PUT", v2, stmt("insert-v2", { startFromSavepoint: redeploy }));
    expect(emu.state.statements.get("prod/insert-v2")).toMatchObject({
      phase: "PENDING",
      startedFrom: "s3://flink/savepoints/savepoint-ffff",
    });
    expect(emu.violations).toEqual([]);
  });
});
