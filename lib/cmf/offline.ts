import type * as pulumi from "@pulumi/pulumi";

/**
 * Offline synth registers dynamic resources under mocks and redacts the
 * serialized provider from the plan, so serializing the provider's closure
 * (TypeScript parsing and inspector calls, about 0.3 s per provider) is wasted
 * there. lib/plan/synth sets this flag; a real `pulumi up` never does, and
 * always serializes the real provider.
 */
const offlineSynthFlag = Symbol.for("flink-platform.offline-synth");

export function setOfflineSynth(on: boolean): void {
  (globalThis as Record<symbol, unknown>)[offlineSynthFlag] = on;
}

/** Provider placeholder for offline synth: it is never called, only recorded as "[dynamic provider]". */
const offlinePlaceholder = {} as pulumi.dynamic.ResourceProvider;

/** The provider to register: the real one, or the placeholder during offline synth. */
export function providerFor(real: pulumi.dynamic.ResourceProvider): pulumi.dynamic.ResourceProvider {
  return (globalThis as Record<symbol, unknown>)[offlineSynthFlag] === true ? offlinePlaceholder : real;
}
