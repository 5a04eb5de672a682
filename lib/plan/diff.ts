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
import {
  flinkDeploymentType,
  flinkSessionJobType,
  ccEnvironmentType,
  replaceOnChange,
  restartOnChange,
  cmfPoolChangeRestarts,
  stateDirKeys,
  ruleMatches,
  refusedNote,
  stateRiskNote,
} from "./diff-rules";
export { replaceOnChange, restartOnChange, stateDirKeys } from "./diff-rules";
import { ConfigError, type ConfigProblem, renderValue } from "../core/errors";
import type { PlanResource } from "./recorder";
import type { Plan } from "./synth";

/** A field path, segment by segment (object keys and array indexes). */
type Segment = string | number;

/** What a change does to a running platform, from harmless to risky: `create`, `delete`, `update` (in place), `restart` (pods restart), `replace` (delete and create), `state-risk` (Flink or CMF state may be lost) or `refused` (the target rejects it: applying it fails). */
export type ChangeKind = "create" | "delete" | "update" | "restart" | "replace" | "state-risk" | "refused";

/** One changed field of an updated resource. */
export interface FieldChange {
  /** Dotted path under `inputs` (or `protect` / `retainOnDelete`), e.g. `spec.taskManager.replicas`. */
  path: string;
  /** `undefined` when the field is absent before (rendered as `null` in JSON). */
  before: unknown;
  /** `undefined` when the field is absent after (rendered as `null` in JSON). */
  after: unknown;
  /** Why the field is a state risk or refused, when a rule says (absent otherwise). */
  note?: string;
}

/** One changed resource. */
export interface Change {
  /** Pulumi URN. */
  urn: string;
  /** Resource type token. */
  type: string;
  /** Logical name. */
  name: string;
  /** What the change does; its riskiest field decides. */
  kind: ChangeKind;
  /** The changed fields of an update; empty for create and delete. */
  fields: FieldChange[];
}

/** The classified difference of two plans ({@link diffPlans}). */
export interface PlanDiff {
  /** Stack name. */
  stack: string;
  /** What the plan was compared against, e.g. a git ref. */
  base: string;
  /** Changed resources only, sorted by urn. */
  changes: Change[];
  /** Guardrail warnings of the stack after the change (what `synth` and `scale` print); none when absent. */
  warnings?: readonly string[];
}

/** Kinds from harmless to risky; the riskiest field decides a resource's kind. */
const severity: Record<ChangeKind, number> = {
  create: 0,
  delete: 0,
  update: 1,
  restart: 2,
  replace: 3,
  "state-risk": 4,
  refused: 5,
};

/** Display order of kinds in summaries: risky first. */
export const changeKinds: readonly ChangeKind[] = [
  "refused",
  "state-risk",
  "replace",
  "restart",
  "update",
  "create",
  "delete",
];

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

/** `pool`: the inputs (after the change) when the resource is a CMF compute pool. */
function fieldKind(
  after: PlanResource,
  f: RawField,
  path: string,
  pool: Readonly<Record<string, unknown>> | undefined,
): { kind: ChangeKind; note?: string } {
  const type = after.type;
  const refused = refusedNote(type, after.inputs, path, f.before, f.after);
  if (refused !== undefined) return { kind: "refused", note: refused };
  if (isStateDirPath(f.segments)) return { kind: "state-risk" };
  if (path === "spec.job.upgradeMode" && f.after === "stateless" && f.before !== "stateless")
    return { kind: "state-risk" };
  const risk = stateRiskNote(type, after.inputs, path);
  if (risk !== undefined) return { kind: "state-risk", note: risk };
  if (path === "protect" || path === "retainOnDelete") return { kind: "update" };
  if (ruleMatches(replaceOnChange, type, path)) return { kind: "replace" };
  if (pool !== undefined) return { kind: cmfPoolChangeRestarts(pool, path) ? "restart" : "update" };
  if (ruleMatches(restartOnChange, type, path)) return { kind: "restart" };
  return { kind: "update" };
}

function compareResources(before: PlanResource, after: PlanResource): Change | undefined {
  const raw: RawField[] = [];
  compareValues(before.inputs, after.inputs, [], raw);
  const fields: FieldChange[] = [];
  let kind: ChangeKind = "update";
  const pool = cmfKind(after) === "compute-pool" ? after.inputs : undefined;
  for (const f of raw) {
    const path = formatPath(f.segments);
    const k = fieldKind(after, f, path, pool);
    if (severity[k.kind] > severity[kind]) kind = k.kind;
    fields.push({
      path,
      before: f.before,
      after: f.after,
      ...(k.note !== undefined ? { note: k.note } : {}),
    });
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
 * Compares `after` with `before` (absent: everything is created), carrying
 * the guardrail `warnings` of `after` to every rendering. Resources
 * are matched by urn; `dependsOn` and `parent` are not compared (a new parent
 * is a new urn).
 */
export function diffPlans(
  before: Plan | undefined,
  after: Plan,
  base: string,
  warnings: readonly string[] = [],
): PlanDiff {
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
  return { stack: after.stack, base, changes, ...(warnings.length > 0 ? { warnings: [...warnings] } : {}) };
}

/**
 * 3 when a change is refused (the target rejects it: no review makes it
 * applicable), else 2 when anything is replaced or risks state (the "needs a
 * reviewer" code CI gates on with a label), 0 otherwise. `scale` refuses to
 * write a refused change.
 */
export function exitCode(diff: PlanDiff): 0 | 2 | 3 {
  if (diff.changes.some((c) => c.kind === "refused")) return 3;
  return diff.changes.some((c) => c.kind === "replace" || c.kind === "state-risk") ? 2 : 0;
}

/**
 * Throws one ConfigError when the diff holds a refused change: `scale` calls
 * it before writing the stack file, so an edit the target would reject (a
 * PVC shrink, a smaller Max CFU) leaves the file untouched. `flags` are the
 * command's flags as given; the problem names the ones that were set.
 */
export function refuseRefusedChanges(
  diff: PlanDiff,
  flags: Readonly<Record<string, string | undefined>>,
): void {
  const given = Object.entries(flags).filter(([k, v]) => k !== "pool" && v !== undefined);
  const flag = given.map(([k]) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(", ");
  const got = given.length === 1 ? given[0][1] : Object.fromEntries(given);
  const problems: ConfigProblem[] = diff.changes
    .filter((c) => c.kind === "refused")
    .flatMap((c) =>
      c.fields
        .filter((f) => f.note !== undefined)
        .map((f) => ({
          path: flag,
          got,
          allowed: `a change the target can apply (refused: ${c.type} ${c.name} ${f.path} ${renderValue(f.before)} → ${renderValue(f.after)}: ${f.note})`,
          hint: "The stack file is unchanged.",
        })),
    );
  if (problems.length > 0)
    throw new ConfigError(problems, "Refused scale: the target would reject the change");
}

/** Number of changes per kind, every kind present (0 when none). */
export function countKinds(diff: PlanDiff): Record<ChangeKind, number> {
  const counts = Object.fromEntries(changeKinds.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of diff.changes) counts[c.kind]++;
  return counts;
}
