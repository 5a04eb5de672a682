import { describe, expect, it } from "vitest";
import { T, plain, valueOf, useCloudMocks } from "../support/cloud-mocks";
import { configErrorOf } from "../support/errors";

const suite = useCloudMocks(() => import("../../lib/compute-pool/compute-pool"));

describe("ComputePool (cloud face)", () => {
  it("creates one FlinkComputePool with the given settings", async () => {
    const pool = new suite.mod.ComputePool("etl", {
      target: "cloud",
      cloud: { environmentId: "env-abc123", cloud: "AWS", region: "us-east-1", maxCfu: 20 },
    });
    await suite.mocks.settle();

    expect(suite.mocks.resources.map((r) => [r.type, r.name])).toEqual([
      [T.ComputePool, "etl"],
      [T.FlinkComputePool, "etl"],
    ]);
    const child = suite.mocks.named("etl", T.FlinkComputePool);
    expect(plain(child.inputs)).toEqual({
      displayName: "etl",
      cloud: "AWS",
      region: "us-east-1",
      maxCfu: 20,
      environment: { id: "env-abc123" },
    });
    expect(child.options?.parent).toContain("flink-platform:index:ComputePool::etl");
    expect(await valueOf(pool.id)).toMatch(/^lfcp-[a-z0-9]{6}$/);
    expect(await valueOf(pool.maxCfu)).toBe(20);
  });

  it("passes displayName and defaultPool through", async () => {
    new suite.mod.ComputePool("adhoc", {
      target: suite.mod.ComputePoolTarget.Cloud,
      cloud: {
        environmentId: "env-abc123",
        cloud: "GCP",
        region: "us-central1",
        maxCfu: 5,
        displayName: "ad hoc",
        defaultPool: true,
      },
    });
    await suite.mocks.settle();
    expect(plain(suite.mocks.ofType(T.FlinkComputePool)[0].inputs)).toMatchObject({
      displayName: "ad hoc",
      cloud: "GCP",
      defaultPool: true,
    });
  });

  it("rejects maxCfu 15 with the key, the value and the allowed values", () => {
    const err = configErrorOf(
      () =>
        new suite.mod.ComputePool("bad", {
          target: "cloud",
          cloud: { environmentId: "env-abc123", cloud: "AWS", region: "us-east-1", maxCfu: 15 },
        }),
    );
    expect(err.name).toBe("ConfigError");
    expect(err.message).toBe(
      [
        'Invalid ComputePool "bad" args (1 problem):',
        "  - cloud.maxCfu",
        "      got:     15",
        "      allowed: one of 5, 10, 20, 30, 40, 50 (a standard pool), or a whole number from 51 to 1000 (a Limited Availability pool: the organization must be enrolled)",
        "      hint:    A pool scales between 0 and maxCfu; Confluent documents these limits (at most 50 per standard pool, 1000 with Limited Availability).",
      ].join("\n"),
    );
    expect(err.problems).toEqual([expect.objectContaining({ path: "cloud.maxCfu", got: 15 })]);
  });

  it("lists every problem at once and registers nothing", async () => {
    const err = configErrorOf(
      () =>
        new suite.mod.ComputePool("bad", {
          target: "cloud",
          cloud: {
            environmentId: "env-abc123",
            cloud: "aws" as never,
            region: "",
            maxCfu: 1001,
          },
        }),
    );
    expect(err.problems.map((p) => p.path)).toEqual(["cloud.cloud", "cloud.region", "cloud.maxCfu"]);
    expect(err.problems[0]).toMatchObject({ got: "aws", allowed: "one of AWS, GCP, AZURE" });
    expect(err.problems[1].allowed).toBe(
      "a cloud region such as us-east-1 (AWS), us-central1 (GCP) or eastus (AZURE)",
    );
    await suite.mocks.settle();
    expect(suite.mocks.resources).toEqual([]);
  });

  it.each([["US-EAST-1"], ["us east 1"], ["-us"], [""]])("rejects region %j", (region) => {
    const err = configErrorOf(
      () =>
        new suite.mod.ComputePool("bad", {
          target: "cloud",
          cloud: { environmentId: "env-abc123", cloud: "AZURE", region, maxCfu: 10 },
        }),
    );
    expect(err.problems).toEqual([expect.objectContaining({ path: "cloud.region", got: region })]);
  });

  it("requires the section of its target and rejects the sections of other targets", () => {
    expect(configErrorOf(() => new suite.mod.ComputePool("x", { target: "cloud" })).problems).toEqual([
      expect.objectContaining({ path: "cloud", got: undefined }),
    ]);
    expect(configErrorOf(() => new suite.mod.ComputePool("x", { target: "oss" })).problems).toEqual([
      { path: "oss", got: undefined, allowed: "the oss pool settings (target is oss)" },
    ]);
    const cloud = { environmentId: "env-1", cloud: "AWS" as const, region: "us-east-1", maxCfu: 10 };
    expect(
      configErrorOf(() => new suite.mod.ComputePool("x", { target: "cp", cloud } as never)).problems,
    ).toEqual([
      { path: "cloud", got: cloud, allowed: "not set when target is cp" },
      { path: "cp", got: undefined, allowed: "the cp pool settings (target is cp)" },
    ]);
    expect(configErrorOf(() => new suite.mod.ComputePool("x", { target: "k8s" as never })).problems).toEqual([
      expect.objectContaining({ path: "target", got: "k8s", allowed: "one of cloud, cp, oss" }),
    ]);
  });

  it("exports the replace-on-change fields of a compute pool", async () => {
    // The one table plan diff classifies with (lib/plan/diff.ts); `environment` covers `environment.id`.
    const { replaceOnChange } = await import("../../lib/plan/diff");
    expect(replaceOnChange[T.FlinkComputePool]).toEqual(["cloud", "region", "environment"]);
    expect(replaceOnChange[T.FlinkComputePool]).not.toContain("maxCfu");
  });
});
