import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { estimate, estimateCfu, estimatePatch, renderPatchYaml } from "../../lib/core/estimate";

const allSimple = { simple: 1, medium: 0, complex: 0 };

describe("estimate", () => {
  it("GIVEN 100k rec/s of simple 512 B records in 1 job THEN 7 cores on 4 TaskManagers of 2 CPUs", () => {
    // cores = ceil(100000 / 24000 * 1.5) = ceil(6.25) = 7; 7 slots > 4 -> 2 CPUs; ceil(7 / 2) = 4 TMs.
    const e = estimate({ recordsPerSecond: 100_000, avgRecordBytes: 512, mix: allSimple, jobs: 1 });
    expect(e).toEqual({
      parallelism: 7,
      taskManagers: 4,
      slotsPerTaskManager: 2,
      taskManager: { cpu: 2, memory: "8Gi" },
      jobManager: { size: "S", cpu: 1, memory: "2Gi" },
      managedMemoryFraction: 0.4,
      coresNeeded: 7,
      assumptions: [
        "throughput per core: 24000 rec/s simple, 11000 medium, 2500 complex (records up to 1 KiB); mix normalised to 1/0/0",
        "records of 512 B: no size penalty (up to 1 KiB)",
        "headroom x1.5 (about 0.7 CPU utilisation at the stated load): 4.17 cores -> 7",
        "one slot per core: slots per TaskManager = TaskManager CPUs",
        "TaskManager CPUs: 1 up to 4 slots in total, 2 up to 16, 4 beyond (7 slots -> 2)",
        "load split evenly over 1 job(s): parallelism = ceil(cores / jobs) = 7",
        "TaskManager memory: 4 GiB per CPU, at most 64 GiB",
        "managed memory fraction 0.4",
        "JobManager S (1 CPU, 2 GiB) up to 10 TaskManagers, M (2 CPU, 4 GiB) up to 50, L (4 CPU, 8 GiB) beyond",
      ],
    });
  });

  it("GIVEN a mixed load of 2 KiB records in 4 jobs with a 50 ms target THEN 193 cores, size M JobManager", () => {
    // per record: 0.5/24000 + 0.3/11000 + 0.2/2500 = 1.28106e-4 core-s; x 500000 x 2 (2 KiB) = 128.11 cores;
    // x 1.5 = 192.16 -> 193; parallelism ceil(193 / 4) = 49; 196 slots -> 4 CPUs -> 49 TMs -> M.
    const e = estimate({
      recordsPerSecond: 500_000,
      avgRecordBytes: 2048,
      mix: { simple: 0.5, medium: 0.3, complex: 0.2 },
      jobs: 4,
      latencyTargetMs: 50,
    });
    expect({ ...e, assumptions: undefined }).toEqual({
      parallelism: 49,
      taskManagers: 49,
      slotsPerTaskManager: 4,
      taskManager: { cpu: 4, memory: "16Gi" },
      jobManager: { size: "M", cpu: 2, memory: "4Gi" },
      managedMemoryFraction: 0.35,
      coresNeeded: 193,
      assumptions: undefined,
    });
    expect(e.assumptions).toContain("records of 2048 B cost linearly more than 1 KiB ones: x2");
    expect(e.assumptions).toContain(
      "managed memory fraction 0.35 (latency target 50 ms < 100 ms: more heap and network buffers)",
    );
  });

  it("normalises weights and gives every job at least parallelism 1", () => {
    // shares 0.5/0.25/0.25: 10000 x 1.435606e-4 = 1.44 cores; x 1.5 = 2.15 -> 3; ceil(3 / 3) = 1.
    const e = estimate({
      recordsPerSecond: 10_000,
      avgRecordBytes: 100,
      mix: { simple: 2, medium: 1, complex: 1 },
      jobs: 3,
    });
    expect([e.coresNeeded, e.parallelism, e.taskManagers, e.slotsPerTaskManager, e.taskManager]).toEqual([
      3,
      1,
      3,
      1,
      { cpu: 1, memory: "4Gi" },
    ]);
    expect(e.assumptions[0]).toMatch(/mix normalised to 0.5\/0.25\/0.25$/);

    // 1 core, but 5 jobs need 5 slots: 2-CPU TaskManagers, 3 of them.
    const tiny = estimate({ recordsPerSecond: 1, avgRecordBytes: 1, mix: allSimple, jobs: 5 });
    expect([tiny.coresNeeded, tiny.parallelism, tiny.slotsPerTaskManager, tiny.taskManagers]).toEqual([
      1, 1, 2, 3,
    ]);
  });

  it("sizes the JobManager L beyond 50 TaskManagers", () => {
    // 5M complex rec/s: 2000 cores x 1.5 = 3000 slots -> 750 TMs of 4 CPUs.
    const e = estimate({
      recordsPerSecond: 5_000_000,
      avgRecordBytes: 1024,
      mix: { simple: 0, medium: 0, complex: 1 },
      jobs: 1,
    });
    expect([e.coresNeeded, e.taskManagers, e.jobManager]).toEqual([
      3000,
      750,
      { size: "L", cpu: 4, memory: "8Gi" },
    ]);
  });

  it("lists every bad flag with the value seen and the allowed range", () => {
    let err: unknown;
    try {
      estimate({
        recordsPerSecond: -1,
        avgRecordBytes: 0,
        mix: { simple: 0, medium: 0, complex: 0 },
        jobs: 1.5,
        latencyTargetMs: 0,
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(
      [
        "Invalid estimate flags (5 problems):",
        "  - --records-per-second",
        "      got:     -1",
        "      allowed: a number > 0 and <= 1000000000",
        "  - --record-bytes",
        "      got:     0",
        "      allowed: a number of bytes > 0 and <= 10485760 (10 MiB)",
        "  - --mix",
        '      got:     {"simple":0,"medium":0,"complex":0}',
        "      allowed: simple, medium and complex shares >= 0 with a sum > 0 (fractions of 1, or weights)",
        "  - --jobs",
        "      got:     1.5",
        "      allowed: a whole number, 1..1000",
        "  - --latency-ms",
        "      got:     0",
        "      allowed: a number of milliseconds > 0 and <= 3600000",
      ].join("\n"),
    );
  });

  it("rejects NaN and negative shares", () => {
    expect(() =>
      estimate({
        recordsPerSecond: NaN,
        avgRecordBytes: 10,
        mix: { simple: -1, medium: 2, complex: 0 },
        jobs: 1,
      }),
    ).toThrow(/--records-per-second[\s\S]*got: {5}null[\s\S]*--mix/);
  });
});

describe("estimatePatch / renderPatchYaml", () => {
  const e = estimate({ recordsPerSecond: 100_000, avgRecordBytes: 512, mix: allSimple, jobs: 1 });

  it("is the stack config of the pool only: the JobManager is environment-wide, so never in the patch", () => {
    expect(estimatePatch(e, "main")).toEqual({
      "flink-platform:pools": [
        { name: "main", taskManagers: 4, slots: 2, taskManager: { cpu: 2, memory: "8Gi" } },
      ],
    });
  });

  it("renders YAML led by the assumptions", () => {
    expect(renderPatchYaml(e, "main")).toBe(
      [
        "# flink-platform estimate for pool main: parallelism 7 per job, JobManager S (environment-wide: not in the patch). Rules of thumb, verify under load:",
        "#   - throughput per core: 24000 rec/s simple, 11000 medium, 2500 complex (records up to 1 KiB); mix normalised to 1/0/0",
        "#   - records of 512 B: no size penalty (up to 1 KiB)",
        "#   - headroom x1.5 (about 0.7 CPU utilisation at the stated load): 4.17 cores -> 7",
        "#   - one slot per core: slots per TaskManager = TaskManager CPUs",
        "#   - TaskManager CPUs: 1 up to 4 slots in total, 2 up to 16, 4 beyond (7 slots -> 2)",
        "#   - load split evenly over 1 job(s): parallelism = ceil(cores / jobs) = 7",
        "#   - TaskManager memory: 4 GiB per CPU, at most 64 GiB",
        "#   - managed memory fraction 0.4",
        "#   - JobManager S (1 CPU, 2 GiB) up to 10 TaskManagers, M (2 CPU, 4 GiB) up to 50, L (4 CPU, 8 GiB) beyond",
        "flink-platform:pools:",
        "  - name: main",
        "    taskManagers: 4",
        "    slots: 2",
        "    taskManager:",
        "      cpu: 2",
        "      memory: 8Gi",
        "",
      ].join("\n"),
    );
  });
});

describe("estimateCfu (Confluent Cloud)", () => {
  it("takes 1 CFU per core of the estimate, at least 1 per statement, and states it", () => {
    const e = estimate({ recordsPerSecond: 100_000, avgRecordBytes: 512, mix: allSimple, jobs: 1 });
    expect(estimateCfu(e, 1)).toEqual({
      cfu: 7,
      assumptions: [
        "Confluent publishes no throughput per CFU: 1 CFU is taken as 1 core of this estimate (7 cores, headroom included)",
        "each statement uses at least 1 CFU: 1 statement(s) -> at least 1 CFU",
        "maxCfu is the pool's ceiling, billed by the CFUs used per minute: 7 CFU needed",
      ],
    });
    // 1 core of load over 5 statements: each statement takes at least 1 CFU.
    const tiny = estimate({ recordsPerSecond: 1, avgRecordBytes: 1, mix: allSimple, jobs: 5 });
    expect(estimateCfu(tiny, 5).cfu).toBe(5);
  });

  it("notes that one statement scales to 50 CFU at most", () => {
    const big = estimate({ recordsPerSecond: 1_000_000, avgRecordBytes: 512, mix: allSimple, jobs: 1 });
    expect(big.parallelism).toBe(63);
    expect(estimateCfu(big, 1).assumptions.at(-1)).toBe(
      "one statement scales to 50 CFU at most: split the load over more statements",
    );
  });

  it("renders the Confluent Cloud patch: the pool's maxCfu, led by both sets of assumptions", () => {
    const e = estimate({ recordsPerSecond: 20_000, avgRecordBytes: 512, mix: allSimple, jobs: 1 });
    const text = renderPatchYaml(e, "critical", { cfu: estimateCfu(e, 1), maxCfu: 5 });
    expect(text.split("\n")[0]).toBe(
      "# flink-platform estimate for Confluent Cloud pool critical: maxCfu 5 (2 CFU needed). Rules of thumb, verify under load:",
    );
    expect(text.endsWith("flink-platform:cloud:\n  pools:\n    - name: critical\n      maxCfu: 5\n")).toBe(
      true,
    );
    expect(text).toContain("#   - each statement uses at least 1 CFU: 1 statement(s) -> at least 1 CFU\n");
  });
});
