import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";

export const projectRoot = path.resolve(__dirname, "..", "..");
export const cliBin = path.join(projectRoot, "bin", "flink-platform.js");

export interface SynthOutput {
  readonly dir: string;
  readonly plan: {
    resources: {
      type: string;
      name: string;
      protect: boolean;
      retainOnDelete: boolean;
      inputs: Record<string, unknown>;
    }[];
  };
  readonly manifests: Record<string, unknown>[];
  readonly helm: Record<string, unknown>[];
}

/** Shipped stacks (stacks/Pulumi.<stack>.yaml), sorted. */
export function shippedStacks(): string[] {
  return fs
    .readdirSync(path.join(projectRoot, "stacks"))
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/** Runs the real CLI synth for a stack into a temp dir and loads what it wrote. */
export function synthStackOutput(stack: string): SynthOutput {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `flink-platform-${stack}-`));
  const run = spawnSync(process.execPath, [cliBin, "synth", stack, "--out", dir], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`synth ${stack} failed: ${run.stderr}`);
  const read = (sub: string) =>
    fs
      .readdirSync(path.join(dir, sub))
      .sort()
      .map((f) => parse(fs.readFileSync(path.join(dir, sub, f), "utf8")) as Record<string, unknown>);
  return {
    dir,
    plan: JSON.parse(fs.readFileSync(path.join(dir, "plan.json"), "utf8")),
    manifests: read("manifests"),
    helm: read("helm"),
  };
}
