/** {@link CmfEnvironmentSecretMapping}: maps a connection secret id to a CMF secret in one environment. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfScopedResource, type CmfScopedArgs } from "./resource";
import { type CmfSecretMappingSpec } from "./sql-bodies";
/** Resolved inputs of {@link cmfSecretMappingProvider}. */
export interface CmfSecretMappingInputs extends CmfSecretMappingSpec {
    readonly connection: CmfConnection;
    readonly environment: string;
}
/** Dynamic provider behind {@link CmfEnvironmentSecretMapping}; exported for tests and reuse. */
export declare const cmfSecretMappingProvider: pulumi.dynamic.ResourceProvider<CmfSecretMappingInputs, CmfSecretMappingInputs>;
/** Arguments of {@link CmfEnvironmentSecretMapping}. */
export interface CmfEnvironmentSecretMappingArgs extends CmfScopedArgs {
    /** The CMF secret ({@link CmfSecret}) the connection secret id `name` stands for in this environment. */
    readonly secretName: pulumi.Input<string>;
}
/**
 * An environment secret mapping
 * (`POST /cmf/api/v1/environments/{env}/secret-mappings`, PUT to update):
 * in this environment, catalogs and databases whose `connectionSecretId` is
 * `name` get the data of `secretName`. Changing `environment` or `name`
 * replaces it.
 */
export declare class CmfEnvironmentSecretMapping extends CmfScopedResource<CmfEnvironmentSecretMappingArgs> {
    readonly secretName: pulumi.Output<string>;
    constructor(name: string, args: CmfEnvironmentSecretMappingArgs, opts?: pulumi.CustomResourceOptions);
}
