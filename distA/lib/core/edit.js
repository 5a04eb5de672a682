"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.editStackFile = editStackFile;
exports.getStackValue = getStackValue;
exports.findPoolIndex = findPoolIndex;
/**
 * Comment-preserving edits of `stacks/Pulumi.<stack>.yaml`.
 *
 * The file is parsed with the `yaml` Document API to locate nodes, and each
 * edit is applied as a splice of the original text at the node's source range.
 * So comments, blank lines, key order, quoting and flow collections of every
 * line that is not edited stay byte-identical (re-serializing the document
 * would normalize them). New keys are appended at the end of their map, in the
 * file's indentation; a scalar keeps its quoting style when the new value
 * allows it.
 */
const yaml_1 = require("yaml");
const errors_1 = require("./errors");
const edit_text_1 = require("./edit-text");
const yaml_2 = require("./yaml");
class Editor {
    text;
    constructor(text) {
        this.text = text;
    }
    result() {
        return this.text;
    }
    /** Sets `path` (from the document root) to `value`; `whole` replaces collections in one piece. */
    set(path, value, whole = false) {
        const doc = (0, edit_text_1.parse)(this.text);
        const style = (0, edit_text_1.detectStyle)(this.text, doc);
        const root = doc.contents;
        if (root === null || ((0, yaml_1.isScalar)(root) && root.value === null)) {
            if (value === undefined)
                return;
            const sep = this.text === "" || this.text.endsWith("\n") ? "" : "\n";
            this.text += sep + (0, yaml_1.stringify)((0, edit_text_1.nest)(path, value, path), (0, edit_text_1.yamlOptions)(style));
            return;
        }
        if (!(0, yaml_1.isMap)(root)) {
            throw new errors_1.ConfigError([{ path: "stack file", got: root.toJSON(), allowed: "a map with a config key" }], edit_text_1.editTitle);
        }
        let parent = root;
        for (let i = 0; i < path.length; i++) {
            const entry = (0, edit_text_1.findEntry)(parent, path[i], path.slice(0, i + 1));
            const rest = path.slice(i + 1);
            if (!entry) {
                if (value !== undefined)
                    this.insert(parent, path.slice(0, i), path[i], (0, edit_text_1.nest)(rest, value, path), style);
                return;
            }
            if (rest.length === 0)
                return this.replace(path, entry, value, style, whole);
            if ((0, yaml_1.isMap)(entry.node) || (0, yaml_1.isSeq)(entry.node)) {
                parent = entry.node;
                continue;
            }
            if (value !== undefined)
                this.replaceWhole(entry, (0, edit_text_1.nest)(rest, value, path), style);
            return;
        }
    }
    insert(parent, parentPath, key, value, style) {
        if ((0, yaml_1.isSeq)(parent) && key !== parent.items.length) {
            throw new errors_1.ConfigError([
                {
                    path: (0, edit_text_1.renderStackPath)([...parentPath, key]),
                    got: key,
                    allowed: `a list index up to ${parent.items.length} (the next one appends)`,
                },
            ], edit_text_1.editTitle);
        }
        if (parent.flow && parent.items.length > 0) {
            // Append before the closing bracket, keeping the collection's own spacing.
            const last = parent.items[parent.items.length - 1];
            const lastNode = ((0, yaml_1.isSeq)(parent) ? last : (last.value ?? last.key));
            const at = lastNode.range[1];
            const inline = (0, edit_text_1.renderInline)(value);
            const item = (0, yaml_1.isSeq)(parent) ? inline : `${(0, edit_text_1.renderScalar)(key, undefined)}: ${inline}`;
            this.text = (0, edit_text_1.splice)(this.text, at, at, `, ${item}`);
            return;
        }
        if (parent.flow) {
            const js = parent.toJSON();
            if (Array.isArray(js))
                js.push(value);
            else
                js[key] = value;
            return this.set(parentPath, js, true);
        }
        let snippet;
        if ((0, yaml_1.isSeq)(parent)) {
            snippet = (0, yaml_1.stringify)([value], (0, edit_text_1.yamlOptions)(style));
        }
        else {
            snippet = (0, yaml_1.stringify)({ [key]: value }, (0, edit_text_1.yamlOptions)(style));
        }
        const range = parent.range;
        const at = (0, edit_text_1.lineEndAfter)(this.text, (0, edit_text_1.contentEnd)(this.text, parent));
        const sep = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
        this.text = (0, edit_text_1.splice)(this.text, at, at, sep + (0, edit_text_1.indentAll)(snippet, (0, edit_text_1.column)(this.text, range[0])));
    }
    replace(path, entry, value, style, whole) {
        const node = entry.node;
        if (value === undefined)
            return this.remove(path, entry);
        if ((0, yaml_1.isScalar)(node) && (0, edit_text_1.isScalarValue)(value) && node.source !== "" && !(0, edit_text_1.isBlockScalar)(node)) {
            const [start, end] = node.range;
            this.text = (0, edit_text_1.splice)(this.text, start, end, (0, edit_text_1.renderScalar)(value, node.type));
            return;
        }
        if (!whole && (0, yaml_1.isMap)(node) && (0, edit_text_1.isPlainObject)(value) && Object.keys(value).length > 0) {
            for (const p of node.items) {
                const k = (0, edit_text_1.keyOf)(p);
                if (!Object.prototype.hasOwnProperty.call(value, String(k)))
                    this.set([...path, String(k)], undefined);
            }
            for (const [k, v] of Object.entries(value))
                this.set([...path, k], v);
            return;
        }
        if (!whole && (0, yaml_1.isSeq)(node) && Array.isArray(value) && value.length > 0) {
            const before = node.items.length;
            for (let i = before - 1; i >= value.length; i--)
                this.set([...path, i], undefined);
            value.forEach((v, i) => this.set([...path, i], v));
            return;
        }
        this.replaceWhole(entry, value, style);
    }
    /** Replaces the value of an entry by `value` rendered in the context's style. */
    replaceWhole(entry, value, style) {
        const { parent, pair, node } = entry;
        const text = this.text;
        if (parent.flow || ((0, edit_text_1.isFlow)(node) && !(0, edit_text_1.isScalarValue)(value))) {
            const [start, end] = node.range;
            this.text = (0, edit_text_1.splice)(text, start, end, (0, edit_text_1.renderInline)(value, (0, yaml_1.isScalar)(node) ? node.type : undefined));
            return;
        }
        let anchor;
        let col;
        let body;
        if (pair) {
            anchor = (0, edit_text_1.afterColon)(text, pair);
            col = (0, edit_text_1.column)(text, pair.key.range[0]);
            body = (0, yaml_1.stringify)({ k: value }, (0, edit_text_1.yamlOptions)(style)).slice("k:".length);
        }
        else {
            const start = node.range[0];
            anchor = text.lastIndexOf("-", start - 1) + 1;
            col = (0, edit_text_1.column)(text, anchor - 1);
            body = (0, yaml_1.stringify)([value], (0, edit_text_1.yamlOptions)(style)).slice("-".length);
        }
        if ((0, yaml_1.isScalar)(node) && (0, edit_text_1.isScalarValue)(value) && !(0, edit_text_1.isBlockScalar)(node)) {
            body = ` ${(0, edit_text_1.renderScalar)(value, node.type)}\n`;
        }
        let end = anchor;
        if (node?.range) {
            end =
                (0, yaml_1.isScalar)(node) && !(0, edit_text_1.isBlockScalar)(node)
                    ? node.range[1]
                    : (0, edit_text_1.isFlow)(node)
                        ? node.range[1]
                        : (0, edit_text_1.contentEnd)(text, node);
        }
        this.text = (0, edit_text_1.splice)(text, anchor, Math.max(anchor, end), (0, edit_text_1.indentAfterFirst)(body.replace(/\n$/, ""), col));
    }
    remove(path, entry) {
        const { parent, pair, node } = entry;
        const parentPath = path.slice(0, -1);
        if (parent.flow || parent.items.length === 1) {
            const js = parent.toJSON();
            if (Array.isArray(js))
                js.splice(entry.index, 1);
            else
                delete js[String(path[path.length - 1])];
            return this.set(parentPath, js, true);
        }
        const text = this.text;
        const start = pair
            ? pair.key.range[0]
            : text.lastIndexOf("-", node.range[0] - 1);
        const from = (0, edit_text_1.lineStart)(text, start);
        if (text.slice(from, start).trim() !== "") {
            // Shares its line with a list dash (`- name: a`): rewrite the parent instead.
            const js = parent.toJSON();
            if (Array.isArray(js))
                js.splice(entry.index, 1);
            else
                delete js[String(path[path.length - 1])];
            return this.set(parentPath, js, true);
        }
        const last = node?.range ? (0, edit_text_1.contentEnd)(text, node) : pair ? (0, edit_text_1.afterColon)(text, pair) : start + 1;
        let to = (0, edit_text_1.lineEndAfter)(text, last);
        // The first entry takes the blank lines after it along, so none dangle under the parent's key.
        if (parent.items[0] === (pair ?? node)) {
            for (let m = /^[ \t]*\n/.exec(text.slice(to)); m; m = /^[ \t]*\n/.exec(text.slice(to)))
                to += m[0].length;
        }
        this.text = (0, edit_text_1.splice)(text, from, to, "");
    }
}
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(",")}]`;
    if ((0, edit_text_1.isPlainObject)(v)) {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(",")}}`;
    }
    return JSON.stringify(v) ?? "undefined";
}
function lookup(root, path) {
    let cur = root;
    for (const k of path) {
        if (Array.isArray(cur) && typeof k === "number")
            cur = cur[k];
        else if ((0, edit_text_1.isPlainObject)(cur))
            cur = cur[String(k)];
        else
            return undefined;
    }
    return cur;
}
/** What the data should be after the edit: `root` with `path` set (missing maps/lists created) or removed. */
function applyToJs(root, path, value) {
    if (path.length === 0)
        return value;
    const [head, ...rest] = path;
    const container = Array.isArray(root)
        ? [...root]
        : (0, edit_text_1.isPlainObject)(root)
            ? { ...root }
            : typeof head === "number"
                ? []
                : {};
    const current = Array.isArray(container) ? container[head] : container[String(head)];
    if (rest.length === 0 && value === undefined) {
        if (Array.isArray(container))
            container.splice(head, 1);
        else
            delete container[String(head)];
        return container;
    }
    const next = rest.length > 0 && value === undefined && current === undefined
        ? undefined
        : applyToJs(current, rest, value);
    if (next === undefined)
        return container;
    if (Array.isArray(container))
        container[head] = next;
    else
        container[String(head)] = next;
    return container;
}
/**
 * Applies `edits` (paths under `config:`) to a stack file's text and returns
 * the new text. Missing maps are created; lines not edited are kept
 * byte-for-byte, comments included.
 */
function editStackFile(text, edits) {
    const editor = new Editor(text);
    for (const edit of edits) {
        const path = ["config", ...edit.path];
        (0, edit_text_1.checkValue)(edit.value, edit.path, true);
        const expected = applyToJs((0, edit_text_1.parse)(editor.result()).toJS(yaml_2.checkedToJS), path, edit.value);
        editor.set(path, edit.value);
        // Guard: the edited text must parse to exactly the old data with this one edit.
        const now = (0, edit_text_1.parse)(editor.result()).toJS(yaml_2.checkedToJS);
        if (canonical(now) !== canonical(expected)) {
            throw new Error(`internal error editing ${(0, edit_text_1.renderStackPath)(edit.path)}: the result does not hold ${canonical(edit.value)}`);
        }
    }
    return editor.result();
}
/** The value at `path` under `config:` (plain JS), or undefined. */
function getStackValue(text, path) {
    return lookup((0, edit_text_1.parse)(text).toJS(yaml_2.checkedToJS), ["config", ...path]);
}
/**
 * Index of the pool named `poolName` in `config["flink-platform:pools"]`. With
 * no name, the only pool. Throws a ConfigError naming `--pool` otherwise.
 */
function findPoolIndex(text, poolName, poolsPath = ["flink-platform:pools"]) {
    const pools = getStackValue(text, poolsPath);
    const names = Array.isArray(pools) ? pools.map((p) => ((0, edit_text_1.isPlainObject)(p) ? String(p.name) : String(p))) : [];
    const key = `config.${(0, edit_text_1.renderStackPath)(poolsPath)}`;
    if (names.length === 0) {
        throw new errors_1.ConfigError([
            {
                path: "--pool",
                got: poolName,
                allowed: `a pool declared under ${key} (none declared)`,
                hint: `declare the pool in the stack file under ${key} first`,
            },
        ], edit_text_1.editTitle);
    }
    if (poolName === undefined) {
        if (names.length === 1)
            return 0;
        throw new errors_1.ConfigError([
            {
                path: "--pool",
                got: undefined,
                allowed: `one of ${names.join(", ")}`,
                hint: "the stack has several pools",
            },
        ], edit_text_1.editTitle);
    }
    const index = names.indexOf(poolName);
    if (index < 0) {
        throw new errors_1.ConfigError([{ path: "--pool", got: poolName, allowed: `one of ${names.join(", ")}` }], edit_text_1.editTitle);
    }
    return index;
}
