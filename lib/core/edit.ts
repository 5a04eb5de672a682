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
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  visit,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { ConfigError } from "./errors";
import { checkedToJS, parseBoundedYaml } from "./yaml";

/** A path under the stack file's `config:` map, e.g. `["flink-platform:pools", 0, "taskManagers"]`. */
export type StackPath = readonly (string | number)[];

export interface StackEdit {
  readonly path: StackPath;
  /**
   * The new value (JSON-like). Maps and lists replace what is there, edited
   * entry by entry so untouched entries keep their formatting. `undefined`
   * removes the key or list item.
   */
  readonly value: unknown;
}

type Collection = YAMLMap | YAMLSeq;

interface Style {
  readonly indent: number;
  readonly indentSeq: boolean;
}

interface Entry {
  readonly parent: Collection;
  readonly pair?: Pair;
  readonly index?: number;
  /** The value node; null for a key without a value node. */
  readonly node: Node | null;
}

const editTitle = "Cannot edit the stack file";

function renderStackPath(path: StackPath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Parses with the limits every reader of stack files has (size, aliases, duplicate keys: config/yaml.ts). */
function parse(text: string): Document {
  const { doc, problem } = parseBoundedYaml(text, { merge: false });
  if (problem) {
    throw new ConfigError(
      [
        {
          path: "stack file",
          got: problem.got,
          allowed: problem.allowed,
          hint: "fix the file by hand first",
        },
      ],
      editTitle,
    );
  }
  // No document at all (empty or only comments): an empty one to add to.
  return doc ?? parseDocument(text);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isScalarValue(v: unknown): boolean {
  return v === null || ["string", "number", "boolean"].includes(typeof v);
}

function checkValue(v: unknown, path: StackPath, top = false): void {
  if (isScalarValue(v) || (v === undefined && top)) {
    if (typeof v === "number" && !Number.isFinite(v)) throw new TypeError(`${renderStackPath(path)}: ${v}`);
    return;
  }
  if (Array.isArray(v)) return v.forEach((x, i) => checkValue(x, [...path, i]));
  if (isPlainObject(v)) return Object.entries(v).forEach(([k, x]) => checkValue(x, [...path, k]));
  throw new TypeError(`${renderStackPath(path)}: not a JSON-like value (${typeof v})`);
}

function column(text: string, pos: number): number {
  return pos - (text.lastIndexOf("\n", pos - 1) + 1);
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

/** Start of the line after the one holding `pos - 1`. */
function lineEndAfter(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === "\n") return pos;
  const nl = text.indexOf("\n", pos);
  return nl === -1 ? text.length : nl + 1;
}

/** End of a node's own text, without trailing blank space. */
function contentEnd(text: string, node: Node): number {
  const [start, end] = node.range as [number, number, number];
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

function afterColon(text: string, pair: Pair): number {
  const key = pair.key as Node;
  return text.indexOf(":", (key.range as [number, number, number])[1]) + 1;
}

function isBlockScalar(node: Node | null): boolean {
  return isScalar(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED");
}

function isFlow(node: Node | null): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** Indentation step and list style of the file, so new lines look like their neighbours. */
function detectStyle(text: string, doc: Document): Style {
  let indent = 2;
  let indentSeq: boolean | undefined;
  const config = isMap(doc.contents) ? doc.contents.items.find((p) => keyOf(p) === "config") : undefined;
  if (
    config &&
    isMap(config.value) &&
    !config.value.flow &&
    config.value.range &&
    (config.key as Node).range
  ) {
    const step =
      column(text, config.value.range[0]) -
      column(text, ((config.key as Node).range as [number, number, number])[0]);
    if (step > 0) indent = step;
  }
  visit(doc, {
    Pair(_, pair) {
      const v = pair.value;
      const k = pair.key as Node | null;
      if (isSeq(v) && !v.flow && v.range && k?.range) {
        indentSeq = column(text, v.range[0]) > column(text, k.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return { indent, indentSeq: indentSeq ?? true };
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function findEntry(parent: Collection, key: string | number, path: StackPath): Entry | undefined {
  if (isMap(parent)) {
    const pair = parent.items.find((p) => String(keyOf(p)) === String(key));
    return pair ? { parent, pair, node: (pair.value as Node | null) ?? null } : undefined;
  }
  if (typeof key !== "number" || !Number.isInteger(key) || key < 0) {
    throw new ConfigError(
      [{ path: renderStackPath(path), got: key, allowed: "a list index (the value there is a list)" }],
      editTitle,
    );
  }
  return key < parent.items.length ? { parent, index: key, node: parent.items[key] as Node } : undefined;
}

/** `rest = ["a", 0]`, `v` -> `{ a: [v] }`. */
function nest(rest: StackPath, value: unknown, path: StackPath): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const k = rest[i];
    if (typeof k === "number") {
      if (k !== 0) {
        throw new ConfigError(
          [{ path: renderStackPath(path), got: k, allowed: "index 0 of a list that does not exist yet" }],
          editTitle,
        );
      }
      v = [v];
    } else {
      v = { [k]: v };
    }
  }
  return v;
}

function yamlOptions(style: Style) {
  return { indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 };
}

/** Prefixes every line but the first with `indent` spaces (blank lines stay empty). */
function indentAfterFirst(s: string, indent: number): string {
  const pad = " ".repeat(indent);
  return s
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : pad + line))
    .join("\n");
}

function indentAll(s: string, indent: number): string {
  const pad = " ".repeat(indent);
  return s
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}

/** A scalar in the style of the one it replaces, when that style can hold it. */
function renderScalar(value: unknown, type: Scalar.Type | undefined): string {
  if (typeof value === "string") {
    if (type === "QUOTE_DOUBLE" || value.includes("\n")) return JSON.stringify(value);
    if (type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  }
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, "");
}

/** A value on one line: scalars in their style, collections in flow style. */
function renderInline(value: unknown, type?: Scalar.Type): string {
  return isScalarValue(value)
    ? renderScalar(value, type)
    : stringify(value, { collectionStyle: "flow", lineWidth: 0 }).replace(/\n$/, "");
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

class Editor {
  constructor(private text: string) {}

  result(): string {
    return this.text;
  }

  /** Sets `path` (from the document root) to `value`; `whole` replaces collections in one piece. */
  set(path: StackPath, value: unknown, whole = false): void {
    const doc = parse(this.text);
    const style = detectStyle(this.text, doc);
    const root = doc.contents as Node | null;
    if (root === null || (isScalar(root) && root.value === null)) {
      if (value === undefined) return;
      const sep = this.text === "" || this.text.endsWith("\n") ? "" : "\n";
      this.text += sep + stringify(nest(path, value, path), yamlOptions(style));
      return;
    }
    if (!isMap(root)) {
      throw new ConfigError(
        [{ path: "stack file", got: root.toJSON(), allowed: "a map with a config key" }],
        editTitle,
      );
    }
    let parent: Collection = root;
    for (let i = 0; i < path.length; i++) {
      const entry = findEntry(parent, path[i], path.slice(0, i + 1));
      const rest = path.slice(i + 1);
      if (!entry) {
        if (value !== undefined)
          this.insert(parent, path.slice(0, i), path[i], nest(rest, value, path), style);
        return;
      }
      if (rest.length === 0) return this.replace(path, entry, value, style, whole);
      if (isMap(entry.node) || isSeq(entry.node)) {
        parent = entry.node;
        continue;
      }
      if (value !== undefined) this.replaceWhole(entry, nest(rest, value, path), style);
      return;
    }
  }

  private insert(
    parent: Collection,
    parentPath: StackPath,
    key: string | number,
    value: unknown,
    style: Style,
  ): void {
    if (isSeq(parent) && key !== parent.items.length) {
      throw new ConfigError(
        [
          {
            path: renderStackPath([...parentPath, key]),
            got: key,
            allowed: `a list index up to ${parent.items.length} (the next one appends)`,
          },
        ],
        editTitle,
      );
    }
    if (parent.flow && parent.items.length > 0) {
      // Append before the closing bracket, keeping the collection's own spacing.
      const last = parent.items[parent.items.length - 1] as Node | Pair;
      const lastNode = (isSeq(parent) ? last : ((last as Pair).value ?? (last as Pair).key)) as Node;
      const at = (lastNode.range as [number, number, number])[1];
      const inline = renderInline(value);
      const item = isSeq(parent) ? inline : `${renderScalar(key, undefined)}: ${inline}`;
      this.text = splice(this.text, at, at, `, ${item}`);
      return;
    }
    if (parent.flow) {
      const js = parent.toJSON() as Record<string, unknown> | unknown[];
      if (Array.isArray(js)) js.push(value);
      else js[key] = value;
      return this.set(parentPath, js, true);
    }
    let snippet: string;
    if (isSeq(parent)) {
      snippet = stringify([value], yamlOptions(style));
    } else {
      snippet = stringify({ [key]: value }, yamlOptions(style));
    }
    const range = parent.range as [number, number, number];
    const at = lineEndAfter(this.text, contentEnd(this.text, parent));
    const sep = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
    this.text = splice(this.text, at, at, sep + indentAll(snippet, column(this.text, range[0])));
  }

  private replace(path: StackPath, entry: Entry, value: unknown, style: Style, whole: boolean): void {
    const node = entry.node;
    if (value === undefined) return this.remove(path, entry);
    if (isScalar(node) && isScalarValue(value) && node.source !== "" && !isBlockScalar(node)) {
      const [start, end] = node.range as [number, number, number];
      this.text = splice(this.text, start, end, renderScalar(value, node.type));
      return;
    }
    if (!whole && isMap(node) && isPlainObject(value) && Object.keys(value).length > 0) {
      for (const p of node.items) {
        const k = keyOf(p);
        if (!Object.prototype.hasOwnProperty.call(value, String(k)))
          this.set([...path, String(k)], undefined);
      }
      for (const [k, v] of Object.entries(value)) this.set([...path, k], v);
      return;
    }
    if (!whole && isSeq(node) && Array.isArray(value) && value.length > 0) {
      const before = node.items.length;
      for (let i = before - 1; i >= value.length; i--) this.set([...path, i], undefined);
      value.forEach((v, i) => this.set([...path, i], v));
      return;
    }
    this.replaceWhole(entry, value, style);
  }

  /** Replaces the value of an entry by `value` rendered in the context's style. */
  private replaceWhole(entry: Entry, value: unknown, style: Style): void {
    const { parent, pair, node } = entry;
    const text = this.text;
    if (parent.flow || (isFlow(node) && !isScalarValue(value))) {
      const [start, end] = (node as Node).range as [number, number, number];
      this.text = splice(text, start, end, renderInline(value, isScalar(node) ? node.type : undefined));
      return;
    }
    let anchor: number;
    let col: number;
    let body: string;
    if (pair) {
      anchor = afterColon(text, pair);
      col = column(text, ((pair.key as Node).range as [number, number, number])[0]);
      body = stringify({ k: value }, yamlOptions(style)).slice("k:".length);
    } else {
      const start = ((node as Node).range as [number, number, number])[0];
      anchor = text.lastIndexOf("-", start - 1) + 1;
      col = column(text, anchor - 1);
      body = stringify([value], yamlOptions(style)).slice("-".length);
    }
    if (isScalar(node) && isScalarValue(value) && !isBlockScalar(node)) {
      body = ` ${renderScalar(value, node.type)}\n`;
    }
    let end = anchor;
    if (node?.range) {
      end =
        isScalar(node) && !isBlockScalar(node)
          ? node.range[1]
          : isFlow(node)
            ? node.range[1]
            : contentEnd(text, node);
    }
    this.text = splice(text, anchor, Math.max(anchor, end), indentAfterFirst(body.replace(/\n$/, ""), col));
  }

  private remove(path: StackPath, entry: Entry): void {
    const { parent, pair, node } = entry;
    const parentPath = path.slice(0, -1);
    if (parent.flow || parent.items.length === 1) {
      const js = parent.toJSON() as Record<string, unknown> | unknown[];
      if (Array.isArray(js)) js.splice(entry.index as number, 1);
      else delete js[String(path[path.length - 1])];
      return this.set(parentPath, js, true);
    }
    const text = this.text;
    const start = pair
      ? ((pair.key as Node).range as [number, number, number])[0]
      : text.lastIndexOf("-", ((node as Node).range as [number, number, number])[0] - 1);
    const from = lineStart(text, start);
    if (text.slice(from, start).trim() !== "") {
      // Shares its line with a list dash (`- name: a`): rewrite the parent instead.
      const js = parent.toJSON() as Record<string, unknown> | unknown[];
      if (Array.isArray(js)) js.splice(entry.index as number, 1);
      else delete js[String(path[path.length - 1])];
      return this.set(parentPath, js, true);
    }
    const last = node?.range ? contentEnd(text, node) : pair ? afterColon(text, pair) : start + 1;
    let to = lineEndAfter(text, last);
    // The first entry takes the blank lines after it along, so none dangle under the parent's key.
    if (parent.items[0] === (pair ?? node)) {
      for (let m = /^[ \t]*\n/.exec(text.slice(to)); m; m = /^[ \t]*\n/.exec(text.slice(to)))
        to += m[0].length;
    }
    this.text = splice(text, from, to, "");
  }
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isPlainObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}

function lookup(root: unknown, path: StackPath): unknown {
  let cur = root;
  for (const k of path) {
    if (Array.isArray(cur) && typeof k === "number") cur = cur[k];
    else if (isPlainObject(cur)) cur = cur[String(k)];
    else return undefined;
  }
  return cur;
}

/** What the data should be after the edit: `root` with `path` set (missing maps/lists created) or removed. */
function applyToJs(root: unknown, path: StackPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string, unknown> | unknown[] = Array.isArray(root)
    ? [...root]
    : isPlainObject(root)
      ? { ...root }
      : typeof head === "number"
        ? []
        : {};
  const current = Array.isArray(container) ? container[head as number] : container[String(head)];
  if (rest.length === 0 && value === undefined) {
    if (Array.isArray(container)) container.splice(head as number, 1);
    else delete container[String(head)];
    return container;
  }
  const next =
    rest.length > 0 && value === undefined && current === undefined
      ? undefined
      : applyToJs(current, rest, value);
  if (next === undefined) return container;
  if (Array.isArray(container)) container[head as number] = next;
  else container[String(head)] = next;
  return container;
}

/**
 * Applies `edits` (paths under `config:`) to a stack file's text and returns
 * the new text. Missing maps are created; lines not edited are kept
 * byte-for-byte, comments included.
 */
export function editStackFile(text: string, edits: readonly StackEdit[]): string {
  const editor = new Editor(text);
  for (const edit of edits) {
    const path = ["config", ...edit.path];
    checkValue(edit.value, edit.path, true);
    const expected = applyToJs(parse(editor.result()).toJS(checkedToJS), path, edit.value);
    editor.set(path, edit.value);
    // Guard: the edited text must parse to exactly the old data with this one edit.
    const now = parse(editor.result()).toJS(checkedToJS);
    if (canonical(now) !== canonical(expected)) {
      throw new Error(
        `internal error editing ${renderStackPath(edit.path)}: the result does not hold ${canonical(edit.value)}`,
      );
    }
  }
  return editor.result();
}

/** The value at `path` under `config:` (plain JS), or undefined. */
export function getStackValue(text: string, path: StackPath): unknown {
  return lookup(parse(text).toJS(checkedToJS), ["config", ...path]);
}

/**
 * Index of the pool named `poolName` in `config["flink-platform:pools"]`. With
 * no name, the only pool. Throws a ConfigError naming `--pool` otherwise.
 */
export function findPoolIndex(
  text: string,
  poolName: string | undefined,
  poolsPath: StackPath = ["flink-platform:pools"],
): number {
  const pools = getStackValue(text, poolsPath);
  const names = Array.isArray(pools) ? pools.map((p) => (isPlainObject(p) ? String(p.name) : String(p))) : [];
  const key = `config.${renderStackPath(poolsPath)}`;
  if (names.length === 0) {
    throw new ConfigError(
      [
        {
          path: "--pool",
          got: poolName,
          allowed: `a pool declared under ${key} (none declared)`,
          hint: `declare the pool in the stack file under ${key} first`,
        },
      ],
      editTitle,
    );
  }
  if (poolName === undefined) {
    if (names.length === 1) return 0;
    throw new ConfigError(
      [
        {
          path: "--pool",
          got: undefined,
          allowed: `one of ${names.join(", ")}`,
          hint: "the stack has several pools",
        },
      ],
      editTitle,
    );
  }
  const index = names.indexOf(poolName);
  if (index < 0) {
    throw new ConfigError(
      [{ path: "--pool", got: poolName, allowed: `one of ${names.join(", ")}` }],
      editTitle,
    );
  }
  return index;
}
