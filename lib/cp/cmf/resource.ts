/**
 * The one skeleton of every CMF dynamic resource: {@link cmfProvider} turns a
 * {@link CmfObjectType} (how to check, create, read, update and delete one
 * kind of CMF object) into a `pulumi.dynamic.ResourceProvider`, and
 * {@link CmfResource} is the resource class base each kind extends.
 *
 * Pulumi serializes each dynamic provider, with everything its functions
 * capture, into the stack state and runs that copy later (also for
 * `destroy`, long after this program changed). So the provider below and the
 * object types only capture plain functions and data and the client module,
 * never `@pulumi/pulumi` (imported here for types and the class base only) nor
 * module-level Sets or Maps; errors set `message` explicitly (see
 * `CmfApiError`). The serialization tests in test/cmf guard this.
 */
import * as pulumi from "@pulumi/pulumi";
import { renderValue, type ConfigProblem } from "../../core/errors";
import { CmfClient } from "./client";
import type { CmfConnection } from "./connection";
import { secretConnectionInputs, type CmfConnectionArgs } from "./connection-args";
import { connectionProblems } from "./validate";

/** Inputs every CMF object type shares: where CMF is. */
export interface CmfObjectInputs {
  readonly connection: CmfConnection;
}

/**
 * One kind of CMF object, as the skeleton needs it. `L` is CMF's document of
 * the object. Functions here are serialized with the provider: keep them plain.
 */
export interface CmfObjectType<I extends CmfObjectInputs, L> {
  /** Type token (`pulumi-nodejs:dynamic/cmf:<kind>`), also used in messages. */
  readonly kind: string;
  /** Input fields stored as outputs and compared by `diff` (connection first). */
  readonly fields: readonly string[];
  /** Input fields whose change replaces the object (see ./replace-on-change). */
  readonly replaceOnChange: readonly string[];
  /** Input problems besides the connection's. */
  readonly problems: (inputs: I) => ConfigProblem[];
  /** Pulumi id; also CMF's identity: a replacement keeping it deletes first. */
  readonly id: (inputs: I) => string;
  readonly create: (client: CmfClient, inputs: I) => Promise<L>;
  readonly update: (client: CmfClient, inputs: I) => Promise<L>;
  /** On a 409 from `create` (left behind by an interrupted run), adopt the object with `update`. */
  readonly adoptOnConflict?: boolean;
  /**
   * After create/update, wait until the object is healthy and return its
   * document; a throw keeps the object in the state ({@link CmfResourceInitError}).
   */
  readonly settle?: (client: CmfClient, inputs: I, live: L) => Promise<L>;
  /** CMF's document, `undefined` when CMF says it is gone. */
  readonly get: (client: CmfClient, props: I, id: string) => Promise<L | undefined>;
  /** Outputs read from CMF only (timestamps, status). */
  readonly observed: (live: L) => Record<string, unknown>;
  /** Declared fields as a refresh sees them (use {@link reconcile}). */
  readonly drift: (props: I, live: L) => Record<string, unknown>;
  readonly remove: (client: CmfClient, props: I, id: string) => Promise<unknown>;
}

/** Pulumi's marker for a value not known during preview. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (typeof value === "object" && value !== null) return Object.values(value).some(containsUnknown);
  return false;
}

/** JSON with sorted keys and without `undefined`, so equal data compares equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : canonical(v))).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/**
 * True when everything declared is present in `live` with the same value.
 * Extra fields CMF adds (defaults, server-side metadata) are not drift.
 */
function isSubset(declared: unknown, live: unknown): boolean {
  if (declared === undefined) return true;
  if (Array.isArray(declared)) {
    return (
      Array.isArray(live) && live.length === declared.length && declared.every((d, i) => isSubset(d, live[i]))
    );
  }
  if (typeof declared === "object" && declared !== null) {
    if (typeof live !== "object" || live === null || Array.isArray(live)) return false;
    return Object.entries(declared).every(([k, v]) => isSubset(v, (live as Record<string, unknown>)[k]));
  }
  return declared === live;
}

/** The declared value while live still matches it; otherwise the live value, so `pulumi refresh` shows drift. */
export function reconcile(declared: unknown, live: unknown): unknown {
  return isSubset(declared, live) ? declared : live;
}

function toFailures(problems: readonly ConfigProblem[]): pulumi.dynamic.CheckFailure[] {
  return problems.map((p) => ({
    property: p.path.split(".")[0],
    reason: `${p.path}: got ${renderValue(p.got)}; allowed: ${p.allowed}${p.hint ? ` (${p.hint})` : ""}`,
  }));
}

/**
 * A create/update that reached CMF but did not become healthy. Pulumi's
 * dynamic provider host turns `id` + `properties` into an "initialization
 * failed" result, so the object stays in the state (and gets deleted by
 * `destroy`) instead of being orphaned in CMF.
 */
export class CmfResourceInitError extends Error {
  constructor(
    message: string,
    readonly id: string,
    readonly properties: Record<string, unknown>,
    readonly reasons: string[],
  ) {
    super(message);
    // Set again: serialized, `super(message)` becomes `Error.call`, which drops it.
    this.message = message;
    this.name = "CmfResourceInitError";
  }
}

/**
 * The dynamic provider of one CMF object type: `check` (connection and
 * type problems, skipped while inputs are unknown), `diff` (replace-on-change
 * keys, delete first when the identity stays), create-or-adopt, read with
 * drift (a 404 drops the object from the state), update and delete.
 */
export function cmfProvider<I extends CmfObjectInputs, O extends I, L>(
  type: CmfObjectType<I, L>,
): pulumi.dynamic.ResourceProvider<I, O> {
  const outputs = (inputs: I, live: L): O => {
    const outs: Record<string, unknown> = {};
    for (const key of type.fields) outs[key] = (inputs as unknown as Record<string, unknown>)[key];
    return { ...outs, ...type.observed(live) } as unknown as O;
  };
  const apply = async (client: CmfClient, inputs: I, live: L): Promise<O> => {
    if (type.settle === undefined) return outputs(inputs, live);
    try {
      return outputs(inputs, await type.settle(client, inputs, live));
    } catch (err) {
      const message = (err as Error).message;
      // Keeps the serialized provider in the init-failure properties; the host adds it only to successes.
      const props: Record<string, unknown> = {
        ...(outputs(inputs, live) as unknown as Record<string, unknown>),
        __provider: (inputs as unknown as Record<string, unknown>).__provider,
      };
      throw new CmfResourceInitError(message, type.id(inputs), props, [message]);
    }
  };
  return {
    async check(_olds, news) {
      if (containsUnknown(news)) return { inputs: news };
      return {
        inputs: news,
        failures: toFailures([...connectionProblems(news.connection), ...type.problems(news)]),
      };
    },

    async diff(_id, olds, news) {
      const before = olds as unknown as Record<string, unknown>;
      const after = news as unknown as Record<string, unknown>;
      const changed = type.fields.filter((k) => canonical(before[k]) !== canonical(after[k]));
      const replaces = type.replaceOnChange.filter((k) => changed.includes(k));
      return {
        changes: changed.length > 0,
        replaces,
        // CMF names are the identity: a replacement that keeps the name must delete
        // first, or the create (an upsert) would hit the old object and the delete
        // would then remove it.
        deleteBeforeReplace: replaces.length > 0 && type.id(olds) === type.id(news),
      };
    },

    async create(inputs) {
      const client = new CmfClient(inputs.connection);
      let live: L;
      try {
        live = await type.create(client, inputs);
      } catch (err) {
        if (!type.adoptOnConflict || (err as { status?: unknown }).status !== 409) throw err;
        live = await type.update(client, inputs);
      }
      return { id: type.id(inputs), outs: await apply(client, inputs, live) };
    },

    async read(id, props) {
      if (props?.connection === undefined) {
        throw new Error(
          `${type.kind} ${id}: the CMF connection is not in the state, so it cannot be read; ` +
            "import by declaring the resource with its connection and running `pulumi up` instead",
        );
      }
      const live = await type.get(new CmfClient(props.connection), props, id);
      if (live === undefined) return { id: "" };
      return { id, props: { ...props, ...type.observed(live), ...type.drift(props, live) } };
    },

    async update(_id, _olds, news) {
      const client = new CmfClient(news.connection);
      return { outs: await apply(client, news, await type.update(client, news)) };
    },

    async delete(id, props) {
      await type.remove(new CmfClient(props.connection), props, id);
    },
  };
}

/** Arguments every named CMF object shares. Changing `name` replaces the object. */
export interface CmfNamedArgs {
  /** How to reach CMF. */
  readonly connection: CmfConnectionArgs;
  /** Object name (lowercase DNS name). Changing it replaces the object. @default the resource name */
  readonly name?: pulumi.Input<string>;
  /** @default none */
  readonly labels?: pulumi.Input<Record<string, string>>;
  /** @default none */
  readonly annotations?: pulumi.Input<Record<string, string>>;
}

/**
 * Arguments every object inside a CMF environment shares (applications,
 * compute pools, statements, secret mappings). Changing `environment` or
 * `name` replaces the object.
 */
export interface CmfScopedArgs extends CmfNamedArgs {
  /** CMF environment the object lives in. Changing it replaces the object. */
  readonly environment: pulumi.Input<string>;
}

/**
 * The wait of a CMF resource that polls CMF after create/update (what it
 * waits for is the resource's own), as its args take it.
 */
export interface CmfWaitArgs {
  /** Bound of the wait in ms (1..86400000). @default 600000; 300000 for a Kubernetes cluster */
  readonly waitTimeoutMs?: pulumi.Input<number>;
  /** Time between two status polls in ms (1..86400000). @default 5000 */
  readonly pollIntervalMs?: pulumi.Input<number>;
}

/** The inputs of {@link CmfNamedArgs}, `name` defaulting to the resource name; unset metadata left out. */
function namedInputs(resourceName: string, args: CmfNamedArgs) {
  return {
    connection: args.connection,
    name: args.name ?? resourceName,
    ...pickInputs(args, ["labels", "annotations"]),
  };
}

/**
 * The `keys` of a resource's args as its own inputs, in that order, each left
 * out when unset: the SDK builds an output and four promises (each capturing a
 * stack trace) per input of every resource, and an unset one never reaches
 * the provider anyway. A declared output whose input may be unset either stays
 * registered (pass it in `extra`) or is one of the {@link echoedOutputs}.
 */
export function pickInputs<A, K extends keyof A>(args: A, keys: readonly K[]): Partial<Pick<A, K>> {
  const picked: Partial<Pick<A, K>> = {};
  for (const key of keys) if (args[key] !== undefined) picked[key] = args[key];
  return picked;
}

/**
 * Declared outputs that echo an optional input (labels, annotations). When the
 * args leave one unset, {@link pickInputs} leaves its input out, so the SDK
 * makes no output for it; the property is then an output made on first read
 * that resolves to `undefined` once the resource is registered and depends on
 * it, as the registered one would. Exact: the provider's output of an unset
 * echoed input is `undefined` in every state (create and update echo the
 * input; a refresh keeps an undeclared one undefined, see {@link reconcile}).
 * A registered output goes through the setter (the SDK assigns each one).
 */
export function echoedOutputs(proto: pulumi.CustomResource, keys: readonly string[]): void {
  const own = (target: object, key: string, value: unknown) =>
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  for (const key of keys) {
    Object.defineProperty(proto, key, {
      configurable: true,
      get(this: pulumi.CustomResource) {
        const output = this.urn.apply(() => undefined);
        own(this, key, output);
        return output;
      },
      set(this: object, value: unknown) {
        own(this, key, value);
      },
    });
  }
}

/** Declared labels and annotations as a refresh sees them (objects with Kubernetes-style metadata). */
export function metadataDrift(
  props: { readonly labels?: unknown; readonly annotations?: unknown },
  live: { readonly metadata: { readonly labels?: unknown; readonly annotations?: unknown } },
): Record<string, unknown> {
  return {
    labels: reconcile(props.labels, live.metadata.labels),
    annotations: reconcile(props.annotations, live.metadata.annotations),
  };
}

/**
 * Base of every CMF resource class: registers `pulumi-nodejs:dynamic/cmf:<kind>`
 * with the connection's credentials wrapped as secrets and `connection` a
 * secret output (belt and braces: the engine already keeps nested secrets
 * secret, this also covers the outputs the provider echoes back).
 */
export class CmfResource extends pulumi.dynamic.Resource {
  /** Connection used for later refreshes and deletes (secret). */
  declare readonly connection: pulumi.Output<CmfConnection>;

  constructor(
    provider: pulumi.dynamic.ResourceProvider,
    kind: string,
    name: string,
    inputs: { readonly connection: CmfConnectionArgs } & pulumi.Inputs,
    opts: pulumi.CustomResourceOptions | undefined,
  ) {
    super(
      provider,
      name,
      { ...inputs, connection: secretConnectionInputs(inputs.connection) },
      { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), "connection"] },
      "cmf",
      kind,
    );
  }
}

/** Constructor parameters of the named bases: provider, kind, resource name, args, the kind's own inputs, options. */
type CmfResourceParams<A> = [
  provider: pulumi.dynamic.ResourceProvider,
  kind: string,
  name: string,
  args: A,
  /** The kind's own inputs, taken from `args` in this order. */
  own: readonly (keyof A)[],
  /**
   * Further inputs, registered even when `undefined`: outputs read from CMF,
   * values wrapped as secrets, declared outputs a refresh may set although unset.
   */
  extra: pulumi.Inputs,
  opts: pulumi.CustomResourceOptions | undefined,
];

/**
 * Base of the resource classes of named CMF objects: their `name`, labels and
 * annotations ({@link namedInputs}), then the kind's own inputs, then `extra`.
 */
export class CmfNamedResource<A extends CmfNamedArgs = CmfNamedArgs> extends CmfResource {
  declare readonly name: pulumi.Output<string>;
  declare readonly labels: pulumi.Output<Record<string, string> | undefined>;
  declare readonly annotations: pulumi.Output<Record<string, string> | undefined>;

  constructor(...[provider, kind, name, args, own, extra, opts]: CmfResourceParams<A>) {
    super(provider, kind, name, { ...namedInputs(name, args), ...pickInputs(args, own), ...extra }, opts);
  }
}
echoedOutputs(CmfNamedResource.prototype, ["labels", "annotations"]);

/** Base of the resource classes of objects inside a CMF environment (`environment` first of its own inputs). */
export class CmfScopedResource<A extends CmfScopedArgs = CmfScopedArgs> extends CmfNamedResource<A> {
  declare readonly environment: pulumi.Output<string>;

  constructor(...[provider, kind, name, args, own, extra, opts]: CmfResourceParams<A>) {
    super(provider, kind, name, args, ["environment", ...own], extra, opts);
  }
}
