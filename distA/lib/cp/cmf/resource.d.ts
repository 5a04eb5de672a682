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
import { type ConfigProblem } from "../../core/errors";
import { CmfClient } from "./client";
import type { CmfAuthType, CmfConnection } from "./connection";
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
/** The declared value while live still matches it; otherwise the live value, so `pulumi refresh` shows drift. */
export declare function reconcile(declared: unknown, live: unknown): unknown;
/**
 * A create/update that reached CMF but did not become healthy. Pulumi's
 * dynamic provider host turns `id` + `properties` into an "initialization
 * failed" result, so the object stays in the state (and gets deleted by
 * `destroy`) instead of being orphaned in CMF.
 */
export declare class CmfResourceInitError extends Error {
    readonly id: string;
    readonly properties: Record<string, unknown>;
    readonly reasons: string[];
    constructor(message: string, id: string, properties: Record<string, unknown>, reasons: string[]);
}
/**
 * The dynamic provider of one CMF object type: `check` (connection and
 * type problems, skipped while inputs are unknown), `diff` (replace-on-change
 * keys, delete first when the identity stays), create-or-adopt, read with
 * drift (a 404 drops the object from the state), update and delete.
 */
export declare function cmfProvider<I extends CmfObjectInputs, O extends I, L>(type: CmfObjectType<I, L>): pulumi.dynamic.ResourceProvider<I, O>;
/** Authentication inputs; `token`, `clientCertPem` and `clientKeyPem` are always stored as secrets. */
export interface CmfAuthArgs {
    /** `none`, `bearer` (OAuth access token) or `mtls` (client certificate). */
    readonly type: pulumi.Input<CmfAuthType>;
    /** OAuth access token for `bearer`; wrapped with `pulumi.secret`. @default none */
    readonly token?: pulumi.Input<string>;
    /** PEM client certificate for `mtls`; wrapped with `pulumi.secret`. @default none */
    readonly clientCertPem?: pulumi.Input<string>;
    /** PEM client key for `mtls`; wrapped with `pulumi.secret`. @default none */
    readonly clientKeyPem?: pulumi.Input<string>;
    /** PEM CA bundle that signed CMF's server certificate. @default Node's CA store */
    readonly caPem?: pulumi.Input<string>;
}
/**
 * Where CMF is and how to reach it. It is stored with each resource because
 * Pulumi needs it to refresh and delete, possibly from a later program.
 */
export interface CmfConnectionArgs {
    /** CMF base URL, e.g. `https://cmf.example.com` or `http://localhost:8080` (port-forward). */
    readonly endpoint: pulumi.Input<string>;
    /** How the client authenticates. @default { type: "none" } */
    readonly auth?: CmfAuthArgs;
    /** Per-attempt request timeout in ms. @default 30000 */
    readonly timeoutMs?: pulumi.Input<number>;
    /** Retries for connection failures and 5xx answers. @default 4 */
    readonly retries?: pulumi.Input<number>;
    /** First retry delay in ms, doubled per retry. @default 500 */
    readonly retryDelayMs?: pulumi.Input<number>;
    /** Cap of one retry delay in ms. @default 8000 */
    readonly maxRetryDelayMs?: pulumi.Input<number>;
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
 * The `keys` of a resource's args as its own inputs, in that order; an absent
 * one stays present as `undefined` (a resource class helper: not serialized).
 */
export declare function pickInputs<A, K extends keyof A>(args: A, keys: readonly K[]): Pick<A, K>;
/** Declared labels and annotations as a refresh sees them (objects with Kubernetes-style metadata). */
export declare function metadataDrift(props: {
    readonly labels?: unknown;
    readonly annotations?: unknown;
}, live: {
    readonly metadata: {
        readonly labels?: unknown;
        readonly annotations?: unknown;
    };
}): Record<string, unknown>;
/** `value` as a Pulumi secret (`undefined` stays undefined). */
export declare function secretOrUndefined<T>(value: pulumi.Input<T> | undefined): pulumi.Output<pulumi.Unwrap<T>> | undefined;
/** Connection inputs with every credential wrapped in `pulumi.secret`. */
export declare function secretConnectionInputs(connection: CmfConnectionArgs): pulumi.Inputs;
/**
 * Base of every CMF resource class: registers `pulumi-nodejs:dynamic/cmf:<kind>`
 * with the connection's credentials wrapped as secrets and `connection` a
 * secret output (belt and braces: the engine already keeps nested secrets
 * secret, this also covers the outputs the provider echoes back).
 */
export declare class CmfResource extends pulumi.dynamic.Resource {
    /** Connection used for later refreshes and deletes (secret). */
    readonly connection: pulumi.Output<CmfConnection>;
    constructor(provider: pulumi.dynamic.ResourceProvider, kind: string, name: string, inputs: {
        readonly connection: CmfConnectionArgs;
    } & pulumi.Inputs, opts: pulumi.CustomResourceOptions | undefined);
}
/** Constructor parameters of the named bases: provider, kind, resource name, args, the kind's own inputs, options. */
type CmfResourceParams<A> = [
    provider: pulumi.dynamic.ResourceProvider,
    kind: string,
    name: string,
    args: A,
    /** The kind's own inputs, taken from `args` in this order. */
    own: readonly (keyof A)[],
    /** Further inputs: outputs read from CMF (as `undefined`), values wrapped as secrets. */
    extra: pulumi.Inputs,
    opts: pulumi.CustomResourceOptions | undefined
];
/**
 * Base of the resource classes of named CMF objects: their `name`, labels and
 * annotations ({@link namedInputs}), then the kind's own inputs, then `extra`.
 */
export declare class CmfNamedResource<A extends CmfNamedArgs = CmfNamedArgs> extends CmfResource {
    readonly name: pulumi.Output<string>;
    readonly labels: pulumi.Output<Record<string, string> | undefined>;
    readonly annotations: pulumi.Output<Record<string, string> | undefined>;
    constructor(...[provider, kind, name, args, own, extra, opts]: CmfResourceParams<A>);
}
/** Base of the resource classes of objects inside a CMF environment (`environment` first of its own inputs). */
export declare class CmfScopedResource<A extends CmfScopedArgs = CmfScopedArgs> extends CmfNamedResource<A> {
    readonly environment: pulumi.Output<string>;
    constructor(...[provider, kind, name, args, own, extra, opts]: CmfResourceParams<A>);
}
export {};
