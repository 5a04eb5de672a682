import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advise as adviseIn } from "../../lib/plan/advise";
import { runCli, runCliProcess } from "../support/cli";
import { scratchProject } from "../support/project";
import { prometheusMissing, startPrometheus, type RunningPrometheus } from "../support/prometheus";
import { fencedBlocks, readmeSection } from "../support/readme";
import { fixtureFile, pools } from "../support/advise-fixtures";
import { shopBusyStack, shopStack } from "./shop-stack";
import { tempDir } from "../support/temp-dirs";

/**
 * `advise` against a real Prometheus (Debian's 2.42, on loopback) holding the
 * scenario pools' committed OpenMetrics fixtures (test/advise/fixtures/*.om,
 * loaded by promtool): ONE server for every scenario, each pool selected by
 * the labels the reporter configuration adds. The window is the fixtures'
 * last 30 minutes (--until 02:00).
 */

const missing = prometheusMissing();
if (missing) console.warn(`skipping the real-Prometheus advise tests: ${missing}`);

const until = "2026-01-01T02:00:00Z";
const head = "advise shop (window 2026-01-01T01:30:00.000Z to 2026-01-01T02:00:00.000Z)\n\n";

describe.skipIf(missing !== undefined)("advise against a real Prometheus", () => {
  let prometheus: RunningPrometheus;
  const dir = scratchProject(tempDir("flink-platform-advise-"), {
    shop: shopStack,
  });
  const advise = (...args: string[]) =>
    runCli(["-C", dir, "advise", "shop", "--prometheus", prometheus.url, "--until", until, ...args]);
  beforeAll(async () => {
    prometheus = await startPrometheus(pools.map((p) => fixtureFile(p.pool)));
  });
  afterAll(async () => {
    await prometheus?.stop();
  });

  it("all slots occupied, TaskManagers near 100% busy, lag growing: more TaskManagers", async () => {
    const run = await advise("--pool", "busy");
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout:
        head +
        [
          "pool busy: more-taskmanagers",
          "  all slots occupied and TaskManagers 93.5% busy with growing lag: add TaskManagers (2 -> 3) for about 70% busy",
          "    slots used: 4 of 4",
          "    busiest TaskManager busy: 93.5%",
          "    worst back-pressure: 8%",
          "    TaskManager CPU: 95%",
          "    Kafka lag change: 120000 records",
          "    GC time: 40 ms/s",
          "    checkpoint duration: 3000 ms",
          "  proposed: flink-platform scale shop --pool busy --task-managers 3",
          "",
        ].join("\n"),
    });
  });

  it("slots full with low CPU: more slots per TaskManager, at most one per core, with the restart warning", async () => {
    const run = await advise("--pool", "light");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      head +
        [
          "pool light: more-slots",
          "  all slots occupied while TaskManager CPU stays at 20%: more slots per TaskManager (2 -> 4, at most one per core of 4)",
          "    slots used: 4 of 4",
          "    busiest TaskManager busy: 30%",
          "    worst back-pressure: 0%",
          "    TaskManager CPU: 20%",
          "    Kafka lag change: 0 records",
          "    GC time: 5 ms/s",
          "    checkpoint duration: 500 ms",
          "  warning: changing slots (taskmanager.numberOfTaskSlots) restarts the pool's TaskManagers and the jobs on them",
          "  proposed: flink-platform scale shop --pool light --slots 4",
          "",
        ].join("\n"),
    );
  });

  it("idle slots but back-pressure at one operator: not a capacity problem, the hot task named (markdown)", async () => {
    const run = await advise("--pool", "skew", "--format", "markdown");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "## flink-platform advise shop",
        "",
        "Window 2026-01-01T01:30:00.000Z to 2026-01-01T02:00:00.000Z.",
        "",
        "",
        "### Pool `skew`: not-capacity",
        "",
        "1 idle slot but back-pressure at Source: clicks: not a capacity problem (skew or job parallelism); look at Window(user)",
        "",
        "| signal | value |",
        "| --- | --- |",
        "| slots used | 3 of 4 |",
        "| busiest TaskManager busy | 56.5% |",
        "| worst back-pressure | 70% |",
        "| TaskManager CPU | 55% |",
        "| Kafka lag change | 0 records |",
        "| GC time | 20 ms/s |",
        "| checkpoint duration | 4000 ms |",
        "",
        "Hot tasks: `Window(user)`",
        "",
        "No change proposed.",
        "",
      ].join("\n"),
    );
  });

  it("sustained low utilization: scale down within the parallelism and state guardrails (json)", async () => {
    const run = await advise("--pool", "idle", "--format", "json");
    expect(run.code).toBe(0);
    const [advice] = JSON.parse(run.stdout).advice;
    expect(advice).toEqual({
      pool: "idle",
      verdict: "scale-down",
      summary:
        "sustained low utilization: remove TaskManagers (4 -> 1), keeping 2 used slots and parallelism 2",
      evidence: [
        { name: "slots used", value: 2, unit: "of 8" },
        { name: "busiest TaskManager busy", value: 10, unit: "%" },
        { name: "worst back-pressure", value: 0, unit: "%" },
        { name: "TaskManager CPU", value: 10, unit: "%" },
        { name: "Kafka lag change", value: 0, unit: "records" },
        { name: "GC time", value: 2, unit: "ms/s" },
        { name: "checkpoint duration", value: 300, unit: "ms" },
      ],
      scale: { "--task-managers": 1 },
      warnings: ["stateful jobs on the pool (audit) restart from a savepoint or their last state"],
      command: "flink-platform scale shop --pool idle --task-managers 1",
    });
  });

  it("--since: a slot increase followed by worse GC and checkpoints is worse, and the revert is proposed", async () => {
    const run = await advise("--pool", "tuned", "--since", "2026-01-01T01:00:00Z");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      head +
        [
          "pool tuned since the change: worse",
          "  shape: 2 TaskManagers x 2 slots -> 2 x 4",
          "    worst back-pressure: 5% -> 25% (worse)",
          "    Kafka lag growth: 0 records per window -> 90000 records per window (worse)",
          "    checkpoint duration: 2000 ms -> 9000 ms (worse)",
          "    TaskManager CPU: 45% -> 70% (same)",
          "    GC time: 20 ms/s -> 180 ms/s (worse)",
          "  revert: flink-platform scale shop --pool tuned --slots 2",
          "",
        ].join("\n"),
    );
  });

  it("the README's worked examples are exactly what these scenarios print", async () => {
    const examples = fencedBlocks(
      readmeSection("### Advise: from metrics to a reviewed scale command", "## Benchmark"),
      "text",
    );
    const runs = [
      ["--pool", "busy"],
      ["--pool", "light"],
      ["--pool", "skew"],
      ["--pool", "idle"],
      ["--pool", "tuned", "--since", "2026-01-01T01:00:00Z"],
    ];
    for (const args of runs) {
      const run = await advise(...args);
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith(head)).toBe(true);
      expect(examples).toContain(run.stdout.slice(head.length));
    }
  });

  it("--since --apply hands the revert to scale (and only it); without a worse verdict nothing is applied", async () => {
    const opts = { prometheus: prometheus.url, until, window: "30m", format: "text" as const, apply: true };
    const worse = await adviseIn(dir, "shop", { ...opts, pool: "tuned", since: "2026-01-01T01:00:00Z" });
    expect(worse.apply).toEqual({ pool: "tuned", flags: { "--slots": 2 } });
    // The same stretch of the busy pool, which did not change: "same", no revert, nothing to apply.
    const same = await adviseIn(dir, "shop", { ...opts, pool: "busy", since: "2026-01-01T01:00:00Z" });
    expect(same.output).toContain("pool busy since the change: same\n");
    expect(same.apply).toBeUndefined();
  });

  it("a pool without series: one message naming --pool and the series it looked for; nothing proposed", async () => {
    const run = await advise("--pool", "dark");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "Cannot advise (1 problem):",
        "  - --pool",
        '      got:     "dark"',
        '      allowed: a pool whose clusters report to this Prometheus (series flink_jobmanager_taskSlotsTotal{flink_platform_environment="shop",flink_platform_pool="dark"})',
        "      hint:    Turn observability on for the stack, check that Prometheus scrapes the pool's JobManager and TaskManagers, or pick another --window/--until.",
        "",
      ].join("\n"),
    });
  });

  it("a window the data does not cover: too short to decide, naming --window", async () => {
    const run = await runCli([
      "-C",
      dir,
      "advise",
      "shop",
      "--prometheus",
      prometheus.url,
      "--pool",
      "busy",
      "--until",
      "2026-01-01T00:10:00Z",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        "Cannot advise (1 problem):",
        "  - --window",
        '      got:     "1800s ending 2026-01-01T00:10:00.000Z"',
        "      allowed: a window the pool's data covers (at least 90% of it)",
        "      hint:    Pool busy has data for only 615s of it: too short to decide. Use a shorter --window or wait.",
        "",
      ].join("\n"),
    );
  });

  it("--apply runs scale: the stack file gets exactly the proposed line and the classified diff is printed", async () => {
    // A stack cut to the busy pool: --apply synthesizes it twice (scale's plans).
    const applyDir = scratchProject(tempDir("flink-platform-advise-"), {
      shop: shopBusyStack,
    });
    try {
      const file = path.join(applyDir, "stacks", "Pulumi.shop.yaml");
      const before = fs.readFileSync(file, "utf8").split("\n");
      // A process of its own: scale synthesizes its plan after in the command's process.
      const run = await runCliProcess([
        ...["-C", applyDir, "advise", "shop", "--prometheus", prometheus.url, "--until", until],
        ...["--pool", "busy", "--apply"],
      ]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const after = fs.readFileSync(file, "utf8").split("\n");
      expect(after.length).toBe(before.length);
      const changed = before.indexOf("      taskManagers: 2");
      expect(after.filter((l, i) => l !== before[i])).toEqual(["      taskManagers: 3"]);
      expect(after[changed]).toBe("      taskManagers: 3");
      expect(run.stdout).toContain("\napplying: flink-platform scale shop --pool busy --task-managers 3\n\n");
      expect(run.stdout).toContain(
        [
          "~ update kubernetes:flink.apache.org/v1beta1:FlinkDeployment shop-pool-busy:flink-busy/busy",
          "    spec.taskManager.replicas: 2 → 3",
          "1 change (shop vs before scale): 1 update",
        ].join("\n"),
      );
      expect(run.stdout).toContain(
        "edited stacks/Pulumi.shop.yaml; roll back with git checkout or git revert.",
      );
    } finally {
      fs.rmSync(applyDir, { recursive: true, force: true });
    }
  });
});
