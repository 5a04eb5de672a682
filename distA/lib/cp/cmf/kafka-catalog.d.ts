/** {@link CmfKafkaCatalog}: a Kafka catalog (Schema Registry binding) on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfNamedResource, type CmfNamedArgs } from "./resource";
import { type CmfKafkaCatalogSpec } from "./sql-bodies";
/** Resolved inputs of {@link cmfKafkaCatalogProvider}. */
export interface CmfKafkaCatalogInputs extends CmfKafkaCatalogSpec {
    readonly connection: CmfConnection;
}
/** Dynamic provider behind {@link CmfKafkaCatalog}; exported for tests and reuse. */
export declare const cmfKafkaCatalogProvider: pulumi.dynamic.ResourceProvider<CmfKafkaCatalogInputs, CmfKafkaCatalogInputs>;
/** Arguments of {@link CmfKafkaCatalog}. */
export interface CmfKafkaCatalogArgs extends CmfNamedArgs {
    /** Schema Registry client options (`srInstance.connectionConfig`); `schema.registry.url` at least. */
    readonly connectionConfig: pulumi.Input<Record<string, string>>;
    /** Connection secret id (an environment secret mapping) with the Schema Registry credentials. @default none */
    readonly connectionSecretId?: pulumi.Input<string>;
}
/**
 * A Kafka catalog (`POST /cmf/api/v1/catalogs/kafka`, PUT to update): the
 * Schema Registry statements resolve table schemas through. Changing
 * `name` replaces it.
 */
export declare class CmfKafkaCatalog extends CmfNamedResource<CmfKafkaCatalogArgs> {
    constructor(name: string, args: CmfKafkaCatalogArgs, opts?: pulumi.CustomResourceOptions);
}
