/** {@link CmfKafkaDatabase}: a Kafka cluster inside a Kafka catalog, on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfConnection } from "./connection";
import { CmfNamedResource, type CmfNamedArgs } from "./resource";
import { type CmfKafkaDatabaseSpec } from "./sql-bodies";
/** Resolved inputs of {@link cmfKafkaDatabaseProvider}. */
export interface CmfKafkaDatabaseInputs extends CmfKafkaDatabaseSpec {
    readonly connection: CmfConnection;
}
/** Dynamic provider behind {@link CmfKafkaDatabase}; exported for tests and reuse. */
export declare const cmfKafkaDatabaseProvider: pulumi.dynamic.ResourceProvider<CmfKafkaDatabaseInputs, CmfKafkaDatabaseInputs>;
/** Arguments of {@link CmfKafkaDatabase}. */
export interface CmfKafkaDatabaseArgs extends CmfNamedArgs {
    /** The Kafka catalog it belongs to. Changing it replaces the database. */
    readonly catalog: pulumi.Input<string>;
    /** Kafka client options (`kafkaCluster.connectionConfig`); `bootstrap.servers` at least. */
    readonly connectionConfig: pulumi.Input<Record<string, string>>;
    /** Connection secret id (an environment secret mapping) with the Kafka credentials. @default none */
    readonly connectionSecretId?: pulumi.Input<string>;
    /** Environments that may run DDL on its tables. @default none */
    readonly ddlEnvironments?: pulumi.Input<string[]>;
}
/**
 * A Kafka database (`POST /cmf/api/v1/catalogs/kafka/{cat}/databases`, PUT
 * to update): one Kafka cluster whose topics are tables. Changing `catalog`
 * or `name` replaces it.
 */
export declare class CmfKafkaDatabase extends CmfNamedResource<CmfKafkaDatabaseArgs> {
    readonly catalog: pulumi.Output<string>;
    constructor(name: string, args: CmfKafkaDatabaseArgs, opts?: pulumi.CustomResourceOptions);
}
