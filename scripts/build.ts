/**
 * `npm run build` (also run by `npm ci` through `prepare`):
 *
 * - `dist/lib/`: tsc, the npm package, one file per module, with `.d.ts`. A
 *   library is never bundled: consumers share one copy of cdk8s, constructs
 *   and the Pulumi SDKs with it.
 * - `dist/stacks/index.js`: esbuild, the shipped stack program as ONE file
 *   with its libraries inlined (zod, cdk8s, cdk8s-plus-28, constructs). It is
 *   an application, and offline synth runs it: resolving and compiling ~250
 *   small modules and 3.5 MB of commented sources was the largest part of what
 *   synth cost over the bare SDK. The Pulumi SDK and providers stay external:
 *   the runtime's state is process-global and must be the one the CLI's mocks
 *   are installed in.
 *
 * The bundle is lib/plan/bundle.ts's, which `diff` also uses for a base
 * program. `pulumi up` runs `stacks/index.ts` itself (ts-node). Both are transpiles of
 * the same sources; test/plan synthesizes the golden plans through both. One
 * difference to keep in mind: an inlined module's `__dirname` is now
 * dist/stacks. cdk8s's `Yaml.load(url)` and `Include` read a helper next to
 * cdk8s's own files that way; the library uses neither (the operator's CRDs
 * are applied by the provider's ConfigGroup).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { bundleProgram } from "../lib/plan/bundle";

const root = path.join(__dirname, "..");

export { bundleProgram };

async function main(): Promise<void> {
  // The stamp carries the time the build started: a source saved while it
  // runs is newer than the stamp, so the build counts as stale.
  const started = new Date();
  const dist = path.join(root, "dist");
  fs.rmSync(dist, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  await bundleProgram(path.join(root, "stacks", "index.ts"), path.join(dist, "stacks", "index.js"));
  const stamp = path.join(dist, ".build-stamp");
  fs.writeFileSync(stamp, "");
  fs.utimesSync(stamp, started, started);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
