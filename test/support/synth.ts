import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { inject } from "vitest";
import { parse } from "yaml";
import type { Plan } from "../../lib/plan/synth";
import { tempDir } from "./temp-dirs";

export const projectRoot = path.resolve(__dirname, "..", "..");
export const cliBin = path.join(projectRoot, "bin", "flink-platform.js");

export interface SynthOutput {
  readonly dir: string;
  readonly plan: {
    resources: {
      type: string;
      name: string;
      protect: boolean;
      retainOnDelete: boolean;
      inputs: Record<string, unknown>;
    }[];
  };
  readonly manifests: Record<string, unknown>[];
  readonly helm: Record<string, unknown>[];
}

/** Shipped stacks (stacks/Pulumi.<stack>.yaml), sorted. */
export function shippedStacks(): string[] {
  return fs
    .readdirSync(path.join(projectRoot, "stacks"))
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/** One `synth` process: what it printed, its exit code, where it wrote, the files it loaded. */
export interface SynthRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The `--out` folder. */
  readonly dir: string;
  /** Every module the process had loaded at exit (`require.cache`). */
  readonly modules: string[];
}

/** `node bin/flink-platform.js synth <stack> --out <out> [...]`, with a hook that lists the loaded modules. */
function synthArgs(out: string, stack: string, projectDir?: string): { args: string[]; list: string } {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const list = `${out}.modules.json`;
  const hook = `${out}.hook.cjs`;
  fs.writeFileSync(
    hook,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const project = projectDir === undefined ? [] : ["--project-dir", projectDir];
  return { args: ["--require", hook, cliBin, ...project, "synth", stack, "--out", out], list };
}

const modulesIn = (list: string): string[] =>
  fs.existsSync(list) ? (JSON.parse(fs.readFileSync(list, "utf8")) as string[]) : [];

/**
 * Runs the real CLI's synth of `stack` into `out` without blocking the test
 * file, so that a file's synths can run side by side (they mostly wait on
 * their child process).
 */
export function synthRun(stack: string, out: string, projectDir?: string): Promise<SynthRun> {
  const { args, list } = synthArgs(out, stack, projectDir);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectDir ?? projectRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString("utf8")));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr, dir: out, modules: modulesIn(list) }));
  });
}

/** Runs `jobs` with at most `width` at a time (a 2-core machine), results in order. */
export async function inBatches<T>(jobs: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return results;
}

const wait = new Int32Array(new SharedArrayBuffer(4));

/**
 * The synth of a shipped stack in this repository, run once per test run
 * (`npm test`) and shared by every test file: the first file that asks runs
 * it into the run's folder (test/support/global-synth.ts) under a lock
 * folder; the others wait for its result file. Outside a run with that
 * folder, each process synthesizes into a temp folder of its own.
 */
export function shippedSynth(stack: string): SynthRun {
  const shared = inject("shippedSynthDir") as string | undefined;
  const dir = shared ?? tempDir("flink-platform-shipped-");
  const result = path.join(dir, `${stack}.run.json`);
  if (!fs.existsSync(result)) {
    let owner = true;
    try {
      fs.mkdirSync(path.join(dir, `${stack}.lock`));
    } catch {
      owner = false;
    }
    if (owner) {
      const out = path.join(dir, stack);
      const { args, list } = synthArgs(out, stack);
      const run = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: "utf8" });
      const done: SynthRun = {
        status: run.status,
        stdout: run.stdout,
        stderr: run.stderr,
        dir: out,
        modules: modulesIn(list),
      };
      fs.writeFileSync(`${result}.tmp`, JSON.stringify(done));
      fs.renameSync(`${result}.tmp`, result);
    }
    // Another test file is running it: wait (synchronously, as describe blocks are collected).
    for (let waited = 0; !fs.existsSync(result); waited += 100) {
      if (waited > 300_000) throw new Error(`timed out waiting for the shared synth of ${stack}`);
      Atomics.wait(wait, 0, 0, 100);
    }
  }
  return JSON.parse(fs.readFileSync(result, "utf8")) as SynthRun;
}

/** The real CLI synth of a shipped stack (once per test run, {@link shippedSynth}), as what it wrote. */
export function synthStackOutput(stack: string): SynthOutput {
  const run = shippedSynth(stack);
  if (run.status !== 0) throw new Error(`synth ${stack} failed: ${run.stderr}`);
  const dir = run.dir;
  const read = (sub: string) =>
    fs
      .readdirSync(path.join(dir, sub))
      .sort()
      .map((f) => parse(fs.readFileSync(path.join(dir, sub, f), "utf8")) as Record<string, unknown>);
  return {
    dir,
    plan: JSON.parse(fs.readFileSync(path.join(dir, "plan.json"), "utf8")),
    manifests: read("manifests"),
    helm: read("helm"),
  };
}

/** The reviewed golden plan of a shipped stack (test/plan/golden, what synth produces per test/plan/synth.test.ts). */
export function goldenPlan(stack: string): Plan {
  return JSON.parse(
    fs.readFileSync(path.join(projectRoot, "test", "plan", "golden", `${stack}.plan.json`), "utf8"),
  ) as Plan;
}
