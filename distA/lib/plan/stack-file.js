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
exports.containedStackFile = containedStackFile;
exports.writeFileAtomic = writeFileAtomic;
const node_crypto_1 = require("node:crypto");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const errors_1 = require("../core/errors");
const out_dir_1 = require("./out-dir");
/**
 * Where a stack's config file may be, and how it is rewritten. A hostile
 * change (a pull request the CI runs `diff` or `scale` on) could point the
 * stack folder or a stack file elsewhere with `stackConfigDir` or a
 * symbolic link: every path is resolved and checked before it is read or
 * written.
 */
/** Whether `inner` is `outer` or below it (paths of one kind: both real, or both as written). */
function within(outer, inner) {
    const rel = path.relative(outer, inner);
    return rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
/**
 * `<stackConfigDir>/Pulumi.<stack>.yaml` for a valid stack name, once the
 * stack folder is known to be inside the project (as written) and the file,
 * when it exists, to resolve inside the stack folder (links resolved). Throws
 * one ConfigError otherwise.
 */
function containedStackFile(project, stack, flag = "<stack>") {
    // Lexically: the stack folder may be a link (to a shared config checkout),
    // but Pulumi.yaml may not point it outside the project.
    if (!within(project.dir, project.stackConfigDir)) {
        throw new errors_1.ConfigError([
            {
                path: "Pulumi.yaml stackConfigDir",
                got: path.relative(project.dir, project.stackConfigDir),
                allowed: "a folder inside the project, relative to Pulumi.yaml",
            },
        ], "Stack folder outside the project");
    }
    const file = path.join(project.stackConfigDir, `Pulumi.${stack}.yaml`);
    let real;
    try {
        real = fs.realpathSync(file);
    }
    catch {
        // Missing: fine (the caller says "unknown stack"), unless it is a dangling link.
        if (!fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink())
            return file;
    }
    if (real === undefined || !within((0, out_dir_1.realPath)(project.stackConfigDir), real)) {
        throw new errors_1.ConfigError([
            {
                path: flag,
                got: stack,
                allowed: `a stack whose Pulumi.<stack>.yaml is inside ${project.stackConfigDir}`,
                hint: `${file} resolves to ${real ?? "nothing (a dangling symbolic link)"}`,
            },
        ], "Stack file outside the stack folder");
    }
    return file;
}
/**
 * Replaces `file` with `text` through a temporary file in the same folder
 * renamed over it, so a crash leaves either the old or the new file, never
 * half of one. A symbolic link is kept (its target is replaced); so is the
 * file's mode.
 */
function writeFileAtomic(file, text) {
    const real = fs.existsSync(file) ? fs.realpathSync(file) : file;
    const mode = fs.statSync(real, { throwIfNoEntry: false })?.mode;
    const tmp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}-${(0, node_crypto_1.randomBytes)(4).toString("hex")}.tmp`);
    try {
        const fd = fs.openSync(tmp, "wx", mode === undefined ? 0o666 : 0o600);
        try {
            fs.writeFileSync(fd, text);
            fs.fsyncSync(fd);
        }
        finally {
            fs.closeSync(fd);
        }
        if (mode !== undefined)
            fs.chmodSync(tmp, mode & 0o7777);
        fs.renameSync(tmp, real);
    }
    catch (err) {
        fs.rmSync(tmp, { force: true });
        throw err;
    }
}
