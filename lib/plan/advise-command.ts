import { Command, Option } from "commander";
import type * as AdviseModule from "./advise";
import { scaleCommand } from "./advise-render";
import { printOut } from "./command-stdout";
import { load } from "./lazy-modules";
import { projectDirOf } from "./project-dir";

/**
 * The `advise` command's registration. The command's modules (stack config,
 * HTTP, rules) load on first use, as the CLI's other commands do (./lazy-modules), so
 * registering it costs the other commands nothing.
 */

/** Adds `advise` to the CLI; `--apply` runs the CLI's own `scale` command. */
export function registerAdvise(program: Command): void {
  program
    .command("advise")
    .description(
      "read a pool's metrics (Prometheus, or the Confluent Cloud Metrics API), diagnose TaskManagers vs slots vs CFU as the scaling recipe does, and print the scale command",
    )
    .argument("<stack>", "stack name")
    .option("--prometheus <url>", "Prometheus HTTP API base URL (Kubernetes stacks)")
    .option(
      "--metrics-api <url>",
      `Confluent Cloud Metrics API base URL (cloud stacks; key in CONFLUENT_CLOUD_API_KEY/_SECRET)`,
      undefined,
    )
    .option("--pool-id <id>", "Confluent Cloud compute pool id, lfcp-... (cloud stacks)")
    .option("--pool <name>", "pool to advise on (default: every pool of the stack)")
    .option("--window <duration>", "how far back to read, e.g. 30m or 2h", "30m")
    .option("--until <time>", "end of the window (RFC 3339 or Unix seconds; default now)")
    .option("--since <time>", "compare the window before this change with the latest window")
    .option("--apply", "run the proposed scale command (the guardrails and classified diff of scale)")
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text"),
    )
    .action(async (stack: string, opts: AdviseModule.AdviseOptions) => {
      const projectDir = projectDirOf(program);
      const result = await load.advise().advise(projectDir, stack, opts);
      printOut(result.output);
      if (!opts.apply) return;
      if (result.apply === undefined) {
        printOut("\nnothing to apply: no change proposed");
        return;
      }
      const scale = program.commands.find((c) => c.name() === "scale");
      if (scale === undefined) throw new Error("advise --apply: the scale command is not registered");
      const flags = Object.entries(result.apply.flags).flatMap(([f, v]) => [f, String(v)]);
      printOut(`\napplying: ${scaleCommand(stack, result.apply.pool, result.apply.flags)}\n`);
      await scale.parseAsync([stack, "--pool", result.apply.pool, ...flags], { from: "user" });
    });
}
