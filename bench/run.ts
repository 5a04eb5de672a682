/**
 * `npm run bench`: offline synth of every shipped stack against a floor (the
 * stack's own plan registered raw with the same SDK under mocks, so the ratio
 * is the library's overhead; the bare SDK with as many tiny resources beside
 * it), `diff` and `scale` of each stack (two synths side by side: budget two
 * synths of wall time), and scale series (OSS and CP, bench/series.ts) of one
 * environment with N applications beside each size's own floor. Reports
 * medians of wall time and peak RSS, paired ratios, costs per application and
 * PASS/FAIL lines against budgets relative to the floor of the same round,
 * writes bench/results.json, never fails on noise.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { maxCfuValues } from "../lib/cloud/config-values";
import {
  bareOnce,
  bin,
  floorOnce,
  interleaved,
  line,
  linkProgram,
  measure,
  perRound,
  plainFloorOnce,
  reference,
  root,
  runs,
  summary,
  synthOnce,
  type Sample,
} from "./measure";
import { scaleSeries, seriesVerdicts, type Verdict } from "./series";

const budgets = { synthRatio: 1.2, commandSynths: 2 };

function stacks(): string[] {
  return fs
    .readdirSync(path.join(root, "stacks"))
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/**
 * A git project with copies of the shipped stacks (and their statement
 * files), committed, for `diff --base HEAD` and `scale`: a scaling pull
 * request, where only a stack file changes.
 */
function commandProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-commands-"));
  linkProgram(dir);
  fs.cpSync(path.join(root, "stacks", "sql"), path.join(dir, "stacks", "sql"), { recursive: true });
  for (const stack of stacks()) {
    fs.copyFileSync(stackPath(root, stack), stackPath(dir, stack));
  }
  for (const args of [
    ["init", "-q"],
    ["add", "-A"],
    ["commit", "-qm", "bench"],
  ]) {
    const run = spawnSync("git", ["-c", "user.email=bench@example.com", "-c", "user.name=bench", ...args], {
      cwd: dir,
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
  }
  return dir;
}

const stackPath = (dir: string, stack: string) => path.join(dir, "stacks", `Pulumi.${stack}.yaml`);

/** `scale` flags that grow the stack's first pool (its TaskManagers, or a cloud pool's CFU ceiling). */
function scaleFlags(dir: string, stack: string): string[] {
  const config = (
    parse(fs.readFileSync(stackPath(dir, stack), "utf8")) as { config: Record<string, unknown> }
  ).config;
  const cloud = config["flink-platform:cloud"] as { pools?: { name: string; maxCfu: number }[] } | undefined;
  if (cloud !== undefined) {
    const pool = cloud.pools![0];
    // Up, never down: Confluent Cloud refuses a lower Max CFU, and so does `scale`.
    // The next standard size, or one more CFU past the largest (Limited Availability).
    const next = maxCfuValues.find((v) => v > pool.maxCfu) ?? pool.maxCfu + 1;
    return ["--pool", pool.name, "--max-cfu", String(next)];
  }
  const pool = (config["flink-platform:pools"] as { name: string; taskManagers: number }[])[0];
  return ["--pool", pool.name, "--task-managers", String(pool.taskManagers + 1)];
}

/** `scale` once, then the stack file as it was (outside the measured time). */
function scaleOnce(dir: string, stack: string, flags: string[]): Sample {
  const original = fs.readFileSync(stackPath(dir, stack), "utf8");
  try {
    return measure([bin, "--project-dir", dir, "scale", stack, ...flags]);
  } finally {
    fs.writeFileSync(stackPath(dir, stack), original);
  }
}

function main(): void {
  // Measure the compiled code that `npm ci` builds.
  const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  const results: Record<string, unknown> = { runs, node: process.version, cpus: os.cpus().length };
  const widths = [12, 10, 10, 10, 10, 10, 12, 8, 8, 8, 8, 8, 9, 9, 8];
  console.log(
    `flink-platform bench: median of ${runs} interleaved rounds after a warm-up, whole processes\n`,
  );
  console.log("floor       the stack's own plan (same resources, inputs, parents, dependencies)");
  console.log(
    "            registered raw with the same SDK under mocks; ratio = median of each round's synth / floor",
  );
  console.log("plain       the same floor run as a plain program: the SDK loaded whole, without the lazy");
  console.log("            loading synth does (lib/plan/lazy-sdk.ts); x plain = median of synth / plain");
  console.log("bare        as many tiny resources (the bare SDK)");
  console.log("floor+deps  the floor after loading the node_modules synth loads (the Pulumi providers;");
  console.log("            zod, cdk8s and cdk8s-plus are inlined in the program's bundle and count as own)");
  console.log("own         synth - floor+deps: the library's own work and the libraries it bundles");
  console.log("diff, scale `diff --base HEAD` and `scale` of a pool in a git copy of the stacks (a scaling");
  console.log("            pull request); x synth = median of each round's command / synth (budget: 2)");
  console.log("scale       per size, synth beside the floor replaying that size's own plan; ms / app and");
  console.log("            floor/app from the smallest size, over/app = their difference (the library's");
  console.log("            overhead), +MB = synth peak RSS - floor's: each per round, median over rounds\n");
  console.log(
    line(
      [
        "stack",
        "resources",
        "synth ms",
        "floor ms",
        "plain ms",
        "bare ms",
        "floor+deps",
        "own ms",
        "ratio",
        "x plain",
        "peak MB",
        "budget",
        "diff ms",
        "scale ms",
        "x synth",
      ],
      widths,
    ),
  );

  const commands = commandProject();
  const stackRows = stacks().map((stack) => {
    const ref = reference(stack);
    const flags = scaleFlags(commands, stack);
    try {
      const samples = interleaved(runs, {
        synth: () => synthOnce(stack),
        // Two synths each, side by side (a scaling change: the base runs the current program).
        diff: () => measure([bin, "--project-dir", commands, "diff", stack, "--base", "HEAD"]),
        scale: () => scaleOnce(commands, stack, flags),
        // The same resources registered raw with the same SDK (bench/floor.cjs).
        floor: () => floorOnce(ref.planFile),
        plain: () => plainFloorOnce(ref.planFile),
        bare: () => bareOnce(ref.resources),
        withDeps: () => floorOnce(ref.planFile, ref.modulesFile),
      });
      const synth = summary(samples.synth);
      const base = summary(samples.floor);
      const bare = summary(samples.bare);
      const withDeps = summary(samples.withDeps);
      // Paired: each round's synth over the floor measured right beside it.
      const ratio = perRound(runs, (r) => samples.synth[r].wallMs / samples.floor[r].wallMs);
      const plain = summary(samples.plain);
      const plainRatio = perRound(runs, (r) => samples.synth[r].wallMs / samples.plain[r].wallMs);
      const ownMs = synth.wallMs - withDeps.wallMs;
      const pass = ratio <= budgets.synthRatio;
      const perSynth = (k: "diff" | "scale") =>
        perRound(runs, (r) => samples[k][r].wallMs / samples.synth[r].wallMs);
      const diff = { ...summary(samples.diff), synths: perSynth("diff") };
      const scale = { ...summary(samples.scale), synths: perSynth("scale") };
      console.log(
        line(
          [
            stack,
            ref.resources,
            synth.wallMs,
            base.wallMs,
            plain.wallMs,
            bare.wallMs,
            withDeps.wallMs,
            ownMs,
            `${ratio}x`,
            `${plainRatio}x`,
            synth.peakRssMB,
            pass ? "PASS" : "FAIL",
            diff.wallMs,
            scale.wallMs,
            `${diff.synths}/${scale.synths}`,
          ],
          widths,
        ),
      );
      return {
        stack,
        resources: ref.resources,
        synth,
        floor: base,
        plainFloor: plain,
        plainRatio,
        bareSdk: bare,
        floorWithDeps: withDeps,
        ownMs,
        ratio,
        pass,
        diff,
        scale,
      };
    } finally {
      fs.rmSync(ref.dir, { recursive: true, force: true });
    }
  });
  fs.rmSync(commands, { recursive: true, force: true });
  results.stacks = stackRows;

  const oss = scaleSeries("oss");
  const cp = scaleSeries("cp");
  results.scale = oss;
  results.scaleCp = cp;
  const worstRatio = Math.max(...stackRows.map((r) => r.ratio));
  const worstPlainRatio = Math.max(...stackRows.map((r) => r.plainRatio));
  const worstCommand = Math.max(...stackRows.flatMap((r) => [r.diff.synths, r.scale.synths]));
  const verdicts: Verdict[] = [
    {
      budget: `synth <= ${budgets.synthRatio}x the floor loading the SDK as synth does (lazily)`,
      value: `${worstRatio}x (worst stack)`,
      pass: worstRatio <= budgets.synthRatio,
    },
    {
      budget: `synth <= ${budgets.synthRatio}x the floor as a plain program (the SDK loaded whole)`,
      value: `${worstPlainRatio}x (worst stack)`,
      pass: worstPlainRatio <= budgets.synthRatio,
    },
    {
      budget: `diff and scale <= ${budgets.commandSynths} synths of wall time`,
      value: `${worstCommand} synths (worst stack and command)`,
      pass: worstCommand <= budgets.commandSynths,
    },
    ...seriesVerdicts("oss", oss),
    ...seriesVerdicts("cp", cp),
  ];
  console.log("");
  for (const v of verdicts) console.log(`${v.pass ? "PASS" : "FAIL"}  ${v.budget}: ${v.value}`);
  results.budgets = verdicts;
  fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log("\nwrote bench/results.json");
}

main();
