import type { Command } from "commander";
import { ConfigError, type ConfigProblem } from "../core/errors";
import type { StackEdit } from "../core/edit";
import { printOut } from "./command-stdout";
import { load } from "./lazy-modules";

/**
 * The `estimate` command: sizes a pool from throughput and prints the stack
 * config patch; with `--apply`, edits that one pool in the stack file the way
 * `scale` does (validated, both plans synthesized before the file is written)
 * and prints the classified diff it made.
 *
 * Modules load on first use (./lazy-modules): building the program must not load
 * the estimator, the schemas or the diff.
 */

/** What the command needs from the program that registers it (cli.ts). */
export interface EstimateCommandContext {
  /** Checks a stack argument (name, file inside the project) and returns its stack file. */
  checkedStack(stack: string, flag: string): string;
  /** The project folder (`-C`). */
  projectDir(): string;
  /** Prints guardrail warnings to stderr. */
  printWarnings(warnings: readonly string[]): void;
}

interface EstimateOptions {
  recordsPerSecond: string;
  recordBytes: string;
  mix: string;
  jobs: string;
  latencyMs?: string;
  pool?: string;
  createPool?: boolean;
  apply?: string;
}

const title = "Invalid estimate flags";

function parseMix(raw: string): { simple: number; medium: number; complex: number } {
  const mix = { simple: 0, medium: 0, complex: 0 };
  const problems: ConfigProblem[] = [];
  for (const part of raw.split(",")) {
    const [key, value] = part.split("=").map((s) => s.trim());
    if (!(key in mix) || !(Number(value) >= 0)) {
      problems.push({
        path: "--mix",
        got: part,
        allowed: "simple=<share>,medium=<share>,complex=<share> with non-negative numbers",
      });
    } else mix[key as keyof typeof mix] = Number(value);
  }
  if (problems.length > 0) throw new ConfigError(problems, title);
  return mix;
}

function numberFlag(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  // Infinity too: it would be shown as `null` by the estimator's message.
  if (!Number.isFinite(n))
    throw new ConfigError([{ path: flag, got: raw, allowed: "a number" }], "Invalid flags");
  return n;
}

/** Registers `estimate` on `program`. */
export function registerEstimate(program: Command, ctx: EstimateCommandContext): void {
  program
    .command("estimate")
    .description(
      "size a pool from throughput and statement complexity; print the stack config patch, or apply it to one pool and print the plan diff",
    )
    .requiredOption("--records-per-second <n>", "total records per second")
    .requiredOption("--record-bytes <n>", "average record size in bytes")
    .option("--mix <shares>", "complexity mix, e.g. simple=0.6,medium=0.3,complex=0.1", "simple=1")
    .option("--jobs <n>", "number of jobs (statements) sharing the load", "1")
    .option("--latency-ms <n>", "end-to-end latency target")
    .option("--pool <name>", "pool to size (with --apply: may be omitted when the stack has one pool)")
    .option("--create-pool", "with --apply: add --pool as a new pool instead of sizing an existing one")
    .option(
      "--apply <stack>",
      "edit the pool in stacks/Pulumi.<stack>.yaml (validated, only that pool's keys) and print the plan diff",
    )
    .action((opts: EstimateOptions) => runEstimate(opts, ctx));
}

async function runEstimate(opts: EstimateOptions, ctx: EstimateCommandContext): Promise<void> {
  // An empty --apply is a (bad) stack name too, not "no --apply".
  const file = opts.apply === undefined ? undefined : ctx.checkedStack(opts.apply, "--apply");
  if (opts.createPool && opts.apply === undefined) {
    throw new ConfigError([{ path: "--create-pool", got: true, allowed: "only with --apply" }], title);
  }
  const { estimate, estimateCfu, renderPatchYaml } = load.estimate();
  const jobs = numberFlag("--jobs", opts.jobs)!;
  const e = estimate({
    recordsPerSecond: numberFlag("--records-per-second", opts.recordsPerSecond)!,
    avgRecordBytes: numberFlag("--record-bytes", opts.recordBytes)!,
    mix: parseMix(opts.mix),
    jobs,
    latencyTargetMs: numberFlag("--latency-ms", opts.latencyMs),
  });
  if (opts.apply === undefined || file === undefined) {
    printOut(renderPatchYaml(e, opts.pool ?? "default"));
    return;
  }
  const stack = opts.apply;
  const projectDir = ctx.projectDir();
  const { loadProject, readStackText, stackConfigFromText, stackFileLabel } = load.project();
  const project = loadProject(projectDir);
  const text = readStackText(project, stack, "--apply");
  const shown = stackFileLabel(project, file);
  const target = load.stackConfig().parseStackConfig(stackConfigFromText(project, text, shown).values).target;
  const cloud = target === load.stackConfig().Target.Cloud;
  const edits = load.estimateEdits();
  const choice = edits.choosePool(
    edits.declaredPools(text, edits.poolsPathOf(cloud)),
    opts.pool,
    opts.createPool === true,
  );
  let patch: string;
  let change: { edits: readonly StackEdit[]; kept?: string };
  if (cloud) {
    const cfu = estimateCfu(e, jobs);
    const { maxCfu, note } = edits.proposeMaxCfu(cfu.cfu);
    if (note !== undefined) ctx.printWarnings([note]);
    patch = renderPatchYaml(e, choice.name, { cfu, maxCfu });
    change = edits.cloudPoolEdits(text, choice, maxCfu);
  } else {
    patch = renderPatchYaml(e, choice.name);
    change = { edits: edits.kubernetesPoolEdits(choice, e) };
  }
  if (change.kept !== undefined) {
    printOut(patch);
    printOut(`${change.kept}; ${shown} unchanged.`);
    return;
  }
  const { editedStackText, writeStackText } = load.stackOps();
  // Validate first: an invalid result exits 1 with the file untouched.
  const edited = editedStackText(project, stack, change.edits);
  ctx.printWarnings(edited.warnings);
  // Both plans first: a failed synth leaves the file untouched.
  const { before, after } = await load.scalePlans().scalePlans(projectDir, stack, () => edited.after);
  writeStackText(project, stack, edited.after);
  printOut(patch);
  printOut(load.diffRender().renderText(load.diff().diffPlans(before, after, "before estimate")));
  printOut(`edited ${shown}; roll back with git checkout or git revert.`);
}
