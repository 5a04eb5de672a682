/**
 * Loading `@pulumi/pulumi` loads two large libraries that only its closure
 * serializer uses: the TypeScript compiler (to parse functions) and npm's
 * Arborist with pacote, sigstore and tar (to list a closure's packages).
 * Together about 0.7 s of CPU and 40 MB, half of a small synth. Offline
 * synth never serializes a closure (it swaps the serializer, see
 * `./closures`), so this module makes those two `require`s lazy: the SDK
 * gets a stand-in that loads the real module on first use. The same for the
 * SDK's Automation API (`pulumi.automation`: workspaces driving the Pulumi
 * CLI, with execa, js-yaml and npm's package-data normalizer), which a
 * program never uses: about 0.1 s of every synth process; and for zod's
 * locales (64 files, 40 ms of every command that loads zod from
 * node_modules: `diff`, `scale`, `check`), which the config errors, all in
 * English, never use (zod's English messages come from their own file).
 * Whatever does use them (a test serializing a real provider, a program that
 * reads `z.locales`) gets the real module, only later. Importing this module
 * installs the hook once per process, before the SDK or zod is first loaded
 * (`./synth`, and so `flink-platform/plan`, and the CLI import it first); a
 * process that has already loaded them keeps its copies.
 *
 * It relies on the SDK's and zod's layout (which file requires each, and how
 * it uses the result): test/plan/lazy-sdk.test.ts fails when that changes.
 */

type Load = (request: string, parent: NodeJS.Module | undefined, isMain: boolean) => unknown;

/** A module the SDK or zod requires eagerly, and from which file. */
interface LazyRequire {
  readonly request: string;
  readonly from: RegExp;
  /**
   * The requiring file reads the module through TypeScript's `__importStar`,
   * which copies every property at once unless the module says it is an ES
   * module: the stand-in says so, and the file then reads its properties
   * (`arborist.Arborist`) on use.
   */
  readonly esModule: boolean;
}

/**
 * What the SDK (3.200 to 3.248) requires eagerly for its closure serializer
 * and Automation API only, and what zod 4 requires eagerly for its `locales`
 * export only.
 */
export const LAZY_SDK_REQUIRES: readonly LazyRequire[] = [
  { request: "./automation", from: /[\\/]@pulumi[\\/]pulumi[\\/]index\.js$/, esModule: true },
  {
    request: "../locales/index.cjs",
    from: /[\\/]zod[\\/]v4[\\/](classic[\\/]external|mini[\\/]external|core[\\/]index)\.cjs$/,
    esModule: true,
  },
  { request: "typescript", from: /[\\/]@pulumi[\\/]pulumi[\\/]typescript-shim\.js$/, esModule: false },
  {
    request: "@npmcli/arborist",
    from: /[\\/]@pulumi[\\/]pulumi[\\/]runtime[\\/]closure[\\/]codePaths\.js$/,
    esModule: true,
  },
];

const INSTALLED = Symbol.for("flink-platform.lazySdk");

/** A stand-in for a module's exports that loads it on first use. */
function lazyModule(load: () => object, esModule: boolean): object {
  let real: object | undefined;
  const get = () => (real ??= load());
  return new Proxy(
    {},
    {
      get: (_, key) => (esModule && key === "__esModule" ? true : (Reflect.get(get(), key) as unknown)),
      has: (_, key) => key in get(),
      ownKeys: () => Reflect.ownKeys(get()),
      // Writes go to the real module, as they would without the stand-in.
      set: (_, key, value) => Reflect.set(get(), key, value),
      defineProperty: (_, key, descriptor) => Reflect.defineProperty(get(), key, descriptor),
      deleteProperty: (_, key) => Reflect.deleteProperty(get(), key),
      getOwnPropertyDescriptor: (_, key) => {
        // tsx's CommonJS hook (tests, source checkouts) asks every module for its
        // ESM interop export, a property none of these modules defines.
        if (key === "module.exports") return undefined;
        const descriptor = Reflect.getOwnPropertyDescriptor(get(), key);
        // The stand-in's own target is empty: a property reported must be configurable.
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}

// The CommonJS loader object itself: an import namespace is read-only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const moduleInternals = require("node:module") as { _load: Load } & Record<symbol, boolean>;
if (!moduleInternals[INSTALLED]) {
  moduleInternals[INSTALLED] = true;
  const load = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    const lazy = LAZY_SDK_REQUIRES.find(
      (l) => l.request === request && parent?.filename !== undefined && l.from.test(parent.filename),
    );
    if (lazy) return lazyModule(() => load.call(this, request, parent, isMain) as object, lazy.esModule);
    return load.call(this, request, parent, isMain);
  };
}
