/**
 * {@link CmfSavepoint}: a declared savepoint in CMF (of an application or a
 * statement, or a detached one registering an existing path), on the
 * {@link cmfProvider} skeleton.
 *
 * A savepoint is state. Removing the resource keeps the savepoint data
 * unless `disposeOnDelete` is true: an application's savepoint is detached
 * (`POST .../savepoints/{name}/detach`, so it also outlives its application,
 * whose deletion takes its attached savepoints along), a statement's is left
 * in CMF (there is no detach for statements), a detached one is deleted
 * (which "does not delete the actual physical data",
 * docs.confluent.io/confluent-cli/current/command-reference/flink/detached-savepoint/confluent_flink_detached-savepoint_delete.md).
 * Create never adopts a savepoint of the same name: one this program did not
 * take is never taken over (and so never deleted).
 */
import type * as pulumi from "@pulumi/pulumi";
import type { ConfigProblem } from "../../core/errors";
import type { CmfClient } from "./client";
import {
  CmfSavepoints,
  savepointProblems,
  type CmfSavepointDocument,
  type CmfSavepointFormat,
  type CmfSavepointOwner,
} from "./client-savepoints";
import type { CmfConnection } from "./connection";
import { cmfReplaceOnChange } from "./replace-on-change";
import { cmfProvider, CmfScopedResource, metadataDrift, type CmfScopedArgs } from "./resource";
import { scopedFields, scopedProblems } from "./scoped";
import { cmfNameProblems } from "./validate";

/** Resolved inputs of {@link cmfSavepointProvider}. */
export interface CmfSavepointInputs {
  readonly connection: CmfConnection;
  readonly environment: string;
  readonly name: string;
  /** Owner application; without it and `statement`, a detached savepoint. */
  readonly application?: string;
  /** Owner statement. */
  readonly statement?: string;
  readonly path?: string;
  readonly formatType?: CmfSavepointFormat;
  readonly backoffLimit?: number;
  readonly disposeOnDelete?: boolean;
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
}

/** Outputs (state) of {@link cmfSavepointProvider}. */
export interface CmfSavepointOutputs extends CmfSavepointInputs {
  /** `status.state` as last seen (TRIGGER_PENDING, IN_PROGRESS, COMPLETED, FAILED, ABANDONED). */
  readonly state?: string;
  /** `status.path`: where the completed savepoint is, the value an `initialSavepointPath` takes. */
  readonly savepointPath?: string;
}

const OWN_FIELDS = [
  "application",
  "statement",
  "path",
  "formatType",
  "backoffLimit",
  "disposeOnDelete",
] as const;

function ownerOf(inputs: CmfSavepointInputs): CmfSavepointOwner | undefined {
  if (inputs.application !== undefined)
    return { environment: inputs.environment, application: inputs.application };
  if (inputs.statement !== undefined) return { environment: inputs.environment, statement: inputs.statement };
  return undefined;
}

function ownerProblems(inputs: CmfSavepointInputs): ConfigProblem[] {
  if (inputs.application !== undefined && inputs.statement !== undefined) {
    return [
      { path: "statement", got: inputs.statement, allowed: "unset when application is set (one owner)" },
    ];
  }
  const problems = savepointProblems(inputs, ownerOf(inputs) === undefined);
  if (inputs.application !== undefined)
    problems.push(...cmfNameProblems(inputs.application, "application", 1));
  if (inputs.statement !== undefined) problems.push(...cmfNameProblems(inputs.statement, "statement", 1));
  if (inputs.name === undefined) problems.push({ path: "name", got: undefined, allowed: "a savepoint name" });
  return problems;
}

async function remove(client: CmfClient, props: CmfSavepointInputs): Promise<unknown> {
  const savepoints = new CmfSavepoints(client);
  const owner = ownerOf(props);
  if (owner === undefined) return savepoints.deleteDetached(props.name);
  if (props.disposeOnDelete === true) return savepoints.delete(owner, props.name);
  if (!("application" in owner)) return false;
  try {
    return await savepoints.detach(owner.environment, owner.application, props.name);
  } catch (err) {
    // Gone already (404), or a detached savepoint of that name exists (409): nothing left to keep.
    const status = (err as { status?: unknown }).status;
    if (status === 404 || status === 409) return false;
    throw err;
  }
}

/** Dynamic provider behind {@link CmfSavepoint}; exported for tests and reuse. */
export const cmfSavepointProvider = cmfProvider<
  CmfSavepointInputs,
  CmfSavepointOutputs,
  CmfSavepointDocument
>({
  kind: "CmfSavepoint",
  fields: scopedFields(OWN_FIELDS),
  replaceOnChange: cmfReplaceOnChange.CmfSavepoint,
  problems: scopedProblems<CmfSavepointInputs>(ownerProblems),
  id: (inputs) => {
    const owner = ownerOf(inputs);
    const where =
      owner === undefined ? "detached" : "application" in owner ? owner.application : owner.statement;
    return `${inputs.environment}/${where}/${inputs.name}`;
  },
  create: (client, inputs) => {
    const owner = ownerOf(inputs);
    const savepoints = new CmfSavepoints(client);
    return owner === undefined ? savepoints.createDetached(inputs) : savepoints.create(owner, inputs);
  },
  // Savepoints are immutable in CMF: every field of the document replaces it; only
  // disposeOnDelete (this program's policy) and the connection change in place.
  update: async (client, inputs) => {
    const owner = ownerOf(inputs);
    const savepoints = new CmfSavepoints(client);
    const live =
      owner === undefined
        ? await savepoints.getDetached(inputs.name)
        : await savepoints.get(owner, inputs.name);
    if (live === undefined) throw new Error(`CmfSavepoint ${inputs.name}: gone from CMF; run pulumi refresh`);
    return live;
  },
  get: (client, props) => {
    const owner = ownerOf(props);
    const savepoints = new CmfSavepoints(client);
    return owner === undefined ? savepoints.getDetached(props.name) : savepoints.get(owner, props.name);
  },
  observed: (live) => ({ state: live.status?.state, savepointPath: live.status?.path }),
  drift: (props, live) => ({ ...metadataDrift(props, live) }),
  remove: (client, props) => remove(client, props),
});

/** Arguments of {@link CmfSavepoint}. */
export interface CmfSavepointArgs extends CmfScopedArgs {
  /** Owner application. @default none */
  readonly application?: pulumi.Input<string>;
  /** Owner statement. @default none (with no application either: a detached savepoint of `path`) */
  readonly statement?: pulumi.Input<string>;
  /** Target directory, or the existing savepoint's path of a detached one. @default the job's `state.savepoints.dir` */
  readonly path?: pulumi.Input<string>;
  /** @default CANONICAL (CMF's) */
  readonly formatType?: pulumi.Input<CmfSavepointFormat>;
  /** Retries of a failed trigger; -1 retries forever. @default -1 (CMF's) */
  readonly backoffLimit?: pulumi.Input<number>;
  /** Delete the savepoint (and its data) when the resource is removed. @default false: it is detached or left */
  readonly disposeOnDelete?: pulumi.Input<boolean>;
}

/**
 * A savepoint in CMF (`POST .../{applications|statements}/{name}/savepoints`,
 * or `POST /detached-savepoints` without an owner). Every field but
 * `disposeOnDelete` replaces it: a new savepoint is a new name.
 */
export class CmfSavepoint extends CmfScopedResource<CmfSavepointArgs> {
  /** `status.state` as last seen by Pulumi. */
  declare readonly state: pulumi.Output<string | undefined>;
  /** `status.path` of the completed savepoint. */
  declare readonly savepointPath: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfSavepointArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      cmfSavepointProvider,
      "CmfSavepoint",
      name,
      args,
      OWN_FIELDS,
      { state: undefined, savepointPath: undefined },
      opts,
    );
  }
}
