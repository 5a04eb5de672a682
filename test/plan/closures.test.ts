import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import * as closure from "@pulumi/pulumi/runtime/closure/serializeClosure";
import * as settings from "@pulumi/pulumi/runtime/settings";
import { describe, expect, it } from "vitest";
import { withOfflineClosures } from "../../lib/plan/closures";
import { sdkStore } from "../../lib/plan/sdk-state";

/**
 * The SDK internals withOfflineClosures patches, as read in @pulumi/pulumi
 * 3.248.0: `dynamic/index.js` serializes a provider by requiring
 * `runtime/closure/serializeClosure` and calling `serializeFunction` through
 * that module's exports object, and caches the result per provider while
 * `runtime/settings` `cacheDynamicProviders()` (the store's
 * `options.cacheDynamicProviders`) is true. Any other SDK release fails here
 * first: re-read those two files, then widen `checkedSdk`.
 */
const checkedSdk = { from: [3, 200, 0], through: [3, 248, Infinity] } as const;
const sdkRoot = path.dirname(require.resolve("@pulumi/pulumi/package.json"));

function versionParts(version: string): number[] {
  return version.split(/[.-]/).slice(0, 3).map(Number);
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

describe("the Pulumi SDK internals withOfflineClosures relies on", () => {
  it("the installed @pulumi/pulumi is a release the swap was checked against", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(sdkRoot, "package.json"), "utf8")) as {
      version: string;
    };
    const parts = versionParts(version);
    const inRange =
      compareVersions(parts, checkedSdk.from) >= 0 && compareVersions(parts, checkedSdk.through) <= 0;
    expect(
      inRange,
      `@pulumi/pulumi ${version} is outside 3.200.0 - 3.248.x, where lib/plan/closures.ts was checked: ` +
        "re-read dynamic/index.js and runtime/closure/serializeClosure.js, then widen checkedSdk",
    ).toBe(true);
  });

  it("dynamic.Resource calls serializeFunction through the exports of runtime/closure/serializeClosure", () => {
    expect(require.resolve("@pulumi/pulumi/runtime/closure/serializeClosure")).toBe(
      path.join(sdkRoot, "runtime", "closure", "serializeClosure.js"),
    );
    const dynamic = fs.readFileSync(path.join(sdkRoot, "dynamic", "index.js"), "utf8");
    expect(dynamic).toContain('const sc = require("../runtime/closure/serializeClosure");');
    expect(dynamic).toContain("sc.serializeFunction(() => provider, { allowSecrets: true })");
    expect(dynamic).toContain("if (settings.cacheDynamicProviders()) {");
  });

  it("serializeFunction is a writable async function of (func, args) on that exports object", () => {
    const descriptor = Object.getOwnPropertyDescriptor(closure, "serializeFunction");
    expect(descriptor).toMatchObject({ writable: true, configurable: true });
    expect(descriptor?.value).toBeInstanceOf(Function);
    expect((descriptor?.value as () => unknown).constructor.name).toBe("AsyncFunction");
    expect((descriptor?.value as () => unknown).name).toBe("serializeFunction");
    // `(func, args = {})`: a default parameter does not count.
    expect((descriptor?.value as () => unknown).length).toBe(1);
  });

  it("the provider cache follows the store's options.cacheDynamicProviders, which the swap turns off", () => {
    const options = sdkStore().settings.options;
    const before = options.cacheDynamicProviders;
    try {
      options.cacheDynamicProviders = true;
      expect(settings.cacheDynamicProviders()).toBe(true);
      options.cacheDynamicProviders = false;
      expect(settings.cacheDynamicProviders()).toBe(false);
    } finally {
      options.cacheDynamicProviders = before;
    }
  });
});

describe("withOfflineClosures", () => {
  it("GIVEN offline synth WHEN a dynamic provider is serialized THEN the stand-in answers without inspecting it", async () => {
    const provider = { create: () => Promise.resolve({ id: "x" }) };
    const text = await withOfflineClosures(async () => {
      const serialized = await closure.serializeFunction(() => provider, { allowSecrets: true });
      return serialized;
    });
    expect(text).toEqual({ text: "[dynamic provider]", exportName: "handler", containsSecrets: false });
  });

  it("restores the real serializer afterwards, also when the program throws", async () => {
    const real = closure.serializeFunction;
    await expect(
      withOfflineClosures(() => {
        expect(closure.serializeFunction).not.toBe(real);
        return Promise.reject(new Error("program failed"));
      }),
    ).rejects.toThrow("program failed");
    expect(closure.serializeFunction).toBe(real);
    const serialized = await closure.serializeFunction(() => 42);
    expect(serialized.text).toContain("42");
  });
});

describe("withOfflineClosures and the SDK's provider cache", () => {
  it("no stand-in serialization outlives the swap: a dynamic resource registered afterwards carries its real provider", async () => {
    const seen: string[] = [];
    pulumi.runtime.setMocks(
      {
        newResource: (args) => {
          seen.push(String(args.inputs.__provider));
          return { id: args.name, state: args.inputs };
        },
        call: (args) => args.inputs,
      },
      "p",
      "s",
      false,
    );
    const provider: pulumi.dynamic.ResourceProvider = { create: () => Promise.resolve({ id: "x" }) };
    class Probe extends pulumi.dynamic.Resource {
      constructor(name: string) {
        super(provider, name, {});
      }
    }
    await withOfflineClosures(() => {
      new Probe("offline");
      return Promise.resolve();
    });
    new Probe("real");
    await pulumi.runtime.disconnect();
    expect(seen[0]).toBe("[dynamic provider]");
    expect(seen[1]).toContain("exports.handler");
  });
});
