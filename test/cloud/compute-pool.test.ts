import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type * as ComputePoolModule from "../../lib/compute-pool/compute-pool";
import type { ConfigError } from "../../lib/core/errors";
import { CloudMocks, T, installCloudMocks, plain, valueOf } from "./harness";

let mocks: CloudMocks;
let mod: typeof ComputePoolModule;

beforeAll(async () => {
  mocks = await installCloudMocks();
  mod = await import("../../lib/compute-pool/compute-pool");
});

beforeEach(() => mocks.clear());

function thrown(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    return err as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("ComputePool (cloud face)", () => {
  it("creates one FlinkComputePool with the given settings", async () => {
    const pool = new mod.ComputePool("etl", {
      target: "cloud",
      cloud: { environmentId: "env-abc123", cloud: "AWS", region: "us-east-1", maxCfu: 20 },
    });
    await mocks.settle();

    expect(mocks.resources.map((r) => [r.type, r.name])).toEqual([
      [T.ComputePool, "etl"],
      [T.FlinkComputePool, "etl"],
    ]);
    const child = mocks.named("etl", T.FlinkComputePool);
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
    new mod.ComputePool("adhoc", {
      target: mod.ComputePoolTarget.Cloud,
      cloud: {
        environmentId: "env-abc123",
        cloud: "GCP",
        region: "us-central1",
        maxCfu: 5,
        displayName: "ad hoc",
        defaultPool: true,
      },
    });
    await mocks.settle();
    expect(plain(mocks.ofType(T.FlinkComputePool)[0].inputs)).toMatchObject({
      displayName: "ad hoc",
      cloud: "GCP",
      defaultPool: true,
    });
  });

  it("rejects maxCfu 15 with the key, the value and the allowed values", () => {
    const err = thrown(
      () =>
        new mod.ComputePool("bad", {
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
        "      allowed: one of 5, 10, 20, 30, 40, 50",
        "      hint:    A pool scales between 0 and maxCfu; Confluent documents these limits (at most 50 per pool).",
      ].join("\n"),
    );
    expect(err.problems).toEqual([expect.objectContaining({ path: "cloud.maxCfu", got: 15 })]);
  });

  it("lists every problem at once and registers nothing", async () => {
    const err = thrown(
      () =>
        new mod.ComputePool("bad", {
          target: "cloud",
          cloud: {
            environmentId: "env-abc123",
            cloud: "aws" as never,
            region: "",
            maxCfu: 100,
          },
        }),
    );
    expect(err.problems.map((p) => p.path)).toEqual(["cloud.cloud", "cloud.region", "cloud.maxCfu"]);
    expect(err.problems[0]).toMatchObject({ got: "aws", allowed: "one of AWS, GCP, AZURE" });
    expect(err.problems[1].allowed).toBe(
      "a cloud region such as us-east-1 (AWS), us-central1 (GCP) or eastus (AZURE)",
    );
    await mocks.settle();
    expect(mocks.resources).toEqual([]);
  });

  it.each([["US-EAST-1"], ["us east 1"], ["-us"], [""]])("rejects region %j", (region) => {
    const err = thrown(
      () =>
        new mod.ComputePool("bad", {
          target: "cloud",
          cloud: { environmentId: "env-abc123", cloud: "AZURE", region, maxCfu: 10 },
        }),
    );
    expect(err.problems).toEqual([expect.objectContaining({ path: "cloud.region", got: region })]);
  });

  it("requires the section of its target and rejects the sections of other targets", () => {
    expect(thrown(() => new mod.ComputePool("x", { target: "cloud" })).problems).toEqual([
      expect.objectContaining({ path: "cloud", got: undefined }),
    ]);
    expect(thrown(() => new mod.ComputePool("x", { target: "oss" })).problems).toEqual([
      { path: "oss", got: undefined, allowed: "the oss pool settings (target is oss)" },
    ]);
    const cloud = { environmentId: "env-1", cloud: "AWS" as const, region: "us-east-1", maxCfu: 10 };
    expect(thrown(() => new mod.ComputePool("x", { target: "cp", cloud } as never)).problems).toEqual([
      { path: "cloud", got: cloud, allowed: "not set when target is cp" },
      { path: "cp", got: undefined, allowed: "the cp pool settings (target is cp)" },
    ]);
    expect(thrown(() => new mod.ComputePool("x", { target: "k8s" as never })).problems).toEqual([
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
