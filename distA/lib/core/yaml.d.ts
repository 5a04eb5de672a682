import { Document, LineCounter } from "yaml";
/**
 * One YAML document, safe for YAML 1.1 and 1.2 readers: no anchors for
 * repeated objects, no line folding, double quotes where quoting is needed,
 * literal blocks for multi-line strings, and undefined fields left out (as
 * JSON would).
 */
export declare function toYaml(value: unknown): string;
/** Largest stack or project file read: 256 KiB (checked before parsing). */
export declare const maxYamlFileBytes: number;
/** Most aliases (`*name`) in one file. */
export declare const maxYamlAliases = 1000;
/** Most that expanding aliases may add to a file, measured as the JSON size of what they repeat. */
export declare const maxYamlAliasExpansion: number;
/** Why a YAML text is refused: where (an offset into the text, when known), what and the rule. */
export interface YamlProblem {
    readonly offset?: number;
    readonly got: string;
    readonly allowed: string;
    readonly hint?: string;
}
/**
 * Parses the text of a stack or project file under the limits above: one
 * document of the YAML 1.2 core schema (a `%YAML 1.1` directive does not
 * change it), with merge keys when `merge` is set. Errors and warnings of
 * the parser (an unknown tag, for one) are refused too. Returns the document
 * (undefined for an empty file) or the first problem, and the line counter
 * that turns its offset into a line and column.
 */
export declare function parseBoundedYaml(text: string, options: {
    readonly merge: boolean;
}): {
    doc?: Document;
    problem?: YamlProblem;
    lineCounter: LineCounter;
};
/**
 * Options for `toJS()` of a document that passed {@link parseBoundedYaml}:
 * its aliases are already bounded, and the package's own alias count is
 * quadratic.
 */
export declare const checkedToJS: {
    readonly maxAliasCount: -1;
};
/**
 * Parses a Pulumi project or stack file as the Pulumi CLI reads it: the YAML
 * 1.2 core schema (dates stay strings) plus merge keys (`<<: *base`), which
 * the Pulumi CLI applies. A syntax error, a duplicate key, a second document
 * or a file over the limits of {@link parseBoundedYaml} is a
 * {@link ConfigError} that names the file (and the line and column where
 * known).
 */
export declare function parseYamlFile(text: string, file: string): unknown;
/**
 * Reads and parses a stack or project file: a regular file of at most
 * {@link maxYamlFileBytes}, read with a bounded read, then
 * {@link parseYamlFile}. `name` is how errors call the file.
 */
export declare function readYamlFile(file: string, name: string): unknown;
/** The text of a stack or project file, read as {@link readYamlFile} reads it. */
export declare function readYamlText(file: string, name: string): string;
