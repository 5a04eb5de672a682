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
exports.sqlFileRule = void 0;
exports.describeBytes = describeBytes;
exports.readBoundedFile = readBoundedFile;
exports.readProjectFileOrRefuse = readProjectFileOrRefuse;
exports.readProjectFiles = readProjectFiles;
exports.readProjectFile = readProjectFile;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const errors_1 = require("./errors");
/** `1 MiB (1048576 bytes)`. */
function describeBytes(n) {
    const unit = n % 1048576 === 0 ? `${n / 1048576} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : undefined;
    return unit ? `${unit} (${n} bytes)` : `${n} bytes`;
}
function kindOf(st) {
    if (st.isDirectory())
        return "a folder";
    if (st.isFIFO())
        return "a FIFO (named pipe)";
    if (st.isCharacterDevice())
        return "a character device";
    if (st.isBlockDevice())
        return "a block device";
    if (st.isSocket())
        return "a socket";
    return "not a regular file";
}
const regular = "a regular file";
const sizeRule = (what, maxBytes) => `${what} of at most ${describeBytes(maxBytes)}`;
function unreadable(err) {
    const code = err?.code;
    if (code === "ENOENT")
        return { allowed: "an existing file" };
    // Windows refuses to open a folder instead of opening it.
    if (code === "EISDIR")
        return { allowed: regular, found: "a folder" };
    return { allowed: "a readable file", found: code ?? String(err) };
}
/**
 * Reads a regular file of at most `maxBytes` bytes as UTF-8, or says why not.
 *
 * The file is checked before it is opened (opening a device can have effects
 * of its own), opened without waiting (a FIFO would block until a writer
 * comes), checked again on the open descriptor (the path may have changed in
 * between), and read into a buffer of `maxBytes + 1` bytes: a file whose size
 * lies (`/proc`) or that grows is refused after at most that many bytes.
 * `what` names the file in the size rule (`a YAML file of at most ...`).
 */
function readBoundedFile(file, maxBytes, what = "a file") {
    let st;
    try {
        st = fs.statSync(file);
    }
    catch (err) {
        return unreadable(err);
    }
    if (!st.isFile())
        return { allowed: regular, found: kindOf(st) };
    if (st.size > maxBytes)
        return { allowed: sizeRule(what, maxBytes), found: `${st.size} bytes` };
    let fd;
    try {
        fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        return unreadable(err);
    }
    try {
        const opened = fs.fstatSync(fd);
        if (!opened.isFile())
            return { allowed: regular, found: kindOf(opened) };
        // One byte more than allowed: reading it means the file is too large.
        const buffer = Buffer.allocUnsafe(maxBytes + 1);
        let length = 0;
        while (length < buffer.length) {
            const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > maxBytes)
            return { allowed: sizeRule(what, maxBytes), found: `more than ${maxBytes} bytes` };
        return { text: buffer.toString("utf8", 0, length) };
    }
    catch (err) {
        return unreadable(err);
    }
    finally {
        fs.closeSync(fd);
    }
}
/** Whether `file` is `root` or under it (both absolute and normalized). */
function isInside(root, file) {
    const rel = path.relative(root, file);
    return !(rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel));
}
/**
 * Checks a path a stack gives (`relPath`, relative to the project
 * directory) and reads the file, or says which rule it breaks. The rules, in
 * order: relative; inside the project as written; the expected extension;
 * existing; inside the project and still of that extension once every
 * symbolic link is resolved (fs.realpathSync); a regular file; at most
 * `rule.maxBytes` bytes.
 */
function readProjectFileOrRefuse(projectRoot, relPath, rule) {
    const extension = { allowed: `a file name ending in ${rule.extensions.join(" or ")}` };
    const hasExtension = (p) => rule.extensions.includes(path.extname(p));
    const inside = "a path inside the project directory (symbolic links followed)";
    if (path.isAbsolute(relPath) || path.win32.isAbsolute(relPath)) {
        return { allowed: "a path relative to the project directory" };
    }
    const root = path.resolve(projectRoot);
    const file = path.resolve(root, relPath);
    if (!isInside(root, file))
        return { allowed: inside };
    if (!hasExtension(file))
        return extension;
    let realRoot;
    let real;
    try {
        realRoot = fs.realpathSync(root);
        real = fs.realpathSync(file);
    }
    catch (err) {
        const refusal = unreadable(err);
        return refusal.found === undefined
            ? { ...refusal, hint: "paths are relative to the project directory (where Pulumi.yaml is)" }
            : refusal;
    }
    if (real !== file || realRoot !== root) {
        const link = fs.lstatSync(file).isSymbolicLink() ? "a symbolic link" : "a path that resolves";
        if (!isInside(realRoot, real))
            return { allowed: inside, found: `${link} to ${real}` };
        if (!hasExtension(real))
            return { ...extension, found: `${link} to ${path.relative(realRoot, real)}` };
    }
    return readBoundedFile(real, rule.maxBytes);
}
/**
 * Reads the files a stack references (`relPath` under the config key `key`,
 * see {@link readProjectFileOrRefuse}), keyed by `relPath`. Any file that
 * breaks a rule is a {@link ConfigError} naming its key, its value and the
 * rule; all of them in one error, nothing read is returned.
 */
function readProjectFiles(projectRoot, refs, rule, title = "Invalid flink-platform stack configuration") {
    const texts = {};
    const problems = [];
    for (const { key, relPath } of refs) {
        const read = readProjectFileOrRefuse(projectRoot, relPath, rule);
        if ("text" in read) {
            texts[relPath] = read.text;
        }
        else {
            const hint = read.hint ?? (read.found === undefined ? undefined : `found: ${read.found}`);
            problems.push({ path: key, got: relPath, allowed: read.allowed, ...(hint ? { hint } : {}) });
        }
    }
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems, title);
    return texts;
}
/** One file of {@link readProjectFiles}: its text, or a ConfigError naming `key`. */
function readProjectFile(projectRoot, key, relPath, rule) {
    return readProjectFiles(projectRoot, [{ key, relPath }], rule)[relPath];
}
/**
 * SQL statement files: `.sql`, at most 1 MiB. Statements are a few KiB; the
 * cap only keeps a mistake or a hostile stack from loading a huge file into
 * the plan.
 */
exports.sqlFileRule = { extensions: [".sql"], maxBytes: 1024 * 1024 };
