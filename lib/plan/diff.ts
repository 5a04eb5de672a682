/**
 * Compares two offline plans (`flink-platform synth` output) resource by
 * resource and field by field, and classifies every change by what it does to
 * a running Flink platform: an in-place update, a pod restart, a replacement,
 * or a risk to Flink state (checkpoints, savepoints, HA data, volumes).
 *
 * Pure: no file system, no git. The caller synthesizes both plans.
 *
 * Limits of an offline diff:
 * - Secret values are redacted to `"[secret]"` in plans, so a changed secret
 *   compares equal and is invisible here (Pulumi itself will show it).
 * - Replacements are predicted from {@link replaceOnChange}, not asked from the
 *   providers; a provider may replace on more fields than listed.
 */
import { renderValue } from "../core/errors";
import { flinkStatementType, statementReplaceOnChanges } from "../cloud/statements";
import { cmfReplaceRules } from "../cp/cmf/replace-on-change";
import type { PlanResource } from "./recorder";
import type { Plan } from "./synth";

export type ChangeKind = "create" | "delete" | "update" | "restart" | "replace" | "state-risk";

export interface FieldChange {
  /** Dotted path under `inputs` (or `protect` / `retainOnDelete`), e.g. `spec.taskManager.replicas`. */
  path: string;
  /** `undefined` when the field is absent before (rendered as `null` in JSON). */
  before: unknown;
  /** `undefined` when the field is absent after (rendered as `null` in JSON). */
  after: unknown;
}

export interface Change {
  urn: string;
  type: string;
  name: string;
  kind: ChangeKind;
  /** The changed fields of an update; empty for create and delete. */
  fields: FieldChange[];
}

export interface PlanDiff {
  stack: string;
  /** What the plan was compared against, e.g. a git ref. */
  base: string;
  /** Changed resources only, sorted by urn. */
  changes: Change[];
}

/** Kinds from harmless to risky; the riskiest field decides a resource's kind. */
const severity: Record<ChangeKind, number> = {
  create: 0,
  delete: 0,
  update: 1,
  restart: 2,
  replace: 3,
  "state-risk": 4,
};

/** Display order of kinds in summaries: risky first. */
export const changeKinds: readonly ChangeKind[] = [
  "state-risk",
  "replace",
  "restart",
  "update",
  "create",
  "delete",
];

const flinkDeploymentType = "kubernetes:flink.apache.org/v1beta1:FlinkDeployment";
const flinkSessionJobType = "kubernetes:flink.apache.org/v1beta1:FlinkSessionJob";
const ccEnvironmentType = "confluentcloud:index/environment:Environment";

/** FlinkDeployment spec fields whose change restarts JobManager and TaskManager pods. */
const flinkSpecRestartPaths = [
  "spec.flinkConfiguration",
  "spec.taskManager.resource",
  "spec.jobManager.resource",
  "spec.image",
  "spec.flinkVersion",
  "spec.podTemplate",
  "spec.taskManager.podTemplate",
  "spec.jobManager.podTemplate",
  "spec.restartNonce",
];

/** CMF compute pool cluster spec fields whose change restarts the pool's Flink cluster. */
const cmfPoolRestartPaths = [
  "taskManager",
  "jobManager",
  "flinkConfiguration",
  "image",
  "flinkVersion",
].flatMap((field) => [`clusterSpec.${field}`, `spec.clusterSpec.${field}`]);

/**
 * Fields whose change makes the provider delete and re-create the resource,
 * keyed by type pattern (`*` matches any characters). Paths are field paths as
 * rendered in a diff; a listed path also covers everything under it.
 */
export const replaceOnChange: Record<string, string[]> = {
  "kubernetes:*": ["metadata.name", "metadata.namespace"],
  "kubernetes:helm.sh/v3:Release": ["name", "namespace", "chart"],
  // Immutable in the Kubernetes API: the provider can only replace.
  "kubernetes:apps/v1:StatefulSet": [
    "spec.selector",
    "spec.serviceName",
    "spec.volumeClaimTemplates",
    "spec.podManagementPolicy",
  ],
  "kubernetes:apps/v1:Deployment": ["spec.selector"],
  "kubernetes:batch/v1:Job": ["spec.selector", "spec.template"],
  "kubernetes:core/v1:PersistentVolumeClaim": [
    "spec.accessModes",
    "spec.storageClassName",
    "spec.volumeMode",
    "spec.volumeName",
    "spec.selector",
  ],
  "confluentcloud:index/flinkComputePool:FlinkComputePool": ["cloud", "region", "environment"],
  // One table with the statement resource's own replaceOnChanges option.
  [flinkStatementType]: [...statementReplaceOnChanges],
  // CMF dynamic resources: each resource's own table (lib/cp/cmf/replace-on-change.ts).
  ...cmfReplaceRules(),
};

/**
 * Fields whose in-place update restarts TaskManager/JobManager pods (the
 * operator redeploys the cluster), keyed by type pattern like
 * {@link replaceOnChange}. Scaling `spec.taskManager.replicas` and
 * `spec.job.parallelism` are plain updates.
 */
export const restartOnChange: Record<string, string[]> = {
  [flinkDeploymentType]: flinkSpecRestartPaths,
  "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication": flinkSpecRestartPaths,
  "pulumi-nodejs:dynamic/cmf:CmfComputePool": cmfPoolRestartPaths,
  "pulumi-nodejs:dynamic:Resource": [...flinkSpecRestartPaths, ...cmfPoolRestartPaths],
};

/**
 * Flink options that locate durable state. Changing one (anywhere: CR specs,
 * operator defaults in Helm values, CMF defaults) orphans existing
 * checkpoints, savepoints or HA metadata.
 */
export const stateDirKeys: readonly string[] = [
  "state.checkpoints.dir",
  "state.savepoints.dir",
  "execution.checkpointing.dir",
  "execution.checkpointing.savepoint-dir",
  "high-availability.storageDir",
];

type Segment = string | number;

function typeMatches(pattern: string, type: string): boolean {
  if (!pattern.includes("*")) return pattern === type;
  const re = new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`);
  return re.test(type);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function pathCovered(path: string, rule: string): boolean {
  return path === rule || path.startsWith(`${rule}.`) || path.startsWith(`${rule}[`);
}

function ruleMatches(table: Record<string, string[]>, type: string, path: string): boolean {
  return Object.entries(table).some(
    ([pattern, paths]) => typeMatches(pattern, type) && paths.some((rule) => pathCovered(path, rule)),
  );
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["spec", "flinkConfiguration", "a.b", 0]` -> `spec.flinkConfiguration["a.b"][0]`. */
export function formatPath(segments: readonly Segment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (identifier.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === "object" && v !== null;
}

function isEmptyContainer(v: unknown): boolean {
  return Array.isArray(v) ? v.length === 0 : isPlainObject(v) && Object.keys(v).length === 0;
}

/**
 * Parses a multi-line Flink configuration (`key: value` per line; blank and
 * `#` lines ignored; the last duplicate wins, as in Flink). Anything else, such
 * as nested YAML or a properties file, returns undefined.
 */
export function parseConfLines(text: string): Map<string, string> | undefined {
  if (!text.includes("\n")) return undefined;
  const entries = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = /^([^\s:#][^\s:]*):(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
    if (!m) return undefined;
    entries.set(m[1], m[2] ?? "");
  }
  return entries.size > 0 ? entries : undefined;
}

interface RawField {
  segments: Segment[];
  before: unknown;
  after: unknown;
}

function compareValues(before: unknown, after: unknown, segments: Segment[], out: RawField[]): void {
  if (before === after) return;
  const beforeDescends = isContainer(before) && !isEmptyContainer(before);
  const afterDescends = isContainer(after) && !isEmptyContainer(after);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const k of keys) compareValues(before[k], after[k], [...segments, k], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      compareValues(before[i], after[i], [...segments, i], out);
    }
    return;
  }
  // A container that appears or disappears is reported leaf by leaf, so rules on inner paths still apply.
  if (before === undefined && afterDescends) {
    compareValues(Array.isArray(after) ? [] : {}, after, segments, out);
    return;
  }
  if (after === undefined && beforeDescends) {
    compareValues(before, Array.isArray(before) ? [] : {}, segments, out);
    return;
  }
  if (typeof before === "string" && typeof after === "string") {
    const b = parseConfLines(before);
    const a = parseConfLines(after);
    if (b && a) {
      const found: RawField[] = [];
      const keys = [...new Set([...b.keys(), ...a.keys()])].sort();
      for (const k of keys) {
        if (b.get(k) !== a.get(k))
          found.push({ segments: [...segments, k], before: b.get(k), after: a.get(k) });
      }
      // Only order, comments or spacing changed: still a change to the string itself.
      out.push(...(found.length > 0 ? found : [{ segments, before, after }]));
      return;
    }
  }
  out.push({ segments, before, after });
}

function lastKeysJoined(segments: readonly Segment[]): string {
  return segments.filter((s): s is string => typeof s === "string").join(".");
}

function isStateDirPath(segments: readonly Segment[]): boolean {
  const joined = lastKeysJoined(segments);
  // Flat keys (`state.checkpoints.dir`) and nested YAML (`state: {checkpoints: {dir}}`) alike.
  return stateDirKeys.some((k) => joined === k || joined.endsWith(`.${k}`));
}

function get(obj: unknown, ...path: string[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

type CmfKind = "environment" | "application" | "compute-pool";

/** Which CMF object a dynamic resource is (by type name, else by the shape of its inputs). */
export function cmfKind(r: Pick<PlanResource, "type" | "inputs">): CmfKind | undefined {
  if (!r.type.startsWith("pulumi-nodejs:dynamic")) return undefined;
  if (r.type.endsWith(":CmfEnvironment")) return "environment";
  if (r.type.endsWith(":CmfFlinkApplication")) return "application";
  if (r.type.endsWith(":CmfComputePool")) return "compute-pool";
  if (r.type !== "pulumi-nodejs:dynamic:Resource") return undefined;
  const i = r.inputs;
  if ("clusterSpec" in i || get(i, "spec", "clusterSpec") !== undefined) return "compute-pool";
  if ("kubernetesNamespace" in i) return "environment";
  if ("environment" in i && "spec" in i) return "application";
  return undefined;
}

/**
 * Whether deleting (or replacing) the resource loses Flink state: jobs with a
 * stateful upgrade mode, volumes, Confluent Cloud environments, CMF
 * environments and applications.
 */
export function holdsState(r: Pick<PlanResource, "type" | "inputs">): boolean {
  if (r.type === flinkDeploymentType || r.type === flinkSessionJobType) {
    const mode = get(r.inputs, "spec", "job", "upgradeMode");
    return get(r.inputs, "spec", "job") !== undefined && mode !== undefined && mode !== "stateless";
  }
  if (r.type.startsWith("kubernetes:") && /:(PersistentVolumeClaim|StatefulSet)$/.test(r.type)) return true;
  if (r.type === ccEnvironmentType) return true;
  const cmf = cmfKind(r);
  return cmf === "environment" || cmf === "application";
}

function fieldKind(type: string, f: RawField, path: string): ChangeKind {
  if (isStateDirPath(f.segments)) return "state-risk";
  if (path === "spec.job.upgradeMode" && f.after === "stateless" && f.before !== "stateless")
    return "state-risk";
  if (path === "protect" || path === "retainOnDelete") return "update";
  if (ruleMatches(replaceOnChange, type, path)) return "replace";
  if (ruleMatches(restartOnChange, type, path)) return "restart";
  return "update";
}

function compareResources(before: PlanResource, after: PlanResource): Change | undefined {
  const raw: RawField[] = [];
  compareValues(before.inputs, after.inputs, [], raw);
  const fields: FieldChange[] = [];
  let kind: ChangeKind = "update";
  for (const f of raw) {
    const path = formatPath(f.segments);
    const k = fieldKind(after.type, f, path);
    if (severity[k] > severity[kind]) kind = k;
    fields.push({ path, before: f.before, after: f.after });
  }
  for (const option of ["protect", "retainOnDelete"] as const) {
    if (before[option] !== after[option]) {
      fields.push({ path: option, before: before[option], after: after[option] });
    }
  }
  if (fields.length === 0) return undefined;
  // A replacement deletes first: for a resource holding state that is a state risk.
  if (kind === "replace" && (holdsState(before) || holdsState(after))) kind = "state-risk";
  return { urn: after.urn, type: after.type, name: after.name, kind, fields };
}

/**
 * Compares `after` with `before` (absent: everything is created). Resources
 * are matched by urn; `dependsOn` and `parent` are not compared (a new parent
 * is a new urn).
 */
export function diffPlans(before: Plan | undefined, after: Plan, base: string): PlanDiff {
  const old = new Map((before?.resources ?? []).map((r) => [r.urn, r]));
  const now = new Map(after.resources.map((r) => [r.urn, r]));
  const changes: Change[] = [];
  for (const r of after.resources) {
    const prev = old.get(r.urn);
    if (!prev) {
      changes.push({ urn: r.urn, type: r.type, name: r.name, kind: "create", fields: [] });
      continue;
    }
    const change = compareResources(prev, r);
    if (change) changes.push(change);
  }
  for (const r of before?.resources ?? []) {
    if (now.has(r.urn)) continue;
    const kind: ChangeKind = holdsState(r) ? "state-risk" : "delete";
    changes.push({ urn: r.urn, type: r.type, name: r.name, kind, fields: [] });
  }
  changes.sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0));
  return { stack: after.stack, base, changes };
}

/** 2 when anything is replaced or risks Flink state, 0 otherwise. */
export function exitCode(diff: PlanDiff): 0 | 2 {
  return diff.changes.some((c) => c.kind === "replace" || c.kind === "state-risk") ? 2 : 0;
}

/** Number of changes per kind, every kind present (0 when none). */
export function countKinds(diff: PlanDiff): Record<ChangeKind, number> {
  const counts = Object.fromEntries(changeKinds.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of diff.changes) counts[c.kind]++;
  return counts;
}

export const kindSymbols: Readonly<Record<ChangeKind, string>> = {
  create: "+",
  delete: "-",
  update: "~",
  restart: "↻",
  replace: "±",
  "state-risk": "!",
};

/** What a change without fields (a create or delete) means, for renderers. */
function noFieldsNote(c: Change): string {
  if (c.kind === "create") return "created";
  if (c.kind === "state-risk")
    return "deleted: the Flink state it holds (job state, volumes, environment) may be lost";
  return "deleted";
}

function summaryCounts(diff: PlanDiff): string {
  const counts = countKinds(diff);
  return changeKinds
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${k}`)
    .join(", ");
}

/**
 * Terminal rendering: one line per changed resource, its changed fields
 * indented below, and a summary line.
 *
 * ```
 * ~ update kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev:flink/pool
 *     spec.taskManager.replicas: 2 → 4
 * 1 change (dev vs main): 1 update
 * ```
 */
export function renderText(diff: PlanDiff): string {
  if (diff.changes.length === 0) return `No changes (${diff.stack} vs ${diff.base}).\n`;
  const lines: string[] = [];
  for (const c of diff.changes) {
    lines.push(`${kindSymbols[c.kind]} ${c.kind} ${c.type} ${c.name}`);
    if (c.fields.length === 0 && c.kind === "state-risk") lines.push(`    (${noFieldsNote(c)})`);
    for (const f of c.fields) lines.push(`    ${f.path}: ${renderValue(f.before)} → ${renderValue(f.after)}`);
  }
  const n = diff.changes.length;
  lines.push(`${n} change${n === 1 ? "" : "s"} (${diff.stack} vs ${diff.base}): ${summaryCounts(diff)}`);
  return lines.join("\n") + "\n";
}

function jsonValue(v: unknown): unknown {
  return v === undefined ? null : v;
}

/** Machine-readable rendering; absent values are `null`. */
export function renderJson(diff: PlanDiff): string {
  const doc = {
    stack: diff.stack,
    base: diff.base,
    changes: diff.changes.map((c) => ({
      urn: c.urn,
      type: c.type,
      name: c.name,
      kind: c.kind,
      fields: c.fields.map((f) => ({ path: f.path, before: jsonValue(f.before), after: jsonValue(f.after) })),
    })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A table cell holding code: pipes escaped, fenced so inner backticks survive. */
function codeCell(s: string): string {
  const body = s.replace(/\|/g, "\\|");
  return body.includes("`") ? `\`\` ${body} \`\`` : `\`${body}\``;
}

/**
 * GitHub pull-request comment: summary table, a warning when anything is
 * replaced or risks state, one collapsible section per changed resource, and
 * the layer graph (Mermaid source from `renderGraph`) when given.
 */
export function renderMarkdown(diff: PlanDiff, graph?: string): string {
  const title = `### flink-platform plan: \`${diff.stack}\` vs \`${diff.base}\``;
  if (diff.changes.length === 0) return `${title}\n\nNo changes.\n`;
  const counts = countKinds(diff);
  const out: string[] = [title, "", "| Kind | Count |", "| --- | ---: |"];
  for (const k of changeKinds) if (counts[k] > 0) out.push(`| ${kindSymbols[k]} ${k} | ${counts[k]} |`);
  out.push("");
  if (counts.replace + counts["state-risk"] > 0) {
    out.push(
      `> **Warning:** ${counts.replace} replacement(s) and ${counts["state-risk"]} state risk(s). ` +
        "Replaced resources are deleted and re-created; state risks can lose checkpoints, savepoints or " +
        "volumes. A reviewer should acknowledge this with a label before merging.",
      "",
    );
  }
  for (const c of diff.changes) {
    out.push(
      `<details><summary>${kindSymbols[c.kind]} ${c.kind} <code>${escapeHtml(c.type)}</code> ` +
        `<code>${escapeHtml(c.name)}</code></summary>`,
      "",
    );
    if (c.fields.length === 0) {
      out.push(`Resource ${noFieldsNote(c)}.`);
    } else {
      out.push("| Path | Before | After |", "| --- | --- | --- |");
      for (const f of c.fields) {
        out.push(
          `| ${codeCell(f.path)} | ${codeCell(renderValue(f.before))} | ${codeCell(renderValue(f.after))} |`,
        );
      }
    }
    out.push("", "</details>", "");
  }
  if (graph !== undefined) {
    out.push(
      "<details><summary>Platform layers</summary>",
      "",
      "```mermaid",
      graph.trimEnd(),
      "```",
      "",
      "</details>",
      "",
    );
  }
  out.push("_Secret values are redacted in offline plans, so changes to them are not shown._");
  return out.join("\n") + "\n";
}
