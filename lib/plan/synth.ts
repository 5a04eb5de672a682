import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { invokeFakes, resourceFakes } from "./fakes";
import { loadProject, loadStackConfig, PulumiProject } from "./project";
import { applyOrder, installRecordingMocks, PlanResource } from "./recorder";

/** The offline plan of a stack: what `pulumi up` would register. */
export interface Plan {
  stack: string;
  project: string;
  resources: PlanResource[];
}

export interface SynthOptions {
  /** Directory of `Pulumi.yaml`. @default the current directory */
  readonly projectDir?: string;
}

let synthesized = false;

/**
 * Runs the project's real program for `stack` under Pulumi's mocks and returns
 * the plan. No CLI, cluster or credentials. The Pulumi runtime is process-global,
 * so this runs once per process (the CLI is one process per command).
 */
export async function synthStack(stack: string, options: SynthOptions = {}): Promise<Plan> {
  if (synthesized) throw new Error("synthStack runs once per process: Pulumi's runtime state is global");
  synthesized = true;
  const project = loadProject(path.resolve(options.projectDir ?? process.cwd()));
  const config = loadStackConfig(project, stack);
  const recorded = installRecordingMocks({ project: project.name, stack, resourceFakes, invokeFakes });
  pulumi.runtime.setAllConfig(config.values, config.secretKeys);

  const failures: unknown[] = [];
  const onRejection = (err: unknown) => failures.push(err);
  process.on("unhandledRejection", onRejection);
  try {
    loadProgram(project);
    await pulumi.runtime.disconnect();
  } finally {
    process.off("unhandledRejection", onRejection);
  }
  if (failures.length > 0) throw failures[0];
  return { stack, project: project.name, resources: applyOrder(recorded) };
}

function loadProgram(project: PulumiProject): void {
  if (/\.[cm]?ts$/.test(project.main)) {
    // TypeScript programs load through tsx, as `pulumi up` loads them through ts-node.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require("tsx/cjs/api") as { register(): void }).register();
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(project.main);
}
