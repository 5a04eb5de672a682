import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, layerOf, layers, lib, repoRoot, stackProgram } from "../support/imports";

/**
 * How far a stack-config value travels (issue 14: `taskManagers` used to
 * cross about 16 files and climb back up a layer 5 times). A value's trail
 * is what a reader follows from the stack file to the object that carries
 * it: the chains of direct imports from the stack program (stacks/index.ts)
 * down to the file whose rule checks it and down to the file that emits it.
 * Every hop must be a real value import to the same layer or one below
 * (the value never climbs back up), and the files that handle the value
 * by name, with the stack file, number at most 8.
 */

interface Trail {
  /** The stack file that sets the value, and the key as it is written there. */
  readonly stackFile: string;
  readonly key: string;
  /** Chains of lib/-relative files, each starting at the stack program. */
  readonly chains: readonly (readonly string[])[];
  /** The file that emits the value into a resource, and the code that does it. */
  readonly emitter: string;
  readonly emits: RegExp;
  /** The files that handle the value by name, as {@link handlers} finds them. */
  readonly handledBy: readonly string[];
}

const trails: readonly Trail[] = [
  {
    stackFile: "stacks/Pulumi.dev.yaml",
    key: "taskManagers",
    chains: [
      // The rule: poolSchema's `taskManagers` (workload-schema) in the platform section.
      [
        stackProgram,
        "stack-validate.ts",
        "stack-config.ts",
        "core/platform-schema.ts",
        "core/workload-schema.ts",
      ],
      // The size's default, when the stack sets none.
      [stackProgram, "oss/platform.ts", "core/derive.ts"],
      // The pool's session cluster: a FlinkDeployment with taskManagers replicas.
      [
        stackProgram,
        "oss/platform.ts",
        "compute-pool/compute-pool.ts",
        "compute-pool/session.ts",
        "kubernetes/flink-charts.ts",
      ],
    ],
    emitter: "kubernetes/flink-charts.ts",
    emits: /replicas: props\.taskManagers/,
    handledBy: [
      "stacks/Pulumi.dev.yaml",
      "core/workload-schema.ts",
      "core/derive.ts",
      // kubernetesPoolSizing: the sizes both Kubernetes faces take from a planned pool.
      "compute-pool/compute-pool.ts",
      "compute-pool/session.ts",
      "kubernetes/flink-charts.ts",
    ],
  },
  {
    stackFile: "stacks/Pulumi.cloud-dev.yaml",
    key: "maxCfu",
    chains: [
      // The rule, once: the `cloud` section's pools (the stack parses it, statements with their SQL).
      [stackProgram, "stack-validate.ts", "stack-config.ts", "cloud/config.ts"],
      // The component's args: that section as parsed (not validated again) plus the credentials.
      [stackProgram, "cloud/index.ts", "cloud/platform.ts", "cloud/args.ts"],
      // The component and its pools: a Confluent Cloud FlinkComputePool with that maxCfu.
      [
        stackProgram,
        "cloud/index.ts",
        "cloud/platform.ts",
        "cloud/workloads.ts",
        "compute-pool/compute-pool.ts",
        "compute-pool/cfu.ts",
      ],
    ],
    emitter: "compute-pool/cfu.ts",
    emits: /maxCfu: cloud\.maxCfu/,
    handledBy: [
      "stacks/Pulumi.cloud-dev.yaml",
      "cloud/config.ts",
      "cloud/args.ts",
      "cloud/workloads.ts",
      "compute-pool/compute-pool.ts",
      "compute-pool/cfu.ts",
    ],
  },
];

/** A file's code without its comments (a key named in a doc comment is not handled there). */
function code(file: string): string {
  return fs
    .readFileSync(path.join(lib, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
}

/** The hops of a trail that are not direct value imports or that climb a layer, as readable lines. */
function badHops(trail: Trail): string[] {
  const bad: string[] = [];
  for (const chain of trail.chains) {
    for (let i = 0; i + 1 < chain.length; i++) {
      const [from, to] = [chain[i], chain[i + 1]];
      const imported = importsOf(from).some((imp) => imp.target === to && !imp.type);
      if (!imported) bad.push(`${from} does not import ${to}`);
      else if (layerOf(to) > layerOf(from)) {
        bad.push(`${from} (${layers[layerOf(from)]?.name}) -> ${to} (${layers[layerOf(to)].name}) climbs`);
      }
    }
  }
  return bad;
}

/** The files that handle the value by name: the stack file, then each trail file whose code names the key. */
function handlers(trail: Trail): string[] {
  const files = [...new Set(trail.chains.flat())];
  const named = files.filter((f) => new RegExp(`\\b${trail.key}\\b`).test(code(f)));
  return [trail.stackFile, ...named];
}

describe("a stack-config value's trail to its resource", () => {
  for (const trail of trails) {
    describe(`${trail.key} (${trail.stackFile})`, () => {
      it("is set in the stack file and emitted by the last file of a chain", () => {
        expect(fs.readFileSync(path.join(repoRoot, trail.stackFile), "utf8")).toMatch(
          new RegExp(`\\b${trail.key}:`),
        );
        expect(trail.chains.some((c) => c[c.length - 1] === trail.emitter)).toBe(true);
        expect(code(trail.emitter)).toMatch(trail.emits);
      });

      it("goes down the import graph only, one direct import at a time", () => {
        expect(badHops(trail)).toEqual([]);
      });

      it("is handled by at most 8 files", () => {
        expect(handlers(trail)).toEqual(trail.handledBy);
        expect(handlers(trail).length).toBeLessThanOrEqual(8);
      });
    });
  }

  it("can fail: a hop that is no direct value import is reported", () => {
    const skipping: Trail = { ...trails[0], chains: [[stackProgram, "core/derive.ts"]] };
    expect(badHops(skipping)).toEqual(["../stacks/index.ts does not import core/derive.ts"]);
    const typeOnly: Trail = { ...trails[0], chains: [["cloud/workloads.ts", "cloud/args.ts"]] };
    expect(badHops(typeOnly)).toEqual(["cloud/workloads.ts does not import cloud/args.ts"]);
  });
});
