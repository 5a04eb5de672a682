/** {@link CmfSecret}: a CMF secret (`/secrets`) on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import { cmfSecretObject, sqlObjectCrud } from "./client-sql";
import type { CmfConnection } from "./connection";
import { cmfReplaceOnChange } from "./replace-on-change";
import { cmfProvider, CmfNamedResource, metadataDrift, type CmfNamedArgs } from "./resource";
import { secretOrUndefined } from "./connection-args";
import { buildSecretBody, secretProblems, type CmfSecretDocument, type CmfSecretSpec } from "./sql-bodies";

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
export const cmfSecretProvider = cmfProvider<CmfSecretInputs, CmfSecretOutputs, CmfSecretDocument>({
  kind: "CmfSecret",
  fields: ["connection", "name", "data", "labels", "annotations"],
  replaceOnChange: cmfReplaceOnChange.CmfSecret,
  problems: secretProblems,
  id: (inputs) => inputs.name,
  // A secret left behind by an interrupted run (POST answered 409) is adopted with PUT.
  ...sqlObjectCrud((inputs, id) => cmfSecretObject(inputs.name ?? id), buildSecretBody),
  observed: (live) => ({ version: live.status?.version }),
  // SecretSpec is `writeOnly`: CMF never returns the data, so only the metadata can drift.
  drift: (props, live) => metadataDrift(props, live),
});

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
export class CmfSecret extends CmfNamedResource<CmfSecretArgs> {
  /** `status.version` as last seen by Pulumi. */
  declare readonly version: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfSecretArgs, opts?: pulumi.CustomResourceOptions) {
    const secretOpts = {
      ...opts,
      additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), "data"],
    };
    const extra = { data: secretOrUndefined(args.data), version: undefined };
    super(cmfSecretProvider, "CmfSecret", name, args, [], extra, secretOpts);
  }
}
