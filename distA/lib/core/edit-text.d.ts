/**
 * The text side of the stack-file editor (`./edit`): parsing with the
 * readers' limits, where nodes start and end in the text, the file's
 * indentation style, and rendering values the way their neighbours look.
 */
import { type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";
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
export declare const editTitle = "Cannot edit the stack file";
export declare function renderStackPath(path: StackPath): string;
/** Parses with the limits every reader of stack files has (size, aliases, duplicate keys: config/yaml.ts). */
export declare function parse(text: string): Document;
export declare function isPlainObject(v: unknown): v is Record<string, unknown>;
export declare function isScalarValue(v: unknown): boolean;
export declare function checkValue(v: unknown, path: StackPath, top?: boolean): void;
export declare function column(text: string, pos: number): number;
export declare function lineStart(text: string, pos: number): number;
/** Start of the line after the one holding `pos - 1`. */
export declare function lineEndAfter(text: string, pos: number): number;
/** End of a node's own text, without trailing blank space. */
export declare function contentEnd(text: string, node: Node): number;
export declare function afterColon(text: string, pair: Pair): number;
export declare function isBlockScalar(node: Node | null): boolean;
export declare function isFlow(node: Node | null): boolean;
/** Indentation step and list style of the file, so new lines look like their neighbours. */
export declare function detectStyle(text: string, doc: Document): Style;
export declare function keyOf(pair: Pair): unknown;
export declare function findEntry(parent: Collection, key: string | number, path: StackPath): Entry | undefined;
/** `rest = ["a", 0]`, `v` -> `{ a: [v] }`. */
export declare function nest(rest: StackPath, value: unknown, path: StackPath): unknown;
export declare function yamlOptions(style: Style): {
    indent: number;
    indentSeq: boolean;
    lineWidth: number;
};
/** Prefixes every line but the first with `indent` spaces (blank lines stay empty). */
export declare function indentAfterFirst(s: string, indent: number): string;
export declare function indentAll(s: string, indent: number): string;
/** A scalar in the style of the one it replaces, when that style can hold it. */
export declare function renderScalar(value: unknown, type: Scalar.Type | undefined): string;
/** A value on one line: scalars in their style, collections in flow style. */
export declare function renderInline(value: unknown, type?: Scalar.Type): string;
export declare function splice(text: string, start: number, end: number, insert: string): string;
