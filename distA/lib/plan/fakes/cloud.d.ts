/** `<prefix>-<6 chars>` stable for the seed, e.g. `env-k3f9x2`. */
export declare function fakeId(prefix: string, seed: string): string;
/** The organization every fake belongs to. */
export declare const fakeOrganizationId: string;
export declare const fakeOrganizationCrn: string;
/** Fake invoke results keyed by invoke token. */
export declare const cloudInvokeFakes: Record<string, (inputs: Record<string, unknown>) => Record<string, unknown>>;
/**
 * Fake computed outputs keyed by resource type. The result is merged over the
 * inputs to form the resource's state; its `id`, when present, is the id.
 */
export declare const cloudResourceFakes: Record<string, (name: string, inputs: Record<string, unknown>) => Record<string, unknown>>;
/** Fake result of an invoke, or undefined when the token is not a Confluent Cloud one we know. */
export declare function fakeCloudInvoke(token: string, inputs: Record<string, unknown>): Record<string, unknown> | undefined;
/**
 * Fake `{ id, state }` for a registered resource (the shape `setMocks`'
 * `newResource` returns), or undefined for types not covered here.
 */
export declare function fakeCloudResource(type: string, name: string, inputs: Record<string, unknown>): {
    id: string;
    state: Record<string, unknown>;
} | undefined;
