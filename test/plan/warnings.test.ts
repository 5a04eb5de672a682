import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli";
import { scratchProject, shippedStack } from "../support/project";
import { synthRun, type SynthRun } from "../support/synth";

/**
 * The guardrail warnings of a stack: `synth` prints what the program logs
 * (`pulumi.log.warn`, as the SDK prints it without an engine) and records it
 * in plan.json, where `diff` reads the head plan's; `check` prints the same
 * warnings from the config alone.
 */
const warning =
  "pool default: 1 CPU for 2 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)";

describe("guardrail warnings", () => {
  let dir: string;
  let synth: SynthRun;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-warnings-"));
    const devWarn = shippedStack("dev").replace(
      /(- name: default\n(?:\s+\w+: .*\n)*?\s+slots: )1\n/,
      "$12\n",
    );
    expect(devWarn).not.toBe(shippedStack("dev"));
    scratchProject(dir, { "dev-warn": devWarn, dev: shippedStack("dev") });
    synth = await synthRun("dev-warn", path.join(dir, "out", "dev-warn"), dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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

  it("GIVEN a stack without warnings THEN plan.json has no warnings key (the golden plans are unchanged)", () => {
    const golden = JSON.parse(
      fs.readFileSync(path.join(__dirname, "golden", "dev.plan.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(Object.keys(golden)).toEqual(["stack", "project", "resources"]);
  });
});
