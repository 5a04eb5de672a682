import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError, ConfigProblem } from "../core/errors";
import { toYaml } from "../core/yaml";
import { checkOutDir, installOutput, OUT_MARKER, reserveSibling } from "./out-dir";
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

/** A manifest as registered: apiVersion, kind, metadata first, then the rest. */
export function manifestOf(r: PlanResource): Record<string, unknown> {
  const { apiVersion, kind, metadata, ...rest } = r.inputs;
  return { apiVersion, kind, metadata, ...rest };
}

function fileSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]+/g, "_");
}

/**
 * The folder, under `manifests/` and `helm/`, of what goes to the cluster of
 * an explicit Kubernetes provider (a multi-cluster CP stack's spoke, or a
 * provider a library user passed): the provider's logical name, so
 * `kubectl apply -f manifests/` applies the default cluster's objects only
 * and each spoke's folder is applied with its own context. Empty for the
 * default provider. Two spokes install the same Helm release (the operator):
 * one file each, side by side.
 */
function clusterFolder(r: PlanResource): string {
  return r.provider === undefined ? "" : fileSafe(r.provider.split("::").pop()!);
}

/** What {@link writePlan} wrote. */
export interface WrittenPlan {
  /** The output folder. */
  readonly dir: string;
  /** Number of files in `manifests/`. */
  readonly manifests: number;
  /** Number of files in `helm/`. */
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
   * small synth. The Helm file names are still checked, so what a full write
   * refuses is refused here too. @default false
   */
  readonly planOnly?: boolean;
}

/**
 * The `helm/` file of each release, in its cluster's folder
 * ({@link clusterFolder}). Two releases that would share a file (same name
 * and cluster, or names equal once made file-safe) are refused, naming both:
 * the writer never overwrites a file it wrote in the same run.
 */
function helmFiles(releases: readonly PlanResource[]): string[] {
  const byFile = new Map<string, PlanResource>();
  const problems: ConfigProblem[] = [];
  const files = releases.map((r) => {
    const name = String(r.inputs.name ?? r.name);
    const file = path.posix.join(clusterFolder(r), `${fileSafe(name)}.yaml`);
    const first = byFile.get(file);
    if (first) {
      problems.push({
        path: `helm/${file}`,
        got: name,
        allowed: "one Helm release per file name",
        hint: `written for ${first.urn} and for ${r.urn}`,
      });
    } else byFile.set(file, r);
    return file;
  });
  if (problems.length > 0) throw new ConfigError(problems, "Two Helm releases would write one file");
  return files;
}

/**
 * Writes `plan.json`, `manifests/` (one kubectl-applyable YAML per object, in
 * apply order), `helm/` (one file per release) and the marker
 * `.flink-platform-synth`; output is byte-identical for the same plan.
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
  const releases = plan.resources.filter(isHelmRelease);
  const releaseFiles = helmFiles(releases);
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
    const objects = options.planOnly ? [] : plan.resources.filter(isKubernetesObject);
    const width = String(objects.length).length;
    objects.forEach((r, i) => {
      const m = manifestOf(r);
      const meta = (m.metadata ?? {}) as { name?: string; namespace?: string };
      const file = [String(i + 1).padStart(width, "0"), m.kind, meta.namespace, meta.name]
        .filter(Boolean)
        .map((p) => fileSafe(String(p)))
        .join("-");
      write(path.join("manifests", clusterFolder(r), `${file}.yaml`), toYaml(m));
    });
    (options.planOnly ? [] : releases).forEach((r, n) => {
      const i = r.inputs as Record<string, unknown> & { repositoryOpts?: { repo?: string } };
      const doc = {
        release: i.name,
        chart: i.chart,
        repo: i.repositoryOpts?.repo,
        version: i.version,
        namespace: i.namespace,
        values: i.values ?? {},
      };
      write(path.join("helm", releaseFiles[n]), toYaml(doc));
    });
    write(OUT_MARKER, JSON.stringify({ tool: "flink-platform", stack: plan.stack }) + "\n");
    installOutput(staging, target, { ...options, given: dir });
    return { dir, manifests: objects.length, helmReleases: options.planOnly ? 0 : releases.length };
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
