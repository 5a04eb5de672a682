import { spawn } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { plainProgramProject } from "../support/project";
import { projectRoot } from "../support/synth";
import { tempDir } from "../support/temp-dirs";

/**
 * The SDK captures a stack trace for every promise it makes (`new
 * Error().stack` in its debuggablePromise, kept only for the report that
 * PULUMI_DEBUG_PROMISE_LEAKS prints), several per resource, and formatting
 * them was a tenth of a CP stack's synth. synth runs the program without
 * them, and keeps them when the stacks are wanted: FLINK_PLATFORM_DEBUG (a
 * crash's stack) or PULUMI_DEBUG_PROMISE_LEAKS. A caller of synthStack gets
 * its own limit back.
 */

/** The shipped plan entry point, as a library caller requires it. */
const planModule = path.join(projectRoot, "dist", "lib", "plan", "index.js");

type Probe = { seen?: number; error?: string; after: number };

/**
 * Runs synthStack, from a caller whose own limit is 7, on a program of `lines`
 * (one resource recording the limit the program saw, by default) in a fresh
 * process with `env`; returns what the program saw or the error synthStack
 * threw, and the caller's limit after it.
 */
function probe(
  env: Record<string, string>,
  lines = ['new pulumi.CustomResource("probe:index:Probe", "probe", { limit: Error.stackTraceLimit });'],
): Promise<Probe> {
  const dir = plainProgramProject(tempDir("flink-platform-traces-"), "probe", "config: {}\n", [
    `const pulumi = require(${JSON.stringify(require.resolve("@pulumi/pulumi"))});`,
    ...lines,
  ]);
  const script = `const { synthStack } = require(${JSON.stringify(planModule)});
Error.stackTraceLimit = 7;
synthStack("probe", { projectDir: ${JSON.stringify(dir)} }).then(
  (plan) => ({ seen: plan.resources[0].inputs.limit }),
  (err) => ({ error: err.message }),
).then((r) => {
  console.log(JSON.stringify({ ...r, after: Error.stackTraceLimit }));
  process.exit(0);
});`;
  const { FLINK_PLATFORM_DEBUG: _, PULUMI_DEBUG_PROMISE_LEAKS: __, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script], { env: { ...inherited, ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out) as Probe) : reject(new Error(err))));
  });
}

describe("synth runs the program without the SDK's per-promise stack traces", () => {
  it("GIVEN no debugging THEN the program sees a stack trace limit of 0, and the caller gets its own back; GIVEN FLINK_PLATFORM_DEBUG or PULUMI_DEBUG_PROMISE_LEAKS THEN the limit is left alone", async () => {
    const [plain, debug, leaks] = await Promise.all([
      probe({}),
      probe({ FLINK_PLATFORM_DEBUG: "1" }),
      probe({ PULUMI_DEBUG_PROMISE_LEAKS: "1" }),
    ]);
    expect(plain).toEqual({ seen: 0, after: 7 });
    expect(debug).toEqual({ seen: 7, after: 7 });
    expect(leaks).toEqual({ seen: 7, after: 7 });
  });

  it("GIVEN a program that throws from a timer and never settles THEN synthStack fails and the caller still gets its own limit back", async () => {
    const crashed = await probe({}, [
      'setTimeout(() => { throw new Error("thrown from a timer"); }, 0);',
      "module.exports = () => new Promise(() => {});",
    ]);
    expect(crashed).toEqual({ error: "thrown from a timer", after: 7 });
  });
});
