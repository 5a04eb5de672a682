/**
 * Loading `@pulumi/pulumi` loads the whole TypeScript compiler (about 0.4 s
 * of CPU and 30 MB, a quarter of a small synth): the SDK's closure
 * serializer parses functions with it, and `runtime/closure/parseFunction`
 * requires it through `typescript-shim` when the SDK loads, not when a
 * closure is serialized. Offline synth never serializes a closure (it swaps
 * the serializer, see `./closures`), so this module makes that one `require`
 * lazy: the shim gets a stand-in that loads the real compiler on first use.
 * Whatever does use it (a test serializing a real provider, a future SDK
 * path) gets the real module, only later. Importing this module installs the
 * hook once per process, before the SDK is first loaded (`./synth` imports
 * it first); a process that has already loaded the SDK keeps its copy.
 *
 * It relies on the SDK's layout (`typescript-shim.js` requiring
 * `typescript`): test/plan/lazy-typescript.test.ts fails when that changes.
 */

type Load = (request: string, parent: NodeJS.Module | undefined, isMain: boolean) => unknown;

const SHIM = /[\\/]@pulumi[\\/]pulumi[\\/]typescript-shim\.js$/;
const INSTALLED = Symbol.for("flink-platform.lazyTypeScript");

/** A stand-in for `module`'s exports that loads it on first use. */
function lazyModule(load: () => object): object {
  let real: object | undefined;
  const get = () => (real ??= load());
  return new Proxy(
    {},
    {
      get: (_, key) => Reflect.get(get(), key) as unknown,
      has: (_, key) => key in get(),
      ownKeys: () => Reflect.ownKeys(get()),
      getOwnPropertyDescriptor: (_, key) => {
        // tsx's CommonJS hook (tests, source checkouts) asks every module for its
        // ESM interop export, a property TypeScript's bundle never defines.
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
    if (request === "typescript" && parent?.filename && SHIM.test(parent.filename)) {
      return lazyModule(() => load.call(this, request, parent, isMain) as object);
    }
    return load.call(this, request, parent, isMain);
  };
}
