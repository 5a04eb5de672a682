import { spawnSync } from "node:child_process";
import { Command, Option } from "commander";
import { load } from "./lazy-modules";
import type { PulumiProject } from "./project";
import type { EffectiveSettings } from "./settings";
import { projectDirOf } from "./project-dir";

/**
 * `flink-platform settings`: the effective settings of a stack's pools and
 * applications, and the section the PR comment (`diff --format markdown`)
 * shows for the ones a change touches. Modules load on first use, like the
 * other commands' (./lazy-modules): registering the command costs nothing.
 */

type Format = "text" | "json" | "markdown";

/** The effective settings of `stack` in the project at `projectDir`, as its stack file says now. */
function currentSettings(projectDir: string, stack: string) {
  load.stackName().checkStackName(stack);
  const { existingStackFile, loadProject, readStackText } = load.project();
  const project = loadProject(projectDir);
  existingStackFile(project, stack);
  return {
    project,
    settings: load.settings().settingsFromText(project, stack, readStackText(project, stack)),
  };
}

/** Registers `settings <stack> [--format text|json|markdown] [--pool NAME]` on the CLI. */
export function registerSettings(program: Command): void {
  program
    .command("settings")
    .description(
      "print the settings each pool and application really runs with, after every default and override is merged",
    )
    .argument("<stack>", "stack name")
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text"),
    )
    .option("--pool <name>", "only this pool and the applications on it")
    .action((stack: string, opts: { format: Format; pool?: string }) => {
      const projectDir = projectDirOf(program);
      const { settings } = currentSettings(projectDir, stack);
      const shown = load.settings().onlyPool(settings, opts.pool);
      const r = load.settingsRender();
      const render = {
        text: r.renderSettingsText,
        json: r.renderSettingsJson,
        markdown: r.renderSettingsMarkdown,
      };
      process.stdout.write(render[opts.format](shown));
    });
}

/** The stack file's text at `commit` (an object id), or undefined when it is not there. */
function stackTextAtRef(project: PulumiProject, file: string, commit: string): string | undefined {
  // `./`: a path from git's working folder, the project's.
  const rel = `./${load.project().stackFileLabel(project, file)}`;
  // `--end-of-options`: whatever it is given is a revision, never an option that writes a file.
  const run = spawnSync("git", ["show", "--end-of-options", `${commit}:${rel}`], {
    cwd: project.dir,
    maxBuffer: load.yaml().maxYamlFileBytes,
  });
  return run.status === 0 ? run.stdout.toString("utf8") : undefined;
}

/**
 * The PR comment's settings section: the pools and applications whose
 * effective settings differ between the stack file at `commit` (diff's
 * `--base`, as its plan was read: an object id, so the ref cannot have moved
 * in between) and now (the current project defaults apply to both). Empty
 * when none differ; a base that is absent or no longer valid counts as no
 * settings before.
 */
export function settingsChangesMarkdown(projectDir: string, stack: string, commit: string): string {
  const { project, settings } = currentSettings(projectDir, stack);
  const { settingsFromText } = load.settings();
  const text = stackTextAtRef(project, load.project().stackFile(project, stack), commit);
  let before: EffectiveSettings | undefined;
  try {
    before = text === undefined ? undefined : settingsFromText(project, stack, text);
  } catch {
    before = undefined;
  }
  const { renderSettingsChanges, settingsChanges } = load.settingsRender();
  return renderSettingsChanges(settingsChanges(before, settings));
}
