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
exports.OUT_MARKER = void 0;
exports.realPath = realPath;
exports.checkOutDir = checkOutDir;
exports.reserveSibling = reserveSibling;
exports.installOutput = installOutput;
const node_crypto_1 = require("node:crypto");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const errors_1 = require("../core/errors");
/**
 * The output folder of `synth`: only ever replaced when it is a previous
 * synth output, never deleted otherwise.
 *
 * A plan is written into a fresh hidden sibling of the folder (same parent,
 * so the final `rename` is atomic) and renamed into place. An earlier output
 * is first moved aside, checked again (its marker and its shape) and only
 * then removed. Every step is a rename, so the folder always holds exactly
 * one whole output, even with several synths writing to it at once: the last
 * one to rename wins.
 */
/** File every synth output holds: `{"tool":"flink-platform","stack":"<stack>"}`. */
exports.OUT_MARKER = ".flink-platform-synth";
const TOOL = "flink-platform";
const OUT_ALLOWED = `a new or empty folder, or the output of an earlier synth (marked by ${exports.OUT_MARKER}); ` +
    "never a file, a symbolic link, the project folder, a folder above it or the filesystem root";
/** Entries that mark a project or a repository: never an output, whatever its marker says. */
const PROJECT_ENTRIES = ["Pulumi.yaml", "Pulumi.yml", ".git"];
/** Renames a synth may retry when other synths keep replacing the folder. */
const MAX_ATTEMPTS = 100;
function refuse(flag, given, hint) {
    throw new errors_1.ConfigError([{ path: flag, got: given, allowed: OUT_ALLOWED, hint: `${hint}; nothing was written` }], "Unsafe output folder");
}
function lstat(p) {
    try {
        return fs.lstatSync(p);
    }
    catch {
        return undefined;
    }
}
function statOrUndefined(p) {
    try {
        return fs.statSync(p);
    }
    catch {
        return undefined;
    }
}
/** Contents of a synth output that synth did not write (relative paths, at most five); `[]` when none. */
function foreignEntries(dir) {
    const foreign = [];
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if ((e.name === "plan.json" || e.name === exports.OUT_MARKER) && e.isFile())
            continue;
        if ((e.name === "manifests" || e.name === "helm") && e.isDirectory()) {
            for (const f of fs.readdirSync(path.join(dir, e.name), { withFileTypes: true })) {
                if (!(f.isFile() && f.name.endsWith(".yaml")))
                    foreign.push(`${e.name}/${f.name}`);
            }
        }
        else
            foreign.push(e.name);
    }
    return foreign.sort().slice(0, 5);
}
function isMarked(dir) {
    const marker = path.join(dir, exports.OUT_MARKER);
    const st = lstat(marker);
    if (!st?.isFile() || st.size > 4096)
        return false;
    try {
        return JSON.parse(fs.readFileSync(marker, "utf8")).tool === TOOL;
    }
    catch {
        return false;
    }
}
/** Why the existing folder `dir` must not be replaced; undefined when it may be. */
function contentProblem(dir) {
    const entries = fs.readdirSync(dir);
    const project = PROJECT_ENTRIES.find((e) => entries.includes(e));
    if (project)
        return `${dir} holds ${project}`;
    if (entries.length === 0)
        return undefined;
    if (!isMarked(dir))
        return `${dir} is not empty and holds no ${exports.OUT_MARKER}`;
    const foreign = foreignEntries(dir);
    if (foreign.length > 0)
        return `${dir} holds files synth does not write: ${foreign.join(", ")}`;
    return undefined;
}
/**
 * `p` with symbolic links resolved, whether or not its last parts exist yet
 * (a dangling link is refused by the callers before they ask).
 */
function realPath(p) {
    const rest = [];
    let existing = p;
    while (!lstat(existing) && path.dirname(existing) !== existing) {
        rest.unshift(path.basename(existing));
        existing = path.dirname(existing);
    }
    return path.join(fs.realpathSync(existing), ...rest);
}
/**
 * Checks that `dir` may receive a plan, before anything is written (and
 * before the synth runs): it is new, empty, or an earlier synth output; not
 * a file, a symbolic link, the project folder, the current folder or a folder
 * above either (the filesystem root included). Returns the real path to
 * write; throws one ConfigError naming `flag` otherwise.
 */
function checkOutDir(dir, options = {}) {
    const flag = options.flag ?? "dir";
    const abs = path.resolve(dir);
    const st = lstat(abs);
    if (st?.isSymbolicLink())
        refuse(flag, dir, `${abs} is a symbolic link`);
    let existing = path.dirname(abs);
    while (!st && !lstat(existing))
        existing = path.dirname(existing);
    if (!st) {
        const parent = statOrUndefined(existing);
        if (parent?.isFile())
            refuse(flag, dir, `${existing} is a file`);
        if (!parent?.isDirectory())
            refuse(flag, dir, `${existing} is not a folder`);
    }
    const target = realPath(abs);
    const kept = [process.cwd(), ...(options.projectDir ? [options.projectDir] : [])].map(realPath);
    if (kept.some((k) => k === target || k.startsWith(target.endsWith(path.sep) ? target : target + path.sep))) {
        refuse(flag, dir, `${target} is the project or current folder, or a folder above it`);
    }
    if (!st)
        return target;
    if (!st.isDirectory())
        refuse(flag, dir, `${abs} is a file`);
    let problem;
    try {
        problem = contentProblem(abs);
    }
    catch (err) {
        // Gone between the lstat and the read: another synth moved its earlier
        // output aside. The folder is as good as new; installOutput checks again.
        if (code(err) === "ENOENT")
            return target;
        throw err;
    }
    if (problem)
        refuse(flag, dir, problem);
    return target;
}
/** Creates an empty hidden folder next to `target`, named for what it holds. */
function reserveSibling(target, kind) {
    const parent = path.dirname(target);
    for (;;) {
        const dir = path.join(parent, `.${path.basename(target)}.synth-${kind}-${(0, node_crypto_1.randomBytes)(6).toString("hex")}`);
        try {
            fs.mkdirSync(dir);
            return dir;
        }
        catch (err) {
            if (err.code !== "EEXIST")
                throw err;
        }
    }
}
function code(err) {
    return err?.code;
}
/** Whether a rename failed because a non-empty folder is in the way. */
function occupied(err) {
    return code(err) === "ENOTEMPTY" || code(err) === "EEXIST";
}
/**
 * Renames the finished output `staging` to `target` (as `checkOutDir`
 * returned it). An earlier output in the way is moved aside, checked again,
 * and removed once the new one is in place; anything else in the way is put
 * back and refused.
 */
function installOutput(staging, target, options) {
    const flag = options.flag ?? "dir";
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        try {
            fs.renameSync(staging, target);
            return;
        }
        catch (err) {
            if (code(err) === "ENOTDIR")
                refuse(flag, options.given, `${target} is a file`);
            if (!occupied(err))
                throw err;
        }
        const aside = reserveSibling(target, "old");
        try {
            fs.renameSync(target, aside);
        }
        catch (err) {
            fs.rmdirSync(aside);
            if (code(err) === "ENOENT")
                continue; // another synth moved it first
            if (code(err) === "ENOTDIR" || code(err) === "EISDIR") {
                refuse(flag, options.given, `${target} is a file`);
            }
            throw err;
        }
        // Checked again where nobody else can reach it: it may have changed since checkOutDir.
        const problem = lstat(aside)?.isDirectory() ? contentProblem(aside) : `${target} is a file`;
        if (problem) {
            try {
                fs.renameSync(aside, target);
            }
            catch {
                refuse(flag, options.given, `${problem.replace(aside, target)} (moved to ${aside}: move it back)`);
            }
            refuse(flag, options.given, problem.replace(aside, target));
        }
        try {
            fs.renameSync(staging, target);
            return;
        }
        catch (err) {
            if (!occupied(err)) {
                fs.renameSync(aside, target);
                throw err;
            }
        }
        finally {
            fs.rmSync(aside, { recursive: true, force: true });
        }
    }
    throw new Error(`another synth kept replacing ${options.given}; this run wrote nothing there (run it again alone)`);
}
