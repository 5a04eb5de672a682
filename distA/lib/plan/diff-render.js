"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kindSymbols = void 0;
exports.renderText = renderText;
exports.renderJson = renderJson;
exports.renderMarkdown = renderMarkdown;
/** How a plan diff is shown: text for terminals, JSON, and Markdown for pull requests. */
const errors_1 = require("../core/errors");
const diff_1 = require("./diff");
exports.kindSymbols = {
    create: "+",
    delete: "-",
    update: "~",
    restart: "↻",
    replace: "±",
    "state-risk": "!",
};
/** What a change without fields (a create or delete) means, for renderers. */
function noFieldsNote(c) {
    if (c.kind === "create")
        return "created";
    if (c.kind === "state-risk")
        return "deleted: the Flink state it holds (job state, volumes, environment) may be lost";
    return "deleted";
}
function summaryCounts(diff) {
    const counts = (0, diff_1.countKinds)(diff);
    return diff_1.changeKinds
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
function renderText(diff) {
    if (diff.changes.length === 0)
        return `No changes (${diff.stack} vs ${diff.base}).\n`;
    const lines = [];
    for (const c of diff.changes) {
        lines.push(`${exports.kindSymbols[c.kind]} ${c.kind} ${c.type} ${c.name}`);
        if (c.fields.length === 0 && c.kind === "state-risk")
            lines.push(`    (${noFieldsNote(c)})`);
        for (const f of c.fields)
            lines.push(`    ${f.path}: ${(0, errors_1.renderValue)(f.before)} → ${(0, errors_1.renderValue)(f.after)}`);
    }
    const n = diff.changes.length;
    lines.push(`${n} change${n === 1 ? "" : "s"} (${diff.stack} vs ${diff.base}): ${summaryCounts(diff)}`);
    return lines.join("\n") + "\n";
}
function jsonValue(v) {
    return v === undefined ? null : v;
}
/** Machine-readable rendering; absent values are `null`. */
function renderJson(diff) {
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
function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** A table cell holding code: pipes escaped, fenced so inner backticks survive. */
function codeCell(s) {
    const body = s.replace(/\|/g, "\\|");
    return body.includes("`") ? `\`\` ${body} \`\`` : `\`${body}\``;
}
/**
 * GitHub pull-request comment: summary table, a warning when anything is
 * replaced or risks state, one collapsible section per changed resource, and
 * the layer graph (Mermaid source from `renderGraph`) when given.
 */
function renderMarkdown(diff, graph) {
    const title = `### flink-platform plan: \`${diff.stack}\` vs \`${diff.base}\``;
    if (diff.changes.length === 0)
        return `${title}\n\nNo changes.\n`;
    const counts = (0, diff_1.countKinds)(diff);
    const out = [title, "", "| Kind | Count |", "| --- | ---: |"];
    for (const k of diff_1.changeKinds)
        if (counts[k] > 0)
            out.push(`| ${exports.kindSymbols[k]} ${k} | ${counts[k]} |`);
    out.push("");
    if (counts.replace + counts["state-risk"] > 0) {
        out.push(`> **Warning:** ${counts.replace} replacement(s) and ${counts["state-risk"]} state risk(s). ` +
            "Replaced resources are deleted and re-created; state risks can lose checkpoints, savepoints or " +
            "volumes. A reviewer should acknowledge this with a label before merging.", "");
    }
    for (const c of diff.changes) {
        out.push(`<details><summary>${exports.kindSymbols[c.kind]} ${c.kind} <code>${escapeHtml(c.type)}</code> ` +
            `<code>${escapeHtml(c.name)}</code></summary>`, "");
        if (c.fields.length === 0) {
            out.push(`Resource ${noFieldsNote(c)}.`);
        }
        else {
            out.push("| Path | Before | After |", "| --- | --- | --- |");
            for (const f of c.fields) {
                out.push(`| ${codeCell(f.path)} | ${codeCell((0, errors_1.renderValue)(f.before))} | ${codeCell((0, errors_1.renderValue)(f.after))} |`);
            }
        }
        out.push("", "</details>", "");
    }
    if (graph !== undefined) {
        out.push("<details><summary>Platform layers</summary>", "", "```mermaid", graph.trimEnd(), "```", "", "</details>", "");
    }
    out.push("_Secret values are redacted in offline plans, so changes to them are not shown._");
    return out.join("\n") + "\n";
}
