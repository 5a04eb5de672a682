/** {@link CmfEnvironmentSecretMapping}: maps a connection secret id to a CMF secret in one environment. */
import type * as pulumi from "@pulumi/pulumi";
import { cmfSecretMappingObject, sqlObjectCrud } from "./client-sql";
import type { CmfConnection } from "./connection";
import { cmfReplaceOnChange } from "./replace-on-change";
import { cmfProvider, CmfScopedResource, reconcile, type CmfScopedArgs } from "./resource";
import {
  buildSecretMappingBody,
  secretMappingProblems,
  type CmfSecretMappingDocument,
  type CmfSecretMappingSpec,
} from "./sql-bodies";
import { scopedFields, scopedId, scopedProblems } from "./scoped";

/** Resolved inputs of {@link cmfSecretMappingProvider}. */
export interface CmfSecretMappingInputs extends CmfSecretMappingSpec {
  readonly connection: CmfConnection;
  readonly environment: string;
}

/** Dynamic provider behind {@link CmfEnvironmentSecretMapping}; exported for tests and reuse. */
export const cmfSecretMappingProvider = cmfProvider<
  CmfSecretMappingInputs,
  CmfSecretMappingInputs,
  CmfSecretMappingDocument
>({
  kind: "CmfEnvironmentSecretMapping",
  fields: scopedFields(["secretName"]),
  replaceOnChange: cmfReplaceOnChange.CmfEnvironmentSecretMapping,
  problems: scopedProblems<CmfSecretMappingInputs>(secretMappingProblems),
  id: scopedId,
  ...sqlObjectCrud<CmfSecretMappingInputs, CmfSecretMappingDocument>(
    (inputs) => cmfSecretMappingObject(inputs.environment, inputs.name),
    buildSecretMappingBody,
  ),
  observed: () => ({}),
  // EnvironmentSecretMappingSpec is `writeOnly`: a CMF that does not return it shows no drift.
  drift: (props, live) => ({
    secretName: reconcile(props.secretName, live.spec?.secretName ?? props.secretName),
  }),
});

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
export class CmfEnvironmentSecretMapping extends CmfScopedResource<CmfEnvironmentSecretMappingArgs> {
  declare readonly secretName: pulumi.Output<string>;

  constructor(name: string, args: CmfEnvironmentSecretMappingArgs, opts?: pulumi.CustomResourceOptions) {
    const own = ["secretName"] as const;
    super(cmfSecretMappingProvider, "CmfEnvironmentSecretMapping", name, args, own, {}, opts);
  }
}
