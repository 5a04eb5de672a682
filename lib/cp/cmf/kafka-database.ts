/** {@link CmfKafkaDatabase}: a Kafka cluster inside a Kafka catalog, on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import { cmfDatabaseObject, sqlObjectCrud } from "./client-sql";
import type { CmfConnection } from "./connection";
import { cmfReplaceOnChange } from "./replace-on-change";
import { cmfProvider, CmfNamedResource, metadataDrift, reconcile, type CmfNamedArgs } from "./resource";
import {
  buildKafkaDatabaseBody,
  kafkaDatabaseProblems,
  type CmfKafkaDatabaseDocument,
  type CmfKafkaDatabaseSpec,
} from "./sql-bodies";

/** Resolved inputs of {@link cmfKafkaDatabaseProvider}. */
export interface CmfKafkaDatabaseInputs extends CmfKafkaDatabaseSpec {
  readonly connection: CmfConnection;
}

/** Dynamic provider behind {@link CmfKafkaDatabase}; exported for tests and reuse. */
export const cmfKafkaDatabaseProvider = cmfProvider<
  CmfKafkaDatabaseInputs,
  CmfKafkaDatabaseInputs,
  CmfKafkaDatabaseDocument
>({
  kind: "CmfKafkaDatabase",
  fields: [
    "connection",
    "catalog",
    "name",
    "connectionConfig",
    "connectionSecretId",
    "ddlEnvironments",
    "labels",
    "annotations",
  ],
  replaceOnChange: cmfReplaceOnChange.CmfKafkaDatabase,
  problems: kafkaDatabaseProblems,
  id: (inputs) => `${inputs.catalog}/${inputs.name}`,
  ...sqlObjectCrud((inputs) => cmfDatabaseObject(inputs.catalog, inputs.name), buildKafkaDatabaseBody),
  observed: () => ({}),
  drift: (props, live) => ({
    connectionConfig: reconcile(props.connectionConfig, live.spec.kafkaCluster.connectionConfig),
    connectionSecretId: reconcile(props.connectionSecretId, live.spec.kafkaCluster.connectionSecretId),
    ddlEnvironments: reconcile(props.ddlEnvironments, live.spec.ddlEnvironments),
    ...metadataDrift(props, live),
  }),
});

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
export class CmfKafkaDatabase extends CmfNamedResource<CmfKafkaDatabaseArgs> {
  declare readonly catalog: pulumi.Output<string>;

  constructor(name: string, args: CmfKafkaDatabaseArgs, opts?: pulumi.CustomResourceOptions) {
    const own = ["catalog", "connectionConfig", "connectionSecretId", "ddlEnvironments"] as const;
    super(cmfKafkaDatabaseProvider, "CmfKafkaDatabase", name, args, own, {}, opts);
  }
}
