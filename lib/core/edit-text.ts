/**
 * The text side of the stack-file editor (`./edit`): parsing with the
 * readers' limits, where nodes start and end in the text, the file's
 * indentation style, and rendering values the way their neighbours look.
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
import { parseBoundedYaml } from "./yaml";

/** A path under the stack file's `config:` map, e.g. `["flink-platform:pools", 0, "taskManagers"]`. */
export type StackPath = readonly (string | number)[];

export type Collection = YAMLMap | YAMLSeq;

export interface Style {
  readonly indent: number;
  readonly indentSeq: boolean;
}

export interface Entry {
  readonly parent: Collection;
  readonly pair?: Pair;
  readonly index?: number;
  /** The value node; null for a key without a value node. */
  readonly node: Node | null;
}

export const editTitle = "Cannot edit the stack file";

export function renderStackPath(path: StackPath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Parses with the limits every reader of stack files has (size, aliases, duplicate keys: config/yaml.ts). */
export function parse(text: string): Document {
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

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function isScalarValue(v: unknown): boolean {
  return v === null || ["string", "number", "boolean"].includes(typeof v);
}

export function checkValue(v: unknown, path: StackPath, top = false): void {
  if (isScalarValue(v) || (v === undefined && top)) {
    if (typeof v === "number" && !Number.isFinite(v)) throw new TypeError(`${renderStackPath(path)}: ${v}`);
    return;
  }
  if (Array.isArray(v)) return v.forEach((x, i) => checkValue(x, [...path, i]));
  if (isPlainObject(v)) return Object.entries(v).forEach(([k, x]) => checkValue(x, [...path, k]));
  throw new TypeError(`${renderStackPath(path)}: not a JSON-like value (${typeof v})`);
}

export function column(text: string, pos: number): number {
  return pos - (text.lastIndexOf("\n", pos - 1) + 1);
}

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

/** Start of the line after the one holding `pos - 1`. */
export function lineEndAfter(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === "\n") return pos;
  const nl = text.indexOf("\n", pos);
  return nl === -1 ? text.length : nl + 1;
}

/** End of a node's own text, without trailing blank space. */
export function contentEnd(text: string, node: Node): number {
  const [start, end] = node.range as [number, number, number];
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

export function afterColon(text: string, pair: Pair): number {
  const key = pair.key as Node;
  return text.indexOf(":", (key.range as [number, number, number])[1]) + 1;
}

export function isBlockScalar(node: Node | null): boolean {
  return isScalar(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED");
}

export function isFlow(node: Node | null): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** Indentation step and list style of the file, so new lines look like their neighbours. */
export function detectStyle(text: string, doc: Document): Style {
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

export function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

export function findEntry(parent: Collection, key: string | number, path: StackPath): Entry | undefined {
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
export function nest(rest: StackPath, value: unknown, path: StackPath): unknown {
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

export function yamlOptions(style: Style) {
  return { indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 };
}

/** Prefixes every line but the first with `indent` spaces (blank lines stay empty). */
export function indentAfterFirst(s: string, indent: number): string {
  const pad = " ".repeat(indent);
  return s
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : pad + line))
    .join("\n");
}

export function indentAll(s: string, indent: number): string {
  const pad = " ".repeat(indent);
  return s
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}

/** A scalar in the style of the one it replaces, when that style can hold it. */
export function renderScalar(value: unknown, type: Scalar.Type | undefined): string {
  if (typeof value === "string") {
    if (type === "QUOTE_DOUBLE" || value.includes("\n")) return JSON.stringify(value);
    if (type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  }
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, "");
}

/** A value on one line: scalars in their style, collections in flow style. */
export function renderInline(value: unknown, type?: Scalar.Type): string {
  return isScalarValue(value)
    ? renderScalar(value, type)
    : stringify(value, { collectionStyle: "flow", lineWidth: 0 }).replace(/\n$/, "");
}

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
