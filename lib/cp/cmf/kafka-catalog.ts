/** {@link CmfKafkaCatalog}: a Kafka catalog (Schema Registry binding) on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import { cmfCatalogObject, sqlObjectCrud } from "./client-sql";
import type { CmfConnection } from "./connection";
import { cmfReplaceOnChange } from "./replace-on-change";
import { cmfProvider, CmfNamedResource, metadataDrift, reconcile, type CmfNamedArgs } from "./resource";
import {
  buildKafkaCatalogBody,
  kafkaCatalogProblems,
  type CmfKafkaCatalogDocument,
  type CmfKafkaCatalogSpec,
} from "./sql-bodies";

/** Resolved inputs of {@link cmfKafkaCatalogProvider}. */
export interface CmfKafkaCatalogInputs extends CmfKafkaCatalogSpec {
  readonly connection: CmfConnection;
}

/** Dynamic provider behind {@link CmfKafkaCatalog}; exported for tests and reuse. */
export const cmfKafkaCatalogProvider = cmfProvider<
  CmfKafkaCatalogInputs,
  CmfKafkaCatalogInputs,
  CmfKafkaCatalogDocument
>({
  kind: "CmfKafkaCatalog",
  fields: ["connection", "name", "connectionConfig", "connectionSecretId", "labels", "annotations"],
  replaceOnChange: cmfReplaceOnChange.CmfKafkaCatalog,
  problems: kafkaCatalogProblems,
  id: (inputs) => inputs.name,
  // CMF answers 409 to a delete while the catalog still has databases: Pulumi deletes those first (they depend on it).
  ...sqlObjectCrud((inputs, id) => cmfCatalogObject(inputs.name ?? id), buildKafkaCatalogBody),
  observed: () => ({}),
  drift: (props, live) => ({
    connectionConfig: reconcile(props.connectionConfig, live.spec.srInstance.connectionConfig),
    connectionSecretId: reconcile(props.connectionSecretId, live.spec.srInstance.connectionSecretId),
    ...metadataDrift(props, live),
  }),
});

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
export class CmfKafkaCatalog extends CmfNamedResource<CmfKafkaCatalogArgs> {
  constructor(name: string, args: CmfKafkaCatalogArgs, opts?: pulumi.CustomResourceOptions) {
    const own = ["connectionConfig", "connectionSecretId"] as const;
    super(cmfKafkaCatalogProvider, "CmfKafkaCatalog", name, args, own, {}, opts);
  }
}
