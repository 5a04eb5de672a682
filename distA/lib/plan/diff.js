"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.changeKinds = exports.stateDirKeys = exports.restartOnChange = exports.replaceOnChange = void 0;
exports.formatPath = formatPath;
exports.parseConfLines = parseConfLines;
exports.cmfKind = cmfKind;
exports.holdsState = holdsState;
exports.diffPlans = diffPlans;
exports.exitCode = exitCode;
exports.countKinds = countKinds;
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
const diff_rules_1 = require("./diff-rules");
var diff_rules_2 = require("./diff-rules");
Object.defineProperty(exports, "replaceOnChange", { enumerable: true, get: function () { return diff_rules_2.replaceOnChange; } });
Object.defineProperty(exports, "restartOnChange", { enumerable: true, get: function () { return diff_rules_2.restartOnChange; } });
Object.defineProperty(exports, "stateDirKeys", { enumerable: true, get: function () { return diff_rules_2.stateDirKeys; } });
/** Kinds from harmless to risky; the riskiest field decides a resource's kind. */
const severity = {
    create: 0,
    delete: 0,
    update: 1,
    restart: 2,
    replace: 3,
    "state-risk": 4,
};
/** Display order of kinds in summaries: risky first. */
exports.changeKinds = [
    "state-risk",
    "replace",
    "restart",
    "update",
    "create",
    "delete",
];
const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** `["spec", "flinkConfiguration", "a.b", 0]` -> `spec.flinkConfiguration["a.b"][0]`. */
function formatPath(segments) {
    let out = "";
    for (const s of segments) {
        if (typeof s === "number")
            out += `[${s}]`;
        else if (identifier.test(s))
            out += out === "" ? s : `.${s}`;
        else
            out += `[${JSON.stringify(s)}]`;
    }
    return out;
}
function isPlainObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isContainer(v) {
    return typeof v === "object" && v !== null;
}
function isEmptyContainer(v) {
    return Array.isArray(v) ? v.length === 0 : isPlainObject(v) && Object.keys(v).length === 0;
}
/**
 * Parses a multi-line Flink configuration (`key: value` per line; blank and
 * `#` lines ignored; the last duplicate wins, as in Flink). Anything else, such
 * as nested YAML or a properties file, returns undefined.
 */
function parseConfLines(text) {
    if (!text.includes("\n"))
        return undefined;
    const entries = new Map();
    for (const line of text.split("\n")) {
        if (line.trim() === "" || line.trimStart().startsWith("#"))
            continue;
        const m = /^([^\s:#][^\s:]*):(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
        if (!m)
            return undefined;
        entries.set(m[1], m[2] ?? "");
    }
    return entries.size > 0 ? entries : undefined;
}
function compareValues(before, after, segments, out) {
    if (before === after)
        return;
    const beforeDescends = isContainer(before) && !isEmptyContainer(before);
    const afterDescends = isContainer(after) && !isEmptyContainer(after);
    if (isPlainObject(before) && isPlainObject(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        for (const k of keys)
            compareValues(before[k], after[k], [...segments, k], out);
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
            const found = [];
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
function lastKeysJoined(segments) {
    return segments.filter((s) => typeof s === "string").join(".");
}
function isStateDirPath(segments) {
    const joined = lastKeysJoined(segments);
    // Flat keys (`state.checkpoints.dir`) and nested YAML (`state: {checkpoints: {dir}}`) alike.
    return diff_rules_1.stateDirKeys.some((k) => joined === k || joined.endsWith(`.${k}`));
}
function get(obj, ...path) {
    let cur = obj;
    for (const k of path) {
        if (!isPlainObject(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
/** Which CMF object a dynamic resource is (by type name, else by the shape of its inputs). */
function cmfKind(r) {
    if (!r.type.startsWith("pulumi-nodejs:dynamic"))
        return undefined;
    if (r.type.endsWith(":CmfEnvironment"))
        return "environment";
    if (r.type.endsWith(":CmfFlinkApplication"))
        return "application";
    if (r.type.endsWith(":CmfComputePool"))
        return "compute-pool";
    if (r.type !== "pulumi-nodejs:dynamic:Resource")
        return undefined;
    const i = r.inputs;
    if ("clusterSpec" in i || get(i, "spec", "clusterSpec") !== undefined)
        return "compute-pool";
    if ("kubernetesNamespace" in i)
        return "environment";
    if ("environment" in i && "spec" in i)
        return "application";
    return undefined;
}
/**
 * Whether deleting (or replacing) the resource loses Flink state: jobs with a
 * stateful upgrade mode, volumes, Confluent Cloud environments, CMF
 * environments and applications.
 */
function holdsState(r) {
    if (r.type === diff_rules_1.flinkDeploymentType || r.type === diff_rules_1.flinkSessionJobType) {
        const mode = get(r.inputs, "spec", "job", "upgradeMode");
        return get(r.inputs, "spec", "job") !== undefined && mode !== undefined && mode !== "stateless";
    }
    if (r.type.startsWith("kubernetes:") && /:(PersistentVolumeClaim|StatefulSet)$/.test(r.type))
        return true;
    if (r.type === diff_rules_1.ccEnvironmentType)
        return true;
    const cmf = cmfKind(r);
    return cmf === "environment" || cmf === "application";
}
/** `pool`: the inputs (after the change) when the resource is a CMF compute pool. */
function fieldKind(type, f, path, pool) {
    if (isStateDirPath(f.segments))
        return "state-risk";
    if (path === "spec.job.upgradeMode" && f.after === "stateless" && f.before !== "stateless")
        return "state-risk";
    if (path === "protect" || path === "retainOnDelete")
        return "update";
    if ((0, diff_rules_1.ruleMatches)(diff_rules_1.replaceOnChange, type, path))
        return "replace";
    if (pool !== undefined)
        return (0, diff_rules_1.cmfPoolChangeRestarts)(pool, path) ? "restart" : "update";
    if ((0, diff_rules_1.ruleMatches)(diff_rules_1.restartOnChange, type, path))
        return "restart";
    return "update";
}
function compareResources(before, after) {
    const raw = [];
    compareValues(before.inputs, after.inputs, [], raw);
    const fields = [];
    let kind = "update";
    const pool = cmfKind(after) === "compute-pool" ? after.inputs : undefined;
    for (const f of raw) {
        const path = formatPath(f.segments);
        const k = fieldKind(after.type, f, path, pool);
        if (severity[k] > severity[kind])
            kind = k;
        fields.push({ path, before: f.before, after: f.after });
    }
    for (const option of ["protect", "retainOnDelete"]) {
        if (before[option] !== after[option]) {
            fields.push({ path: option, before: before[option], after: after[option] });
        }
    }
    if (fields.length === 0)
        return undefined;
    // A replacement deletes first: for a resource holding state that is a state risk.
    if (kind === "replace" && (holdsState(before) || holdsState(after)))
        kind = "state-risk";
    return { urn: after.urn, type: after.type, name: after.name, kind, fields };
}
/**
 * Compares `after` with `before` (absent: everything is created). Resources
 * are matched by urn; `dependsOn` and `parent` are not compared (a new parent
 * is a new urn).
 */
function diffPlans(before, after, base) {
    const old = new Map((before?.resources ?? []).map((r) => [r.urn, r]));
    const now = new Map(after.resources.map((r) => [r.urn, r]));
    const changes = [];
    for (const r of after.resources) {
        const prev = old.get(r.urn);
        if (!prev) {
            changes.push({ urn: r.urn, type: r.type, name: r.name, kind: "create", fields: [] });
            continue;
        }
        const change = compareResources(prev, r);
        if (change)
            changes.push(change);
    }
    for (const r of before?.resources ?? []) {
        if (now.has(r.urn))
            continue;
        const kind = holdsState(r) ? "state-risk" : "delete";
        changes.push({ urn: r.urn, type: r.type, name: r.name, kind, fields: [] });
    }
    changes.sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0));
    return { stack: after.stack, base, changes };
}
/** 2 when anything is replaced or risks Flink state, 0 otherwise. */
function exitCode(diff) {
    return diff.changes.some((c) => c.kind === "replace" || c.kind === "state-risk") ? 2 : 0;
}
/** Number of changes per kind, every kind present (0 when none). */
function countKinds(diff) {
    const counts = Object.fromEntries(exports.changeKinds.map((k) => [k, 0]));
    for (const c of diff.changes)
        counts[c.kind]++;
    return counts;
}
