import { createRequire } from "node:module";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { parseConfigValue } from "../../lib/core/load";
import { loadProject, loadStackConfig } from "../../lib/plan/project";
import { isKubernetesObject, manifestOf } from "../../lib/plan/write";
import { haveReference, operatorReferenceDir } from "../support/reference";
import { record } from "../support/pulumi";
import { validateBuiltIn, validateFlinkResource } from "../support/schemas";
import { projectRoot, shippedStacks } from "../support/synth";

/**
 * Property: any mutation of a shipped stack's config either synthesizes to a
 * plan whose objects validate against the schemas, or fails with the
 * formatted ConfigError having registered nothing. Never another exception,
 * never a partial plan.
 */

type Json = unknown;
type Path = (string | number)[];

const project = loadProject(projectRoot);
const stacks = shippedStacks().map((stack) => {
  const { values, secretKeys } = loadStackConfig(project, stack);
  const config = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, parseConfigValue(v)]));
  return { stack, config, secretKeys };
});
const checkCrds = haveReference("operator CRDs", path.join(operatorReferenceDir, "crds"));

// The stack program loads its target's component module with require(), as
// it runs under ts-node for `pulumi up`: run it through tsx's CommonJS hook
// (registered once per worker by test/support/require-ts.ts).
const programFile = path.join(projectRoot, "stacks", "index.ts");
const requireProgram = createRequire(programFile);

function leafPaths(value: Json, prefix: Path = []): Path[] {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    const inner = entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
    return prefix.length > 0 ? [prefix, ...inner] : inner;
  }
  return [prefix];
}

type Mutation = { op: "set"; value: Json } | { op: "delete" } | { op: "add"; key: string; value: Json };

function mutate(config: Record<string, Json>, at: Path, m: Mutation): Record<string, Json> {
  const copy = structuredClone(config);
  const parent = at
    .slice(0, -1)
    .reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], copy) as Record<string | number, Json>;
  const last = at[at.length - 1];
  if (m.op === "set") parent[last] = m.value;
  else if (m.op === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === "object" && !Array.isArray(target)) {
      (target as Record<string, Json>)[m.key] = m.value;
    } else parent[last] = { [m.key]: m.value };
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant("delete" as const) }),
  fc.record({
    op: fc.constant("add" as const),
    key: fc.string({ minLength: 1, maxLength: 8 }),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
);

/** Runs the real stack program for a config map; returns what it registered or the error it threw. */
async function runProgram(flat: Record<string, string>, secretKeys: string[]) {
  let error: unknown;
  const resources = await record(async () => {
    pulumi.runtime.setAllConfig(flat, secretKeys);
    delete requireProgram.cache[programFile];
    try {
      requireProgram(programFile);
    } catch (err) {
      error = err;
    }
  });
  return { resources, error };
}

describe("config fuzzing over the shipped stacks", () => {
  it("every mutation synthesizes valid objects or fails with one formatted ConfigError and no resources", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...stacks),
        fc.nat(),
        mutation,
        async ({ config, secretKeys }, pick, m) => {
          const paths = leafPaths(config).filter((p) => String(p[0]).startsWith("flink-platform:"));
          const at = paths[pick % paths.length];
          const mutated = mutate(config, at, m);
          const flat = Object.fromEntries(
            Object.entries(mutated)
              .filter(([, v]) => v !== undefined)
              .map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
          );
          const { resources, error } = await runProgram(flat, secretKeys);
          if (error !== undefined) {
            expect(ConfigError.isConfigError(error), String((error as Error)?.stack ?? error)).toBe(true);
            const message = (error as Error).message;
            expect(message).toMatch(/^[A-Za-z][^\n]* \(\d+ problems?\):\n  - /);
            expect(resources).toEqual([]);
            return;
          }
          for (const r of resources.filter(isKubernetesObject)) {
            const m = manifestOf(r);
            if (String(m.apiVersion).startsWith("flink.apache.org")) {
              if (checkCrds) expect(validateFlinkResource(m), r.name).toBeUndefined();
            } else if (m.kind !== "Secret") {
              expect(validateBuiltIn(m), r.name).toBeUndefined();
            }
          }
        },
      ),
      { numRuns: 60, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
    );
  });
});
