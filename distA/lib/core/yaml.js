"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkedToJS = exports.maxYamlAliasExpansion = exports.maxYamlAliases = exports.maxYamlFileBytes = void 0;
exports.toYaml = toYaml;
exports.parseBoundedYaml = parseBoundedYaml;
exports.parseYamlFile = parseYamlFile;
exports.readYamlFile = readYamlFile;
exports.readYamlText = readYamlText;
const yaml_1 = require("yaml");
const errors_1 = require("./errors");
const files_1 = require("./files");
/**
 * YAML text read and written the way the tools on the other side read it.
 *
 * Written documents (manifests, Helm values, config patches) end up in
 * kubectl, Helm and GitOps controllers, which read YAML 1.1 (go-yaml via
 * sigs.k8s.io/yaml): there a plain `on`, `yes`, `12:30` or `1_000` is a
 * boolean or a number, not the string that was meant. Such strings are
 * quoted.
 *
 * Reading stack and project files uses the `yaml` package, bounded: those
 * files may come from an untrusted pull request (`diff` and `scale` run in
 * CI), and a 1 KB alias bomb must not cost minutes and gigabytes. The
 * comment-preserving editor (`config/edit.ts`) parses with the same limits.
 */
// The `yaml` package, writing as YAML 1.1, already quotes strings that its
// 1.1 schema reads as booleans (yes/no/on/off/y/n), null, base-60 numbers,
// timestamps and its own number forms. go-yaml v2 reads more strings as
// numbers: it deletes every `_` first, then accepts Go's number syntax
// (0x/0X, 0o/0O, 0b/0B prefixes, signed leading-dot floats). Strings that
// begin with `-`, `?`, `:` or `=` (indicators, or the 1.1 `!!value` type)
// and the merge key `<<` are quoted too, as js-yaml (the writer before)
// quoted them, so the written files stay byte-identical. This tag is only
// ever consulted by its `test` (is this string safe as a plain scalar?); it
// is never chosen for a value. Quoting a string never changes what it reads as.
const yaml11Number = /^[-+]?(?:0b[01]+|0x[0-9a-f]+|0o?[0-7]+|[0-9]+(?:\.[0-9]*)?(?:e[-+]?[0-9]+)?|\.[0-9]+(?:e[-+]?[0-9]+)?)$/i;
const quotedStrings = {
    tag: "tag:flink-platform,2026:yaml-1.1-quoted",
    default: true,
    // The writer calls only `test()`: a matcher with a function, since the rule needs the `_` removed first.
    test: {
        test: (text) => /^(?:[-?:=]|<<$)/.test(text) || yaml11Number.test(text.replace(/_/g, "")),
    },
    resolve: (text) => text,
};
// A float written as YAML 1.1 reads it: a 1.1 float needs a dot before its
// exponent (`1.e-7`, where `1e-7` would read as a string), -0 is `-0.0`.
const yaml11Float = {
    tag: "tag:yaml.org,2002:float",
    default: true,
    identify: (value) => typeof value === "number" && (!Number.isInteger(value) || Object.is(value, -0)),
    // Never true: the writer prefers tags with a test, and plain strings are checked against the others.
    test: /(?!)/,
    resolve: (text) => Number(text),
    stringify: ({ value }) => {
        const n = value;
        if (Number.isNaN(n))
            return ".nan";
        if (n === Infinity)
            return ".inf";
        if (n === -Infinity)
            return "-.inf";
        if (Object.is(n, -0))
            return "-0.0";
        const text = n.toString(10);
        return /^[-+]?[0-9]+e/.test(text) ? text.replace("e", ".e") : text;
    },
};
// The YAML 1.1 schema without its merge tag (which would write the string
// `<<` plain, where a 1.1 reader merges), after the two tags above.
const writeTags = (tags) => [
    yaml11Float,
    quotedStrings,
    ...tags.filter((t) => (typeof t === "string" ? t : t.tag) !== "tag:yaml.org,2002:merge"),
];
/**
 * One YAML document, safe for YAML 1.1 and 1.2 readers: no anchors for
 * repeated objects, no line folding, double quotes where quoting is needed,
 * literal blocks for multi-line strings, and undefined fields left out (as
 * JSON would).
 */
function toYaml(value) {
    const doc = new yaml_1.Document(value, {
        version: "1.1",
        customTags: writeTags,
        aliasDuplicateObjects: false,
        keepUndefined: false,
    });
    return doc.toString({
        lineWidth: 0,
        singleQuote: false,
        blockQuote: "literal",
        doubleQuotedMinMultiLineLength: Infinity,
        directives: false,
    });
}
// Limits of a stack or project file. The shipped stack files are a few KiB.
/** Largest stack or project file read: 256 KiB (checked before parsing). */
exports.maxYamlFileBytes = 256 * 1024;
/** Most aliases (`*name`) in one file. */
exports.maxYamlAliases = 1000;
/** Most that expanding aliases may add to a file, measured as the JSON size of what they repeat. */
exports.maxYamlAliasExpansion = 1024 * 1024;
const validYaml = "valid YAML with one document";
class Refused extends Error {
    problem;
    constructor(problem) {
        super(problem.got);
        this.problem = problem;
    }
}
function refuse(node, got, allowed, hint) {
    throw new Refused({ offset: node.range?.[0], got, allowed, ...(hint ? { hint } : {}) });
}
/** Not in YAML 1.2's c-printable: TAB, LF, CR, x20-x7E, x85, xA0-xD7FF, xE000-xFFFD, x10000-x10FFFF. */
const nonPrintable = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/** A line counter for a text that is not parsed. */
function countLines(text) {
    const lineCounter = new yaml_1.LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        lineCounter.addNewLine(i + 1);
    return lineCounter;
}
/** About the JSON size of a scalar. */
function scalarWeight(value) {
    if (typeof value === "string")
        return value.length + 2;
    return typeof value === "symbol" ? 2 : String(value).length;
}
/**
 * Walks a parsed document once, in document order, and refuses what would
 * make reading it slow or huge: more than {@link maxYamlAliases} aliases, an
 * alias with no anchor before it or inside its own anchor's value (a cycle),
 * aliases that together add more than {@link maxYamlAliasExpansion} (each
 * alias weighs its anchor's expanded size, so nested aliases multiply, as in
 * a "billion laughs" file), and duplicate keys.
 *
 * The `yaml` package's own `maxAliasCount` is not enough: it counts an alias
 * of an empty list or map as nothing, so a bomb of empty lists passes it, and
 * its checks and alias lookups scan the document once per alias (quadratic).
 * Its duplicate-key check is quadratic too, so parsing runs with
 * `uniqueKeys: false` and duplicates are found here, with a set per map.
 * Anchors resolve as the `yaml` package resolves them: to the last anchor of
 * that name before the alias in document order.
 */
function checkStructure(root) {
    const anchors = new Map();
    const weights = new Map();
    let aliases = 0;
    let added = 0;
    const walk = (node) => {
        if (node === null || node === undefined)
            return 4;
        if ((0, yaml_1.isAlias)(node)) {
            if (++aliases > exports.maxYamlAliases) {
                refuse(node, `more than ${exports.maxYamlAliases} aliases`, `at most ${exports.maxYamlAliases} aliases (*name) in a file`);
            }
            const target = anchors.get(node.source);
            if (target === undefined) {
                refuse(node, `alias *${node.source} with no anchor &${node.source} before it`, "an alias (*name) after its anchor (&name)");
            }
            const weight = weights.get(target);
            if (weight === undefined) {
                refuse(node, `alias *${node.source} inside the value of its own anchor`, "an alias (*name) after the whole value of its anchor (&name)");
            }
            added += weight;
            if (added > exports.maxYamlAliasExpansion) {
                refuse(node, `alias *${node.source} makes aliases add more than ${exports.maxYamlAliasExpansion} bytes`, `aliases (*name) and merge keys (<<) that add at most ${(0, files_1.describeBytes)(exports.maxYamlAliasExpansion)} when expanded`, "an alias repeats its anchor's whole value, so nested aliases multiply");
            }
            return weight;
        }
        const n = node;
        if (n.anchor)
            anchors.set(n.anchor, n);
        let weight;
        if ((0, yaml_1.isScalar)(n)) {
            weight = scalarWeight(n.value);
        }
        else if ((0, yaml_1.isMap)(n)) {
            const keys = new Set();
            weight = 1 + n.items.length;
            for (const pair of n.items) {
                const key = pair.key;
                if ((0, yaml_1.isScalar)(key) && typeof key.value !== "symbol") {
                    const name = String(key.value);
                    if (keys.has(name))
                        refuse(key, `duplicate key ${JSON.stringify(name)}`, "each key at most once in a map");
                    keys.add(name);
                }
                weight += walk(key) + walk(pair.value) + 1;
            }
        }
        else if ((0, yaml_1.isSeq)(n)) {
            weight = 1 + n.items.length;
            for (const item of n.items)
                weight += walk(item);
        }
        else {
            weight = 4;
        }
        if (n.anchor)
            weights.set(n, weight);
        return weight;
    };
    walk(root);
}
/**
 * Parses the text of a stack or project file under the limits above: one
 * document of the YAML 1.2 core schema (a `%YAML 1.1` directive does not
 * change it), with merge keys when `merge` is set. Errors and warnings of
 * the parser (an unknown tag, for one) are refused too. Returns the document
 * (undefined for an empty file) or the first problem, and the line counter
 * that turns its offset into a line and column.
 */
function parseBoundedYaml(text, options) {
    const lineCounter = new yaml_1.LineCounter();
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > exports.maxYamlFileBytes) {
        return {
            lineCounter,
            problem: {
                got: `${bytes} bytes`,
                allowed: `a YAML file of at most ${(0, files_1.describeBytes)(exports.maxYamlFileBytes)}`,
            },
        };
    }
    // The yaml package reads raw control characters; YAML 1.2 (5.1, c-printable) and go-yaml refuse them.
    const control = nonPrintable.exec(text);
    if (control) {
        const code = control[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
        return {
            lineCounter: countLines(text),
            problem: {
                offset: control.index,
                got: `the non-printable character U+${code}`,
                allowed: "printable characters (escape others in double quotes)",
            },
        };
    }
    const docs = (0, yaml_1.parseAllDocuments)(text, {
        version: "1.2",
        schema: "core",
        merge: options.merge,
        // !!binary, !!timestamp and the like are not core schema: refused as unknown tags.
        resolveKnownTags: false,
        uniqueKeys: false,
        prettyErrors: false,
        lineCounter,
    });
    const list = Array.isArray(docs) ? docs : [];
    const doc = list[0];
    const issue = doc?.errors[0] ?? doc?.warnings[0];
    if (issue)
        return { lineCounter, problem: { offset: issue.pos[0], got: issue.message, allowed: validYaml } };
    if (list.length > 1) {
        return {
            lineCounter,
            problem: { offset: list[1].range[0], got: "a second document", allowed: validYaml },
        };
    }
    try {
        checkStructure(doc?.contents);
    }
    catch (err) {
        if (err instanceof Refused)
            return { lineCounter, problem: err.problem };
        throw err;
    }
    return { doc, lineCounter };
}
/**
 * Options for `toJS()` of a document that passed {@link parseBoundedYaml}:
 * its aliases are already bounded, and the package's own alias count is
 * quadratic.
 */
exports.checkedToJS = { maxAliasCount: -1 };
function yamlError(file, problem, lineCounter) {
    let where = file;
    if (problem.offset !== undefined) {
        const { line, col } = lineCounter.linePos(problem.offset);
        where = `${file}:${line}:${col}`;
    }
    const { got, allowed, hint } = problem;
    return new errors_1.ConfigError([{ path: where, got, allowed, ...(hint ? { hint } : {}) }], "Cannot read a YAML file");
}
/**
 * Parses a Pulumi project or stack file as the Pulumi CLI reads it: the YAML
 * 1.2 core schema (dates stay strings) plus merge keys (`<<: *base`), which
 * the Pulumi CLI applies. A syntax error, a duplicate key, a second document
 * or a file over the limits of {@link parseBoundedYaml} is a
 * {@link ConfigError} that names the file (and the line and column where
 * known).
 */
function parseYamlFile(text, file) {
    const { doc, problem, lineCounter } = parseBoundedYaml(text, { merge: true });
    if (problem)
        throw yamlError(file, problem, lineCounter);
    try {
        return doc?.toJS(exports.checkedToJS);
    }
    catch (err) {
        // A merge key whose value is not a map, for one.
        throw yamlError(file, { got: err.message, allowed: validYaml }, lineCounter);
    }
}
/**
 * Reads and parses a stack or project file: a regular file of at most
 * {@link maxYamlFileBytes}, read with a bounded read, then
 * {@link parseYamlFile}. `name` is how errors call the file.
 */
function readYamlFile(file, name) {
    return parseYamlFile(readYamlText(file, name), name);
}
/** The text of a stack or project file, read as {@link readYamlFile} reads it. */
function readYamlText(file, name) {
    const read = (0, files_1.readBoundedFile)(file, exports.maxYamlFileBytes, "a YAML file");
    if ("text" in read)
        return read.text;
    throw new errors_1.ConfigError([{ path: name, got: read.found, allowed: read.allowed }], "Cannot read a YAML file");
}
