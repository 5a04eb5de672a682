import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdk8s";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { planPlatform } from "../../lib/core/derive";
import { smokeTestFlinkConfiguration } from "../../lib/core/smoke-test";
import { parseStackConfig } from "../../lib/stack-config";
import { buildOssCharts } from "../../lib/oss/charts";
import { problemsOf, stack } from "../support/config";
import { haveReference, operatorReferenceDir } from "../support/reference";

/**
 * The smoke test proves durable state: its job checkpoints to
 * storage.checkpoints and `pulumi up` waits for a completed checkpoint in the
 * operator's status, as the operator 1.15.0 CRD declares it.
 */

const devConfig = {
  environment: { name: "dev" },
  storage: { minio: { enabled: true } },
  smokeTest: { enabled: true, timeoutSeconds: 420 },
};

function smokeDeployment(config: Record<string, unknown>) {
  const app = new App();
  const charts = buildOssCharts(app, planPlatform(parseStackConfig(stack(config))));
  return charts.smokeTest!.toJson()[0] as {
    metadata: { annotations: Record<string, string> };
    spec: { flinkConfiguration: Record<string, string>; job: { jarURI: string } };
  };
}

describe("smoke test: what `pulumi up` waits for on OSS", () => {
  it("waits for STABLE and an operator-triggered checkpoint, bounded by smokeTest.timeoutSeconds", () => {
    expect(smokeDeployment(devConfig).metadata.annotations).toEqual({
      "pulumi.com/waitFor":
        '["jsonpath={.status.lifecycleState}=STABLE","jsonpath={.status.jobStatus.checkpointInfo.lastCheckpoint.triggerType}=PERIODIC"]',
      "pulumi.com/timeoutSeconds": "420",
    });
  });

  it("runs the stateful StateMachineExample checkpointing to storage.checkpoints with the operator's periodic checkpoint on", () => {
    const fd = smokeDeployment(devConfig);
    expect(fd.spec.job.jarURI).toBe("local:///opt/flink/examples/streaming/StateMachineExample.jar");
    expect(fd.spec.flinkConfiguration).toEqual({
      "taskmanager.numberOfTaskSlots": "1",
      "state.checkpoints.dir": "s3://flink/dev/checkpoints",
      "execution.checkpointing.interval": "60s",
      "kubernetes.operator.periodic.checkpoint.interval": "60s",
      "kubernetes.operator.snapshot.resource.enabled": "false",
    });
  });

  it("uses Flink 2's key for the checkpoint directory and the configured store and interval", () => {
    const plan = planPlatform(
      parseStackConfig(
        stack({
          environment: { name: "staging" },
          flink: { version: "2.1.0" },
          storage: { checkpoints: "s3://acme/ckp", checkpointInterval: "30s" },
          smokeTest: { enabled: true },
        }),
      ),
    );
    expect(smokeTestFlinkConfiguration(plan)).toEqual({
      "execution.checkpointing.dir": "s3://acme/ckp",
      "execution.checkpointing.interval": "30s",
      "kubernetes.operator.periodic.checkpoint.interval": "30s",
      "kubernetes.operator.snapshot.resource.enabled": "false",
    });
  });

  it.skipIf(!haveReference("operator CRDs", `${operatorReferenceDir}/crds`))(
    "the awaited field is declared by the operator 1.15.0 FlinkDeployment CRD with PERIODIC allowed",
    () => {
      const crd = parse(
        fs.readFileSync(
          path.join(operatorReferenceDir, "crds", "flinkdeployments.flink.apache.org-v1.yml"),
          "utf8",
        ),
      ) as { spec: { versions: { schema: { openAPIV3Schema: Schema } }[] } };
      type Schema = { properties?: Record<string, Schema>; enum?: string[] };
      let node: Schema | undefined = crd.spec.versions[0].schema.openAPIV3Schema;
      for (const key of "status.jobStatus.checkpointInfo.lastCheckpoint.triggerType".split(".")) {
        node = node?.properties?.[key];
      }
      expect(node?.enum).toEqual(["MANUAL", "PERIODIC", "UNKNOWN", "UPGRADE"]);
    },
  );
});

describe("smoke test: config rules", () => {
  it("needs a checkpoint store to prove", () => {
    expect(problemsOf({ environment: { name: "dev" }, smokeTest: { enabled: true } })).toEqual([
      {
        path: "flink-platform:storage.checkpoints",
        got: undefined,
        allowed:
          "required when smokeTest.enabled is true (the smoke test proves a checkpoint completes in this store): a durable URI such as s3://bucket/checkpoints, or storage.minio.enabled in dev",
      },
    ]);
  });

  it("needs a Flink version the operator can trigger checkpoints on", () => {
    expect(problemsOf({ ...devConfig, flink: { version: "1.16.3" } })).toEqual([
      {
        path: "flink-platform:flink.version",
        got: "1.16.3",
        allowed:
          "1.17 or later when smokeTest.enabled is true (the operator triggers the smoke test's checkpoint through Flink's REST API, which has it from 1.17)",
      },
    ]);
  });

  it("asks nothing of a platform without the smoke test", () => {
    expect(() =>
      parseStackConfig(stack({ environment: { name: "dev" }, flink: { version: "1.16.3" } })),
    ).not.toThrow();
  });
});
