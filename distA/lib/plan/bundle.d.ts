/**
 * The esbuild bundle of a stack program: `npm run build` writes the shipped
 * program's (dist/stacks/index.js, see scripts/build.ts) and `diff` bundles the
 * base's program once instead of transpiling its sources through tsx.
 *
 * esbuild is a development dependency: a package install has none, and
 * {@link bundlerAvailable} says so before anything is attempted.
 */
/** What callers read of esbuild's metafile (a subset of its `Metafile`). */
export interface BundleMetafile {
    outputs: Record<string, {
        inputs: Record<string, unknown>;
        imports: {
            path: string;
            kind: string;
            external?: boolean;
        }[];
    }>;
}
/** Whether this installation can bundle a program (esbuild is installed). */
export declare function bundlerAvailable(): boolean;
/** Bundles the stack program `entry` into `outfile` (CommonJS, as tsc emits); returns esbuild's metafile. */
export declare function bundleProgram(entry: string, outfile: string): Promise<BundleMetafile>;
