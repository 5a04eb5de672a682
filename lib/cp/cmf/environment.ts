/** {@link CmfEnvironment}: a CMF environment on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import { buildEnvironmentBody } from "./bodies";
import type { CmfConnection } from "./connection";
import type { CmfConnectionArgs } from "./connection-args";
import { cmfProvider, CmfResource, echoedOutputs, pickInputs, reconcile } from "./resource";
import { cmfReplaceOnChange } from "./replace-on-change";
import type { CmfEnvironmentDocument, CmfEnvironmentSpec, JsonObject } from "./types";
import { environmentProblems } from "./validate";

/** Resolved inputs of {@link cmfEnvironmentProvider}. */
export interface CmfEnvironmentInputs extends CmfEnvironmentSpec {
  readonly connection: CmfConnection;
}

/** Outputs (state) of {@link cmfEnvironmentProvider}. */
export interface CmfEnvironmentOutputs extends CmfEnvironmentInputs {
  readonly createdTime?: string;
  readonly updatedTime?: string;
}

/** Spec fields refreshed from CMF (the name is the identity). */
const REFRESHED = [
  "kubernetesNamespace",
  "kubernetesClusterName",
  "flinkApplicationDefaults",
  "computePoolDefaults",
  "statementDefaults",
] as const;

/** Dynamic provider behind {@link CmfEnvironment}; exported for tests and reuse. */
export const cmfEnvironmentProvider = cmfProvider<
  CmfEnvironmentInputs,
  CmfEnvironmentOutputs,
  CmfEnvironmentDocument
>({
  kind: "CmfEnvironment",
  fields: ["connection", "name", ...REFRESHED],
  replaceOnChange: cmfReplaceOnChange.CmfEnvironment,
  problems: (inputs) => environmentProblems(inputs),
  id: (inputs) => inputs.name,
  // POST /environments is an upsert: create and update are the same call.
  create: (client, inputs) => client.upsertEnvironment(buildEnvironmentBody(inputs)),
  update: (client, inputs) => client.upsertEnvironment(buildEnvironmentBody(inputs)),
  get: (client, props, id) => client.getEnvironment(props.name ?? id),
  observed: (live) => ({ createdTime: live.created_time, updatedTime: live.updated_time }),
  drift: (props, live) => {
    const state: Record<string, unknown> = {};
    for (const key of REFRESHED) state[key] = reconcile(props[key], live[key]);
    return state;
  },
  remove: (client, props, id) => client.deleteEnvironment(props.name ?? id),
});

/** Arguments of {@link CmfEnvironment}. */
export interface CmfEnvironmentArgs {
  /** How to reach CMF. */
  readonly connection: CmfConnectionArgs;
  /** CMF environment name (lowercase DNS name, at least 4 characters). Changing it replaces the environment. @default the resource name */
  readonly name?: pulumi.Input<string>;
  /** Kubernetes namespace for the environment's Flink clusters. Changing it replaces the environment. */
  readonly kubernetesNamespace: pulumi.Input<string>;
  /** Kubernetes cluster registered in CMF. @default CMF's own cluster */
  readonly kubernetesClusterName?: pulumi.Input<string>;
  /** Defaults merged into every FlinkApplication spec. @default none */
  readonly flinkApplicationDefaults?: pulumi.Input<JsonObject>;
  /** Defaults merged into every compute pool. @default none */
  readonly computePoolDefaults?: pulumi.Input<JsonObject>;
  /** Flink configuration defaults for detached and interactive SQL statements. @default none */
  readonly statementDefaults?: pulumi.Input<CmfEnvironmentSpec["statementDefaults"]>;
}

/**
 * A CMF environment (`POST /cmf/api/v1/environments`, an upsert). Changing
 * `name` or `kubernetesNamespace` replaces it; a refresh that finds it gone
 * drops it from the state.
 */
export class CmfEnvironment extends CmfResource {
  declare readonly name: pulumi.Output<string>;
  declare readonly kubernetesNamespace: pulumi.Output<string>;
  declare readonly kubernetesClusterName: pulumi.Output<string | undefined>;
  /** `created_time` reported by CMF. */
  declare readonly createdTime: pulumi.Output<string | undefined>;
  /** `updated_time` reported by CMF. */
  declare readonly updatedTime: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfEnvironmentArgs, opts?: pulumi.CustomResourceOptions) {
    const inputs = { ...pickInputs(args, REFRESHED), createdTime: undefined, updatedTime: undefined };
    super(
      cmfEnvironmentProvider,
      "CmfEnvironment",
      name,
      { connection: args.connection, name: args.name ?? name, ...inputs },
      opts,
    );
  }
}
echoedOutputs(CmfEnvironment.prototype, ["kubernetesClusterName"]);
