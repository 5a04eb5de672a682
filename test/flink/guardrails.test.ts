import { describe, expect, it } from "vitest";
import { stack } from "../support/config";
import { configErrorOf } from "../support/errors";
import { ConfigError } from "../../lib/core/errors";
import { parseStackConfig } from "../../lib/stack-config";
import { cpuPerSlot, parallelismFits } from "../../lib/core/guardrails";
import { planPlatform, PoolPlan } from "../../lib/core/derive";
import { loadProject, readStackText } from "../../lib/plan/project";
import { editedStackText, scaleEdits } from "../../lib/plan/stack-ops";
import { projectRoot } from "../support/synth";

const pool = (over: Partial<PoolPlan> = {}): PoolPlan => ({
  name: "p",
  namespace: "flink",
  taskManagers: 2,
  slots: 2,
  taskManager: { cpu: 2, memory: "4Gi" },
  type: "DEDICATED",
  allowCpuBelowSlots: false,
  ...over,
});

function plan(config: Record<string, unknown>) {
  return planPlatform(parseStackConfig(stack(config)));
}

/** The guardrail problems planPlatform throws for `config`; fails when it accepts it. */
function problemsOfPlan(config: Record<string, unknown>) {
  return [...configErrorOf(() => plan(config)).problems];
}

const prodStorage = { checkpoints: "s3://b/c", savepoints: "s3://b/s", haStorageDir: "s3://b/h" };

describe("guardrail: at least one CPU per busy slot", () => {
  it("passes with cpu >= slots", () => {
    expect(cpuPerSlot(pool(), "prod", 0)).toEqual({ errors: [], warnings: [] });
  });

  it("is an error in prod", () => {
    expect(cpuPerSlot(pool({ slots: 4 }), "prod", 1).errors).toEqual([
      {
        path: "flink-platform:pools[1].taskManager.cpu",
        got: 2,
        allowed: "at least one CPU per task slot: >= 4 (slots), or pools[1].allowCpuBelowSlots: true",
        hint: "Busy slots compete for cores; the cookbook sizes one core per slot for non-trivial jobs.",
      },
    ]);
  });

  it("is a warning elsewhere, and the override silences it", () => {
    expect(cpuPerSlot(pool({ slots: 4 }), "dev", 0)).toEqual({
      errors: [],
      warnings: [
        "pool p: 2 CPU for 4 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)",
      ],
    });
    expect(cpuPerSlot(pool({ slots: 4, allowCpuBelowSlots: true }), "prod", 0)).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it("fails a prod stack through planPlatform with the config key", () => {
    let error: ConfigError | undefined;
    try {
      plan({ environment: { name: "prod" }, storage: prodStorage, pools: [{ name: "a", slots: 8 }] });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.message.split("\n").slice(0, 2)).toEqual([
      "flink-platform guardrails failed (1 problem):",
      "  - flink-platform:pools[0].taskManager.cpu",
    ]);
  });
});

describe("guardrail: capacity within the namespace budget", () => {
  it("passes within the quota and fails beyond it", () => {
    expect(() =>
      plan({ environment: { name: "dev" }, pools: [{ name: "a", taskManagers: 7 }] }),
    ).not.toThrow();
    expect(problemsOfPlan({ environment: { name: "dev" }, pools: [{ name: "a", taskManagers: 8 }] })).toEqual(
      [
        {
          path: "flink-platform:pools[0].taskManagers",
          got: "9 CPU / 18432Mi requested in namespace flink (pool a: 9 CPU / 18432Mi)",
          allowed: "at most 8 CPU / 16384Mi per Flink namespace (the size's ResourceQuota)",
          hint: "Pick a larger size, fewer or smaller TaskManagers, or spread pools over namespaces.",
        },
      ],
    );
  });

  // Issue 16: `scale dev --task-managers 7` was accepted at exactly the quota
  // while the smoke test in the same namespace needs 3 more CPU.
  it("counts the smoke test and applications with their own cluster, not session jobs", () => {
    const dev = {
      environment: { name: "dev" },
      storage: { minio: { enabled: true } },
      smokeTest: { enabled: true },
      pools: [{ name: "default", taskManagers: 7, slots: 1 }],
    };
    expect(problemsOfPlan(dev)).toEqual([
      {
        path: "flink-platform:pools[0].taskManagers",
        got: "11 CPU / 19456Mi requested in namespace flink (pool default: 8 CPU / 16384Mi, the smoke test: 3 CPU / 3072Mi)",
        allowed: "at most 8 CPU / 16384Mi per Flink namespace (the size's ResourceQuota)",
        hint: "Pick a larger size, fewer or smaller TaskManagers, or spread pools over namespaces.",
      },
    ]);
    // An application with its own cluster: a JobManager and ceil(parallelism / slots) TaskManagers;
    // a session job runs on its pool and adds none; a suspended application holds no pods.
    const apps = {
      environment: { name: "dev" },
      pools: [{ name: "p", taskManagers: 2 }],
      applications: [
        { name: "own", jarURI: "local:///a.jar", parallelism: 5, upgradeMode: "savepoint" },
        { name: "session", pool: "p", jarURI: "local:///b.jar", parallelism: 2, upgradeMode: "savepoint" },
        {
          name: "parked",
          jarURI: "local:///c.jar",
          parallelism: 8,
          state: "suspended",
          upgradeMode: "savepoint",
        },
      ],
    };
    expect(problemsOfPlan(apps)).toEqual([
      {
        path: "flink-platform:pools[0].taskManagers",
        got: "9 CPU / 18432Mi requested in namespace flink (pool p: 3 CPU / 6144Mi, application own: 6 CPU / 12288Mi)",
        allowed: "at most 8 CPU / 16384Mi per Flink namespace (the size's ResourceQuota)",
        hint: "Pick a larger size, fewer or smaller TaskManagers, or spread pools over namespaces.",
      },
    ]);
  });

  it("refuses `scale dev --task-managers 7` on the shipped dev stack, file untouched", () => {
    const project = loadProject(projectRoot);
    const text = readStackText(project, "dev");
    const edits = scaleEdits(project, text, { taskManagers: "7" });
    expect(() => editedStackText(project, "dev", edits)).toThrow(
      "  - flink-platform:pools[0].taskManagers\n" +
        '      got:     "11 CPU / 19456Mi requested in namespace flink (pool default: 8 CPU / 16384Mi, the smoke test: 3 CPU / 3072Mi)"\n',
    );
    expect(readStackText(project, "dev")).toBe(text);
  });

  it("`scale dev --slots 2 --tm-cpu 2` edits the pool's slots and TaskManager CPU, which the guardrails accept", () => {
    const project = loadProject(projectRoot);
    const text = readStackText(project, "dev");
    const edits = scaleEdits(project, text, { slots: "2", tmCpu: "2" });
    expect(edits).toEqual([
      { path: ["flink-platform:pools", 0, "slots"], value: 2 },
      { path: ["flink-platform:pools", 0, "taskManager", "cpu"], value: 2 },
    ]);
    const { after, warnings } = editedStackText(project, "dev", edits);
    expect(text.endsWith("      slots: 1\n")).toBe(true);
    expect(after).toBe(text.replace(/slots: 1\n$/, "slots: 2\n      taskManager:\n        cpu: 2\n"));
    expect(warnings).toEqual([]);
    expect(readStackText(project, "dev")).toBe(text);
  });

  it("names the application or the smoke test when no pool runs in the namespace", () => {
    const problems = problemsOfPlan({
      environment: { name: "dev" },
      // The smoke test checkpoints, so it needs a store.
      storage: { checkpoints: "s3://bucket/checkpoints" },
      smokeTest: { enabled: true, parallelism: 9 },
    });
    expect(problems.map((p) => [p.path, p.got])).toEqual([
      [
        "flink-platform:smokeTest.parallelism",
        "10 CPU / 10240Mi requested in namespace flink (the smoke test: 10 CPU / 10240Mi)",
      ],
    ]);
  });
});

describe("guardrail: session job parallelism fits the pool", () => {
  it("allows up to taskManagers x slots", () => {
    expect(parallelismFits(pool(), 4, "jobs[0].parallelism")).toEqual([]);
    expect(parallelismFits(pool(), 5, "jobs[0].parallelism")).toEqual([
      {
        path: "jobs[0].parallelism",
        got: 5,
        allowed: "at most 4 (pool p: 2 TaskManagers x 2 slots)",
        hint: "Scale the pool (flink-platform scale --task-managers/--slots) or lower the parallelism.",
      },
    ]);
  });
});

describe("pool defaults", () => {
  it("fill from the size and the first Flink namespace", () => {
    const p = plan({
      environment: { name: "dev" },
      size: "M",
      namespaces: { flink: ["a", "b"] },
      pools: [{ name: "x" }],
    });
    expect(p.pools).toEqual([
      {
        name: "x",
        namespace: "a",
        taskManagers: 2,
        slots: 2,
        taskManager: { cpu: 2, memory: "4Gi" },
        type: "DEDICATED",
        allowCpuBelowSlots: false,
      },
    ]);
  });

  it("reject a namespace the operator does not watch and duplicate names", () => {
    let error: ConfigError | undefined;
    try {
      plan({ environment: { name: "dev" }, pools: [{ name: "x", namespace: "other" }, { name: "x" }] });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.problems.map((p) => `${p.path}: ${p.allowed}`)).toEqual([
      "flink-platform:pools[1].name: a pool name not used by another pool",
      "flink-platform:pools[0].namespace: one of the Flink namespaces: flink",
    ]);
  });
});
