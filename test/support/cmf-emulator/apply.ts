/**
 * Runs the CMF dynamic resources of a synthesized plan against the emulator
 * as `pulumi up` / `pulumi destroy` would: each resource's own provider
 * (`check`, then `create` in dependency order; `delete` in reverse), with the
 * connection pointed at the emulator.
 *
 * Providers are found by the type token each CMF resource registers,
 * `pulumi-nodejs:dynamic/cmf:<Kind>`, and the export `cmf<Rest>Provider` of
 * the lib/cp/cmf module that defines `Cmf<Rest>` (or one `Cmf<More><Rest>`);
 * a new kind plugs in by following that naming (the driver fails on a kind it
 * has no provider for).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "../../../lib/cp/cmf/connection";
import type { Plan } from "../../../lib/plan/synth";
import type { CmfEmulator } from "./server";

type PlanResource = Plan["resources"][number];
type Provider = pulumi.dynamic.ResourceProvider;

export const CMF_TYPE_PREFIX = "pulumi-nodejs:dynamic/cmf:";
const CMF_MODULES = path.resolve(__dirname, "..", "..", "..", "lib", "cp", "cmf");

/** Type token to provider, from every `cmf<Rest>Provider` export under lib/cp/cmf. */
export async function cmfProviders(): Promise<Map<string, Provider>> {
  const providers = new Map<string, Provider>();
  for (const file of fs
    .readdirSync(CMF_MODULES)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const mod = (await import(path.join(CMF_MODULES, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const m = /^cmf(\w+)Provider$/.exec(name);
      if (m === null || typeof (value as Provider | undefined)?.create !== "function") continue;
      // The resource class of the same module: `Cmf<Rest>`, or one `Cmf<More><Rest>`
      // (cmfSecretMappingProvider registers CmfEnvironmentSecretMapping).
      const classes = Object.keys(mod).filter(
        (k) => typeof mod[k] === "function" && new RegExp(`^Cmf\\w*${m[1]}$`).test(k),
      );
      const kind = classes.includes(`Cmf${m[1]}`)
        ? `Cmf${m[1]}`
        : classes.length === 1
          ? classes[0]
          : undefined;
      if (kind !== undefined) providers.set(`${CMF_TYPE_PREFIX}${kind}`, value as Provider);
    }
  }
  return providers;
}

/**
 * The plan's CMF resources in an order that respects `dependsOn` through
 * every resource of the plan (a pool waits for its environment even when the
 * link runs through Kubernetes objects); ties keep the plan's order.
 */
export function cmfResourcesInOrder(plan: Plan): PlanResource[] {
  const byUrn = new Map(plan.resources.map((r) => [r.urn, r]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: PlanResource[] = [];
  const visit = (r: PlanResource) => {
    if (done.has(r.urn)) return;
    if (visiting.has(r.urn)) throw new Error(`dependency cycle through ${r.urn}`);
    visiting.add(r.urn);
    for (const dep of r.dependsOn) {
      const target = byUrn.get(dep);
      if (target !== undefined) visit(target);
    }
    visiting.delete(r.urn);
    done.add(r.urn);
    order.push(r);
  };
  plan.resources.forEach(visit);
  return order.filter((r) => r.type.startsWith(CMF_TYPE_PREFIX));
}

/** A connection to the emulator: no auth, quick retries. */
export function emulatorConnection(emulator: CmfEmulator): CmfConnection {
  return {
    endpoint: emulator.url,
    auth: { type: "none" },
    timeoutMs: 10_000,
    retries: 1,
    retryDelayMs: 1,
    maxRetryDelayMs: 2,
  };
}

function unknownPaths(value: unknown, at: string): string[] {
  if (value === "[unknown]") return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownPaths(v, `${at}[${i}]`));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => unknownPaths(v, at === "" ? k : `${at}.${k}`));
  return [];
}

/**
 * What a CMF secret's `data` becomes here: plans show secret values only as
 * `[secret]`, and the emulator needs a map (it never returns the values).
 */
export const STAND_IN_SECRET_DATA: Readonly<Record<string, string>> = {
  "sasl.jaas.config":
    'org.apache.kafka.common.security.plain.PlainLoginModule required username="emulator" password="stand-in";',
};

/** A plan resource's inputs as its provider gets them, with the connection pointed at the emulator. */
function inputsFor(r: PlanResource, connection: CmfConnection): Record<string, unknown> {
  const unknown = unknownPaths(r.inputs, "");
  if (unknown.length > 0) throw new Error(`${r.name}: inputs unknown at synth time: ${unknown.join(", ")}`);
  const inputs: Record<string, unknown> = JSON.parse(JSON.stringify(r.inputs));
  if ("connection" in inputs) inputs.connection = connection;
  if (r.type === `${CMF_TYPE_PREFIX}CmfSecret` && inputs.data === "[secret]")
    inputs.data = { ...STAND_IN_SECRET_DATA };
  return inputs;
}

/** One resource created by {@link applyPlan}. */
export interface Applied {
  readonly resource: PlanResource;
  readonly provider: Provider;
  readonly id: string;
  readonly outs: Record<string, unknown>;
}

/** Checks and creates every CMF resource of `plan` in dependency order; fails naming the resource. */
export async function applyPlan(plan: Plan, emulator: CmfEmulator): Promise<Applied[]> {
  const providers = await cmfProviders();
  const connection = emulatorConnection(emulator);
  const ordered = cmfResourcesInOrder(plan);
  const missing = [...new Set(ordered.map((r) => r.type).filter((t) => !providers.has(t)))];
  if (missing.length > 0) throw new Error(`no provider for ${missing.join(", ")} under lib/cp/cmf`);
  const applied: Applied[] = [];
  for (const resource of ordered) {
    const provider = providers.get(resource.type)!;
    const inputs = inputsFor(resource, connection);
    const checked = provider.check ? await provider.check({}, inputs) : { inputs, failures: [] };
    if ((checked.failures ?? []).length > 0)
      throw new Error(`${resource.name}: check failed: ${JSON.stringify(checked.failures)}`);
    try {
      const { id, outs } = await provider.create(checked.inputs ?? inputs);
      applied.push({ resource, provider, id, outs: outs ?? {} });
    } catch (err) {
      throw new Error(
        `${resource.name} (${resource.type.slice(CMF_TYPE_PREFIX.length)}): create failed: ${(err as Error).message}`,
      );
    }
  }
  return applied;
}

/** What {@link updatePlan} did to one resource. */
export type Step = "create" | "update" | "replace" | "delete" | "same";

/**
 * Moves a deployment to `plan` as `pulumi up` would: new resources are
 * created, changed ones updated in place or replaced as their provider's
 * `diff` says (deleting first when it asks to), and resources gone from the
 * plan deleted in reverse order. Returns the new deployment and each step by
 * resource name.
 */
export async function updatePlan(
  applied: readonly Applied[],
  plan: Plan,
  emulator: CmfEmulator,
): Promise<{ applied: Applied[]; steps: Record<string, Step> }> {
  const providers = await cmfProviders();
  const connection = emulatorConnection(emulator);
  const before = new Map(applied.map((a) => [a.resource.urn, a]));
  const next: Applied[] = [];
  const steps: Record<string, Step> = {};
  for (const resource of cmfResourcesInOrder(plan)) {
    const provider = providers.get(resource.type);
    if (provider === undefined) throw new Error(`no provider for ${resource.type} under lib/cp/cmf`);
    const inputs = inputsFor(resource, connection);
    const old = before.get(resource.urn);
    const run = async (what: string, body: () => Promise<Applied>) => {
      try {
        next.push(await body());
      } catch (err) {
        throw new Error(`${resource.name}: ${what} failed: ${(err as Error).message}`);
      }
    };
    const create = async () => {
      const { id, outs } = await provider.create(inputs);
      return { resource, provider, id, outs: outs ?? {} };
    };
    if (old === undefined) {
      steps[resource.name] = "create";
      await run("create", create);
      continue;
    }
    before.delete(resource.urn);
    const diff = (await provider.diff?.(old.id, old.outs, inputs)) ?? { changes: true, replaces: [] };
    if (diff.replaces !== undefined && diff.replaces.length > 0) {
      steps[resource.name] = "replace";
      if (diff.deleteBeforeReplace) await provider.delete?.(old.id, old.outs);
      await run("replace", create);
      if (!diff.deleteBeforeReplace) await provider.delete?.(old.id, old.outs);
    } else if (diff.changes) {
      steps[resource.name] = "update";
      await run("update", async () => {
        const { outs } = (await provider.update?.(old.id, old.outs, inputs)) ?? {};
        return { resource, provider, id: old.id, outs: outs ?? {} };
      });
    } else {
      steps[resource.name] = "same";
      next.push({ ...old, resource });
    }
  }
  const gone = applied.filter((a) => before.has(a.resource.urn));
  for (const a of gone) steps[a.resource.name] = "delete";
  await destroyApplied(gone);
  return { applied: next, steps };
}

/** Deletes what {@link applyPlan} created, in reverse dependency order. */
export async function destroyApplied(applied: readonly Applied[]): Promise<void> {
  for (const { resource, provider, id, outs } of [...applied].reverse()) {
    try {
      await provider.delete?.(id, outs);
    } catch (err) {
      throw new Error(`${resource.name}: delete failed: ${(err as Error).message}`);
    }
  }
}
