/** {@link CmfComputePool}: a CMF compute pool for Flink SQL on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import { buildComputePoolBody } from "./bodies";
import type { CmfConnection } from "./connection";
import { cmfProvider, CmfScopedResource, metadataDrift, reconcile, type CmfScopedArgs } from "./resource";
import { cmfReplaceOnChange } from "./replace-on-change";
import type {
  CmfComputePoolDocument,
  CmfComputePoolSpec,
  CmfComputePoolState,
  CmfComputePoolType,
  JsonObject,
} from "./types";
import { scopedFields, scopedId, scopedProblems } from "./scoped";
import { computePoolProblems } from "./validate";

/** Resolved inputs of {@link cmfComputePoolProvider}. */
export interface CmfComputePoolInputs extends CmfComputePoolSpec {
  readonly connection: CmfConnection;
  readonly environment: string;
}

/** Outputs (state) of {@link cmfComputePoolProvider}. */
export interface CmfComputePoolOutputs extends CmfComputePoolInputs {
  /** `status.phase` as last seen by create/update/refresh. */
  readonly phase?: string;
}

/** Dynamic provider behind {@link CmfComputePool}; exported for tests and reuse. */
export const cmfComputePoolProvider = cmfProvider<
  CmfComputePoolInputs,
  CmfComputePoolOutputs,
  CmfComputePoolDocument
>({
  kind: "CmfComputePool",
  fields: scopedFields(["type", "state", "clusterSpec"]),
  replaceOnChange: cmfReplaceOnChange.CmfComputePool,
  problems: scopedProblems<CmfComputePoolInputs>(computePoolProblems),
  id: scopedId,
  // Compute pools have no upsert: POST, and PUT on 409 (a pool left behind by an interrupted run is adopted).
  create: (client, inputs) => client.createComputePool(inputs.environment, buildComputePoolBody(inputs)),
  adoptOnConflict: true,
  update: (client, inputs) => client.updateComputePool(inputs.environment, buildComputePoolBody(inputs)),
  get: (client, props) => client.getComputePool(props.environment, props.name),
  observed: (live) => ({ phase: live.status?.phase }),
  drift: (props, live) => ({
    type: live.spec.type,
    state: reconcile(props.state, live.spec.state),
    clusterSpec: reconcile(props.clusterSpec, live.spec.clusterSpec),
    ...metadataDrift(props, live),
  }),
  remove: (client, props) => client.deleteComputePool(props.environment, props.name),
});

/** Arguments of {@link CmfComputePool}. */
export interface CmfComputePoolArgs extends CmfScopedArgs {
  /** `DEDICATED` or `SHARED`. */
  readonly type: pulumi.Input<CmfComputePoolType>;
  /** Desired state, SHARED pools only. @default RUNNING (CMF's default) */
  readonly state?: pulumi.Input<CmfComputePoolState>;
  /** flinkVersion, image (`confluentinc/cp-flink-sql:<tag>`), flinkConfiguration, jobManager, taskManager. */
  readonly clusterSpec: pulumi.Input<JsonObject>;
}

/**
 * A CMF compute pool for Flink SQL. Created with POST (falling back to PUT
 * when it already exists), updated with PUT; changing `environment` or `name`
 * replaces it.
 */
export class CmfComputePool extends CmfScopedResource<CmfComputePoolArgs> {
  declare readonly type: pulumi.Output<CmfComputePoolType>;
  declare readonly clusterSpec: pulumi.Output<JsonObject>;
  /** `status.phase` as last seen by Pulumi. */
  declare readonly phase: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfComputePoolArgs, opts?: pulumi.CustomResourceOptions) {
    const own = ["type", "state", "clusterSpec"] as const;
    super(cmfComputePoolProvider, "CmfComputePool", name, args, own, { phase: undefined }, opts);
  }
}
