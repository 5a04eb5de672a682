/**
 * The scale series: one environment with N applications (`BENCH_SIZES`,
 * default 10, 100 and 1000) on one target, each size's synth beside the floor
 * that replays that size's own plan, in the same interleaved rounds. Costs per
 * application are measured from the smallest size, per round, so the
 * library's overhead is what synth adds per application beyond what the bare
 * SDK adds for the same resources.
 */
import * as fs from "node:fs";
import {
  floorOnce,
  interleaved,
  line,
  linkProgram,
  perRound,
  reference,
  root,
  rssOverMB,
  runs,
  sizes,
  summary,
  synthOnce,
  type Reference,
  type Sample,
} from "./measure";
import { scaleDir, statementsFor, writeScaleStack, type ScaleTarget } from "./scale-projects";

/** Budgets of each target's series, relative to the floor measured in the same round. */
export const seriesBudgets = { overheadMsPerApp: 1, rssOverFloorMB: 50 };

/** One row of a scale series: the synth's summary at the top level (as before the floors), then its floor's. */
export type SeriesRow = ReturnType<typeof summary> & {
  apps: number;
  statements?: number;
  resources: number;
  floor: ReturnType<typeof summary>;
  /** Median of each round's synth / floor. */
  ratio: number;
  /** Median of each round's synth peak RSS minus the floor's, MB. */
  rssOverFloorMB: number;
  /** From the smallest size (absent on its own row), ms per added application, medians of per-round values. */
  marginalMsPerApp?: number;
  floorMarginalMsPerApp?: number;
  /** (synth(N) - synth(base)) - (floor(N) - floor(base)), over (N - base). */
  overheadMsPerApp?: number;
};

/** A project whose stack has N applications on `target`, for the scale series. */
function scaleProject(target: ScaleTarget, apps: number): string {
  const dir = scaleDir(target, apps);
  // The shipped program, compiled (as `synth` runs this repo's stacks after `npm ci`).
  linkProgram(dir);
  writeScaleStack(root, dir, target, apps);
  return dir;
}

const widths = [6, 10, 9, 9, 6, 9, 10, 9, 9, 9, 8];

/** Synth and floor of one environment at every size on `target`, interleaved rounds. */
export function scaleSeries(target: ScaleTarget): SeriesRow[] {
  const title = target === "cp" ? "CMF applications (and one statement per ten)" : "applications";
  console.log(`\nscale series (${target}): one environment with N ${title}; floor = that size's own plan\n`);
  console.log(
    line(
      [
        "apps",
        "resources",
        "synth ms",
        "floor ms",
        "ratio",
        "ms / app",
        "floor/app",
        "over/app",
        "synth MB",
        "floor MB",
        "+MB",
      ],
      widths,
    ),
  );
  const dirs: string[] = [];
  const refs: Reference[] = [];
  let series: SeriesRow[] = [];
  try {
    for (const apps of sizes) dirs.push(scaleProject(target, apps));
    // One synth per size keeps its plan for the floor to replay.
    for (const dir of dirs) refs.push(reference("bench", dir));
    // Each size's synth, then its floor: neighbours in every round.
    const samples = interleaved(
      runs,
      Object.fromEntries(
        sizes.flatMap((apps, i) => [
          [`synth-${apps}`, () => synthOnce("bench", dirs[i])],
          [`floor-${apps}`, () => floorOnce(refs[i].planFile)],
        ]),
      ) as Record<string, () => Sample>,
    );
    const base = sizes[0];
    const at = (kind: "synth" | "floor", apps: number) => samples[`${kind}-${apps}`];
    // Each round's difference to the smallest size of the same round, per added application.
    const perApp = (kind: "synth" | "floor", apps: number, r: number) =>
      (at(kind, apps)[r].wallMs - at(kind, base)[r].wallMs) / (apps - base);
    series = sizes.map((apps, i) => {
      const [synth, floor] = [at("synth", apps), at("floor", apps)];
      return {
        apps,
        ...(target === "cp" ? { statements: statementsFor(apps) } : {}),
        resources: refs[i].resources,
        ...summary(synth),
        floor: summary(floor),
        ratio: perRound(runs, (r) => synth[r].wallMs / floor[r].wallMs),
        rssOverFloorMB: rssOverMB(synth, floor),
        ...(i === 0
          ? {}
          : {
              marginalMsPerApp: perRound(runs, (r) => perApp("synth", apps, r)),
              floorMarginalMsPerApp: perRound(runs, (r) => perApp("floor", apps, r)),
              overheadMsPerApp: perRound(runs, (r) => perApp("synth", apps, r) - perApp("floor", apps, r)),
            }),
      };
    });
  } finally {
    for (const dir of [...dirs, ...refs.map((r) => r.dir)]) fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const r of series) {
    console.log(
      line(
        [
          r.apps,
          r.resources,
          r.wallMs,
          r.floor.wallMs,
          `${r.ratio}x`,
          r.marginalMsPerApp ?? "-",
          r.floorMarginalMsPerApp ?? "-",
          r.overheadMsPerApp ?? "-",
          r.peakRssMB,
          r.floor.peakRssMB,
          r.rssOverFloorMB,
        ],
        widths,
      ),
    );
  }
  return series;
}

export type Verdict = { budget: string; value: string; pass: boolean };

/** The series' budgets: overhead per application from the smallest size to every other, RSS at the largest. */
export function seriesVerdicts(target: ScaleTarget, series: SeriesRow[]): Verdict[] {
  const [base, last] = [series[0], series[series.length - 1]];
  return [
    ...series.slice(1).map((r) => ({
      budget: `${target}: library overhead <= ${seriesBudgets.overheadMsPerApp} ms per application (${base.apps} -> ${r.apps})`,
      // Each figure is a median over rounds on its own, so the first is not the difference of the other two.
      value: `${r.overheadMsPerApp} ms, the median of each round's synth - floor (medians: synth ${r.marginalMsPerApp} ms, floor ${r.floorMarginalMsPerApp} ms per application)`,
      pass: r.overheadMsPerApp! <= seriesBudgets.overheadMsPerApp,
    })),
    {
      budget: `${target}: peak RSS at ${last.apps} applications <= the floor's + ${seriesBudgets.rssOverFloorMB} MB`,
      value: `${last.rssOverFloorMB >= 0 ? "+" : ""}${last.rssOverFloorMB} MB (synth ${last.peakRssMB} MB, floor ${last.floor.peakRssMB} MB)`,
      pass: last.rssOverFloorMB <= seriesBudgets.rssOverFloorMB,
    },
  ];
}
