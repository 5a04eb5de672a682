// First: the lazy SDK and zod requires (./plan/lazy-sdk), before any command loads them.
import "./plan/lazy-sdk";
import * as path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { ConfigError } from "./core/errors";
import { registerAdvise } from "./plan/advise-command";
import { registerSettings, settingsChangesMarkdown } from "./plan/settings-cli";
import { registerEstimate } from "./plan/estimate-command";
import { registerChangedStacks } from "./plan/changed-stacks";
import { packageVersion } from "./plan/version";
import { projectDirOf } from "./plan/project-dir";
import { guardCommandStdout, printOut } from "./plan/command-stdout";
import { load } from "./plan/lazy-modules";

/**
 * The `flink-platform` command. Each subcommand is one process: offline
 * synth installs Pulumi's mocks, which are process-global, so a command that
 * compares plans (`diff`, `scale`) synthesizes one of them in its own process
 * and the other in a child.
 *
 * A command loads only the modules it uses (lib/plan/lazy-modules.ts).
 */

/** Exit code a command asks for (diff: 2 when there are replacements or state risks). */
let requestedExit = 0;

/**
 * Checks a stack argument before any file is touched: the name follows
 * Pulumi's rule, its stack file resolves inside the project's stack folder
 * and exists ("Unknown stack" otherwise, as synth says). Returns the stack
 * file's path.
 */
function checkedStack(program: Command, stack: string, flag = "<stack>"): string {
  load.stackName().checkStackName(stack, flag);
  const { existingStackFile, loadProject } = load.project();
  return existingStackFile(loadProject(projectDirOf(program)), stack, flag);
}

function printWarnings(warnings: readonly string[]): void {
  for (const w of warnings) console.error(`warning: ${w}`);
}

export function buildProgram(): Command {
  const program = new Command("flink-platform")
    .description("Bring up and scale Apache Flink platforms from reviewed stack config.")
    .option("-C, --project-dir <dir>", "directory of Pulumi.yaml", ".")
    .version(packageVersion(), "-V, --version", "print the version of flink-platform")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("synth")
    .description(
      "run the stack program offline under Pulumi's mocks and write plan.json, manifests/ and helm/",
    )
    .argument("<stack>", "stack name (stacks/Pulumi.<stack>.yaml)")
    .option("-o, --out <dir>", "output directory (default: out/<stack>)")
    // Internal (the synths of diff and scale, which read only the plan): see WritePlanOptions.planOnly.
    .addOption(new Option("--plan-only", "write plan.json only").hideHelp())
    .action(async (stack: string, opts: { out?: string; planOnly?: boolean }) => {
      const projectDir = projectDirOf(program);
      checkedStack(program, stack);
      const out = opts.out ?? path.join(projectDir, "out", stack);
      // Refused before the program runs: a wrong --out costs nothing and writes nothing.
      load.outDir().checkOutDir(out, { projectDir, flag: "--out" });
      const plan = await load.synth().synthStack(stack, { projectDir });
      const { summarize, writePlan } = load.write();
      const written = await writePlan(plan, out, { projectDir, flag: "--out", planOnly: opts.planOnly });
      console.log(summarize(plan));
      console.log(
        `wrote ${path.relative(process.cwd(), path.resolve(out)) || "."}: plan.json, ${written.manifests} manifests, ${written.helmReleases} Helm releases`,
      );
    });

  program
    .command("check")
    .description(
      "validate stacks/Pulumi.<stack>.yaml as pulumi up and synth would (config, secrets, statement files, guardrails) without running the program; writes nothing",
    )
    .argument("<stack>", "stack name")
    .action((stack: string) => {
      const file = checkedStack(program, stack);
      const { loadProject, readStackText, stackFileLabel } = load.project();
      const project = loadProject(projectDirOf(program));
      const text = readStackText(project, stack);
      printWarnings(load.stackOps().checkStackText(project, text, stackFileLabel(project, file)));
      console.log(`ok: ${stack}`);
    });

  program
    .command("scale")
    .description(
      "change a pool's capacity in stacks/Pulumi.<stack>.yaml (comments kept) and print the plan diff",
    )
    .argument("<stack>", "stack name")
    .option("--pool <name>", "pool to scale (may be omitted when the stack has one pool)")
    .option("--task-managers <n>", "TaskManagers of the pool")
    .option("--slots <n>", "task slots per TaskManager (restarts TaskManagers)")
    .option("--tm-cpu <cores>", "CPU per TaskManager")
    .option("--tm-memory <quantity>", "memory per TaskManager, e.g. 4Gi")
    .option("--max-cfu <n>", "CFU ceiling of a Confluent Cloud pool")
    .option("--size <S|M|L>", "T-shirt size of the environment")
    .action(async (stack: string, opts: Record<string, string | undefined>) => {
      const projectDir = projectDirOf(program);
      const file = checkedStack(program, stack);
      const { loadProject, readStackText, stackFileLabel } = load.project();
      const project = loadProject(projectDir);
      const label = stackFileLabel(project, file);
      // Both plans first: a failed synth leaves the file untouched. The plan before starts
      // at once; the edit is made and validated beside it: an invalid result stops that
      // synth and exits 1 with the file untouched.
      const { before, after, edited } = await load.scalePlans().scalePlans(projectDir, stack, () => {
        const { editedStackText, scaleEdits } = load.stackOps();
        const text = readStackText(project, stack);
        const checked = editedStackText(project, stack, scaleEdits(project, text, opts, label));
        printWarnings(checked.warnings);
        return checked.after;
      });
      const { diffPlans, refuseRefusedChanges } = load.diff();
      const { renderText } = load.diffRender();
      const diff = diffPlans(before, after, "before scale");
      // So does a change the target would reject (a PVC shrink, a smaller Max CFU).
      refuseRefusedChanges(diff, opts);
      load.stackOps().writeStackText(project, stack, edited);
      printOut(renderText(diff));
      printOut(`\nedited ${label}; roll back with git checkout or git revert.`);
    });

  program
    .command("diff")
    .description("compare the stack's offline plan at a git ref with the working tree")
    .argument("<stack>", "stack name")
    .option("--base <ref>", "git ref to compare against", "HEAD")
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text"),
    )
    .action(async (stack: string, opts: { base: string; format: "text" | "markdown" | "json" }) => {
      const projectDir = projectDirOf(program);
      // --base names one commit for the whole command, resolved once: the base's plan, the check that the
      // stack was deleted and the settings section read that commit even if the ref moves meanwhile.
      const { checkBaseRef, stackDeletedSince } = load.baseRef();
      let checked: ReturnType<typeof checkBaseRef> | undefined;
      const base = () => (checked ??= checkBaseRef(projectDir, opts.base));
      const deleted = stackDeletedSince(projectDir, stack, base);
      if (!deleted) checkedStack(program, stack);
      // The synths start first; this command's modules load beside the base's.
      const { before, after } = await load.basePlan().plansAgainstRef(projectDir, stack, opts.base, {
        checked: base(),
        alongside: () => {
          load.diff();
          load.diffRender();
        },
      });
      const { diffPlans, exitCode } = load.diff();
      const { renderJson, renderMarkdown, renderText } = load.diffRender();
      // The warnings of the working tree's stack: what its program logged, as synth prints them. For the
      // shipped program, the guardrail warnings check and scale compute (one derivation, lib/core/derive.ts).
      // A deleted stack has none.
      const diff = diffPlans(before, after, opts.base, after.warnings ?? []);
      const render = {
        text: renderText,
        json: renderJson,
        markdown: (d: typeof diff) =>
          renderMarkdown(
            d,
            load.graph().renderGraph(after),
            deleted ? undefined : settingsChangesMarkdown(projectDir, stack, base().commit),
          ),
      };
      printOut(render[opts.format](diff));
      requestedExit = exitCode(diff);
    });

  registerEstimate(program, {
    checkedStack: (s, f) => checkedStack(program, s, f),
    projectDir: () => projectDirOf(program),
    printWarnings,
  });

  registerChangedStacks(program, () => projectDirOf(program));

  program
    .command("graph")
    .description("print a Mermaid layer diagram of the stack's offline plan")
    .argument("<stack>", "stack name")
    .action(async (stack: string) => {
      checkedStack(program, stack);
      const plan = await load.synth().synthStack(stack, { projectDir: projectDirOf(program) });
      // renderGraph ends its last line itself.
      process.stdout.write(load.graph().renderGraph(plan));
    });

  registerAdvise(program);

  registerSettings(program);
  return program;
}

/** Entry point; returns the exit code. User mistakes never print a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  requestedExit = 0;
  // The stack trace of an unexpected error, through the program's bundle too
  // (npm run build writes its source map): read at load, so set before it.
  if (process.env.FLINK_PLATFORM_DEBUG) process.setSourceMapsEnabled(true);
  const unguardStdout = guardCommandStdout();
  try {
    await buildProgram().parseAsync([...argv]);
    return requestedExit;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (ConfigError.isConfigError(err)) {
      console.error((err as Error).message);
      return 1;
    }
    console.error(
      process.env.FLINK_PLATFORM_DEBUG ? err : `error: ${(err as Error)?.message ?? String(err)}`,
    );
    return 1;
  } finally {
    unguardStdout();
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => process.exit(code));
}
