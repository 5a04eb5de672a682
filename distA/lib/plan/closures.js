"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withOfflineClosures = withOfflineClosures;
/**
 * Offline synth stands in for the Pulumi engine (the mock monitor) and also
 * for its closure serializer. `pulumi.dynamic.Resource` serializes its
 * provider into the `__provider` input, which opens a V8 inspector session and
 * walks the provider's closure: about 0.25 s of a CP stack's synth, for an
 * input the plan redacts anyway (see `internalInputs` in `./recorder`). The
 * library's own code is the same for `pulumi up` and offline synth; only the
 * synth process swaps the serializer, and only while the program runs.
 * test/cmf checks the real serialization of every provider. It relies on SDK
 * internals (the module, the exports property it replaces, the provider cache
 * option): test/plan/closures.test.ts pins them and the SDK releases checked.
 */
const sdk_state_1 = require("./sdk-state");
// The module's exports object itself, which `pulumi.dynamic.Resource` calls
// through: an import namespace has read-only bindings under some transpilers.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const closure = require("@pulumi/pulumi/runtime/closure/serializeClosure");
const offlineSerializeFunction = () => Promise.resolve({ text: "[dynamic provider]", exportName: "handler", containsSecrets: false });
/**
 * Runs `body` with the closure serializer replaced by the offline stand-in.
 * The SDK caches each provider's serialization for the process, so caching is
 * off meanwhile: no stand-in text outlives the swap.
 */
async function withOfflineClosures(body) {
    const real = closure.serializeFunction;
    const options = (0, sdk_state_1.sdkStore)().settings.options;
    const caching = options.cacheDynamicProviders;
    closure.serializeFunction = offlineSerializeFunction;
    options.cacheDynamicProviders = false;
    try {
        return await body();
    }
    finally {
        closure.serializeFunction = real;
        options.cacheDynamicProviders = caching;
    }
}
