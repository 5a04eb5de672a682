import "./lazy-sdk";
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { withOfflineClosures } from "./closures";
import { invokeFakes, resourceFakes } from "./fakes";
import {
  existingStackFile,
  loadProject,
  loadStackConfig,
  PulumiProject,
  stackConfigFromText,
  stackFileLabel,
} from "./project";
import { applyOrder, installRecordingMocks, PlanResource } from "./recorder";
import { withoutPromiseStackTraces } from "./stack-traces";

/** The offline plan of a stack: what `pulumi up` would register. */
export interface Plan {
  /** Stack name. */
  stack: string;
  /** Pulumi project name (`Pulumi.yaml` `name`). */
  project: string;
  /** Every registered resource, in apply order. */
  resources: PlanResource[];
  /**
   * What the program logged with `pulumi.log.warn`, in order; absent when it
   * logged nothing. For the shipped program these are the guardrail warnings
   * (the ones `check` and `scale` compute from the config); a program of
   * one's own adds its own, and the SDK's (a deprecated option). Recorded
   * from the SDK that synth runs: a program that loads a second copy of its
   * own still prints through it, unrecorded. `diff` shows the head plan's.
   */
  warnings?: string[];
}

/** Options of {@link synthStack}. */
export interface SynthOptions {
  /** Directory of `Pulumi.yaml`. @default the current directory */
  readonly projectDir?: string;
  /**
   * The text of the stack's config file to synthesize instead of its
   * `Pulumi.<stack>.yaml`, which must still exist (`scale` synthesizes an
   * edit before writing it). Parsed as the stack file is (bounded), and named
   * as the stack file in errors. @default the stack file's text
   */
  readonly stackText?: string;
}

let synthesized = false;

/**
 * Runs the project's real program for `stack` under Pulumi's mocks and returns
 * the plan. No CLI, cluster or credentials. The Pulumi runtime is process-global,
 * so this runs once per process (the CLI is one process per command).
 */
export async function synthStack(stack: string, options: SynthOptions = {}): Promise<Plan> {
  const project = loadProject(path.resolve(options.projectDir ?? process.cwd()));
  const config =
    options.stackText === undefined
      ? loadStackConfig(project, stack)
      : stackConfigFromText(
          project,
          options.stackText,
          stackFileLabel(project, existingStackFile(project, stack)),
        );
  // Only from here on is Pulumi's runtime touched: a project or stack file
  // refused above leaves the process as it found it, whether or not a program
  // ran in it before.
  if (synthesized) throw new Error("synthStack runs once per process: Pulumi's runtime state is global");
  synthesized = true;
  const recorded = installRecordingMocks({ project: project.name, stack, resourceFakes, invokeFakes });
  pulumi.runtime.setAllConfig(config.values, config.secretKeys);

  const failures: unknown[] = [];
  const onRejection = (err: unknown) => failures.push(err);
  process.on("unhandledRejection", onRejection);
  // The program must not end the process it runs in (which also runs a command's other
  // work, and under `diff` and `scale` its other synth): process.exit and an exception
  // thrown from a callback fail the synth instead.
  let crash: (err: unknown) => void = () => {};
  const crashed = new Promise<never>((_, reject) => (crash = reject));
  process.on("uncaughtException", crash);
  const exit = process.exit;
  process.exit = ((code?: number | string | null) => {
    const err = new Error(
      `the program called process.exit(${code ?? ""}): offline synth needs it to return, or settle the promise it exports, instead`,
    );
    crash(err);
    throw err;
  }) as typeof process.exit;
  // Programs run with the project directory as cwd, as under `pulumi up`.
  const cwd = process.cwd();
  process.chdir(project.dir);
  const warnings: string[] = [];
  const stopRecordingWarnings = recordWarnings(warnings);
  try {
    // Around the race, not inside it: a program that crashes and never settles must not keep the
    // caller's process without stack traces.
    await withoutPromiseStackTraces(() =>
      Promise.race([
        withOfflineClosures(async () => {
          await runProgram(project);
          await pulumi.runtime.disconnect();
        }),
        crashed,
      ]),
    );
  } finally {
    stopRecordingWarnings();
    process.chdir(cwd);
    process.exit = exit;
    // One more turn first: a process.exit refused in a promise nobody awaits is an unhandled
    // rejection that Node reports only after this turn's promise callbacks.
    await new Promise((resolve) => setImmediate(resolve));
    process.off("uncaughtException", crash);
    process.off("unhandledRejection", onRejection);
  }
  if (failures.length > 0) throw failures[0];
  return {
    stack,
    project: project.name,
    resources: applyOrder(recorded),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/**
 * Adds every message the program logs with `pulumi.log.warn` to `into`, and
 * still lets the SDK print it (without an engine it prints
 * `warning: [runtime] <message>` on stderr, which is what synth shows).
 * Returns the undo.
 */
function recordWarnings(into: string[]): () => void {
  const log = pulumi.log as { warn: typeof pulumi.log.warn };
  const warn = log.warn;
  log.warn = (message, ...rest) => {
    into.push(message);
    return warn(message, ...rest);
  };
  return () => {
    log.warn = warn;
  };
}

/**
 * This package's folder, from Node's self-reference to its own name (its
 * package.json `exports` lists `./package.json`): the same answer from the
 * sources (lib/plan), the build (dist/lib/plan) and an installed copy, with
 * no walk up the folders. Undefined when this module runs outside the
 * package (e.g. bundled into another program).
 */
export function packageRoot(): string | undefined {
  try {
    return path.dirname(require.resolve("flink-platform/package.json"));
  } catch {
    return undefined;
  }
}

/** Helpers shipped in bin/ (plain JS, shared with the launcher). */
function binHelpers():
  { root: string; compiledTwin(root: string, file: string): string | undefined } | undefined {
  const root = packageRoot();
  if (root === undefined || !fs.existsSync(path.join(root, "bin", "freshness.js"))) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const helpers = require(path.join(root, "bin", "freshness.js")) as {
    compiledTwin(r: string, f: string): string | undefined;
  };
  return { root, compiledTwin: helpers.compiledTwin };
}

/**
 * Calls `fn` from a macrotask of its own. The SDK captures and parses the
 * whole call stack of every resource it registers (unlimited depth), so each
 * frame below the program is paid once per resource: the CLI's commander and
 * async frames, which V8 keeps in stack traces across `await`, made the
 * capture twice what a bare program pays.
 */
function onFreshStack<T>(fn: () => T): Promise<T> {
  return new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        resolve(fn());
      } catch (err) {
        reject(err);
      }
    }),
  );
}

/**
 * Runs the program as the Node.js language host does: requires it, calls the
 * export if it is a function, and awaits the result (a program may export a
 * promise of its outputs, or an async function).
 */
async function runProgram(project: PulumiProject): Promise<unknown> {
  let main = project.main;
  if (/\.[cm]?ts$/.test(main)) {
    // This package's own program runs compiled when the build is fresh (much
    // faster than transpiling); other TypeScript programs load through tsx, as
    // `pulumi up` loads them through ts-node.
    const helpers = binHelpers();
    const twin = helpers?.compiledTwin(helpers.root, main);
    if (twin) main = twin;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    else (require("tsx/cjs/api") as { register(): void }).register();
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = await onFreshStack(() => require(main) as unknown);
  return await (typeof exported === "function" ? onFreshStack(exported as () => unknown) : exported);
}
