/**
 * Where a CMF statement starts from: `StatementSpec.startFromSavepoint`
 * (cmf-2.3.1/openapi.yaml, components.schemas `StatementStartFromSavepoint`:
 * `savepointName` | `uid` | `initialSavepointPath` ("could be an external
 * path too"), `allowNonRestoredState`, `savepointRedeployNonce`).
 *
 * The OpenAPI says it "Works only with update Statement", and a statement
 * can be created stopped (`StatementSpec.stopped`, "Whether the statement is
 * stopped", is a field of the create body like any other; its
 * `createStatement` examples send `stopped: false`), while a resume "can
 * only be applied to Statements in the STOPPED state"
 * (docs.confluent.io/platform/current/flink/jobs/sql-statements/manage-statements.html).
 * So a statement that must start from a savepoint is created stopped,
 * waited for STOPPED, then updated (PUT) with `startFromSavepoint` and the
 * declared `stopped` (false: it starts from there). A running statement
 * restarts from it when `savepointRedeployNonce` changes to a new value.
 */
import type { CmfClient } from "./client";
import { cmfStatementObject, createSqlObject, updateSqlObject, waitForStatement } from "./client-sql";
import { waitPoll, type CmfWaitInputs } from "./poll";
import { buildStatementBody, type CmfStatementDocument, type CmfStatementSpec } from "./sql-bodies";

/**
 * Creates a statement that starts from `startFromSavepoint`: POST stopped
 * (without it, which CMF takes only on update), wait for STOPPED, then PUT
 * the declared body with it. Returns the document after the PUT.
 */
export async function createFromSavepoint(
  client: CmfClient,
  inputs: CmfStatementSpec & { readonly environment: string } & CmfWaitInputs,
): Promise<CmfStatementDocument> {
  const object = cmfStatementObject(inputs.environment, inputs.name);
  await createSqlObject(
    client,
    object,
    buildStatementBody({ ...inputs, stopped: true, startFromSavepoint: undefined }),
  );
  await waitForStatement(client, inputs.environment, inputs.name, waitPoll(inputs));
  return updateSqlObject(client, object, buildStatementBody(inputs));
}
