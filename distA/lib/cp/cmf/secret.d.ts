/** {@link CmfSecret}: a CMF secret (`/secrets`) on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfNamedResource, type CmfNamedArgs } from "./resource";
import { type CmfSecretSpec } from "./sql-bodies";
/** Resolved inputs of {@link cmfSecretProvider}. */
export interface CmfSecretInputs extends CmfSecretSpec {
    readonly connection: CmfConnection;
}
/** Outputs (state) of {@link cmfSecretProvider}; `data` is a secret output. */
export interface CmfSecretOutputs extends CmfSecretInputs {
    /** `status.version` as last seen: CMF bumps it when the data changes. */
    readonly version?: string;
}
/** Dynamic provider behind {@link CmfSecret}; exported for tests and reuse. */
export declare const cmfSecretProvider: pulumi.dynamic.ResourceProvider<CmfSecretInputs, CmfSecretOutputs>;
/** Arguments of {@link CmfSecret}. */
export interface CmfSecretArgs extends CmfNamedArgs {
    /**
     * The secret's key-value data, e.g. `{"sasl.jaas.config": ...}`; wrapped
     * with `pulumi.secret` and stored as a secret output, never in plan text.
     */
    readonly data: pulumi.Input<Record<string, string>>;
}
/**
 * A CMF secret (`POST /cmf/api/v1/secrets`, PUT to update): credentials
 * that Kafka catalogs and databases reference through an environment
 * secret mapping. Changing `name` replaces it.
 */
export declare class CmfSecret extends CmfNamedResource<CmfSecretArgs> {
    /** `status.version` as last seen by Pulumi. */
    readonly version: pulumi.Output<string | undefined>;
    constructor(name: string, args: CmfSecretArgs, opts?: pulumi.CustomResourceOptions);
}
