import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildApplicationBody, buildEnvironmentBody, CmfClient } from "../../lib/cp/cmf/client";
import { cmfFlinkApplicationProvider } from "../../lib/cp/cmf/application";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { ORDERS_APPLICATION } from "../support/cmf-emulator/fixtures";
import { startFakeCmf, type FakeCmf } from "./fake-cmf-server";

/**
 * The CP smoke test waits until CMF's application status reports a completed
 * checkpoint the operator triggered, not just RUNNING.
 */

const haveOpenApi = haveReference("CMF OpenAPI", cmfOpenApiPath);

const checkpointing = {
  "taskmanager.numberOfTaskSlots": "1",
  "state.checkpoints.dir": "s3://acme/checkpoints",
  "execution.checkpointing.interval": "60s",
  "kubernetes.operator.periodic.checkpoint.interval": "60s",
  "kubernetes.operator.snapshot.resource.enabled": "false",
};

/** The shared orders application with the smoke test's checkpoint settings. */
function smokeSpec(flinkConfiguration: Record<string, string>) {
  return { ...ORDERS_APPLICATION.spec, flinkConfiguration };
}

describe.skipIf(!haveOpenApi)("waiting for a CMF application's checkpoint", () => {
  let server: FakeCmf;
  let client: CmfClient;

  beforeEach(async () => {
    server = await startFakeCmf({ openApiPath: cmfOpenApiPath });
    client = new CmfClient({ endpoint: server.url, retries: 0, timeoutMs: 2_000 });
    await client.upsertEnvironment(buildEnvironmentBody({ name: "staging", kubernetesNamespace: "flink" }));
  });

  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  async function deploy(flinkConfiguration: Record<string, string>) {
    await client.upsertApplication(
      "staging",
      buildApplicationBody({ name: "flink-smoke-test", spec: smokeSpec(flinkConfiguration) }),
    );
  }

  it("keeps polling past RUNNING until the operator's checkpoint shows in the status", async () => {
    await deploy(checkpointing);
    server.scriptJobStates("staging", "flink-smoke-test", {
      states: ["CREATED", "RUNNING"],
      checkpointAfter: 2,
    });
    const app = await client.waitForApplicationCheckpoint("staging", "flink-smoke-test", {
      pollIntervalMs: 5,
      timeoutMs: 2_000,
    });
    expect(app.status?.jobStatus?.checkpointInfo).toEqual({
      lastCheckpoint: { timeStamp: 1735689600000, triggerType: "PERIODIC", formatType: "FULL" },
      lastPeriodicCheckpointTimestamp: 1735689600000,
    });
    // CREATED, then RUNNING twice without a checkpoint, then RUNNING with one.
    expect(server.requests.filter((r) => r.method === "GET")).toHaveLength(4);
  });

  it.each([
    {
      when: "times out naming the missing field and the last status when no checkpoint completes",
      script: { states: ["RUNNING"] },
      timing: { pollIntervalMs: 20, timeoutMs: 100 },
      message: " within 100 ms: last status jobStatus.state=RUNNING, lifecycleState=STABLE",
    },
    {
      when: "fails at once when the job fails, quoting CMF's status",
      script: { states: ["RUNNING", "FAILED"], error: "java.nio.file.AccessDeniedException: s3://acme/ckp" },
      timing: { pollIntervalMs: 5, timeoutMs: 2_000 },
      message:
        ": jobStatus.state=FAILED, lifecycleState=DEPLOYED, error=java.nio.file.AccessDeniedException: s3://acme/ckp",
    },
  ])("$when", async ({ script, timing, message }) => {
    await deploy(checkpointing);
    server.scriptJobStates("staging", "flink-smoke-test", script);
    await expect(client.waitForApplicationCheckpoint("staging", "flink-smoke-test", timing)).rejects.toThrow(
      "CMF application staging/flink-smoke-test did not report a completed checkpoint (status.jobStatus.checkpointInfo.lastCheckpoint)" +
        message,
    );
  });

  it("the emulator, like the operator, reports no triggered checkpoint for an application that did not ask for one", async () => {
    await deploy({ "taskmanager.numberOfTaskSlots": "1" });
    server.scriptJobStates("staging", "flink-smoke-test", { states: ["RUNNING"], checkpointAfter: 0 });
    await expect(
      client.waitForApplicationCheckpoint("staging", "flink-smoke-test", {
        pollIntervalMs: 20,
        timeoutMs: 100,
      }),
    ).rejects.toThrow("did not report a completed checkpoint");
  });

  it("the dynamic provider waits for the checkpoint when waitForCheckpoint is set", async () => {
    await deploy(checkpointing);
    server.scriptJobStates("staging", "flink-smoke-test", { states: ["RUNNING"], checkpointAfter: 1 });
    const result = await cmfFlinkApplicationProvider.create({
      connection: { endpoint: server.url, retries: 0, timeoutMs: 2_000 },
      environment: "staging",
      name: "flink-smoke-test",
      spec: smokeSpec(checkpointing),
      waitForCheckpoint: true,
      waitTimeoutMs: 2_000,
      pollIntervalMs: 5,
    });
    expect(result.outs?.jobState).toBe("RUNNING");
    expect(server.requests.filter((r) => r.method === "GET")).toHaveLength(2);
  });
});
