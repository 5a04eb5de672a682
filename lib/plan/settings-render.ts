import type { ApplicationSettings, EffectiveSettings, PoolSettings } from "./settings";

/**
 * Renderings of the effective settings (text, JSON, markdown) and of what a
 * change does to them (the PR comment's section). Every rendering reads the
 * same rows: a pool or an application as `[setting, value]` pairs.
 */

/** One pool or application as the tables show it. */
export interface SettingsRow {
  /** `pool <name>` or `application <namespace>/<name>`: what a before and an after row are matched by. */
  readonly id: string;
  readonly fields: readonly (readonly [string, string])[];
}

const resources = (r: { cpu: number; memory: string } | undefined) =>
  r === undefined ? undefined : `${r.cpu} CPU / ${r.memory}`;

const autoscaler = (conf: Readonly<Record<string, string>>) =>
  Object.keys(conf).length === 0
    ? "operator defaults"
    : Object.entries(conf)
        .map(([k, v]) => `${k.replace(/^job\.autoscaler\./, "")}=${v}`)
        .join(", ");

/** Only the fields with a value. */
function defined(fields: [string, string | number | undefined][]): (readonly [string, string])[] {
  return fields
    .filter((f): f is [string, string | number] => f[1] !== undefined)
    .map(([k, v]) => [k, String(v)]);
}

function poolRow(p: PoolSettings): SettingsRow {
  return {
    id: `pool ${p.name}`,
    fields: defined([
      ["kind", p.kind],
      ["namespace", p.namespace],
      ["TaskManagers", p.taskManagers],
      ["slots per TaskManager", p.slots],
      ["capacity (slots)", p.capacity],
      ["TaskManager", resources(p.taskManager)],
      ["JobManager", resources(p.jobManager)],
      ["max CFU", p.maxCfu],
      ["checkpoints", p.checkpoints],
      ["savepoints", p.savepoints],
      ["HA storage", p.haStorageDir],
      ["autoscaler", p.kind === "Confluent Cloud pool" ? undefined : autoscaler(p.autoscaler)],
    ]),
  };
}

function applicationRow(a: ApplicationSettings): SettingsRow {
  return {
    id: `application ${a.namespace}/${a.name}`,
    fields: defined([
      ["runs on", a.runsOn],
      ["parallelism", a.parallelism],
      ["TaskManagers", a.taskManagers],
      ["slots per TaskManager", a.slots],
      ["TaskManager", resources(a.taskManager)],
      ["JobManager", resources(a.jobManager)],
      ["upgrade mode", a.upgradeMode],
      ["state", a.state],
      ["checkpoints", a.checkpoints ?? "none (no durable state configured)"],
      ["checkpoint interval", a.checkpoints ? a.checkpointInterval : undefined],
      ["savepoints", a.savepoints ?? "none"],
      ["HA storage", a.haStorageDir ?? "none"],
      ["autoscaler", autoscaler(a.autoscaler)],
    ]),
  };
}

/** Every pool's row, then every application's. */
export function settingsRows(s: EffectiveSettings): SettingsRow[] {
  return [...s.pools.map(poolRow), ...s.applications.map(applicationRow)];
}

const title = (s: EffectiveSettings) =>
  `effective settings of stack ${s.stack} (${s.target}, environment ${s.environment})`;

/** Plain text: one block per pool and application. */
export function renderSettingsText(s: EffectiveSettings): string {
  const rows = settingsRows(s);
  const out = [title(s)];
  if (rows.length === 0) out.push("", "no pools or applications");
  for (const row of rows) {
    out.push("", row.id);
    const width = Math.max(...row.fields.map(([k]) => k.length));
    for (const [k, v] of row.fields) out.push(`  ${k.padEnd(width)}  ${v}`);
  }
  return out.join("\n") + "\n";
}

/** JSON: the settings themselves. */
export function renderSettingsJson(s: EffectiveSettings): string {
  return JSON.stringify(s, null, 2) + "\n";
}

/** A markdown table cell: pipes escaped, code where it is a value. */
const cell = (s: string) => s.replace(/\|/g, "\\|");

/** Markdown: one table per pool and application. */
export function renderSettingsMarkdown(s: EffectiveSettings): string {
  const out = [`### flink-platform ${title(s)}`, ""];
  const rows = settingsRows(s);
  if (rows.length === 0) out.push("No pools or applications.", "");
  for (const row of rows) {
    out.push(`**${row.id}**`, "", "| Setting | Value |", "| --- | --- |");
    for (const [k, v] of row.fields) out.push(`| ${k} | ${cell(v)} |`);
    out.push("");
  }
  return out.join("\n");
}

/** A changed pool or application: its fields that differ, before and after (undefined: absent). */
export interface SettingsChange {
  readonly id: string;
  readonly fields: readonly { readonly name: string; readonly before?: string; readonly after?: string }[];
}

/** The pools and applications whose effective settings differ between two stacks' settings. */
export function settingsChanges(
  before: EffectiveSettings | undefined,
  after: EffectiveSettings,
): SettingsChange[] {
  const old = new Map((before ? settingsRows(before) : []).map((r) => [r.id, new Map(r.fields)]));
  const now = new Map(settingsRows(after).map((r) => [r.id, new Map(r.fields)]));
  const ids = [...now.keys(), ...[...old.keys()].filter((id) => !now.has(id))];
  return ids.flatMap((id) => {
    const b = old.get(id) ?? new Map<string, string>();
    const a = now.get(id) ?? new Map<string, string>();
    const names = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
    const fields = names
      .filter((name) => b.get(name) !== a.get(name))
      .map((name) => ({ name, before: b.get(name), after: a.get(name) }));
    return fields.length > 0 ? [{ id, fields }] : [];
  });
}

/**
 * The PR comment's section: the effective settings of the pools and
 * applications a change touches, before and after.
 */
export function renderSettingsChanges(changes: readonly SettingsChange[]): string {
  if (changes.length === 0) return "";
  const out = ["#### Effective settings of the changed pools and applications", ""];
  for (const c of changes) {
    out.push(`**${c.id}**`, "", "| Setting | Before | After |", "| --- | --- | --- |");
    for (const f of c.fields) out.push(`| ${f.name} | ${cell(f.before ?? "—")} | ${cell(f.after ?? "—")} |`);
    out.push("");
  }
  return out.join("\n");
}
