/**
 * What every part of the bench measures with: whole processes (wall time and
 * peak RSS), interleaved rounds, medians, and the synth and floor runs of a
 * project. Knobs: `BENCH_RUNS` (rounds, default 5) and `BENCH_SIZES` (the
 * scale series' application counts, default 10,100,1000).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const root = path.resolve(__dirname, "..");
export const bin = path.join(root, "bin", "flink-platform.js");
const rssHook = path.join(__dirname, "rss-hook.cjs");
const floorScript = path.join(__dirname, "floor.cjs");

/**
 * The floors load the SDK as the synth process does: with the closure
 * serializer's libraries on first use (lib/plan/lazy-sdk.ts, built). A plain
 * program pays about 0.9 s more for them, which would count as the library
 * being faster than the bare SDK.
 */
const sdkAsSynthLoadsIt = ["--require", path.join(__dirname, "..", "dist", "lib", "plan", "lazy-sdk.js")];

/**
 * A bad knob stops the bench before it builds: one line naming the variable,
 * the value seen and what is allowed, no stack trace.
 */
function knob<T>(name: string, fallback: T, read: (raw: string) => T | undefined, allowed: string): T {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = read(raw);
  if (value !== undefined) return value;
  console.error(`${name}: got ${JSON.stringify(raw)}; allowed: ${allowed}`);
  process.exit(1);
}

const positive = (s: string): number | undefined => (/^[1-9]\d*$/.test(s.trim()) ? Number(s) : undefined);

export const runs = knob("BENCH_RUNS", 5, positive, "a whole number of rounds >= 1");

/**
 * The scale series' sizes, ascending: the smallest is the base every
 * marginal cost is measured from, the largest carries the RSS budget.
 */
export const sizes = knob(
  "BENCH_SIZES",
  [10, 100, 1000],
  (raw) => {
    const list = raw.split(",").map(positive);
    if (list.length < 2 || list.some((n, i) => n === undefined || (i > 0 && n <= list[i - 1]!))) return;
    return list as number[];
  },
  "two or more ascending application counts >= 1, comma-separated (e.g. 10,100)",
);

export type Sample = { wallMs: number; rssBytes: number };

export function measure(args: string[], env: Record<string, string> = {}): Sample {
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

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const MB = 2 ** 20;

export function summary(samples: Sample[]) {
  return {
    wallMs: Math.round(median(samples.map((s) => s.wallMs))),
    peakRssMB: Math.round(median(samples.map((s) => s.rssBytes)) / MB),
    maxPeakRssMB: Math.round(Math.max(...samples.map((s) => s.rssBytes)) / MB),
  };
}

/**
 * Paired: `of` computed within each round (from samples measured side by
 * side), then the median over rounds, to two decimals. A slow spell that
 * spans a round then cancels out instead of landing on one side.
 */
export function perRound(rounds: number, of: (round: number) => number): number {
  return Math.round(median(Array.from({ length: rounds }, (_, r) => of(r))) * 100) / 100;
}

/** Each round's peak RSS of `a` over `b` in MB, median over rounds. */
export const rssOverMB = (a: Sample[], b: Sample[]): number =>
  Math.round(perRound(a.length, (r) => (a[r].rssBytes - b[r].rssBytes) / MB));

/**
 * Runs each measurement once to warm up (disk cache), then `n` rounds that
 * take one sample of each in turn: on a shared machine a slow spell then
 * slows every column of a row alike instead of skewing one of them.
 */
export function interleaved<K extends string>(n: number, fns: Record<K, () => Sample>): Record<K, Sample[]> {
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

export function synthOnce(stack: string, projectDir = root, extraEnv: Record<string, string> = {}): Sample {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-out-"));
  try {
    return measure([bin, "--project-dir", projectDir, "synth", stack, "--out", out], extraEnv);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The floor (bench/floor.cjs): the plan's resources registered raw with the
 * same SDK under mocks; with `preload`, after loading those modules first.
 */
export const floorOnce = (planFile: string, preload?: string): Sample =>
  measure([
    ...sdkAsSynthLoadsIt,
    floorScript,
    ...(preload === undefined ? [] : ["--preload", preload]),
    planFile,
  ]);

/**
 * The same floor as a plain program runs it: the SDK loaded whole, without
 * the lazy loading synth does (the floor issue 18's budget was filed against;
 * a hand-written program with the same resources pays this).
 */
export const plainFloorOnce = (planFile: string): Sample => measure([floorScript, planFile]);

/** The bare SDK: `count` tiny resources. */
export const bareOnce = (count: number): Sample =>
  measure([...sdkAsSynthLoadsIt, floorScript, "--count", String(count)]);

/** What `reference` keeps; `dir` holds it all and is the caller's to remove. */
export type Reference = { dir: string; planFile: string; modulesFile: string; resources: number };

/**
 * Synthesizes once and keeps what the floors need: plan.json (replayed) and
 * the node_modules the synth process loaded (preloaded by the deps floor).
 */
export function reference(stack: string, projectDir = root): Reference {
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

/** The program as the bench runs it: a link to the bundle `npm run build` writes, as `stacks/index.js`. */
export function linkProgram(dir: string): void {
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

export function line(cols: (string | number)[], widths: number[]): string {
  return cols.map((c, i) => String(c).padEnd(widths[i])).join("  ");
}
