"use strict";
/**
 * The esbuild bundle of a stack program: `npm run build` writes the shipped
 * program's (dist/stacks/index.js, see scripts/build.ts) and `diff` bundles the
 * base's program once instead of transpiling its sources through tsx.
 *
 * esbuild is a development dependency: a package install has none, and
 * {@link bundlerAvailable} says so before anything is attempted.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.bundlerAvailable = bundlerAvailable;
exports.bundleProgram = bundleProgram;
function esbuild() {
    try {
        // On first use only: synth never loads it, and an installed package has none.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require("esbuild");
    }
    catch {
        return undefined;
    }
}
/** Whether this installation can bundle a program (esbuild is installed). */
function bundlerAvailable() {
    return esbuild() !== undefined;
}
/** Bundles the stack program `entry` into `outfile` (CommonJS, as tsc emits); returns esbuild's metafile. */
async function bundleProgram(entry, outfile) {
    const bundler = esbuild();
    if (!bundler)
        throw new Error("bundling a program needs esbuild, a development dependency");
    const result = await bundler.build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: "node",
        target: "node20",
        format: "cjs",
        // The Pulumi runtime's state is process-global: the SDK and providers must
        // be the ones the CLI's mocks are installed in, from node_modules.
        external: ["@pulumi/*"],
        // Class and function names as written: error names and stack traces.
        keepNames: true,
        // <outfile>.map, pointing at the sources in place: stack traces under
        // FLINK_PLATFORM_DEBUG (source maps on) name the TypeScript lines.
        sourcemap: "linked",
        sourcesContent: false,
        metafile: true,
        logLevel: "warning",
    });
    return result.metafile;
}
