/**
 * A statement's start point (`StatementSpec.startFromSavepoint`,
 * cmf-2.3.1/openapi.yaml `StatementStartFromSavepoint`): "Works only with
 * update Statement", so a create carrying it is refused; a `savepointName`
 * "that has not completed" is rejected. The emulator's reading, where CMF
 * does not say more: a name is a savepoint of the statement itself or a
 * detached one (as `startApplication`'s `startFromSavepointUid`: "could
 * belong to the application or can be a detached savepoint"), and the start
 * point applies when the job (re)starts: a resume from STOPPED, or a new
 * non-null `savepointRedeployNonce` ("change the number to a different
 * non-null value").
 */
import type { Json } from "./openapi";
import { savepointPath } from "./savepoints";
import type { CmfState, Reply } from "./state";

/** The refusal of a create that carries `startFromSavepoint`, or undefined. */
export function startOnCreateProblem(state: CmfState, name: string, spec: Json): Reply | undefined {
  if (spec.startFromSavepoint === undefined) return undefined;
  return state.invalid(
    422,
    `Statement '${name}': spec.startFromSavepoint works only with an update; create the statement stopped, then update it with startFromSavepoint and stopped false`,
  );
}

/**
 * Where an update starts the statement from: `{path}` when it (re)starts from
 * a savepoint, `{}` when it does not, or the refusal of a savepoint that is
 * missing or not COMPLETED.
 */
export function startPoint(
  state: CmfState,
  env: string,
  name: string,
  spec: Json,
  before: { readonly spec: Json; readonly phase: string },
): { path?: string } | Reply {
  const start = spec.startFromSavepoint as Json | undefined;
  if (start === undefined) return {};
  const resumes = spec.stopped !== true && before.phase === "STOPPED";
  const nonce = start.savepointRedeployNonce;
  const previous = (before.spec.startFromSavepoint as Json | undefined)?.savepointRedeployNonce;
  if (!resumes && (nonce === undefined || nonce === null || nonce === previous)) return {};
  if (typeof start.initialSavepointPath === "string") return { path: start.initialSavepointPath };
  const wanted = String(start.savepointName ?? start.uid);
  const sp =
    start.uid !== undefined
      ? [...state.savepoints.values()].find((s) => s.uid === start.uid)
      : (state.savepoints.get(`statement/${env}/${name}/${wanted}`) ??
        state.savepoints.get(`detached/${wanted}`));
  if (sp === undefined)
    return state.invalid(
      422,
      `Statement '${name}': savepoint '${wanted}' not found (of this statement, or detached)`,
    );
  if (sp.state !== "COMPLETED")
    return state.invalid(
      422,
      `Statement '${name}': savepoint '${wanted}' is ${sp.state}; start only from a COMPLETED one`,
    );
  return { path: savepointPath(sp) };
}
