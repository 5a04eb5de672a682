import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runCli } from "../support/cli";
import { scratchProject, shippedStack } from "../support/project";
import { cliBin, shippedSynth, synthRun, type SynthRun } from "../support/synth";
import { tempDir } from "../support/temp-dirs";

/**
 * The guardrail warnings of a stack: `synth` prints what the program logs
 * (`pulumi.log.warn`, as the SDK prints it without an engine) and records it
 * in plan.json, where `diff` reads the head plan's; `check` prints the same
 * warnings from the config alone.
 */
/** Staging (CP) with two spoke clusters and two pools below one CPU per slot, one of them on a spoke's namespace. */
function twoSpokes(): string {
  const doc = parse(shippedStack("staging")) as { config: Record<string, Record<string, unknown>> };
  const c = doc.config;
  c["flink-platform:namespaces"].flink = ["flink-staging", "flink-eu", "flink-us"];
  (c as Record<string, unknown>)["flink-platform:pools"] = [
    { name: "sql", taskManagers: 1, slots: 4 },
    { name: "eu", namespace: "flink-eu", taskManagers: 1, slots: 3 },
  ];
  c["flink-platform:cmf"].environmentPerNamespace = true;
  c["flink-platform:cmf"].multiCluster = {
    clusters: ["eu-west", "us-east"].map((name) => ({
      name,
      context: `${name}-admin`,
      kubeconfigSecret: { name: "cmf-kubeconfigs", key: name },
    })),
    environments: [
      { cluster: "eu-west", namespace: "flink-eu" },
      { cluster: "us-east", namespace: "flink-us" },
    ],
  };
  return stringify(doc);
}

const warning =
  "pool default: 1 CPU for 2 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)";

describe("guardrail warnings", () => {
  let dir: string;
  let synth: SynthRun;
  let spokes: SynthRun;

  beforeAll(async () => {
    dir = tempDir("flink-platform-warnings-");
    const devWarn = shippedStack("dev").replace(
      /(- name: default\n(?:\s+\w+: .*\n)*?\s+slots: )1\n/,
      "$12\n",
    );
    expect(devWarn).not.toBe(shippedStack("dev"));
    scratchProject(dir, { "dev-warn": devWarn, spokes: twoSpokes() }, { sql: true });
    [synth, spokes] = await Promise.all([
      synthRun("dev-warn", path.join(dir, "out", "dev-warn"), dir),
      synthRun("spokes", path.join(dir, "out", "spokes"), dir),
    ]);
  });

  it("GIVEN a pool with fewer CPUs than slots THEN synth prints the warning and records it in plan.json", () => {
    expect(synth.status).toBe(0);
    expect(synth.stderr).toBe(`warning: [runtime] ${warning}\n`);
    const plan = JSON.parse(fs.readFileSync(path.join(synth.dir, "plan.json"), "utf8"));
    expect(plan.warnings).toEqual([warning]);
    expect(Object.keys(plan)).toEqual(["stack", "project", "resources", "warnings"]);
  });

  it("GIVEN the same stack THEN check prints the same warning", async () => {
    expect(await runCli(["check", "dev-warn"], dir)).toEqual({
      code: 0,
      stdout: "ok: dev-warn\n",
      stderr: `warning: ${warning}\n`,
    });
  });

  it("GIVEN the same stack THEN scale prints the warning once, as check does (its plan after runs in its own process)", () => {
    const file = path.join(dir, "stacks", "Pulumi.dev-warn.yaml");
    const original = fs.readFileSync(file, "utf8");
    try {
      const run = spawnSync(
        process.execPath,
        [cliBin, "-C", dir, "scale", "dev-warn", "--pool", "default", "--task-managers", "3"],
        { encoding: "utf8" },
      );
      expect([run.status, run.stderr]).toEqual([0, `warning: ${warning}\n`]);
      expect(run.stdout).toContain("1 change (dev-warn vs before scale): 1 update");
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it("GIVEN a CP stack with two spoke clusters THEN synth records each warning once, as check prints them", async () => {
    expect(spokes.status).toBe(0);
    // The CLI's whole output, each spoke's operator release in its provider's folder.
    for (const spoke of ["eu-west", "us-east"]) {
      expect(fs.readdirSync(path.join(spokes.dir, "helm", `staging-k8s-${spoke}`)).sort()).toEqual([
        "cert-manager.yaml",
        "cp-flink-kubernetes-operator.yaml",
      ]);
    }
    const plan = JSON.parse(fs.readFileSync(path.join(spokes.dir, "plan.json"), "utf8"));
    const expected = [
      "pool sql: 1 CPU for 4 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)",
      "pool eu: 1 CPU for 3 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)",
    ];
    expect(plan.warnings).toEqual(expected);
    expect(spokes.stderr).toBe(expected.map((w) => `warning: [runtime] ${w}\n`).join(""));
    expect((await runCli(["check", "spokes"], dir)).stderr).toBe(
      expected.map((w) => `warning: ${w}\n`).join(""),
    );
  });

  it("GIVEN a stack without warnings THEN synth prints none and plan.json has no warnings key", () => {
    const run = shippedSynth("dev");
    expect(run.stderr).toBe("");
    const plan = JSON.parse(fs.readFileSync(path.join(run.dir, "plan.json"), "utf8")) as object;
    expect(Object.keys(plan)).toEqual(["stack", "project", "resources"]);
  });
});
