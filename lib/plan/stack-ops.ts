import { ConfigError, ConfigProblem } from "../core/errors";
import { OperatorDistribution } from "../core/schema";
import { Target } from "../stack-config";
import { validateStack } from "../stack-validate";
import { cloudRules, isMaxCfu } from "../cloud/config-values";
import { sizes } from "../core/sizes";
import { editStackFile, findPoolIndex, StackEdit } from "../core/edit";
import { planPlatform } from "../core/derive";
import { PulumiProject, readStackText, stackConfigFromText, stackFile, stackFileLabel } from "./project";
import { writeFileAtomic } from "./stack-file";

/**
 * Operations on a stack's config file shared by the commands: validation
 * with the same schema and guardrails as the program, and the edits of
 * `scale` (its two plans are in scale-plans.ts, synth at a git ref, for
 * `diff`, in base-plan.ts).
 */

/**
 * Validates a stack file's text as `pulumi up` and offline synth would,
 * without running the program; returns the guardrail warnings. The same
 * reader and merge with the project defaults as synth
 * ({@link stackConfigFromText}), the program's own checks
 * ({@link validateStack}: schema, namespace typos, secret keys given in
 * plain text, i.e. not `secure:` in the file, and the statement files), then
 * the guardrails the platform components apply (`planPlatform`, with the
 * target's operator distribution). Not checked: what only registering the
 * resources finds (e.g. two platforms claiming one cluster-wide object).
 */
export function checkStackText(project: PulumiProject, text: string, file?: string): string[] {
  const { values, secretKeys } = stackConfigFromText(project, text, file);
  const { config } = validateStack(values, {
    isSecret: (key) => secretKeys.includes(key),
    projectRoot: project.dir,
  });
  if (config.target === Target.Cloud) return [];
  const { target: _t, cloud: _c, ...rest } = config;
  const platform = Object.fromEntries(Object.entries(rest).filter(([k]) => !/Api(Key|Secret)$/.test(k)));
  const distribution =
    config.target === Target.CP ? OperatorDistribution.Confluent : OperatorDistribution.Apache;
  return [...planPlatform(platform as Parameters<typeof planPlatform>[0], distribution).warnings];
}

export interface ScaleOptions {
  pool?: string;
  taskManagers?: string;
  slots?: string;
  tmCpu?: string;
  tmMemory?: string;
  maxCfu?: string;
  size?: string;
}

function flagProblem(flag: string, got: unknown, allowed: string): ConfigProblem {
  return { path: flag, got, allowed };
}

function wholeNumber(flag: string, raw: string | undefined, problems: ConfigProblem[]): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    problems.push(flagProblem(flag, raw, "a whole number of at least 1"));
    return undefined;
  }
  return n;
}

/**
 * The edits a `scale` invocation makes to a stack file. Flag values are
 * checked here (names the flag); the resulting config is checked by the
 * schema and guardrails afterwards.
 */
export function scaleEdits(
  project: PulumiProject,
  text: string,
  opts: ScaleOptions,
  file?: string,
): StackEdit[] {
  const problems: ConfigProblem[] = [];
  const values = stackConfigFromText(project, text, file).values;
  const target = validateStack(values, { projectRoot: project.dir }).config.target;
  const cloud = target === Target.Cloud;
  const tm = wholeNumber("--task-managers", opts.taskManagers, problems);
  const slots = wholeNumber("--slots", opts.slots, problems);
  const maxCfu = opts.maxCfu === undefined ? undefined : Number(opts.maxCfu);
  // The schema's rule, named by the flag (and before the editor would write NaN).
  if (cloud && opts.maxCfu !== undefined && !isMaxCfu(maxCfu)) {
    problems.push(flagProblem("--max-cfu", opts.maxCfu, cloudRules.maxCfu.allowed));
  }
  let cpu: number | undefined;
  if (opts.tmCpu !== undefined) {
    cpu = Number(opts.tmCpu);
    if (!(cpu > 0))
      problems.push(flagProblem("--tm-cpu", opts.tmCpu, "a number of CPU cores greater than 0"));
  }
  if (opts.tmMemory !== undefined && !/^[1-9][0-9]*(Mi|Gi)$/.test(opts.tmMemory)) {
    problems.push(flagProblem("--tm-memory", opts.tmMemory, "a memory quantity such as 2048Mi or 4Gi"));
  }
  if (opts.size !== undefined && !(sizes as readonly string[]).includes(opts.size)) {
    problems.push(flagProblem("--size", opts.size, `one of ${sizes.join(", ")}`));
  }
  const k8sFlags: [string, unknown][] = [
    ["--task-managers", opts.taskManagers],
    ["--slots", opts.slots],
    ["--tm-cpu", opts.tmCpu],
    ["--tm-memory", opts.tmMemory],
    ["--size", opts.size],
  ];
  for (const [flag, value] of cloud ? k8sFlags : [["--max-cfu", opts.maxCfu] as [string, unknown]]) {
    if (value !== undefined) {
      problems.push(
        flagProblem(flag, value, cloud ? "not for a cloud stack (use --max-cfu)" : "only for cloud stacks"),
      );
    }
  }
  if ([...k8sFlags, ["--max-cfu", opts.maxCfu]].every(([, v]) => v === undefined)) {
    problems.push(
      flagProblem(
        "<flags>",
        undefined,
        "at least one of --task-managers, --slots, --tm-cpu, --tm-memory, --size, --max-cfu",
      ),
    );
  }
  if (problems.length > 0) throw new ConfigError(problems, "Invalid scale flags");

  const edits: StackEdit[] = [];
  if (opts.size !== undefined) edits.push({ path: ["flink-platform:size"], value: opts.size });
  const poolFields: [string[], unknown][] = [
    [["taskManagers"], tm],
    [["slots"], slots],
    [["taskManager", "cpu"], cpu],
    [["taskManager", "memory"], opts.tmMemory],
    [["maxCfu"], maxCfu],
  ];
  if (poolFields.some(([, v]) => v !== undefined)) {
    const poolsPath = cloud ? ["flink-platform:cloud", "pools"] : ["flink-platform:pools"];
    const index = findPoolIndex(text, opts.pool, poolsPath);
    for (const [field, value] of poolFields) {
      if (value !== undefined) edits.push({ path: [...poolsPath, index, ...field], value });
    }
  }
  return edits;
}

/**
 * The stack file after `edits`, checked with the schema and guardrails; the
 * file itself is not written (see {@link writeStackText}).
 */
export function editedStackText(
  project: PulumiProject,
  stack: string,
  edits: readonly StackEdit[],
): { before: string; after: string; warnings: string[] } {
  const file = stackFile(project, stack);
  const before = readStackText(project, stack);
  const after = editStackFile(before, edits);
  return { before, after, warnings: checkStackText(project, after, stackFileLabel(project, file)) };
}

/** Replaces the stack file atomically (temporary file and rename), so a crash never leaves half of it. */
export function writeStackText(project: PulumiProject, stack: string, text: string): void {
  writeFileAtomic(stackFile(project, stack), text);
}
