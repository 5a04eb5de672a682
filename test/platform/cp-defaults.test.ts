import { beforeAll, describe, expect, it } from "vitest";
import { applyApplicationDefaults } from "../support/cmf-defaults";
import { haveReference, operatorReferenceDir } from "../support/reference";
import { validateFlinkDeploymentSpec } from "../support/schemas";
import { synthStackOutput, type SynthOutput } from "../support/synth";

/**
 * The shipped CP stacks as CMF would run them: each application with its
 * environment's `flinkApplicationDefaults` merged in, checked against the
 * operator 1.15.0 FlinkDeployment CRD, and carrying the durable-state
 * settings of its stack.
 */

const ENV = "pulumi-nodejs:dynamic/cmf:CmfEnvironment";
const APP = "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication";
type Json = Record<string, unknown>;

/** Every CMF application of a synthesized stack, merged with its environment's defaults. */
function mergedApplications(out: SynthOutput): { name: string; spec: Json }[] {
  const envs = out.plan.resources.filter((r) => r.type === ENV);
  return out.plan.resources
    .filter((r) => r.type === APP)
    .map((app) => {
      const env = envs.find((e) => e.inputs.name === app.inputs.environment);
      if (!env) throw new Error(`${app.name}: no environment ${String(app.inputs.environment)}`);
      const merged = applyApplicationDefaults(env.inputs.flinkApplicationDefaults as Json | undefined, {
        metadata: { name: app.inputs.name },
        spec: app.inputs.spec as Json,
      });
      return { name: app.name, spec: merged.spec };
    });
}

/** Durable-state settings each shipped CP stack's applications must end up with. */
const durable = (bucket: string): Json => ({
  "state.checkpoints.dir": `s3://${bucket}/checkpoints`,
  "state.savepoints.dir": `s3://${bucket}/savepoints`,
  "state.backend.type": "rocksdb",
  "state.backend.incremental": "true",
  "high-availability.type": "kubernetes",
  "high-availability.storageDir": `s3://${bucket}/ha`,
  // The jar of the application's own image: cp-flink 1.20.1-cp1 ships flink-s3-fs-presto-1.20.1-cp1.jar.
  "containerized.master.env.ENABLE_BUILT_IN_PLUGINS": "flink-s3-fs-presto-1.20.1-cp1.jar",
  "containerized.taskmanager.env.ENABLE_BUILT_IN_PLUGINS": "flink-s3-fs-presto-1.20.1-cp1.jar",
  "kubernetes.env.secretKeyRef":
    "env:AWS_ACCESS_KEY_ID,secret:flink-s3-credentials,key:AWS_ACCESS_KEY_ID;" +
    "env:AWS_SECRET_ACCESS_KEY,secret:flink-s3-credentials,key:AWS_SECRET_ACCESS_KEY",
});

const stacks = [
  { stack: "staging", bucket: "acme-flink-staging", interval: "60s", apps: ["staging-smoke-test"] },
  { stack: "prod", bucket: "acme-flink-prod", interval: "30s", apps: ["prod-smoke-test"] },
] as const;

describe.each(stacks)("shipped CP stack $stack: applications with their environment defaults", (s) => {
  let apps: { name: string; spec: Json }[] = [];
  beforeAll(() => {
    apps = mergedApplications(synthStackOutput(s.stack));
  });

  it("has exactly these CMF applications", () => {
    expect(apps.map((a) => a.name)).toEqual([...s.apps]);
  });

  it("each merged application validates as a FlinkDeployment spec (operator 1.15.0 CRD)", () => {
    if (!haveReference("operator CRDs", operatorReferenceDir)) return;
    for (const app of apps) expect(validateFlinkDeploymentSpec(app.spec), app.name).toBeUndefined();
  });

  it("each merged application gets the checkpoint, savepoint, HA, S3 and plugin settings", () => {
    for (const app of apps) {
      // CMF runs Confluent Platform Flink images (confluentinc/cp-flink:<Flink version>-cp<n>).
      expect(app.spec.image, app.name).toBe("confluentinc/cp-flink:1.20.1-cp1");
      expect(app.spec.serviceAccount, app.name).toBe("flink");
      expect(app.spec.flinkConfiguration, app.name).toMatchObject({
        ...durable(s.bucket),
        "execution.checkpointing.interval": s.interval,
      });
    }
  });
});
