import * as pulumi from "@pulumi/pulumi";
import * as closure from "@pulumi/pulumi/runtime/closure/serializeClosure";
import { describe, expect, it } from "vitest";
import { withOfflineClosures } from "../../lib/plan/closures";

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
