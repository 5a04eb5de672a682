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
exports.loadProject = loadProject;
exports.stackFile = stackFile;
exports.listStacks = listStacks;
exports.existingStackFile = existingStackFile;
exports.loadStackConfig = loadStackConfig;
exports.readStackText = readStackText;
exports.stackConfigFromText = stackConfigFromText;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const errors_1 = require("../core/errors");
const yaml_1 = require("../core/yaml");
const secrets_1 = require("../core/secrets");
const stack_file_1 = require("./stack-file");
const stack_name_1 = require("./stack-name");
function loadProject(dir) {
    const file = path.join(dir, "Pulumi.yaml");
    if (!fs.existsSync(file)) {
        throw new errors_1.ConfigError([{ path: "Pulumi.yaml", got: undefined, allowed: `a Pulumi project file in ${dir}` }], "No Pulumi project");
    }
    const doc = ((0, yaml_1.readYamlFile)(file, "Pulumi.yaml") ?? {});
    const main = typeof doc.main === "string" ? doc.main : ".";
    let entry = path.resolve(dir, main);
    if (fs.existsSync(entry) && fs.statSync(entry).isDirectory()) {
        entry = ["index.ts", "index.js"].map((f) => path.join(entry, f)).find((f) => fs.existsSync(f)) ?? entry;
    }
    return {
        dir,
        name: String(doc.name),
        main: entry,
        stackConfigDir: path.resolve(dir, typeof doc.stackConfigDir === "string" ? doc.stackConfigDir : "."),
        config: (doc.config ?? {}),
    };
}
/**
 * The path of `Pulumi.<stack>.yaml`, checked before anything reads or writes
 * it: `stack` follows Pulumi's rule (`checkStackName`), the stack folder
 * is inside the project, and the file (symbolic links resolved) is inside the
 * stack folder. Errors name `flag`. Returns the path as the project names it
 * (links kept).
 */
function stackFile(project, stack, flag = "<stack>") {
    return (0, stack_file_1.containedStackFile)(project, (0, stack_name_1.checkStackName)(stack, flag), flag);
}
/** Stacks that have a `Pulumi.<stack>.yaml` and a valid name, sorted. */
function listStacks(project) {
    if (!fs.existsSync(project.stackConfigDir))
        return [];
    return fs
        .readdirSync(project.stackConfigDir)
        .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
        .filter((s) => s !== undefined && (0, stack_name_1.isStackName)(s))
        .sort();
}
function qualify(project, key) {
    return key.includes(":") ? key : `${project}:${key}`;
}
function isSecure(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).join() === "secure";
}
/** Replaces `secure:` leaves with the placeholder; reports whether any was found. */
function redactSecure(v) {
    if (isSecure(v))
        return { value: secrets_1.secretPlaceholder, secret: true };
    if (Array.isArray(v)) {
        const items = v.map(redactSecure);
        return { value: items.map((i) => i.value), secret: items.some((i) => i.secret) };
    }
    if (v !== null && typeof v === "object") {
        let secret = false;
        const out = {};
        for (const [k, val] of Object.entries(v)) {
            const r = redactSecure(val);
            out[k] = r.value;
            secret ||= r.secret;
        }
        return { value: out, secret };
    }
    return { value: v, secret: false };
}
function toConfigString(v) {
    return typeof v === "string" ? v : JSON.stringify(v);
}
/**
 * {@link stackFile}, which must exist: otherwise one "Unknown stack"
 * ConfigError naming `flag` and listing the stacks there are. Every command
 * that reads a stack checks this first, so `scale nope` says what
 * `synth nope` says (and `estimate --apply nope` prints no patch first).
 */
function existingStackFile(project, stack, flag = "<stack>") {
    const file = stackFile(project, stack, flag);
    if (!fs.existsSync(file)) {
        const known = listStacks(project);
        throw new errors_1.ConfigError([
            {
                path: flag,
                got: stack,
                allowed: known.length ? `one of ${known.join(", ")}` : "a stack with a Pulumi.<stack>.yaml file",
                hint: `no file ${path.relative(process.cwd(), file) || file}`,
            },
        ], "Unknown stack");
    }
    return file;
}
/**
 * Project defaults (Pulumi.yaml `config:`) overlaid by the stack file, the
 * way the Pulumi CLI merges them. `secure:` values are never decrypted: they
 * become "[secret]" and their keys are reported as secret.
 */
function loadStackConfig(project, stack) {
    const file = existingStackFile(project, stack);
    return stackConfigFromText(project, (0, yaml_1.readYamlText)(file, path.basename(file)), path.basename(file));
}
/**
 * The text of `Pulumi.<stack>.yaml` as every command reads it: an existing
 * ({@link existingStackFile}) regular file of at most 256 KiB, with a
 * bounded read (config/yaml.ts).
 */
function readStackText(project, stack, flag = "<stack>") {
    const file = existingStackFile(project, stack, flag);
    return (0, yaml_1.readYamlText)(file, path.basename(file));
}
/** Like {@link loadStackConfig}, for the text of a stack file (e.g. an edit not yet written). */
function stackConfigFromText(project, text, file = "stack file") {
    const values = {};
    const secretKeys = new Set();
    for (const [key, decl] of Object.entries(project.config)) {
        const d = decl;
        const v = d && typeof d === "object" && !Array.isArray(d) ? (d.value ?? d.default) : decl;
        if (v !== undefined)
            values[qualify(project.name, key)] = toConfigString(v);
    }
    const doc = ((0, yaml_1.parseYamlFile)(text, file) ?? {});
    for (const [key, raw] of Object.entries(doc.config ?? {})) {
        const full = qualify(project.name, key);
        const { value, secret } = redactSecure(raw);
        values[full] = toConfigString(value);
        if (secret)
            secretKeys.add(full);
    }
    return { values, secretKeys: [...secretKeys].sort() };
}
