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
import { isMap, isScalar, isSeq, stringify, type Node, type Pair } from "yaml";
import { ConfigError } from "./errors";
import {
  afterColon,
  checkValue,
  type Collection,
  column,
  contentEnd,
  detectStyle,
  editTitle,
  type Entry,
  findEntry,
  indentAfterFirst,
  indentAll,
  isBlockScalar,
  isFlow,
  isPlainObject,
  isScalarValue,
  keyOf,
  lineEndAfter,
  lineStart,
  nest,
  parse,
  renderInline,
  renderScalar,
  renderStackPath,
  splice,
  type StackPath,
  type Style,
  yamlOptions,
} from "./edit-text";
import { checkedToJS } from "./yaml";

export type { StackPath } from "./edit-text";

export interface StackEdit {
  readonly path: StackPath;
  /**
   * The new value (JSON-like). Maps and lists replace what is there, edited
   * entry by entry so untouched entries keep their formatting. `undefined`
   * removes the key or list item.
   */
  readonly value: unknown;
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
