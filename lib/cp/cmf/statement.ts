/** {@link CmfStatement}: a Flink SQL statement in a CMF environment, on the {@link cmfProvider} skeleton. */
import type * as pulumi from "@pulumi/pulumi";
import type { CmfClient } from "./client";
import {
  cmfStatementObject,
  deleteSqlObject,
  getSqlObject,
  sqlObjectCrud,
  updateSqlObject,
  waitForStatement,
} from "./client-sql";
import type { CmfConnection } from "./connection";
import { cmfReplaceOnChange } from "./replace-on-change";
import { waitPoll, type CmfWaitInputs } from "./poll";
import { cmfProvider, CmfScopedResource, metadataDrift, reconcile } from "./resource";
import type { CmfScopedArgs, CmfWaitArgs } from "./resource";
import {
  buildStatementBody,
  statementProblems,
  type CmfStatementDocument,
  type CmfStatementStartFromSavepoint,
  type CmfStatementSpec,
} from "./sql-bodies";
import { createFromSavepoint } from "./statement-start";
import { scopedFields, scopedId, scopedProblems, WAIT_FIELDS, waitProblems } from "./scoped";

/** Resolved inputs of {@link cmfStatementProvider}. */
export interface CmfStatementInputs extends CmfStatementSpec, CmfWaitInputs {
  readonly connection: CmfConnection;
  readonly environment: string;
}

/** Outputs (state) of {@link cmfStatementProvider}. */
export interface CmfStatementOutputs extends CmfStatementInputs {
  /** `status.phase` as last seen by create/update/refresh. */
  readonly phase?: string;
}

const object = (inputs: { environment: string; name: string }) =>
  cmfStatementObject(inputs.environment, inputs.name);

/** Phases in which a statement no longer runs: nothing to stop before deleting it. */
const NOT_RUNNING = ["STOPPED", "FAILED", "COMPLETED"];

/**
 * Stops a running statement (PUT with `stopped: true`, waiting for STOPPED),
 * then deletes it: a replaced version is stopped and deleted only after its
 * successor runs (Pulumi creates the replacement first, as its name differs).
 */
async function stopAndDelete(client: CmfClient, props: CmfStatementInputs): Promise<boolean> {
  const live = await getSqlObject<CmfStatementDocument>(client, object(props));
  if (live === undefined) return false;
  const phase = (live.status?.phase ?? "").toUpperCase();
  if (live.spec.stopped !== true && !NOT_RUNNING.includes(phase)) {
    await updateSqlObject(client, object(props), buildStatementBody({ ...props, stopped: true }));
    await waitForStatement(client, props.environment, props.name, waitPoll(props));
  }
  return deleteSqlObject(client, object(props));
}

/** The statement's own input fields, between the scoped ones and the wait bounds. */
const OWN_FIELDS = [
  "statement",
  "computePoolName",
  "properties",
  "flinkConfiguration",
  "parallelism",
  "stopped",
  "startFromSavepoint",
] as const;

const crud = sqlObjectCrud<CmfStatementInputs, CmfStatementDocument>(object, buildStatementBody);

/** Dynamic provider behind {@link CmfStatement}; exported for tests and reuse. */
export const cmfStatementProvider = cmfProvider<
  CmfStatementInputs,
  CmfStatementOutputs,
  CmfStatementDocument
>({
  kind: "CmfStatement",
  fields: scopedFields(OWN_FIELDS, WAIT_FIELDS),
  replaceOnChange: cmfReplaceOnChange.CmfStatement,
  problems: scopedProblems<CmfStatementInputs>(statementProblems, waitProblems),
  id: scopedId,
  // Create adopts on 409: the name carries the content hash, so a statement under it from an
  // interrupted run has this SQL. Update gets only what may change in place (stopped, parallelism,
  // configuration, metadata); remove stops the statement first.
  ...crud,
  // One that starts from a savepoint is created stopped, then started from it (./statement-start).
  create: (client, inputs) =>
    inputs.startFromSavepoint === undefined
      ? crud.create(client, inputs)
      : createFromSavepoint(client, inputs),
  // `up` waits for RUNNING (COMPLETED when bounded, STOPPED when stopped); FAILED quotes its exceptions.
  settle: (client, inputs) => waitForStatement(client, inputs.environment, inputs.name, waitPoll(inputs)),
  observed: (live) => ({ phase: live.status?.phase }),
  drift: (props, live) => ({
    statement: live.spec.statement,
    computePoolName: live.spec.computePoolName,
    properties: reconcile(props.properties, live.spec.properties),
    flinkConfiguration: reconcile(props.flinkConfiguration, live.spec.flinkConfiguration),
    parallelism: reconcile(props.parallelism, live.spec.parallelism),
    stopped: reconcile(props.stopped ?? false, live.spec.stopped ?? false),
    ...metadataDrift(props, live),
  }),
  remove: (client, props) => stopAndDelete(client, props),
});

/** Arguments of {@link CmfStatement}. */
export interface CmfStatementArgs extends CmfScopedArgs, CmfWaitArgs {
  /** The SQL text; immutable: a change replaces the statement (give it a new, versioned `name`). */
  readonly statement: pulumi.Input<string>;
  /** Compute pool that runs it. Changing it replaces the statement. */
  readonly computePoolName: pulumi.Input<string>;
  /** Session properties (`sql.current-catalog`, `sql.current-database`, ...). @default none */
  readonly properties?: pulumi.Input<Record<string, string>>;
  /** Flink configuration of the statement. @default the environment's statement defaults */
  readonly flinkConfiguration?: pulumi.Input<Record<string, string>>;
  /** @default CMF's */
  readonly parallelism?: pulumi.Input<number>;
  /** Stop (true) or resume (false) in place. @default false */
  readonly stopped?: pulumi.Input<boolean>;
  /**
   * Savepoint to start from: a new statement is created stopped, then started from it; a running
   * one restarts from it when `savepointRedeployNonce` changes. @default none (its tables' offsets)
   */
  readonly startFromSavepoint?: pulumi.Input<CmfStatementStartFromSavepoint>;
}

/**
 * A Flink SQL statement (`POST /cmf/api/v1/environments/{env}/statements`;
 * PUT for `stopped`, `parallelism` and configuration). Changing
 * `environment`, `name`, `statement` or `computePoolName` replaces it; a
 * replaced statement is stopped, then deleted.
 */
export class CmfStatement extends CmfScopedResource<CmfStatementArgs> {
  declare readonly statement: pulumi.Output<string>;
  declare readonly computePoolName: pulumi.Output<string>;
  declare readonly stopped: pulumi.Output<boolean | undefined>;
  /** `status.phase` as last seen by Pulumi. */
  declare readonly phase: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfStatementArgs, opts?: pulumi.CustomResourceOptions) {
    const own = [...OWN_FIELDS.filter((key) => key !== "stopped"), ...WAIT_FIELDS];
    // `stopped` stays registered when unset: a refresh reports it `false`, not `undefined`.
    const extra = { stopped: args.stopped, phase: undefined };
    super(cmfStatementProvider, "CmfStatement", name, args, own, extra, opts);
  }
}
