import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { checkArgsShapes, createProgram } from "../support/args-shape";

/**
 * Public Args stay portable to Pulumi's other languages (see
 * test/support/args-shape.ts for the rules) and documented: the same checker
 * runs over lib/index.ts and over a synthetic source that breaks each rule.
 */

const root = path.resolve(__dirname, "..", "..");
const entry = path.join(root, "lib", "index.ts");
const synthetic = path.join(root, "test", "api", "__synthetic-args__.ts");

const syntheticSource = `
import type * as pulumi from "@pulumi/pulumi";

/** Everything allowed. */
export interface GoodArgs {
  /** A plain input. */
  readonly name: pulumi.Input<string>;
  /** A string enum. @default "a" */
  readonly mode?: "a" | "b";
  /** Inputs in a list. @default [] */
  readonly hosts?: pulumi.Input<string>[];
  /** A map of strings. @default {} */
  readonly labels?: Readonly<Record<string, string>>;
  /** A nested interface. */
  readonly nested: NestedArgs;
  /** A boolean input. @default false */
  readonly enabled?: pulumi.Input<boolean>;
  /** An output. */
  readonly id: pulumi.Output<number>;
  /** An enum behind an input. */
  readonly kind: pulumi.Input<"x" | "y">;
}
/** Nested. */
export interface NestedArgs {
  /** A number. */
  readonly size: number;
}

/** A union that is not an enum. */
export interface UnionArgs {
  /** Port. */
  readonly port: string | number;
}
/** A callback. */
export interface CallbackArgs {
  /** Called when ready. */
  readonly onReady: (name: string) => void;
}
/** A method. */
export interface MethodArgs {
  /** Transforms. */
  transform(value: string): string;
}
/** A non-enum union deep inside, behind Input. */
export interface DeepArgs {
  /** Inline object. */
  readonly inner: {
    /** Value. */
    readonly value: pulumi.Input<string | number>;
  };
}
/** A map of objects. */
export interface MapArgs {
  /** By name. */
  readonly byName: Record<string, NestedArgs>;
}
/** Untyped. */
export interface AnyArgs {
  /** Anything. */
  readonly value: unknown;
}
export interface UndocumentedArgs {
  readonly a: string;
  /** Documented but no default. */
  readonly b?: string;
}
`;

// One program for both: each program parses @pulumi/pulumi's and Node's declarations again (about
// 2 s of CPU), and the synthetic source is not imported by lib/index.ts, so neither report sees the other.
const program = createProgram([entry], { [synthetic]: syntheticSource });

describe("the checker catches what other languages cannot take", () => {
  const report = checkArgsShapes(program, synthetic);

  it("checks every exported *Args, and what they reference", () => {
    expect(report.roots).toEqual([
      "AnyArgs",
      "CallbackArgs",
      "DeepArgs",
      "GoodArgs",
      "MapArgs",
      "MethodArgs",
      "NestedArgs",
      "UndocumentedArgs",
      "UnionArgs",
    ]);
    expect(report.visited).toContain("DeepArgs.inner");
  });

  it("reports exactly the broken members, and nothing in GoodArgs", () => {
    expect(report.problems.map((p) => `${p.path}: ${p.problem}`).sort()).toEqual([
      "AnyArgs.value: unknown has no shape in other languages: declare the type",
      "CallbackArgs.onReady: function type (name: string) => void: other languages cannot pass callbacks",
      "DeepArgs.inner.value: non-enum union string | number: use one type, or string literals for an enum",
      "MapArgs.byName[key]: map of NestedArgs: only Record<string, primitive> maps are allowed",
      "MethodArgs.transform: a method: other languages cannot pass callbacks",
      "UndocumentedArgs.a: no doc comment",
      "UndocumentedArgs.b: optional without a @default tag",
      "UnionArgs.port: non-enum union string | number: use one type, or string literals for an enum",
    ]);
  });
});

describe("public Args of lib/index.ts", () => {
  const report = checkArgsShapes(program, entry);

  it("covers the constructs' args", () => {
    expect(report.roots).toEqual(
      expect.arrayContaining([
        "FlinkPlatformOSSArgs",
        "FlinkPlatformCPArgs",
        "ConfluentCloudFlinkArgs",
        "ComputePoolArgs",
      ]),
    );
    // Interfaces reached only through others are checked too.
    expect(report.visited).toEqual(
      expect.arrayContaining([
        "CloudComputePoolSpec",
        "CloudEnvironmentArgs",
        "CloudKafkaArgs",
        "CreateKafkaClusterArgs",
        "CloudServiceAccountsArgs",
        "FlinkStatementSpec",
        "CmfConnectionArgs",
        "CmfAuthArgs",
        "CmfArgs",
        "CmfCredentialsArgs",
        "StorageArgs",
        "PoolResourcesArgs",
      ]),
    );
  });

  it("are plain data, every member documented, optional ones with @default", () => {
    expect(report.problems).toEqual([]);
  });
});
