/**
 * Savepoints: of an application, of a statement, and detached ones (a
 * savepoint kept after its owner is gone, usable to start another job).
 * A savepoint is PENDING when triggered and COMPLETED after one step.
 */
import type { Json } from "./openapi";
import {
  API_VERSION,
  CmfState,
  Reply,
  listReply,
  restError,
  type Context,
  type Handler,
  type StoredSavepoint,
} from "./state";

/** Where a savepoint is (its `status.path` once COMPLETED). */
export function savepointPath(sp: StoredSavepoint): string {
  return (sp.spec.path as string | undefined) ?? `s3://cmf-emulator/savepoints/${String(sp.metadata.name)}`;
}

function view(sp: StoredSavepoint): Json {
  const path = savepointPath(sp);
  return {
    apiVersion: API_VERSION,
    kind: "Savepoint",
    metadata: { ...sp.metadata, creationTimestamp: sp.created, uid: sp.uid },
    spec: sp.spec,
    status: {
      state: sp.state,
      triggerTimestamp: sp.created,
      ...(sp.state === "COMPLETED" ? { path, resultTimestamp: sp.updated } : {}),
    },
  };
}

/** Owner key and a 404 when the owner (environment + application/statement) does not exist. */
function owner(state: CmfState, ctx: Context, kind: "application" | "statement"): string | Reply {
  const env = ctx.params.envName;
  const name = kind === "application" ? ctx.params.appName : ctx.params.stmtName;
  if (!state.environments.has(env)) return restError(404, `Environment '${env}' not found`);
  const map = kind === "application" ? state.applications : state.statements;
  if (!map.has(`${env}/${name}`))
    return restError(404, `${kind === "application" ? "Application" : "Statement"} '${name}' not found`);
  return `${kind}/${env}/${name}`;
}

function create(state: CmfState, ownerKey: string, body: Json): Reply {
  if (body.apiVersion !== API_VERSION || body.kind !== "Savepoint")
    return state.invalid(422, `expected apiVersion ${API_VERSION} and kind Savepoint`);
  const metadata = (body.metadata as Json | undefined) ?? {};
  const name = (metadata.name as string | undefined) ?? `savepoint-${state.savepoints.size + 1}`;
  if (state.savepoints.has(`${ownerKey}/${name}`))
    return state.invalid(422, `Savepoint '${name}' already exists`);
  if (ownerKey === "detached" && typeof (body.spec as Json | undefined)?.path !== "string")
    return state.invalid(422, "a detached savepoint needs spec.path (there is no job to take it from)");
  const sp: StoredSavepoint = {
    ...state.stored({ metadata: { ...metadata, name }, spec: body.spec }),
    owner: ownerKey,
    state: ownerKey === "detached" ? "COMPLETED" : "PENDING",
  };
  state.savepoints.set(`${ownerKey}/${name}`, sp);
  return new Reply(201, view(sp));
}

function read(state: CmfState, ownerKey: string, name: string): Reply {
  const sp = state.savepoints.get(`${ownerKey}/${name}`);
  if (sp === undefined) return restError(404, `Savepoint '${name}' not found`);
  if (state.stepping === "on-read" && sp.state === "PENDING") {
    const shown = view(sp);
    sp.state = "COMPLETED";
    sp.updated = state.now();
    return new Reply(200, shown);
  }
  return new Reply(200, view(sp));
}

function remove(state: CmfState, ownerKey: string, name: string): Reply {
  if (!state.savepoints.delete(`${ownerKey}/${name}`)) return restError(404, `Savepoint '${name}' not found`);
  return new Reply(204);
}

function list(state: CmfState, ownerKey: string, query: URLSearchParams): Reply {
  const wanted = query.get("name");
  const items = [...state.savepoints.values()]
    .filter((sp) => sp.owner === ownerKey && (wanted === null || sp.metadata.name === wanted))
    .map(view);
  return listReply(items, query);
}

/** Runs `then` with the owner key, or answers the owner's 404. */
function on(
  state: CmfState,
  kind: "application" | "statement",
  then: (key: string, ctx: Context) => Reply,
): Handler {
  return (ctx) => {
    const key = owner(state, ctx, kind);
    return typeof key === "string" ? then(key, ctx) : key;
  };
}

export function savepointHandlers(state: CmfState): Record<string, Handler> {
  const handlers: Record<string, Handler> = {};
  // The application and statement savepoint operations differ only in their owner.
  for (const [kind, suffix] of [
    ["application", "FlinkApplication"],
    ["statement", "FlinkStatement"],
  ] as const) {
    handlers[`getSavepointsFor${suffix}`] = on(state, kind, (key, ctx) => list(state, key, ctx.query));
    handlers[`createSavepointFor${suffix}`] = on(state, kind, (key, ctx) => create(state, key, ctx.body));
    handlers[`getSavepointFor${suffix}`] = on(state, kind, (key, ctx) =>
      read(state, key, ctx.params.savepointName),
    );
    handlers[`deleteSavepointFor${suffix}`] = on(state, kind, (key, ctx) =>
      remove(state, key, ctx.params.savepointName),
    );
  }
  return {
    ...handlers,
    detachSavepointFromFlinkApplication: on(state, "application", (key, ctx) => {
      const name = ctx.params.savepointName;
      const sp = state.savepoints.get(`${key}/${name}`);
      if (sp === undefined) return restError(404, `Savepoint '${name}' not found`);
      if (state.savepoints.has(`detached/${name}`))
        return restError(409, `Detached savepoint '${name}' already exists`);
      state.savepoints.delete(`${key}/${name}`);
      sp.owner = "detached";
      state.savepoints.set(`detached/${name}`, sp);
      return new Reply(200, view(sp));
    }),
    listDetachedSavepoints: ({ query }) => list(state, "detached", query),
    createDetachedSavepoint: ({ body }) => create(state, "detached", body),
    getDetachedSavepoint: ({ params }) => read(state, "detached", params.detachedSavepointName),
    deleteDetachedSavepoint: ({ params }) => remove(state, "detached", params.detachedSavepointName),
  };
}
