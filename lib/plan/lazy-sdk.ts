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
 * The same again for what the SDK loads only to talk to the Pulumi engine
 * over gRPC: `@grpc/grpc-js` and its generated service clients (the engine,
 * resource monitor, callback and provider services). Under mocks the SDK never
 * opens a connection and reads gRPC only in error paths, so a synth never
 * loads them: about 0.1 s of CPU of its 1 s (with npm's package-data
 * normalizer, which only the closure serializer's package listing calls).
 * Whatever does use them (a test serializing a real provider, a program that
 * reads `z.locales`, `pulumi up` talking to the engine) gets the real module,
 * only later. Importing this module installs the hook once per process,
 * before the SDK or zod is first loaded (`./synth`, and so
 * `flink-platform/plan`, and the CLI import it first); a process that has
 * already loaded them keeps its copies.
 *
 * It relies on the SDK's and zod's layout (which file requires each, and how
 * it uses the result): test/plan/lazy-sdk.test.ts fails when that changes.
 */

import * as path from "node:path";

type Load = (request: string, parent: NodeJS.Module | undefined, isMain: boolean) => unknown;

/** A module the SDK or zod requires eagerly, and from which file. */
interface LazyRequire {
  readonly request: string;
  readonly from: RegExp;
  /**
   * The requiring file reads the module through TypeScript's `__importStar`,
   * which copies every property at once unless the module says it is an ES
   * module: the stand-in says so, and the file then reads its properties
   * (`arborist.Arborist`) on use. Said also of plain CommonJS modules (the
   * generated gRPC clients), whose files then get the stand-in where they
   * would get a copy with a `default`; they read only named properties.
   */
  readonly esModule: boolean;
  /** The module is a function the requiring file calls (through `__importDefault`'s `default`). */
  readonly callable?: boolean;
  /**
   * What the requiring file loads instead when the module cannot be found
   * (relative to its folder): the stand-in loads that on first use. Without
   * one, a module that cannot be found gets no stand-in and its require
   * throws at once, as without the hook.
   */
  readonly fallback?: string;
}

/** Files of the SDK (3.200 to 3.248), for {@link LazyRequire.from}. */
const sdkFile = (file: string) =>
  new RegExp(`[\\\\/]@pulumi[\\\\/]pulumi[\\\\/]${file.replaceAll("/", "[\\\\/]")}\\.js$`);

/**
 * What the SDK (3.200 to 3.248) requires eagerly for its closure serializer,
 * Automation API and engine connection only, and what zod 4 requires eagerly
 * for its `locales` export only.
 */
export const LAZY_SDK_REQUIRES: readonly LazyRequire[] = [
  { request: "./automation", from: sdkFile("index"), esModule: true },
  {
    request: "../locales/index.cjs",
    from: /[\\/]zod[\\/]v4[\\/](classic[\\/]external|mini[\\/]external|core[\\/]index)\.cjs$/,
    esModule: true,
  },
  // typescript is an optional peer of the SDK: without it the shim loads its vendored 3.8.3.
  {
    request: "typescript",
    from: sdkFile("typescript-shim"),
    esModule: false,
    fallback: "vendor/typescript@3.8.3/typescript.js",
  },
  { request: "@npmcli/arborist", from: sdkFile("runtime/closure/codePaths"), esModule: true },
  {
    request: "normalize-package-data",
    from: sdkFile("runtime/closure/codePaths"),
    esModule: false,
    callable: true,
  },
  {
    request: "@grpc/grpc-js",
    from: sdkFile("(errors|runtime/(settings|callbacks|resource|invoke)|provider/server)"),
    esModule: true,
  },
  { request: "../proto/engine_grpc_pb", from: sdkFile("runtime/settings"), esModule: true },
  { request: "../proto/resource_grpc_pb", from: sdkFile("runtime/settings"), esModule: true },
  { request: "../proto/callback_grpc_pb", from: sdkFile("runtime/callbacks"), esModule: true },
  { request: "../proto/provider_grpc_pb", from: sdkFile("provider/server"), esModule: true },
];

const INSTALLED = Symbol.for("flink-platform.lazySdk");

/** A stand-in for a module's exports that loads it on first use. */
function lazyModule(load: () => object, esModule: boolean, callable: boolean): object {
  let real: object | undefined;
  const get = () => (real ??= load());
  // An arrow function as the target of a callable module: it has no non-configurable own
  // property (a function's `prototype` is one) that would bind what the traps may report.
  return new Proxy(callable ? () => undefined : {}, {
    apply: (_, self, args: unknown[]) => Reflect.apply(get() as (...a: unknown[]) => unknown, self, args),
    // Whether it is an ES module is declared ({@link LazyRequire.esModule}): `__importStar` and
    // `__importDefault` ask at once, and asking the real module would load it.
    get: (_, key) =>
      key === "__esModule" ? (esModule ? true : undefined) : (Reflect.get(get(), key) as unknown),
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
      // The stand-in's own target has no property that is not configurable (an empty object, or an
      // arrow function's `length` and `name`), so every property it reports must be configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

// The CommonJS loader object itself: an import namespace is read-only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const moduleInternals = require("node:module") as {
  _load: Load;
  _resolveFilename(request: string, parent: NodeJS.Module | undefined, isMain: boolean): string;
} & Record<symbol, boolean>;

/** Whether `request` resolves from `parent`, as `_load` would resolve it. */
function resolves(request: string, parent: NodeJS.Module | undefined, isMain: boolean): boolean {
  try {
    moduleInternals._resolveFilename(request, parent, isMain);
    return true;
  } catch {
    return false;
  }
}

if (!moduleInternals[INSTALLED]) {
  moduleInternals[INSTALLED] = true;
  const load = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    const lazy = LAZY_SDK_REQUIRES.find(
      (l) => l.request === request && parent?.filename !== undefined && l.from.test(parent.filename),
    );
    if (lazy !== undefined) {
      // Not found: the SDK's fallback on first use, or else the require throws now, as without the hook.
      const fallback = lazy.fallback && path.join(path.dirname(parent!.filename), lazy.fallback);
      const found = resolves(request, parent, isMain);
      if (found || fallback) {
        const real = () => load.call(this, found ? request : fallback!, parent, isMain) as object;
        return lazyModule(real, lazy.esModule, lazy.callable ?? false);
      }
    }
    return load.call(this, request, parent, isMain);
  };
}
