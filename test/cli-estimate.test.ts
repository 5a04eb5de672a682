import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runCliProcess } from "./support/cli";
import { gitProject } from "./support/git-project";

/**
 * `estimate --apply` end to end (issue 16): it sizes one existing pool (or a
 * new one only with --create-pool), edits only that pool's keys, and prints
 * the classified plan diff it made, as `scale` does. A run that gets as far
 * as its plans runs the CLI in a process of its own (`runCliProcess`): the
 * plan after is synthesized in the command's process.
 */
const read = (dir: string, stack: string) =>
  fs.readFileSync(path.join(dir, "stacks", `Pulumi.${stack}.yaml`), "utf8");

const load20k = ["estimate", "--records-per-second", "20000", "--record-bytes", "512"];

describe("estimate --apply refuses what it was not asked to do", () => {
  const dir = gitProject(["prod", "cloud-prod"]);

  it("GIVEN a stack with two pools and no --pool THEN exit 1 naming --pool and the pools, file untouched", async () => {
    const before = read(dir, "prod");
    const run = await runCli([...load20k, "--apply", "prod"], dir);
    expect(run.stderr).toBe(
      [
        "Invalid estimate flags (1 problem):",
        "  - --pool",
        "      got:     (not set)",
        "      allowed: one of critical, analytics",
        "      hint:    the stack has several pools: name the one to size",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
    expect(read(dir, "prod")).toBe(before);
  });

  it("GIVEN an unknown --pool without --create-pool THEN exit 1 naming the pools and --create-pool", async () => {
    const before = read(dir, "prod");
    const run = await runCli([...load20k, "--apply", "prod", "--pool", "default"], dir);
    expect(run.stderr).toBe(
      [
        "Invalid estimate flags (1 problem):",
        "  - --pool",
        '      got:     "default"',
        "      allowed: one of critical, analytics",
        "      hint:    estimate --apply sizes an existing pool; add --create-pool to add a pool named default",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
    expect(read(dir, "prod")).toBe(before);
  });

  it("GIVEN --create-pool without --pool, or for a pool that exists THEN exit 1, file untouched", async () => {
    const before = read(dir, "prod");
    const noName = await runCli([...load20k, "--apply", "prod", "--create-pool"], dir);
    expect(noName.code).toBe(1);
    expect(noName.stderr).toContain(
      "  - --pool\n      got:     (not set)\n      allowed: the name of the pool --create-pool adds",
    );
    const exists = await runCli([...load20k, "--apply", "prod", "--pool", "critical", "--create-pool"], dir);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain(
      '  - --create-pool\n      got:     "critical"\n      allowed: a pool name not declared yet (declared: critical, analytics)',
    );
    expect(read(dir, "prod")).toBe(before);
  });

  it("GIVEN --create-pool without --apply THEN exit 1 naming --apply", async () => {
    const run = await runCli([...load20k, "--pool", "x", "--create-pool"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("  - --create-pool\n      got:     true\n      allowed: only with --apply");
  });

  it("GIVEN a Confluent Cloud pool already above the proposal THEN maxCfu is not lowered, file untouched", async () => {
    const before = read(dir, "cloud-prod");
    const run = await runCli([...load20k, "--apply", "cloud-prod", "--pool", "critical"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nflink-platform:cloud:\n {2}pools:\n {4}- name: critical\n {6}maxCfu: 5\n/);
    expect(
      run.stdout.endsWith(
        "\npool critical keeps maxCfu 50 (the estimate proposes 5): Confluent Cloud does not support " +
          "decreasing Max CFU; stacks/Pulumi.cloud-prod.yaml unchanged.\n",
      ),
    ).toBe(true);
    expect(read(dir, "cloud-prod")).toBe(before);
  });
});

describe("estimate --apply edits only the named pool and prints the diff it made", () => {
  it("GIVEN prod and --pool critical THEN only critical's keys change, no environment-wide key, one pool in the diff", async () => {
    const dir = gitProject(["prod"]);
    const before = read(dir, "prod");
    const run = await runCliProcess([...load20k, "--apply", "prod", "--pool", "critical"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // 20000 simple rec/s: ceil(0.83 x 1.5) = 2 cores -> 2 TaskManagers of 1 CPU, 1 slot, 4Gi.
    const after = read(dir, "prod");
    expect(after).not.toContain("flink-platform:resources");
    expect(
      after.replace(
        "      slots: 1\n      taskManager:\n        cpu: 1\n        memory: 4Gi\n",
        "      slots: 2\n",
      ),
    ).toBe(before);
    const stdout = run.stdout.split("\n");
    // One changed resource, critical's pool: analytics and the environment are untouched.
    expect(stdout.filter((l) => /^[~↻±!+-] /.test(l)).map((l) => l.split(" ").at(-1))).toEqual([
      "prod-pool-critical",
    ]);
    expect(stdout.slice(-2)).toEqual([
      "edited stacks/Pulumi.prod.yaml; roll back with git checkout or git revert.",
      "",
    ]);
  });

  it("GIVEN dev's single pool and no --pool THEN that pool is sized", async () => {
    const dir = gitProject(["dev"]);
    const before = read(dir, "dev");
    const run = await runCliProcess([...load20k, "--apply", "dev"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(read(dir, "dev")).toBe(
      before.replace(
        "      slots: 1\n",
        "      slots: 1\n      taskManager:\n        cpu: 1\n        memory: 4Gi\n",
      ),
    );
    // 2048m -> 4096m of TaskManager memory: Kubernetes restarts the TaskManager pods.
    expect(run.stdout).toContain(
      [
        "↻ restart kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev-pool-default:flink/default",
        '    spec.taskManager.resource.memory: "2048m" → "4096m"',
        "1 change (dev vs before estimate): 1 restart",
      ].join("\n"),
    );
  });

  it("GIVEN a Confluent Cloud pool below the proposal THEN maxCfu is raised to the next allowed value", async () => {
    const dir = gitProject(["cloud-dev"]);
    const before = read(dir, "cloud-dev");
    // 200000 simple rec/s: ceil(8.33 x 1.5) = 13 cores ~ 13 CFU -> the next allowed maxCfu, 20.
    const run = await runCliProcess(
      ["estimate", "--records-per-second", "200000", "--record-bytes", "512", "--apply", "cloud-dev"],
      dir,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(read(dir, "cloud-dev")).toBe(before.replace("        maxCfu: 10\n", "        maxCfu: 20\n"));
    expect(run.stdout).toContain(
      "~ update confluentcloud:index/flinkComputePool:FlinkComputePool cloud-dev-pool-default\n    maxCfu: 10 → 20\n",
    );
  });
});
