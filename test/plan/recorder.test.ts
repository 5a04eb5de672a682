import { createRequire } from "node:module";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { applyOrder, structRoundTrip, type PlanResource } from "../../lib/plan/recorder";
import { record } from "../support/pulumi";

// The protobuf Struct the SDK's mock monitor answers with, loaded from where the SDK loads it.
const sdkRequire = createRequire(require.resolve("@pulumi/pulumi"));
const { Struct } = sdkRequire("google-protobuf/google/protobuf/struct_pb") as {
  Struct: { fromJavaScript(value: unknown): { toJavaScript(): unknown } };
};

/** What the SDK's mock monitor hands back: the state through a protobuf Struct. */
const throughStruct = (value: Record<string, unknown>) => Struct.fromJavaScript(value).toJavaScript();

describe("structRoundTrip (the recorder's response without protobuf)", () => {
  it("GIVEN wire values THEN it returns what a protobuf Struct round trip returns, key order included", () => {
    const state = {
      zeta: [3, { y: "b", x: null, "10": 1, "9": true }, [-0, 1.5]],
      alpha: { B: false, _: "u", a: { nested: ["s"] }, é: "e" },
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      empty: {},
      list: [],
    };
    const ours = structRoundTrip(state);
    const sdk = throughStruct(state);
    expect(JSON.stringify(ours)).toBe(JSON.stringify(sdk));
    expect(ours).toEqual(sdk);
    expect(Object.keys(ours as object)).toEqual([
      "4dabf18193072939515e22adb298388d",
      "alpha",
      "empty",
      "list",
      "zeta",
    ]);
    expect(Object.keys((ours as { alpha: object }).alpha)).toEqual(["B", "_", "a", "é"]);
    // -0 stays -0, as a protobuf double keeps it.
    expect(Object.is((ours as { zeta: [0, 0, number[]] }).zeta[2][0], -0)).toBe(true);
  });

  it("GIVEN a fresh copy THEN changing it leaves the state the mock monitor keeps as it was", () => {
    const state = { spec: { replicas: 1, args: ["a"] } };
    const copy = structRoundTrip(state) as typeof state;
    copy.spec.args.push("b");
    expect(state).toEqual({ spec: { replicas: 1, args: ["a"] } });
  });

  it.each([
    ["undefined in a list", { list: [undefined] }],
    ["an undefined key", { key: undefined }],
    ["a function", { fn: () => 1 }],
    ["a bigint", { big: 1n }],
  ])("GIVEN %s THEN it declines (undefined), where the protobuf Struct throws", (_, state) => {
    expect(() => throughStruct(state)).toThrow("Unexpected struct type.");
    expect(structRoundTrip(state)).toBeUndefined();
  });
});

describe("the recording monitor's responses", () => {
  it("GIVEN a resource whose output feeds another THEN the second records the first's id and state", async () => {
    class Raw extends pulumi.CustomResource {
      declare readonly spec: pulumi.Output<{ b: number; a: string }>;
      constructor(name: string, props: pulumi.Inputs, opts?: pulumi.CustomResourceOptions) {
        super("test:index:Raw", name, { spec: undefined, ...props }, opts);
      }
    }
    const resources = await record(() => {
      const first = new Raw("first", { spec: { b: 2, a: "x" } });
      new Raw("second", {
        from: pulumi.all([first.id, first.spec]).apply(([id, spec]) => `${id} ${JSON.stringify(spec)}`),
      });
    });
    expect(resources.map((r) => [r.name, r.inputs])).toEqual([
      ["first", { spec: { a: "x", b: 2 } }],
      ["second", { from: 'first-id {"a":"x","b":2}' }],
    ]);
  });
});

describe("applyOrder", () => {
  const resource = (name: string): PlanResource => ({
    urn: `urn:pulumi:test::flink-platform::test:index:Raw::${name}`,
    type: "test:index:Raw",
    name,
    parent: null,
    dependsOn: [],
    protect: false,
    retainOnDelete: false,
    inputs: {},
  });

  it("GIVEN independent resources THEN they come in the locale order of their URNs (a before B), as plans always had", () => {
    const names = ["b", "B", "a", "app-9", "app-10", "Ä", "_x"];
    const ordered = applyOrder(names.map(resource)).map((r) => r.name);
    expect(ordered).toEqual(["_x", "a", "Ä", "app-10", "app-9", "b", "B"]);
    expect(ordered).toEqual([...names].sort((x, y) => x.localeCompare(y)));
  });
});

describe("the SDK step the recorder's registerResource restates", () => {
  it("MockMonitor.registerResource is the code the recorder was written from (@pulumi/pulumi 3.248.0)", () => {
    // lib/plan/recorder.ts repeats this method step for step, answering with a plain copy
    // instead of a protobuf Struct. When an SDK release changes it, this fails: re-read the
    // method, bring the recorder's copy in line, then update the text here.
    const { MockMonitor } = sdkRequire("@pulumi/pulumi/runtime/mocks.js") as {
      MockMonitor: { prototype: { registerResource: () => unknown } };
    };
    const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");
    expect(words(MockMonitor.prototype.registerResource.toString())).toEqual(
      words(`async registerResource(req, callback) {
        try {
            const result = await this.mocks.newResource({
                type: req.getType(),
                name: req.getName(),
                inputs: rpc_1.deserializeProperties(req.getObject()),
                provider: req.getProvider(),
                custom: req.getCustom(),
                id: req.getImportid(),
            });
            const urn = this.newUrn(req.getParent(), req.getType(), req.getName());
            const serializedState = await rpc_1.serializeProperties("", result.state);
            this.resources.set(urn, { urn, id: result.id ?? null, state: serializedState });
            const response = new resproto.RegisterResourceResponse();
            response.setUrn(urn);
            response.setId(result.id || "");
            response.setObject(structproto.Struct.fromJavaScript(serializedState));
            callback(null, response);
        }
        catch (err) {
            callback(err, undefined);
        }
    }`),
    );
  });
});
