import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliProcess } from "./support/cli";
import { cliBin, projectRoot } from "./support/synth";
import { gitProject } from "./support/git-project";
import { fencedBlocks, readmeSection } from "./support/readme";

/**
 * The commands end to end, in a throwaway git project whose program is this
 * repo's stack program (test/support/git-project.ts). The CLI runs in this
 * process (test/support/cli.ts): a CLI process costs as much CPU as a synth
 * (it loads the Pulumi SDK), and what these tests check is each command's
 * output, exit code and files. A `diff` or `scale` that gets as far as its
 * plans runs the CLI in a process of its own: it synthesizes one of its two
 * plans in its own process (the other in a child).
 */
async function cli(dir: string, ...args: string[]) {
  const run = await runCli(args, dir);
  return { status: run.code, stdout: run.stdout, stderr: run.stderr };
}

/** {@link cli} as a process of its own: for a `diff` or `scale` that gets as far as its plans. */
async function cliProcess(dir: string, ...args: string[]) {
  const run = await runCliProcess(args, dir);
  return { status: run.code, stdout: run.stdout, stderr: run.stderr };
}

/** {@link cliProcess} with FLINK_PLATFORM_DEBUG set: `diff` says how it synthesized the base. */
async function cliDebug(dir: string, ...args: string[]) {
  const run = await runCliProcess(args, dir, { FLINK_PLATFORM_DEBUG: "1" });
  return { status: run.code, stdout: run.stdout, stderr: run.stderr };
}

const read = (dir: string, stack: string) =>
  fs.readFileSync(path.join(dir, "stacks", `Pulumi.${stack}.yaml`), "utf8");
const edit = (dir: string, stack: string, from: string, to: string) =>
  fs.writeFileSync(path.join(dir, "stacks", `Pulumi.${stack}.yaml`), read(dir, stack).replace(from, to));

describe("scale and diff (the round trip of the README)", () => {
  // GIVEN a scaling change: only the stack file differs from HEAD
  const dir = gitProject(["dev"]);
  const original = read(dir, "dev");
  let scale: Awaited<ReturnType<typeof cli>>;
  /** One `diff --format json` of that change, debug on: the JSON and the base path it reports. */
  let stackOnly: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    scale = await cliProcess(dir, "scale", "dev", "--pool", "default", "--task-managers", "4");
    stackOnly = await cliDebug(dir, "diff", "dev", "--base", "HEAD", "--format", "json");
  });

  it("scale edits exactly one line, keeps comments, and prints one in-place update", () => {
    expect(scale.stderr).toBe("");
    expect(scale.status).toBe(0);
    const before = original.split("\n");
    const after = read(dir, "dev").split("\n");
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => l !== before[i])).toEqual(["      taskManagers: 4"]);
    expect(scale.stdout.split("\n").slice(0, 3)).toEqual([
      "~ update kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev-pool-default:flink/default",
      "    spec.taskManager.replicas: 2 → 4",
      "1 change (dev vs before scale): 1 update",
    ]);
  });

  it("diff --base HEAD --format markdown shows that one update and no replacement, exit 0", async () => {
    const run = await cliProcess(dir, "diff", "dev", "--base", "HEAD", "--format", "markdown");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("| ~ update | 1 |");
    expect(run.stdout).toContain("| `spec.taskManager.replicas` | `2` | `4` |");
    expect(run.stdout).not.toMatch(/replace|state-risk/);
    expect(run.stdout).toContain("```mermaid\nflowchart BT");
    // The effective settings of the scaled pool, before and after (lib/plan/settings-render.ts).
    expect(run.stdout).toContain(
      "**pool default**\n\n| Setting | Before | After |\n| --- | --- | --- |\n| TaskManagers | 2 | 4 |",
    );
  });

  it("diff --format json lists changed resources only, with field paths", () => {
    expect(JSON.parse(stackOnly.stdout)).toEqual({
      stack: "dev",
      base: "HEAD",
      changes: [
        {
          urn: "urn:pulumi:dev::flink-platform::flink-platform:index:FlinkPlatformOSS$flink-platform:index:ComputePool$kubernetes:flink.apache.org/v1beta1:FlinkDeployment::dev-pool-default:flink/default",
          type: "kubernetes:flink.apache.org/v1beta1:FlinkDeployment",
          name: "dev-pool-default:flink/default",
          kind: "update",
          fields: [{ path: "spec.taskManager.replicas", before: 2, after: 4 }],
        },
      ],
    });
  });

  describe("diff synthesizes the base the cheap way, with the same output", () => {
    it("only stack files changed: the current program runs on the base's stack file", () => {
      expect(stackOnly.status).toBe(0);
      expect(stackOnly.stderr).toBe(
        "diff: base synth runs the current program on the stack files at HEAD (only stack files changed)\n",
      );
    });

    it("another file changed: the base program is bundled once, and the diff is byte-identical", async () => {
      // WHEN a file other than a stack file changes too (untracked counts)
      fs.writeFileSync(path.join(dir, "NOTES.md"), "not a stack file\n");
      const bundled = await cliDebug(dir, "diff", "dev", "--base", "HEAD", "--format", "json");
      fs.rmSync(path.join(dir, "NOTES.md"));
      expect(bundled.stderr).toBe(
        "diff: base synth bundles the program at HEAD (files other than stack files changed)\n",
      );
      expect(bundled.status).toBe(0);
      expect(bundled.stdout).toBe(stackOnly.stdout);
      expect(JSON.parse(bundled.stdout).changes.map((c: { fields: unknown }) => c.fields)).toEqual([
        [{ path: "spec.taskManager.replicas", before: 2, after: 4 }],
      ]);
    });

    it("a stack that did not exist at the base is all creates, without a base synth", async () => {
      fs.copyFileSync(
        path.join(dir, "stacks", "Pulumi.dev.yaml"),
        path.join(dir, "stacks", "Pulumi.dev2.yaml"),
      );
      const run = await cliDebug(dir, "diff", "dev2", "--base", "HEAD");
      fs.rmSync(path.join(dir, "stacks", "Pulumi.dev2.yaml"));
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const lines = run.stdout.trimEnd().split("\n");
      expect(lines.filter((l) => l.startsWith("+ create "))).toHaveLength(31);
      expect(lines.at(-1)).toBe("31 changes (dev2 vs HEAD): 31 create");
    });
  });
});

describe("scale refuses invalid results and leaves the file untouched", () => {
  const dir = gitProject(["dev", "oss-prod"]);

  it("names a bad flag", async () => {
    const before = read(dir, "dev");
    const run = await cli(dir, "scale", "dev", "--task-managers", "0", "--tm-memory", "4G");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        "Invalid scale flags (2 problems):",
        "  - --task-managers",
        '      got:     "0"',
        "      allowed: a whole number of at least 1",
        "  - --tm-memory",
        '      got:     "4G"',
        "      allowed: a memory quantity such as 2048Mi or 4Gi",
        "",
      ].join("\n"),
    );
    expect(read(dir, "dev")).toBe(before);
  });

  it("names an unknown pool and lists the pools", async () => {
    const run = await cli(dir, "scale", "oss-prod", "--task-managers", "3");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "  - --pool\n      got:     (not set)\n      allowed: one of critical, analytics",
    );
  });

  it("refuses a result that breaks a prod guardrail (one CPU per slot)", async () => {
    const before = read(dir, "oss-prod");
    const run = await cli(dir, "scale", "oss-prod", "--pool", "critical", "--slots", "8");
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").slice(0, 2)).toEqual([
      "flink-platform guardrails failed (1 problem):",
      "  - flink-platform:pools[0].taskManager.cpu",
    ]);
    expect(read(dir, "oss-prod")).toBe(before);
  });
});

describe("diff classification", () => {
  it("a slots change restarts TaskManagers, and the PR comment carries the stack's guardrail warnings", async () => {
    // One diff for both: the renderers' unit tests cannot catch the CLI dropping the warnings.
    const dir = gitProject(["dev"]);
    edit(dir, "dev", "slots: 1", "slots: 2");
    const run = await cliProcess(dir, "diff", "dev", "--base", "HEAD", "--format", "markdown");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("| ↻ restart | 1 |");
    expect(run.stdout).toContain(
      '| `spec.flinkConfiguration["taskmanager.numberOfTaskSlots"]` | `"1"` | `"2"` |',
    );
    expect(run.stdout.trimEnd().split("\n").slice(-2)).toEqual([
      "> **Guardrail warnings** (as `synth` and `scale` print them):",
      "> - pool default: 1 CPU for 2 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)",
    ]);
  });

  it("moving the checkpoint dir is a state risk, exit 2", async () => {
    const dir = gitProject(["oss-prod"]);
    edit(dir, "oss-prod", "s3://acme-flink-prod/checkpoints", "s3://acme-flink-prod-2/checkpoints");
    const run = await cliProcess(dir, "diff", "oss-prod", "--base", "HEAD");
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^! state-risk kubernetes:helm.sh\/v3:Release prod-flink-operator$/m);
    expect(run.stdout).toContain(
      'values.defaultConfiguration["flink-conf.yaml"]["state.checkpoints.dir"]: "s3://acme-flink-prod/checkpoints" → "s3://acme-flink-prod-2/checkpoints"',
    );
  });

  it("changing a Confluent Cloud pool's region is a replacement, exit 2", async () => {
    const dir = gitProject(["cloud-prod"]);
    edit(dir, "cloud-prod", "region: us-east-1", "region: us-west-2");
    const run = await cliProcess(dir, "diff", "cloud-prod", "--base", "HEAD");
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(
      /^± replace confluentcloud:index\/flinkComputePool:FlinkComputePool cloud-prod-pool-critical$/m,
    );
  });
});

describe("estimate and graph", () => {
  it("estimate prints a config patch (--apply: test/cli-estimate.test.ts)", async () => {
    const dir = gitProject(["dev"]);
    const run = await cli(dir, "estimate", "--records-per-second", "20000", "--record-bytes", "512");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# flink-platform estimate for pool default/);
    expect(run.stdout).toContain("flink-platform:pools:");
    const bad = await cli(dir, "estimate", "--records-per-second", "-5", "--record-bytes", "512");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("  - --records-per-second");
  });

  it("estimate --apply refuses a patch that breaks the namespace budget and leaves the file untouched", async () => {
    const dir = gitProject(["dev"]);
    const before = read(dir, "dev");
    const run = await cli(
      dir,
      "estimate",
      "--records-per-second",
      "50000",
      "--record-bytes",
      "512",
      "--apply",
      "dev",
    );
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").slice(0, 2)).toEqual([
      "flink-platform guardrails failed (1 problem):",
      "  - flink-platform:pools[0].taskManagers",
    ]);
    expect(read(dir, "dev")).toBe(before);
  });

  it("graph prints the layers bottom to top", () => {
    // A process of its own: graph runs the program, once per process (the test worker is shared).
    const run = spawnSync(process.execPath, [cliBin, "--project-dir", projectRoot, "graph", "dev"], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^flowchart BT\n {2}subgraph layer_cluster/);
    // The README shows this very output, as its Mermaid block of the dev stack's layers.
    const section = readmeSection("## Concepts", "## Offline synth (the main job)");
    expect(fencedBlocks(section, "mermaid")).toEqual([run.stdout]);
  });
});
