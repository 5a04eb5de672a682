import * as fs from "node:fs";
import * as path from "node:path";
import { toYaml } from "../core/yaml";
import { checkOutDir, installOutput, OUT_MARKER, reserveSibling } from "./out-dir";
import { outputPaths, type OutputPaths } from "./output-paths";
import type { Plan } from "./synth";
import type { PlanResource } from "./recorder";

/** Pulumi types that are whole Kubernetes objects (not Helm releases or YAML groups). */
export function isKubernetesObject(r: PlanResource): boolean {
  return (
    r.type.startsWith("kubernetes:") &&
    !r.type.startsWith("kubernetes:helm.sh/") &&
    !r.type.startsWith("kubernetes:yaml/") &&
    typeof r.inputs.kind === "string" &&
    typeof r.inputs.apiVersion === "string"
  );
}

export function isHelmRelease(r: PlanResource): boolean {
  return r.type === "kubernetes:helm.sh/v3:Release";
}

/**
 * Where {@link writePlan} writes each object and release of `plan`; throws the
 * ConfigError of a plan whose files would clash (output-paths.ts). Also what
 * a synth that writes nothing (`scale`'s plan after) checks, so it refuses
 * what synth refuses.
 */
export function planOutputPaths(plan: Plan): OutputPaths {
  return outputPaths(plan.resources.filter(isKubernetesObject), plan.resources.filter(isHelmRelease));
}

/** A manifest as registered: apiVersion, kind, metadata first, then the rest. */
export function manifestOf(r: PlanResource): Record<string, unknown> {
  const { apiVersion, kind, metadata, ...rest } = r.inputs;
  return { apiVersion, kind, metadata, ...rest };
}

/** What {@link writePlan} wrote. */
export interface WrittenPlan {
  /** The output folder. */
  readonly dir: string;
  /** Number of files in `manifests/`, its providers' folders included. */
  readonly manifests: number;
  /** Number of files in `helm/`, its providers' folders included. */
  readonly helmReleases: number;
}

/** Where {@link writePlan} may write (see `checkOutDir`). */
export interface WritePlanOptions {
  /** The project folder: the output may be neither it nor a folder above it. */
  readonly projectDir?: string;
  /** Name of `dir` in error messages (the CLI passes `--out`). @default "dir" */
  readonly flag?: string;
  /**
   * Only `plan.json` (and the marker): the synths of `diff` and `scale` read
   * nothing else, and rendering every manifest as YAML was about a tenth of a
   * small synth. Every path is still computed and checked (lib/plan/output-paths.ts),
   * so what a full write refuses is refused here too. @default false
   */
  readonly planOnly?: boolean;
}

/**
 * Writes `plan.json`, `manifests/` (one kubectl-applyable YAML per object, in
 * apply order), `helm/` (one file per release) and the marker
 * `.flink-platform-synth`; output is byte-identical for the same plan. What
 * was registered through an explicit Kubernetes provider goes to that
 * provider's folder in `manifests/` and `helm/` (./output-paths); only a plan
 * as `synthStack` returns it knows its providers, not one read back
 * from plan.json.
 *
 * `dir` is checked first (`checkOutDir`): it must be new, empty, or an
 * earlier synth output, which is replaced whole so stale files never linger.
 * Anything else is refused with nothing written. The files go to a hidden
 * sibling folder renamed into place at the end, so `dir` always holds one
 * whole output, even with several synths writing to it at once.
 *
 * Each file is written as soon as it is rendered, so a plan with thousands
 * of objects never holds all of its text at once (synchronous writes of
 * small files also measured faster than queueing them on libuv's pool).
 */
export async function writePlan(
  plan: Plan,
  dir: string,
  options: WritePlanOptions = {},
): Promise<WrittenPlan> {
  const target = checkOutDir(dir, options);
  // Every path first: a plan refused for its paths writes nothing, planOnly or not.
  const paths = planOutputPaths(plan);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = reserveSibling(target, "new");
  // "wx": a file is never written twice, whatever the names.
  const folders = new Set<string>();
  const write = (file: string, text: string) => {
    const folder = path.dirname(path.join(staging, file));
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.writeFileSync(path.join(staging, file), text, { flag: "wx" });
  };
  try {
    fs.mkdirSync(path.join(staging, "manifests"));
    fs.mkdirSync(path.join(staging, "helm"));
    write("plan.json", JSON.stringify(plan, null, 2) + "\n");
    for (const { resource, file } of options.planOnly ? [] : paths.manifests) {
      write(path.join("manifests", file), toYaml(manifestOf(resource)));
    }
    for (const { resource, file } of options.planOnly ? [] : paths.helm) {
      const i = resource.inputs as Record<string, unknown> & { repositoryOpts?: { repo?: string } };
      const doc = {
        release: i.name,
        chart: i.chart,
        repo: i.repositoryOpts?.repo,
        version: i.version,
        namespace: i.namespace,
        values: i.values ?? {},
      };
      write(path.join("helm", file), toYaml(doc));
    }
    write(OUT_MARKER, JSON.stringify({ tool: "flink-platform", stack: plan.stack }) + "\n");
    installOutput(staging, target, { ...options, given: dir });
    const written = options.planOnly
      ? { manifests: 0, helmReleases: 0 }
      : { manifests: paths.manifests.length, helmReleases: paths.helm.length };
    return { dir, ...written };
  } finally {
    // Gone once renamed into place; removed here when anything failed.
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** One-line-per-type summary, for the terminal. */
export function summarize(plan: Plan): string {
  const counts = new Map<string, number>();
  for (const r of plan.resources) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([t]) => t.length));
  return [
    `${plan.resources.length} resources in stack ${plan.stack}:`,
    ...rows.map(([t, n]) => `  ${t.padEnd(width)}  ${n}`),
  ].join("\n");
}
