import * as path from "node:path";
import { ConfigError, type ConfigProblem } from "../core/errors";
import type { PlanResource } from "./recorder";

/**
 * Where synth writes each Kubernetes object and Helm release of a plan,
 * relative to `manifests/` and `helm/`, computed whole before anything is
 * written, so a full write and `planOnly` refuse the same plans.
 *
 * What goes through an explicit Kubernetes provider (a multi-cluster CP
 * stack's spoke, or a provider a library user passed) is written to a folder
 * named after the provider, so `kubectl apply -f manifests/` applies the
 * default provider's objects only and each folder is applied with its own
 * context. Two spokes install the same Helm release (the operator): one file
 * each, side by side. Refused, naming both sides: two providers whose names
 * make one folder (their clusters' objects would mix), two releases that
 * would share a file, and a folder named like a file.
 */

/** Objects and releases with their file, relative to `manifests/` and `helm/`. */
export interface OutputPaths {
  readonly manifests: readonly { readonly resource: PlanResource; readonly file: string }[];
  readonly helm: readonly { readonly resource: PlanResource; readonly file: string }[];
}

/** `s` as one file or folder name: runs of other characters become `_`, and so do the dots of `.` and `..`. */
export function fileSafe(s: string): string {
  const safe = s.replace(/[^A-Za-z0-9_.-]+/g, "_");
  return /^\.+$/.test(safe) ? safe.replace(/\./g, "_") : safe;
}

/** The provider's logical name (the last part of its URN). */
const providerName = (urn: string) => urn.split("::").pop()!;

/** The folder of each explicit provider in `resources`; refuses two providers in one folder. */
function providerFolders(resources: readonly PlanResource[]): Map<string, string> {
  const folders = new Map<string, string>();
  const owner = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  for (const r of resources) {
    if (r.provider === undefined || folders.has(r.provider)) continue;
    const folder = fileSafe(providerName(r.provider));
    folders.set(r.provider, folder);
    // Case-insensitively: on macOS's and Windows' file systems `EU` and `eu` are one folder.
    const first = owner.get(folder.toLowerCase());
    if (first === undefined) owner.set(folder.toLowerCase(), r.provider);
    else {
      problems.push({
        path: `manifests/${folder}`,
        got: providerName(r.provider),
        allowed: "one provider per folder (the provider's name, made file-safe)",
        hint: `written for ${first} and for ${r.provider}`,
      });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems, "Two Kubernetes providers would write one folder");
  return folders;
}

/** The paths of `objects` (in apply order, numbered) and `releases`; see the file comment. */
export function outputPaths(
  objects: readonly PlanResource[],
  releases: readonly PlanResource[],
): OutputPaths {
  const folders = providerFolders([...objects, ...releases]);
  const folderOf = (r: PlanResource) => (r.provider === undefined ? "" : folders.get(r.provider)!);
  const width = String(objects.length).length;
  const manifests = objects.map((resource, i) => {
    const meta = (resource.inputs.metadata ?? {}) as { name?: string; namespace?: string };
    const name = [String(i + 1).padStart(width, "0"), resource.inputs.kind, meta.namespace, meta.name]
      .filter(Boolean)
      .map((p) => fileSafe(String(p)))
      .join("-");
    return { resource, file: path.posix.join(folderOf(resource), `${name}.yaml`) };
  });
  const byFile = new Map<string, PlanResource>();
  const problems: ConfigProblem[] = [];
  const helm = releases.map((resource) => {
    const name = String(resource.inputs.name ?? resource.name);
    const file = path.posix.join(folderOf(resource), `${fileSafe(name)}.yaml`);
    const first = byFile.get(file);
    if (first) {
      problems.push({
        path: `helm/${file}`,
        got: name,
        allowed: "one Helm release per file name",
        hint: `written for ${first.urn} and for ${resource.urn}`,
      });
    } else byFile.set(file, resource);
    return { resource, file };
  });
  if (problems.length > 0) throw new ConfigError(problems, "Two Helm releases would write one file");
  refuseFolderFileClash(folders, [
    ...manifests.map((m) => ({ ...m, file: `manifests/${m.file}` })),
    ...helm.map((h) => ({ ...h, file: `helm/${h.file}` })),
  ]);
  return { manifests, helm };
}

/** Refuses a provider folder that has the name of a file beside it. */
function refuseFolderFileClash(
  folders: ReadonlyMap<string, string>,
  files: readonly { readonly resource: PlanResource; readonly file: string }[],
): void {
  const byPath = new Map(files.map((f) => [f.file, f.resource]));
  const problems: ConfigProblem[] = [];
  for (const [provider, folder] of folders) {
    for (const top of ["manifests", "helm"]) {
      const file = byPath.get(`${top}/${folder}`);
      if (file === undefined) continue;
      problems.push({
        path: `${top}/${folder}`,
        got: providerName(provider),
        allowed: "a name that is not also a file's",
        hint: `the folder of ${provider} and the file of ${file.urn}`,
      });
    }
  }
  if (problems.length > 0)
    throw new ConfigError(problems, "A synth output file and folder would share a name");
}
