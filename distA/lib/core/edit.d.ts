import { type StackPath } from "./edit-text";
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
/**
 * Applies `edits` (paths under `config:`) to a stack file's text and returns
 * the new text. Missing maps are created; lines not edited are kept
 * byte-for-byte, comments included.
 */
export declare function editStackFile(text: string, edits: readonly StackEdit[]): string;
/** The value at `path` under `config:` (plain JS), or undefined. */
export declare function getStackValue(text: string, path: StackPath): unknown;
/**
 * Index of the pool named `poolName` in `config["flink-platform:pools"]`. With
 * no name, the only pool. Throws a ConfigError naming `--pool` otherwise.
 */
export declare function findPoolIndex(text: string, poolName: string | undefined, poolsPath?: StackPath): number;
