/**
 * `npm run bench`: offline synth of every shipped stack against a floor (the
 * stack's own plan registered raw with the same SDK under mocks, so the ratio
 * is the library's overhead; the bare SDK with as many tiny resources beside
 * it), `diff` and `scale` of each stack (two synths side by side: budget two
 * synths of wall time), and scale series (OSS and CP) of one environment with
 * N applications. Reports medians of wall time and peak RSS, ratios, marginal
 * costs and PASS/FAIL lines, writes bench/results.json, never fails on noise.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { maxCfuValues } from "../lib/cloud/config-values";
import { scaleDir, statementsFor, writeScaleStack, type ScaleTarget } from "./scale-projects";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "flink-platform.js");
const rssHook = path.join(__dirname, "rss-hook.cjs");
const runs = Number(process.env.BENCH_RUNS ?? 5);

const budgets = { synthRatio: 1.3, commandSynths: 2, marginalMsPerApp: 3, rssAt1000MB: 400 };

type Sample = { wallMs: number; rssBytes: number };

function measure(args: string[], env: Record<string, string> = {}): Sample {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--require", rssHook, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  try {
    if (run.status !== 0) throw new Error(`${args.join(" ")} failed:\n${run.stderr}`);
    return { wallMs, rssBytes: Number(fs.readFileSync(rssFile, "utf8")) };
  } finally {
    fs.rmSync(rssFile, { force: true });
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summary(samples: Sample[]) {
  return {
    wallMs: Math.round(median(samples.map((s) => s.wallMs))),
    peakRssMB: Math.round(median(samples.map((s) => s.rssBytes)) / 2 ** 20),
    maxPeakRssMB: Math.round(Math.max(...samples.map((s) => s.rssBytes)) / 2 ** 20),
  };
}

/**
 * Runs each measurement once to warm up (disk cache), then `n` rounds that
 * take one sample of each in turn: on a shared machine a slow spell then
 * slows every column of a row alike instead of skewing one of them.
 */
function interleaved<K extends string>(n: number, fns: Record<K, () => Sample>): Record<K, Sample[]> {
  const keys = Object.keys(fns) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as Sample[]])) as Record<K, Sample[]>;
  for (const k of keys) fns[k]();
  for (let round = 0; round < n; round++) {
    // Forward, then backward: neighbours (synth and its floor) stay side by
    // side, and neither always runs first.
    for (const k of round % 2 ? [...keys].reverse() : keys) samples[k].push(fns[k]());
  }
  return samples;
}

function synthOnce(stack: string, projectDir = root, extraEnv: Record<string, string> = {}): Sample {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-out-"));
  try {
    return measure([bin, "--project-dir", projectDir, "synth", stack, "--out", out], extraEnv);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Synthesizes once and keeps what the floors need: plan.json (replayed) and
 * the node_modules the synth process loaded (preloaded by the deps floor).
 */
function reference(stack: string, projectDir = root) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ref-"));
  try {
    const modulesFile = path.join(dir, "modules.json");
    const out = path.join(dir, "out");
    measure([bin, "--project-dir", projectDir, "synth", stack, "--out", out], {
      BENCH_MODULES_FILE: modulesFile,
    });
    const planFile = path.join(out, "plan.json");
    const resources = (JSON.parse(fs.readFileSync(planFile, "utf8")) as { resources: unknown[] }).resources
      .length;
    return { dir, planFile, modulesFile, resources };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

const floorScript = path.join(__dirname, "floor.cjs");

function stacks(): string[] {
  return fs
    .readdirSync(path.join(root, "stacks"))
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/** The program as the bench runs it: a link to the bundle `npm run build` writes, as `stacks/index.js`. */
function linkProgram(dir: string): void {
  fs.writeFileSync(
    path.join(dir, "Pulumi.yaml"),
    "name: flink-platform\nruntime: nodejs\nmain: stacks/index.js\nstackConfigDir: stacks\n",
  );
  fs.mkdirSync(path.join(dir, "stacks"), { recursive: true });
  // A link, not a module that requires it: the SDK captures the whole call
  // stack of every resource, and a wrapper's require frames would count as
  // the library's cost per application.
  fs.symlinkSync(path.join(root, "dist", "stacks", "index.js"), path.join(dir, "stacks", "index.js"));
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

/** A project whose stack has N applications on `target`, for the scale series. */
function scaleProject(target: ScaleTarget, apps: number): string {
  const dir = scaleDir(target, apps);
  // The shipped program, compiled (as `synth` runs this repo's stacks after `npm ci`).
  linkProgram(dir);
  writeScaleStack(root, dir, target, apps);
  return dir;
}

function line(cols: (string | number)[], widths: number[]): string {
  return cols.map((c, i) => String(c).padEnd(widths[i])).join("  ");
}

/** One row of a scale series. */
type SeriesRow = ReturnType<typeof summary> & {
  apps: number;
  statements?: number;
  resources: number;
  marginalMsPerApp?: number;
};

/** Synth of one environment with 10, 100 and 1000 applications on `target`, interleaved rounds. */
function scaleSeries(target: ScaleTarget, widths: number[]): SeriesRow[] {
  const title = target === "cp" ? "CMF applications (and one statement per ten)" : "applications";
  console.log(`\nscale series (${target}): one environment with N ${title}\n`);
  console.log(line(["apps", "resources", "synth ms", "ms / app", "peak MB"], widths));
  const sizes = [10, 100, 1000];
  const dirs: string[] = [];
  let series: SeriesRow[] = [];
  try {
    for (const apps of sizes) dirs.push(scaleProject(target, apps));
    const resources = dirs.map((dir) => {
      const ref = reference("bench", dir);
      fs.rmSync(ref.dir, { recursive: true, force: true });
      return ref.resources;
    });
    const samples = interleaved(
      runs,
      Object.fromEntries(sizes.map((apps, i) => [String(apps), () => synthOnce("bench", dirs[i])])),
    );
    const smallest = samples[String(sizes[0])];
    series = sizes.map((apps, i) => ({
      apps,
      ...(target === "cp" ? { statements: statementsFor(apps) } : {}),
      resources: resources[i],
      ...summary(samples[String(apps)]),
      // Paired like the ratio: each round's difference to the smallest size of the same round.
      marginalMsPerApp:
        i === 0
          ? undefined
          : Math.round(
              median(
                samples[String(apps)].map((s, r) => (s.wallMs - smallest[r].wallMs) / (apps - sizes[0])),
              ) * 100,
            ) / 100,
    }));
  } finally {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const r of series) {
    console.log(line([r.apps, r.resources, r.wallMs, r.marginalMsPerApp ?? "-", r.peakRssMB], widths));
  }
  return series;
}

function main(): void {
  // Measure the compiled code that `npm ci` builds.
  const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  const results: Record<string, unknown> = { runs, node: process.version, cpus: os.cpus().length };
  const widths = [12, 10, 10, 10, 10, 12, 8, 8, 8, 8, 9, 9, 8];
  console.log(
    `flink-platform bench: median of ${runs} interleaved rounds after a warm-up, whole processes\n`,
  );
  console.log("floor       the stack's own plan (same resources, inputs, parents, dependencies)");
  console.log(
    "            registered raw with the same SDK under mocks; ratio = median of each round's synth / floor",
  );
  console.log("bare        as many tiny resources (the bare SDK)");
  console.log("floor+deps  the floor after loading the node_modules synth loads (the Pulumi providers;");
  console.log("            zod, cdk8s and cdk8s-plus are inlined in the program's bundle and count as own)");
  console.log("own         synth - floor+deps: the library's own work and the libraries it bundles");
  console.log("diff, scale `diff --base HEAD` and `scale` of a pool in a git copy of the stacks (a scaling");
  console.log("            pull request); x synth = median of each round's command / synth (budget: 2)\n");
  console.log(
    line(
      [
        "stack",
        "resources",
        "synth ms",
        "floor ms",
        "bare ms",
        "floor+deps",
        "own ms",
        "ratio",
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
        floor: () => measure([floorScript, ref.planFile]),
        bare: () => measure([floorScript, "--count", String(ref.resources)]),
        withDeps: () => measure([floorScript, "--preload", ref.modulesFile, ref.planFile]),
      });
      const synth = summary(samples.synth);
      const base = summary(samples.floor);
      const bare = summary(samples.bare);
      const withDeps = summary(samples.withDeps);
      // Paired: each round's synth over the floor measured right beside it, so a
      // slow spell that spans a round cancels out instead of landing on one side.
      const ratio =
        Math.round(median(samples.synth.map((s, i) => s.wallMs / samples.floor[i].wallMs)) * 100) / 100;
      const ownMs = synth.wallMs - withDeps.wallMs;
      const pass = ratio <= budgets.synthRatio;
      const perSynth = (k: "diff" | "scale") =>
        Math.round(median(samples[k].map((s, i) => s.wallMs / samples.synth[i].wallMs)) * 100) / 100;
      const diff = { ...summary(samples.diff), synths: perSynth("diff") };
      const scale = { ...summary(samples.scale), synths: perSynth("scale") };
      console.log(
        line(
          [
            stack,
            ref.resources,
            synth.wallMs,
            base.wallMs,
            bare.wallMs,
            withDeps.wallMs,
            ownMs,
            `${ratio}x`,
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

  const seriesByTarget: Record<ScaleTarget, ReturnType<typeof scaleSeries>> = {
    oss: scaleSeries("oss", widths),
    cp: scaleSeries("cp", widths),
  };
  results.scale = seriesByTarget.oss;
  results.scaleCp = seriesByTarget.cp;
  const worstRatio = Math.max(...stackRows.map((r) => r.ratio));
  const worstCommand = Math.max(...stackRows.flatMap((r) => [r.diff.synths, r.scale.synths]));
  const verdicts = [
    {
      budget: `synth <= ${budgets.synthRatio}x the floor`,
      value: `${worstRatio}x (worst stack)`,
      pass: worstRatio <= budgets.synthRatio,
    },
    {
      budget: `diff and scale <= ${budgets.commandSynths} synths of wall time`,
      value: `${worstCommand} synths (worst stack and command)`,
      pass: worstCommand <= budgets.commandSynths,
    },
    ...(["oss", "cp"] as const).flatMap((target) => {
      const last = seriesByTarget[target][seriesByTarget[target].length - 1];
      const marginal = last.marginalMsPerApp ?? 0;
      return [
        {
          budget: `${target}: marginal cost <= ${budgets.marginalMsPerApp} ms per application`,
          value: `${marginal} ms (10 -> 1000)`,
          pass: marginal <= budgets.marginalMsPerApp,
        },
        {
          budget: `${target}: peak RSS <= ${budgets.rssAt1000MB} MB at 1000 applications`,
          value: `${last.peakRssMB} MB (median of runs; highest ${last.maxPeakRssMB} MB)`,
          pass: last.peakRssMB <= budgets.rssAt1000MB,
        },
      ];
    }),
  ];
  console.log("");
  for (const v of verdicts) console.log(`${v.pass ? "PASS" : "FAIL"}  ${v.budget}: ${v.value}`);
  results.budgets = verdicts;
  fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log("\nwrote bench/results.json");
}

main();
