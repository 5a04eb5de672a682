import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { ConfigError } from "./config/errors";
import { summarize, synthStack, writePlan } from "./plan";

/**
 * The `flink-platform` command. Each subcommand is one process: offline
 * synth installs Pulumi's mocks, which are process-global.
 */
export function buildProgram(): Command {
  const program = new Command("flink-platform")
    .description("Bring up and scale Apache Flink platforms from reviewed stack config.")
    .option("-C, --project-dir <dir>", "directory of Pulumi.yaml", ".")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("synth")
    .description(
      "run the stack program offline under Pulumi's mocks and write plan.json, manifests/ and helm/",
    )
    .argument("<stack>", "stack name (stacks/Pulumi.<stack>.yaml)")
    .option("-o, --out <dir>", "output directory (default: out/<stack>)")
    .action(async (stack: string, opts: { out?: string }) => {
      const projectDir = path.resolve(program.opts<{ projectDir: string }>().projectDir);
      const plan = await synthStack(stack, { projectDir });
      const out = path.resolve(opts.out ?? path.join(projectDir, "out", stack));
      const written = writePlan(plan, out);
      console.log(summarize(plan));
      console.log(
        `wrote ${path.relative(process.cwd(), out) || "."}: plan.json, ${written.manifests} manifests, ${written.helmReleases} Helm releases`,
      );
    });

  return program;
}

/** Entry point; returns the exit code. User mistakes never print a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return 0;
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
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => process.exit(code));
}
