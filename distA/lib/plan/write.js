"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.isKubernetesObject = isKubernetesObject;
exports.isHelmRelease = isHelmRelease;
exports.manifestOf = manifestOf;
exports.writePlan = writePlan;
exports.summarize = summarize;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const errors_1 = require("../core/errors");
const yaml_1 = require("../core/yaml");
const out_dir_1 = require("./out-dir");
/** Pulumi types that are whole Kubernetes objects (not Helm releases or YAML groups). */
function isKubernetesObject(r) {
    return (r.type.startsWith("kubernetes:") &&
        !r.type.startsWith("kubernetes:helm.sh/") &&
        !r.type.startsWith("kubernetes:yaml/") &&
        typeof r.inputs.kind === "string" &&
        typeof r.inputs.apiVersion === "string");
}
function isHelmRelease(r) {
    return r.type === "kubernetes:helm.sh/v3:Release";
}
/** A manifest as registered: apiVersion, kind, metadata first, then the rest. */
function manifestOf(r) {
    const { apiVersion, kind, metadata, ...rest } = r.inputs;
    return { apiVersion, kind, metadata, ...rest };
}
function fileSafe(s) {
    return s.replace(/[^A-Za-z0-9_.-]+/g, "_");
}
/**
 * The `helm/` file of each release. Two releases that would share a file
 * (same name, or names equal once made file-safe) are refused, naming both:
 * the writer never overwrites a file it wrote in the same run.
 */
function helmFiles(releases) {
    const byFile = new Map();
    const problems = [];
    const files = releases.map((r) => {
        const name = String(r.inputs.name ?? r.name);
        const file = `${fileSafe(name)}.yaml`;
        const first = byFile.get(file);
        if (first) {
            problems.push({
                path: `helm/${file}`,
                got: name,
                allowed: "one Helm release per file name",
                hint: `written for ${first.urn} and for ${r.urn}`,
            });
        }
        else
            byFile.set(file, r);
        return file;
    });
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems, "Two Helm releases would write one file");
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
async function writePlan(plan, dir, options = {}) {
    const target = (0, out_dir_1.checkOutDir)(dir, options);
    const releases = plan.resources.filter(isHelmRelease);
    const releaseFiles = helmFiles(releases);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const staging = (0, out_dir_1.reserveSibling)(target, "new");
    // "wx": a file is never written twice, whatever the names.
    const write = (file, text) => fs.writeFileSync(path.join(staging, file), text, { flag: "wx" });
    try {
        fs.mkdirSync(path.join(staging, "manifests"));
        fs.mkdirSync(path.join(staging, "helm"));
        write("plan.json", JSON.stringify(plan, null, 2) + "\n");
        const objects = plan.resources.filter(isKubernetesObject);
        const width = String(objects.length).length;
        objects.forEach((r, i) => {
            const m = manifestOf(r);
            const meta = (m.metadata ?? {});
            const file = [String(i + 1).padStart(width, "0"), m.kind, meta.namespace, meta.name]
                .filter(Boolean)
                .map((p) => fileSafe(String(p)))
                .join("-");
            write(path.join("manifests", `${file}.yaml`), (0, yaml_1.toYaml)(m));
        });
        releases.forEach((r, n) => {
            const i = r.inputs;
            const doc = {
                release: i.name,
                chart: i.chart,
                repo: i.repositoryOpts?.repo,
                version: i.version,
                namespace: i.namespace,
                values: i.values ?? {},
            };
            write(path.join("helm", releaseFiles[n]), (0, yaml_1.toYaml)(doc));
        });
        write(out_dir_1.OUT_MARKER, JSON.stringify({ tool: "flink-platform", stack: plan.stack }) + "\n");
        (0, out_dir_1.installOutput)(staging, target, { ...options, given: dir });
        return { dir, manifests: objects.length, helmReleases: releases.length };
    }
    finally {
        // Gone once renamed into place; removed here when anything failed.
        fs.rmSync(staging, { recursive: true, force: true });
    }
}
/** One-line-per-type summary, for the terminal. */
function summarize(plan) {
    const counts = new Map();
    for (const r of plan.resources)
        counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(...rows.map(([t]) => t.length));
    return [
        `${plan.resources.length} resources in stack ${plan.stack}:`,
        ...rows.map(([t, n]) => `  ${t.padEnd(width)}  ${n}`),
    ].join("\n");
}
