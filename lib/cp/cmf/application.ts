/** {@link CmfFlinkApplication}: a Flink application in CMF on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import { buildApplicationBody } from "./bodies";
import type { CmfConnection } from "./connection";
import { waitPoll, type CmfWaitInputs } from "./poll";
import { cmfProvider, CmfScopedResource, metadataDrift, reconcile } from "./resource";
import type { CmfScopedArgs, CmfWaitArgs } from "./resource";
import { cmfReplaceOnChange } from "./replace-on-change";
import type { CmfApplicationSpec, CmfFlinkApplicationDocument, JsonObject } from "./types";
import { scopedFields, scopedId, scopedProblems, WAIT_FIELDS, waitProblems } from "./scoped";
import { applicationProblems } from "./validate";

/** Resolved inputs of {@link cmfFlinkApplicationProvider}. */
export interface CmfFlinkApplicationInputs extends CmfApplicationSpec, CmfWaitInputs {
  readonly connection: CmfConnection;
  readonly environment: string;
  readonly waitForRunning?: boolean;
  readonly waitForCheckpoint?: boolean;
}

/** Outputs (state) of {@link cmfFlinkApplicationProvider}. */
export interface CmfFlinkApplicationOutputs extends CmfFlinkApplicationInputs {
  /** `status.jobStatus.state` as last seen by create/update/refresh. */
  readonly jobState?: string;
}

/** Dynamic provider behind {@link CmfFlinkApplication}; exported for tests and reuse. */
export const cmfFlinkApplicationProvider = cmfProvider<
  CmfFlinkApplicationInputs,
  CmfFlinkApplicationOutputs,
  CmfFlinkApplicationDocument
>({
  kind: "CmfFlinkApplication",
  fields: scopedFields(["spec"], ["waitForRunning", "waitForCheckpoint", ...WAIT_FIELDS]),
  replaceOnChange: cmfReplaceOnChange.CmfFlinkApplication,
  problems: scopedProblems<CmfFlinkApplicationInputs>(applicationProblems, waitProblems),
  id: scopedId,
  // POST .../applications is an upsert: create and update are the same call.
  create: (client, inputs) => client.upsertApplication(inputs.environment, buildApplicationBody(inputs)),
  update: (client, inputs) => client.upsertApplication(inputs.environment, buildApplicationBody(inputs)),
  settle: async (client, inputs, live) => {
    const job = inputs.spec.job as { state?: unknown } | undefined;
    // A suspended job never reports RUNNING; waiting would only time out.
    if (job?.state === "suspended") return live;
    const options = waitPoll(inputs);
    if (inputs.waitForCheckpoint) {
      return client.waitForApplicationCheckpoint(inputs.environment, inputs.name, options);
    }
    if (!inputs.waitForRunning) return live;
    return client.waitForApplicationRunning(inputs.environment, inputs.name, options);
  },
  get: (client, props) => client.getApplication(props.environment, props.name),
  observed: (live) => ({ jobState: live.status?.jobStatus?.state }),
  drift: (props, live) => ({
    spec: reconcile(props.spec, live.spec),
    ...metadataDrift(props, live),
  }),
  remove: (client, props) => client.deleteApplication(props.environment, props.name),
});

/** Arguments of {@link CmfFlinkApplication}. */
export interface CmfFlinkApplicationArgs extends CmfScopedArgs, CmfWaitArgs {
  /** FlinkDeployment spec: image, flinkVersion, flinkConfiguration, jobManager, taskManager, job, ... */
  readonly spec: pulumi.Input<JsonObject>;
  /**
   * After create/update, poll until `status.jobStatus.state` is `RUNNING`; fail
   * with CMF's reported status on a terminal state or timeout. Skipped when
   * `spec.job.state` is `suspended`.
   * @default false
   */
  readonly waitForRunning?: pulumi.Input<boolean>;
  /**
   * After create/update, poll until the status reports a completed checkpoint
   * the operator triggered (`status.jobStatus.checkpointInfo.lastCheckpoint`;
   * the spec must ask for one, see lib/core/smoke-test); fail like
   * `waitForRunning`. Skipped when `spec.job.state` is `suspended`.
   * @default false
   */
  readonly waitForCheckpoint?: pulumi.Input<boolean>;
}

/**
 * A Flink application managed by CMF
 * (`POST /cmf/api/v1/environments/{env}/applications`, an upsert).
 * Changing `environment` or `name` replaces it.
 */
export class CmfFlinkApplication extends CmfScopedResource<CmfFlinkApplicationArgs> {
  declare readonly spec: pulumi.Output<JsonObject>;
  /** `status.jobStatus.state` as last seen by Pulumi. */
  declare readonly jobState: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfFlinkApplicationArgs, opts?: pulumi.CustomResourceOptions) {
    const own = ["spec", "waitForRunning", "waitForCheckpoint", ...WAIT_FIELDS] as const;
    super(cmfFlinkApplicationProvider, "CmfFlinkApplication", name, args, own, { jobState: undefined }, opts);
  }
}
