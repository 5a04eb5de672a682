import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigError } from "../core/errors";
import { sqlFileRule } from "../core/files";
import { maxYamlFileBytes, readYamlFile, toYaml } from "../core/yaml";
import { bundlerAvailable, bundleProgram } from "./bundle";
import { git, gitOutput, readBlobs, zList } from "./git";
import { loadProject, PulumiProject, stackFile } from "./project";
import { checkBaseRef, type CheckedRef, stackDeletedSince } from "./base-ref";
import { withCleanUp } from "./clean-up";
import { checkStackName } from "./stack-name";
import { settledInOrder, synthInChild, SynthRunner, SynthTimeoutError } from "./synth-child";
import { synthInThisProcess } from "./synth-here";
import type { Plan } from "./synth";

/**
 * The two plans `diff` compares: the working tree's and the one at a git ref,
 * synthesized concurrently (the base in a child process, the working tree's
 * in this one: Pulumi's runtime is process-global). The base is synthesized the cheapest way that is still
 * the base's program on the base's config:
 *
 * - `stack-files`: only stack files changed between the ref and the working
 *   tree (`Pulumi.<stack>.yaml` in the stack folder, `.sql` statement files
 *   in the project: every scaling pull request). The program is the same, so
 *   the current one (its fresh build, when there is one) runs in a scratch
 *   project holding the ref's `Pulumi.yaml` config, stack file and `.sql` files,
 *   read from git with the size limits synth applies to the files themselves.
 * - `bundle`: anything else changed. A worktree at the ref, its program bundled
 *   once with esbuild (as `npm run build` bundles the shipped one) and run by
 *   this CLI, instead of transpiling every source file through tsx.
 * - `source`: no esbuild (an installed package): the worktree's program run by
 *   its own CLI (bin/flink-platform.js) when it has one.
 *
 * Any file that the fast path could not reproduce exactly (a symbolic link, a
 * submodule, a file over its size limit) sends the base through the worktree,
 * where synth checks and refuses it as it always did.
 */
export type BaseSynthPath = "stack-files" | "bundle" | "source";

export interface PlanPairOptions {
  /**
   * Runs each synth (a stand-in, in tests). @default the base in a child
   * process ({@link synthInChild}), the working tree's plan in this one
   * ({@link synthInThisProcess})
   */
  readonly synth?: SynthRunner;
  /** Where the chosen base path is reported; the default prints it under FLINK_PLATFORM_DEBUG. */
  readonly log?: (line: string) => void;
  /** How long the base synth may run before it is stopped. @default {@link baseSynthTimeoutMs} */
  readonly baseTimeoutMs?: number;
  /**
   * The caller's own work (`diff` loads its modules and checks the stack's
   * guardrails), run once the working tree's plan is in: the base's synth,
   * started first, may still run, and this takes the core the other one freed
   * instead of following both. Its error is thrown after the plans' own.
   */
  readonly alongside?: () => void;
  /**
   * `ref` as the caller already resolved it ({@link checkBaseRef}), so that
   * its other reads of the base take the same commit. @default resolved here
   */
  readonly checked?: CheckedRef;
}

/** The environment variable that sets the base synth's time limit, in seconds. */
const baseTimeoutVariable = "FLINK_PLATFORM_BASE_SYNTH_TIMEOUT";
const defaultBaseTimeoutSeconds = 600;

/**
 * The base synth's time limit: {@link baseTimeoutVariable} (seconds), else
 * ten minutes. A base program that never exits (a promise that never
 * settles, a timer left running) would otherwise hang `diff`, and the CI job
 * running it, for good.
 */
export function baseSynthTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[baseTimeoutVariable];
  if (raw === undefined || raw === "") return defaultBaseTimeoutSeconds * 1000;
  const seconds = Number(raw);
  // At most a day: Node's setTimeout fires after 1 ms for a delay over 2^31 - 1 ms (about 24.8 days).
  if (!(Number.isFinite(seconds) && seconds > 0 && seconds <= 86_400)) {
    throw new ConfigError(
      [
        {
          path: baseTimeoutVariable,
          got: raw,
          allowed: "a number of seconds greater than 0 and at most 86400 (one day)",
        },
      ],
      "Invalid environment variable",
    );
  }
  return seconds * 1000;
}

/** `synth` with the base's time limit, its timeout named by the stack and ref. */
function timedBaseSynth(synth: SynthRunner, stack: string, ref: string, timeoutMs: number): SynthRunner {
  return async (request) => {
    try {
      return await synth({ ...request, timeoutMs });
    } catch (err) {
      if (!(err instanceof SynthTimeoutError)) throw err;
      throw new Error(
        `the base synth of stack ${stack} at ${ref} did not finish within ${timeoutMs / 1000} s and was stopped: its program may never exit (a promise that never settles, a timer or connection left open). ${baseTimeoutVariable} sets the limit in seconds (default ${defaultBaseTimeoutSeconds}).`,
      );
    }
  };
}

const debugLog = (line: string): void => {
  if (process.env.FLINK_PLATFORM_DEBUG) console.error(line);
};

const posix = (p: string) => p.split(path.sep).join("/");

/** Inside `dir` (repository-relative, posix, "" for the top): the path below it, else undefined. */
function below(dir: string, file: string): string | undefined {
  if (dir === "") return file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : undefined;
}

/** What the stack files of a project are, as repository-relative paths. */
interface StackAssets {
  /** The project, relative to the repository top ("" when it is the top). */
  readonly projectRel: string;
  /** The stack folder, relative to the project ("" when it is the project). */
  readonly stackDirRel: string;
}

function stackAssets(top: string, project: PulumiProject): StackAssets {
  return {
    projectRel: posix(path.relative(top, project.dir)),
    stackDirRel: posix(path.relative(project.dir, project.stackConfigDir)),
  };
}

/** A stack file: `Pulumi.<name>.yaml` in the stack folder, or a `.sql` statement file in the project. */
function isStackAsset(assets: StackAssets, file: string): boolean {
  const rel = below(assets.projectRel, file);
  if (rel === undefined) return false;
  if (rel.endsWith(".sql")) return true;
  const inStackDir = assets.stackDirRel === "" ? rel : below(assets.stackDirRel, rel);
  return inStackDir !== undefined && /^Pulumi\.[^/]+\.yaml$/.test(inStackDir);
}

/** Files that differ between `commit` (an object id) and the working tree: tracked changes and untracked files. */
async function changedFiles(top: string, commit: string): Promise<string[]> {
  const lists = await settledInOrder([
    gitOutput(top, ["diff", "--name-only", "--no-renames", "-z", commit, "--"]),
    gitOutput(top, ["ls-files", "--others", "--exclude-standard", "-z"]),
  ]);
  return lists.flatMap(zList);
}

interface TreeEntry {
  mode: string;
  object: string;
  /** Repository-relative. */
  file: string;
}

/** The files under `dir` at `commit` (no sizes: `-l` reads every blob's header; readBlobs checks the few read). */
async function treeAt(top: string, commit: string, dir: string): Promise<TreeEntry[]> {
  const out = await gitOutput(top, ["ls-tree", "-r", "-z", commit, "--", dir === "" ? "." : dir]);
  return zList(out).map((line) => {
    const tab = line.indexOf("\t");
    const [mode, , object] = line.slice(0, tab).split(/ +/);
    return { mode, object, file: line.slice(tab + 1) };
  });
}

/**
 * The base project as the `stack-files` path builds it in `dir` from the
 * project's files at the ref (`entries`): the ref's stack file and `.sql`
 * files, and `Pulumi.yaml` running `program`. Undefined when the fast path
 * cannot stand in for a checkout (see {@link BaseSynthPath}); `"absent"` when
 * the stack has no file at the ref.
 */
async function writeStackFilesProject(
  top: string,
  entries: readonly TreeEntry[],
  project: PulumiProject,
  stack: string,
  dir: string,
): Promise<"written" | "absent" | undefined> {
  const assets = stackAssets(top, project);
  // A link or submodule in the project (it may hide a stack or statement file): only a checkout
  // resolves it as synth would. The program's entry may be one: the current program runs anyway.
  const mainRel = posix(path.relative(project.dir, project.main));
  const special = (e: TreeEntry) => e.mode !== "100644" && e.mode !== "100755";
  if (entries.some((e) => special(e) && below(assets.projectRel, e.file) !== mainRel)) return undefined;
  const stackRel = posix(path.join(assets.stackDirRel, `Pulumi.${stack}.yaml`));
  const wanted = entries.filter((e) => {
    const rel = below(assets.projectRel, e.file)!;
    return rel === stackRel || rel.endsWith(".sql");
  });
  if (!wanted.some((e) => below(assets.projectRel, e.file) === stackRel)) return "absent";
  const limit = (rel: string) => (rel === stackRel ? maxYamlFileBytes : sqlFileRule.maxBytes);
  const rels = wanted.map((e) => below(assets.projectRel, e.file)!);
  const blobs = await readBlobs(
    top,
    wanted.map((e) => e.object),
    rels.map(limit),
  );
  if (blobs === undefined) return undefined;
  rels.forEach((rel, i) => {
    const target = path.join(dir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, blobs[i]);
  });
  writeProjectFile(project, dir, project.main);
  return "written";
}

/** `Pulumi.yaml` of `project` (read as synth reads it) into `dir`, running the program `main`. */
function writeProjectFile(project: PulumiProject, dir: string, main: string): void {
  const doc = (readYamlFile(path.join(project.dir, "Pulumi.yaml"), "Pulumi.yaml") ?? {}) as object;
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), toYaml({ ...doc, main }));
}

/** The base plan from a worktree at `ref`, `checked` (the `bundle` and `source` paths). */
async function planFromWorktree(
  { top, commit }: CheckedRef,
  projectDir: string,
  stack: string,
  ref: string,
  synth: SynthRunner,
  log: (line: string) => void,
  started: () => void,
): Promise<Plan | undefined> {
  // Absolute: a synth in this process changes the working directory while it runs.
  const tree = fs.mkdtempSync(path.join(path.resolve(os.tmpdir()), "flink-platform-base-"));
  git(top, ["worktree", "add", "--detach", "--force", tree, commit]);
  return withCleanUp(
    () => git(top, ["worktree", "remove", "--force", tree]),
    async () => {
      const baseProject = path.join(tree, path.relative(top, projectDir));
      const project = loadProject(baseProject);
      if (!fs.existsSync(stackFile(project, stack))) return undefined;
      const modules = path.join(top, "node_modules");
      if (fs.existsSync(modules) && !fs.existsSync(path.join(tree, "node_modules"))) {
        fs.symlinkSync(modules, path.join(tree, "node_modules"), "dir");
      }
      if (bundlerAvailable()) {
        log(`diff: base synth bundles the program at ${ref} (files other than stack files changed)`);
        // Next to the entry, so that its own relative requires and node_modules resolve as before.
        const bundle = path.join(path.dirname(project.main), ".flink-platform-base.js");
        // esbuild bundles in a process of its own: the working tree's synth may start beside it.
        started();
        await bundleProgram(project.main, bundle);
        writeProjectFile(project, baseProject, bundle);
        return await synth({ projectDir: baseProject, stack });
      }
      log(`diff: base synth runs the program at ${ref} from its sources (no esbuild)`);
      const baseBin = path.join(tree, "bin", "flink-platform.js");
      return await synth({
        projectDir: baseProject,
        stack,
        bin: fs.existsSync(baseBin) ? baseBin : undefined,
      });
    },
  );
}

/**
 * The plan of `stack` as it was at git `ref`, `checked` (see {@link BaseSynthPath}).
 * Undefined when the stack did not exist there (everything is a create).
 */
async function baseAt(
  { top, commit }: CheckedRef,
  projectDir: string,
  stack: string,
  ref: string,
  options: PlanPairOptions,
  started: () => void = () => {},
): Promise<Plan | undefined> {
  const timeoutMs = options.baseTimeoutMs ?? baseSynthTimeoutMs();
  const timed = timedBaseSynth(options.synth ?? synthInChild, stack, ref, timeoutMs);
  // A synth child is spawned when its runner is called: `started` right after, whichever path calls it.
  const synth: SynthRunner = (request) => {
    const plan = timed(request);
    started();
    return plan;
  };
  const log = options.log ?? debugLog;
  const project = loadProject(projectDir);
  const assets = stackAssets(top, project);
  // Side by side: the fast path needs both, and git's start-up is most of what each costs.
  const [changed, entries] = await settledInOrder([
    changedFiles(top, commit),
    treeAt(top, commit, assets.projectRel),
  ]);
  if (changed.every((f) => isStackAsset(assets, f))) {
    const dir = fs.mkdtempSync(path.join(path.resolve(os.tmpdir()), "flink-platform-base-"));
    const base = await withCleanUp(
      () => fs.rmSync(dir, { recursive: true, force: true }),
      async () => {
        const written = await writeStackFilesProject(top, entries, project, stack, dir);
        if (written === "absent") return { plan: undefined };
        if (written !== "written") return undefined;
        log(
          `diff: base synth runs the current program on the stack files at ${ref} (only stack files changed)`,
        );
        return { plan: await synth({ projectDir: dir, stack }) };
      },
    );
    if (base !== undefined) return base.plan;
  }
  return planFromWorktree({ top, commit }, projectDir, stack, ref, synth, log, started);
}

/**
 * The working tree's plan (`after`) and the plan at `ref` (`before`),
 * synthesized concurrently. Errors as if run one after the other: the
 * working tree's first.
 */
export async function plansAgainstRef(
  projectDir: string,
  stack: string,
  ref: string,
  options: PlanPairOptions = {},
): Promise<{ before: Plan | undefined; after: Plan }> {
  checkStackName(stack);
  // Checked once: every step below takes the top folder and the commit it answered.
  const checked = options.checked ?? checkBaseRef(projectDir, ref);
  // A bad limit is refused before anything runs.
  options = { ...options, baseTimeoutMs: options.baseTimeoutMs ?? baseSynthTimeoutMs() };
  if (stackDeletedSince(projectDir, stack, () => checked)) {
    // Deleted here: nothing remains, so every resource of the base plan goes.
    const before = await baseAt(checked, projectDir, stack, ref, options);
    if (before !== undefined) {
      options.alongside?.();
      // Nothing remains, its warnings neither.
      return { before, after: { stack: before.stack, project: before.project, resources: [] } };
    }
  }
  // The working tree's plan is synthesized in this process, whose event loop its program holds
  // while it runs: it starts once the base's synth child is spawned (or its program is being
  // bundled, or there is no base to synthesize), so the base never waits for it to start.
  let baseStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => (baseStarted = resolve));
  const base = baseAt(checked, projectDir, stack, ref, options, baseStarted);
  base.then(baseStarted, baseStarted);
  const head = started.then(() => (options.synth ?? synthInThisProcess)({ projectDir, stack }));
  const [after, before] = await settledInOrder([head, base, head.then(() => options.alongside?.())]);
  return { before, after };
}
