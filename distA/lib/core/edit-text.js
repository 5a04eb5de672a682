"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.editTitle = void 0;
exports.renderStackPath = renderStackPath;
exports.parse = parse;
exports.isPlainObject = isPlainObject;
exports.isScalarValue = isScalarValue;
exports.checkValue = checkValue;
exports.column = column;
exports.lineStart = lineStart;
exports.lineEndAfter = lineEndAfter;
exports.contentEnd = contentEnd;
exports.afterColon = afterColon;
exports.isBlockScalar = isBlockScalar;
exports.isFlow = isFlow;
exports.detectStyle = detectStyle;
exports.keyOf = keyOf;
exports.findEntry = findEntry;
exports.nest = nest;
exports.yamlOptions = yamlOptions;
exports.indentAfterFirst = indentAfterFirst;
exports.indentAll = indentAll;
exports.renderScalar = renderScalar;
exports.renderInline = renderInline;
exports.splice = splice;
/**
 * The text side of the stack-file editor (`./edit`): parsing with the
 * readers' limits, where nodes start and end in the text, the file's
 * indentation style, and rendering values the way their neighbours look.
 */
const yaml_1 = require("yaml");
const errors_1 = require("./errors");
const yaml_2 = require("./yaml");
exports.editTitle = "Cannot edit the stack file";
function renderStackPath(path) {
    return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
/** Parses with the limits every reader of stack files has (size, aliases, duplicate keys: config/yaml.ts). */
function parse(text) {
    const { doc, problem } = (0, yaml_2.parseBoundedYaml)(text, { merge: false });
    if (problem) {
        throw new errors_1.ConfigError([
            {
                path: "stack file",
                got: problem.got,
                allowed: problem.allowed,
                hint: "fix the file by hand first",
            },
        ], exports.editTitle);
    }
    // No document at all (empty or only comments): an empty one to add to.
    return doc ?? (0, yaml_1.parseDocument)(text);
}
function isPlainObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isScalarValue(v) {
    return v === null || ["string", "number", "boolean"].includes(typeof v);
}
function checkValue(v, path, top = false) {
    if (isScalarValue(v) || (v === undefined && top)) {
        if (typeof v === "number" && !Number.isFinite(v))
            throw new TypeError(`${renderStackPath(path)}: ${v}`);
        return;
    }
    if (Array.isArray(v))
        return v.forEach((x, i) => checkValue(x, [...path, i]));
    if (isPlainObject(v))
        return Object.entries(v).forEach(([k, x]) => checkValue(x, [...path, k]));
    throw new TypeError(`${renderStackPath(path)}: not a JSON-like value (${typeof v})`);
}
function column(text, pos) {
    return pos - (text.lastIndexOf("\n", pos - 1) + 1);
}
function lineStart(text, pos) {
    return text.lastIndexOf("\n", pos - 1) + 1;
}
/** Start of the line after the one holding `pos - 1`. */
function lineEndAfter(text, pos) {
    if (pos > 0 && text[pos - 1] === "\n")
        return pos;
    const nl = text.indexOf("\n", pos);
    return nl === -1 ? text.length : nl + 1;
}
/** End of a node's own text, without trailing blank space. */
function contentEnd(text, node) {
    const [start, end] = node.range;
    let e = end;
    while (e > start && /\s/.test(text[e - 1]))
        e--;
    return e;
}
function afterColon(text, pair) {
    const key = pair.key;
    return text.indexOf(":", key.range[1]) + 1;
}
function isBlockScalar(node) {
    return (0, yaml_1.isScalar)(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED");
}
function isFlow(node) {
    return ((0, yaml_1.isMap)(node) || (0, yaml_1.isSeq)(node)) && node.flow === true;
}
/** Indentation step and list style of the file, so new lines look like their neighbours. */
function detectStyle(text, doc) {
    let indent = 2;
    let indentSeq;
    const config = (0, yaml_1.isMap)(doc.contents) ? doc.contents.items.find((p) => keyOf(p) === "config") : undefined;
    if (config &&
        (0, yaml_1.isMap)(config.value) &&
        !config.value.flow &&
        config.value.range &&
        config.key.range) {
        const step = column(text, config.value.range[0]) -
            column(text, config.key.range[0]);
        if (step > 0)
            indent = step;
    }
    (0, yaml_1.visit)(doc, {
        Pair(_, pair) {
            const v = pair.value;
            const k = pair.key;
            if ((0, yaml_1.isSeq)(v) && !v.flow && v.range && k?.range) {
                indentSeq = column(text, v.range[0]) > column(text, k.range[0]);
                return yaml_1.visit.BREAK;
            }
            return undefined;
        },
    });
    return { indent, indentSeq: indentSeq ?? true };
}
function keyOf(pair) {
    return (0, yaml_1.isScalar)(pair.key) ? pair.key.value : pair.key;
}
function findEntry(parent, key, path) {
    if ((0, yaml_1.isMap)(parent)) {
        const pair = parent.items.find((p) => String(keyOf(p)) === String(key));
        return pair ? { parent, pair, node: pair.value ?? null } : undefined;
    }
    if (typeof key !== "number" || !Number.isInteger(key) || key < 0) {
        throw new errors_1.ConfigError([{ path: renderStackPath(path), got: key, allowed: "a list index (the value there is a list)" }], exports.editTitle);
    }
    return key < parent.items.length ? { parent, index: key, node: parent.items[key] } : undefined;
}
/** `rest = ["a", 0]`, `v` -> `{ a: [v] }`. */
function nest(rest, value, path) {
    let v = value;
    for (let i = rest.length - 1; i >= 0; i--) {
        const k = rest[i];
        if (typeof k === "number") {
            if (k !== 0) {
                throw new errors_1.ConfigError([{ path: renderStackPath(path), got: k, allowed: "index 0 of a list that does not exist yet" }], exports.editTitle);
            }
            v = [v];
        }
        else {
            v = { [k]: v };
        }
    }
    return v;
}
function yamlOptions(style) {
    return { indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 };
}
/** Prefixes every line but the first with `indent` spaces (blank lines stay empty). */
function indentAfterFirst(s, indent) {
    const pad = " ".repeat(indent);
    return s
        .split("\n")
        .map((line, i) => (i === 0 || line === "" ? line : pad + line))
        .join("\n");
}
function indentAll(s, indent) {
    const pad = " ".repeat(indent);
    return s
        .split("\n")
        .map((line) => (line === "" ? line : pad + line))
        .join("\n");
}
/** A scalar in the style of the one it replaces, when that style can hold it. */
function renderScalar(value, type) {
    if (typeof value === "string") {
        if (type === "QUOTE_DOUBLE" || value.includes("\n"))
            return JSON.stringify(value);
        if (type === "QUOTE_SINGLE")
            return `'${value.replace(/'/g, "''")}'`;
    }
    return (0, yaml_1.stringify)(value, { lineWidth: 0 }).replace(/\n$/, "");
}
/** A value on one line: scalars in their style, collections in flow style. */
function renderInline(value, type) {
    return isScalarValue(value)
        ? renderScalar(value, type)
        : (0, yaml_1.stringify)(value, { collectionStyle: "flow", lineWidth: 0 }).replace(/\n$/, "");
}
function splice(text, start, end, insert) {
    return text.slice(0, start) + insert + text.slice(end);
}
