/** How a plan diff is shown: text for terminals, JSON, and Markdown for pull requests. */
import { renderValue } from "../core/errors";
import { changeKinds, countKinds } from "./diff";
import type { ChangeKind, Change, PlanDiff } from "./diff";

export const kindSymbols: Readonly<Record<ChangeKind, string>> = {
  create: "+",
  delete: "-",
  update: "~",
  restart: "↻",
  replace: "±",
  "state-risk": "!",
  refused: "✗",
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
  const warnings = warningLines(diff).join("");
  if (diff.changes.length === 0) return `No changes (${diff.stack} vs ${diff.base}).\n${warnings}`;
  const lines: string[] = [];
  for (const c of diff.changes) {
    lines.push(`${kindSymbols[c.kind]} ${c.kind} ${c.type} ${c.name}`);
    if (c.fields.length === 0 && c.kind === "state-risk") lines.push(`    (${noFieldsNote(c)})`);
    for (const f of c.fields) {
      lines.push(`    ${f.path}: ${renderValue(f.before)} → ${renderValue(f.after)}`);
      if (f.note !== undefined) lines.push(`      (${f.note})`);
    }
  }
  const n = diff.changes.length;
  lines.push(`${n} change${n === 1 ? "" : "s"} (${diff.stack} vs ${diff.base}): ${summaryCounts(diff)}`);
  return lines.join("\n") + "\n" + warnings;
}

/** The guardrail warnings as `scale` and `synth` print them, one line each. */
function warningLines(diff: PlanDiff): string[] {
  return (diff.warnings ?? []).map((w) => `warning: ${w}\n`);
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
      fields: c.fields.map((f) => ({
        path: f.path,
        before: jsonValue(f.before),
        after: jsonValue(f.after),
        ...(f.note !== undefined ? { note: f.note } : {}),
      })),
    })),
    ...(diff.warnings?.length ? { warnings: diff.warnings } : {}),
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
export function renderMarkdown(diff: PlanDiff, graph?: string, settings?: string): string {
  const title = `### flink-platform plan: \`${diff.stack}\` vs \`${diff.base}\``;
  if (diff.changes.length === 0) return `${title}\n\nNo changes.\n${markdownWarnings(diff)}`;
  const counts = countKinds(diff);
  const out: string[] = [title, "", "| Kind | Count |", "| --- | ---: |"];
  for (const k of changeKinds) if (counts[k] > 0) out.push(`| ${kindSymbols[k]} ${k} | ${counts[k]} |`);
  out.push("");
  if (counts.refused > 0) {
    out.push(
      `> **Refused:** ${counts.refused} change(s) that the target rejects, so applying this plan fails ` +
        "(see the notes below). No label makes them safe: change the stack file instead.",
      "",
    );
  }
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
      const notes = c.fields.filter((f) => f.note !== undefined);
      if (notes.length > 0) out.push("");
      for (const f of notes) out.push(`- ${codeCell(f.path)}: ${escapeHtml(f.note!)}`);
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
  if (settings) out.push(settings); // the changed pools' and applications' effective settings (settings-render.ts)
  out.push("_Secret values are redacted in offline plans, so changes to them are not shown._");
  return out.join("\n") + "\n" + markdownWarnings(diff);
}

/** The guardrail warnings of the stack after the change, as a quoted list; empty when none. */
function markdownWarnings(diff: PlanDiff): string {
  const warnings = diff.warnings ?? [];
  if (warnings.length === 0) return "";
  const items = warnings.map((w) => `> - ${escapeHtml(w)}`);
  return ["", "> **Guardrail warnings** (as `synth` and `scale` print them):", ...items, ""].join("\n");
}
