import { describe, expect, it } from "vitest";
import { autoscalerConfiguration } from "../../lib/core/autoscaler-schema";
import { planPlatform } from "../../lib/core/derive";
import { parseStackConfig } from "../../lib/stack-config";
import { problemsOf, stack } from "../support/config";

/**
 * The typed `autoscaler` block of pools and applications (issue 16): its
 * rules (the operator 1.15 webhook's bounds, checked at synth) and its
 * mapping onto the operator's `job.autoscaler.*` keys.
 */

const jar = "local:///opt/flink/usrlib/orders.jar";

const full = {
  enabled: true,
  scalingEnabled: false,
  utilization: { target: 0.6, min: 0.4, max: 0.8 },
  metricsWindow: "5m",
  stabilizationInterval: "1m",
  restartTime: "2m",
  catchUpDuration: "5 min",
  scaleDown: { maxFactor: 0.5, interval: "30m" },
  maxParallelism: 720,
  vertexMinParallelism: 1,
  vertexMaxParallelism: 4,
  quota: { cpu: 4, memory: "8Gi" },
};

describe("autoscaler block", () => {
  it("maps every field onto the operator 1.15 key, as strings", () => {
    expect(autoscalerConfiguration(full)).toEqual({
      "job.autoscaler.enabled": "true",
      "job.autoscaler.scaling.enabled": "false",
      "job.autoscaler.utilization.target": "0.6",
      "job.autoscaler.utilization.min": "0.4",
      "job.autoscaler.utilization.max": "0.8",
      "job.autoscaler.metrics.window": "5m",
      "job.autoscaler.stabilization.interval": "1m",
      "job.autoscaler.restart.time": "2m",
      "job.autoscaler.catch-up.duration": "5 min",
      "job.autoscaler.scale-down.max-factor": "0.5",
      "job.autoscaler.scale-down.interval": "30m",
      "pipeline.max-parallelism": "720",
      "job.autoscaler.vertex.min-parallelism": "1",
      "job.autoscaler.vertex.max-parallelism": "4",
      "job.autoscaler.quota.cpu": "4",
      "job.autoscaler.quota.memory": "8192m",
    });
  });

  it("writes only the keys it sets; scaleDown.enabled false is a max factor of 0", () => {
    expect(autoscalerConfiguration({ enabled: true, scaleDown: { enabled: false } })).toEqual({
      "job.autoscaler.enabled": "true",
      "job.autoscaler.scale-down.max-factor": "0",
    });
    expect(autoscalerConfiguration(undefined)).toEqual({});
  });

  it("is accepted on pools and applications and reaches their plans", () => {
    const plan = planPlatform(
      parseStackConfig(
        stack({
          environment: { name: "dev" },
          pools: [
            {
              name: "shared",
              taskManagers: 2,
              slots: 2,
              autoscaler: { enabled: true, vertexMaxParallelism: 4 },
            },
          ],
          applications: [
            { name: "orders", jarURI: jar, parallelism: 2, autoscaler: full },
            {
              name: "audit",
              jarURI: jar,
              parallelism: 2,
              pool: "shared",
              autoscaler: { utilization: { target: 0.5 } },
            },
          ],
        }),
      ),
    );
    expect(plan.pools[0].autoscaler).toEqual({ enabled: true, vertexMaxParallelism: 4 });
    expect(plan.applications.map((a) => a.autoscaler)).toEqual([full, { utilization: { target: 0.5 } }]);
  });

  it("names the key, the value and what is allowed", () => {
    const bad = (autoscaler: unknown) =>
      problemsOf({
        environment: { name: "dev" },
        applications: [{ name: "orders", jarURI: jar, parallelism: 2, autoscaler }],
      });
    expect(bad({ utilization: { target: 0 } })).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.utilization.target",
        got: 0,
        allowed: "target utilization: a number greater than 0 and at most 1",
      },
    ]);
    expect(bad({ utilization: { target: 1.5 } })[0].allowed).toBe(
      "target utilization: a number greater than 0 and at most 1",
    );
    expect(bad({ utilization: { target: 0.6, max: 0.5, min: 0.7 } })).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.utilization.max",
        got: 0.5,
        allowed: "at least the target utilization (0.6) and at most 1",
      },
      {
        path: "flink-platform:applications[0].autoscaler.utilization.min",
        got: 0.7,
        allowed: "from 0 to the target utilization (0.6)",
      },
    ]);
    // Without a target, the bounds are checked against the operator's default (0.7).
    expect(bad({ utilization: { max: 0.65 } })[0].allowed).toBe(
      "at least the target utilization (0.7) and at most 1",
    );
    expect(bad({ metricsWindow: "5 minutes please" })).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.metricsWindow",
        got: "5 minutes please",
        allowed: "a Flink duration such as 30s, 5m, 5 min or 1h",
      },
    ]);
    expect(bad({ scaleDown: { enabled: false, maxFactor: 0.5 } })).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.scaleDown.maxFactor",
        got: 0.5,
        allowed: "unset (or 0) when scaleDown.enabled is false",
      },
    ]);
    expect(bad({ vertexMinParallelism: 8, vertexMaxParallelism: 4 })).toEqual([
      {
        path: "flink-platform:applications[0].autoscaler.vertexMinParallelism",
        got: 8,
        allowed: "at most vertexMaxParallelism (4)",
      },
    ]);
    expect(bad({ quota: { memory: "16G" } })[0]).toMatchObject({
      path: "flink-platform:applications[0].autoscaler.quota.memory",
      got: "16G",
    });
  });
});
