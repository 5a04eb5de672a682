/**
 * Environments, applications (with their instances and events) and
 * application savepoints. Semantics are CMF's as its OpenAPI and docs state
 * them; each rule says where it comes from.
 */
import { effectiveApplicationSpec, environmentDefaultsProblems, flinkSpecProblems } from "./checks";
import type { Json } from "./openapi";
import {
  API_VERSION,
  CmfState,
  Reply,
  inScope,
  listReply,
  restError,
  type Context,
  type Handler,
  type StoredObject,
} from "./state";

/** Problems of a `{apiVersion, kind, metadata: {name}}` document; CMF answers them with 422. */
export function documentProblem(
  state: CmfState,
  body: Json,
  kind: string,
  pathName?: string,
): Reply | undefined {
  if (body.apiVersion !== API_VERSION || body.kind !== kind)
    return state.invalid(422, `expected apiVersion ${API_VERSION} and kind ${kind}`);
  const name = (body.metadata as Json | undefined)?.name;
  if (typeof name !== "string" || name === "") return state.invalid(422, "metadata.name must be set");
  if (pathName !== undefined && name !== pathName)
    return state.invalid(422, `metadata.name '${name}' does not match '${pathName}'`);
  return undefined;
}

/** Connection secret id to secret name, from the environment's secret mappings (`Environment.secrets`). */
function secretsOf(state: CmfState, env: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, mapping] of inScope(state.secretMappings, env)) out[id] = mapping.spec.secretName as string;
  return out;
}

function environmentView(state: CmfState, name: string): Json {
  // `Environment` requires `name` in the answer, also when the client sent only metadata.name.
  return { ...state.environments.get(name), name, secrets: secretsOf(state, name) };
}

function upsertEnvironment(state: CmfState, body: Json): Reply {
  const metaName = (body.metadata as Json | undefined)?.name as string | undefined;
  const name = (body.name as string | undefined) ?? metaName;
  if (name === undefined) return state.invalid(400, "Environment's name must be set (metadata.name)");
  if (metaName !== undefined && body.name !== undefined && metaName !== body.name)
    return state.invalid(
      400,
      `Environment's name '${String(body.name)}' differs from metadata.name '${metaName}'`,
    );
  // PostResourceBase.name is `deprecated: true` in 2.3.1; metadata.name replaces it.
  if (body.name !== undefined)
    state.deprecations.push(`Environment '${name}': top-level name is deprecated; use metadata.name`);
  if (typeof body.kubernetesNamespace !== "string")
    return state.invalid(400, "Environment's kubernetesNamespace must be set");
  // The OpenAPI's 400 example: "Environment's kubernetesClusterName 'nonexistent' does not exist."
  const cluster = body.kubernetesClusterName as string | undefined;
  if (cluster !== undefined && !state.clusters.has(cluster))
    return state.invalid(400, `Environment's kubernetesClusterName '${cluster}' does not exist.`);
  const problems = environmentDefaultsProblems(body);
  if (problems.length > 0) return state.invalid(400, problems.join("; "));
  const now = state.now();
  const created = state.environments.get(name)?.created_time ?? now;
  state.environments.set(name, { ...body, created_time: created, updated_time: now });
  // createOrUpdateEnvironment: "Create or update an Environment", 200 either way.
  return new Reply(200, environmentView(state, name));
}

function deleteEnvironment(state: CmfState, env: string): Reply {
  if (!state.environments.has(env)) return restError(404, `Environment '${env}' not found`);
  // An environment owns its applications, statements, pools and secret mappings
  // (all addressed under /environments/{envName}); CMF refuses to delete one
  // that still has applications or statements (issue 15). The emulator also
  // refuses pools and mappings, so a delete out of dependency order is seen
  // instead of silently cascading.
  const children = [
    ["applications", state.applications],
    ["statements", state.statements],
    ["compute pools", state.computePools],
    ["secret mappings", state.secretMappings],
  ] as const;
  const left = children
    .map(([what, map]) => [what, inScope(map as Map<string, unknown>, env).map(([n]) => n)] as const)
    .filter(([, names]) => names.length > 0)
    .map(([what, names]) => `${what} ${names.join(", ")}`);
  if (left.length > 0) return state.invalid(409, `Environment '${env}' still has ${left.join("; ")}`);
  state.environments.delete(env);
  return new Reply(204);
}

/**
 * Whether the spec asks the operator for periodic checkpoints it reports in
 * the status (see JobStateScript.checkpointAfter).
 */
function asksForCheckpoint(spec: Json): boolean {
  const conf = (spec.flinkConfiguration ?? {}) as Record<string, unknown>;
  return (
    typeof conf["kubernetes.operator.periodic.checkpoint.interval"] === "string" &&
    conf["kubernetes.operator.snapshot.resource.enabled"] === "false"
  );
}

/** The operator's record of a completed periodic checkpoint (operator 1.15.0 CRD, `jobStatus.checkpointInfo`). */
const COMPLETED_CHECKPOINT: Json = {
  lastCheckpoint: { timeStamp: 1735689600000, triggerType: "PERIODIC", formatType: "FULL" },
  lastPeriodicCheckpointTimestamp: 1735689600000,
};

function applicationView(
  state: CmfState,
  env: string,
  name: string,
  app: StoredObject,
  consume: boolean,
): Json {
  const script = state.jobScripts.get(`${env}/${name}`);
  let status: Json;
  if (script !== undefined) {
    const jobState = script.states.length > 1 && consume ? script.states.shift() : script.states[0];
    status = {
      jobStatus: { state: jobState },
      lifecycleState: jobState === "RUNNING" ? "STABLE" : "DEPLOYED",
    };
    if (script.error !== undefined) status.error = script.error;
    if (jobState === "RUNNING" && consume) script.runningReads = (script.runningReads ?? 0) + 1;
    const due = script.checkpointAfter !== undefined && (script.runningReads ?? 0) > script.checkpointAfter;
    if (due && asksForCheckpoint(app.spec)) (status.jobStatus as Json).checkpointInfo = COMPLETED_CHECKPOINT;
  } else {
    const suspended = (app.spec.job as Json | undefined)?.state === "suspended";
    status = {
      jobStatus: { state: suspended ? "SUSPENDED" : "RUNNING" },
      lifecycleState: suspended ? "SUSPENDED" : "STABLE",
    };
    // Unscripted jobs run at once; one that asks for a checkpoint has one.
    if (!suspended && asksForCheckpoint(app.spec))
      (status.jobStatus as Json).checkpointInfo = COMPLETED_CHECKPOINT;
  }
  return {
    apiVersion: API_VERSION,
    kind: "FlinkApplication",
    metadata: { ...app.metadata, creationTimestamp: app.created },
    spec: app.spec,
    status,
  };
}

function upsertApplication(state: CmfState, env: string, body: Json): Reply {
  const environment = state.environments.get(env);
  if (environment === undefined) return restError(400, `Environment '${env}' does not exist.`);
  const invalid = documentProblem(state, body, "FlinkApplication");
  if (invalid) return invalid;
  // What CMF deploys is the application merged with the environment defaults; it must be a valid FlinkDeployment.
  const problems = flinkSpecProblems("spec", effectiveApplicationSpec(environment, body.spec as Json));
  if (problems.length > 0) return state.invalid(422, problems.join("; "));
  const name = (body.metadata as Json).name as string;
  const key = `${env}/${name}`;
  const existing = state.applications.get(key);
  const app = state.stored(body, existing);
  state.applications.set(key, app);
  const instances = state.instances.get(key) ?? [];
  if (JSON.stringify(instances.at(-1)?.spec) !== JSON.stringify(app.spec))
    instances.push({ name: state.uid(), created: app.updated ?? app.created, spec: app.spec });
  state.instances.set(key, instances);
  // createOrUpdateApplication: "Creates a new Flink Application or updates an existing one", 201 either way.
  return new Reply(201, applicationView(state, env, name, app, false));
}

function withApplication(
  state: CmfState,
  ctx: Context,
  then: (app: StoredObject, key: string) => Reply,
): Reply {
  const { envName, appName } = ctx.params;
  if (!state.environments.has(envName)) return restError(404, `Environment '${envName}' not found`);
  const app = state.applications.get(`${envName}/${appName}`);
  if (app === undefined) return restError(404, `Application '${appName}' not found`);
  return then(app, `${envName}/${appName}`);
}

function setJobState(state: CmfState, ctx: Context, jobState: "running" | "suspended"): Reply {
  return withApplication(state, ctx, (app) => {
    const job: Json = { ...((app.spec.job as Json | undefined) ?? {}), state: jobState };
    const from = ctx.query.get("startFromSavepointUid");
    if (from !== null) {
      const savepoint = [...state.savepoints.values()].find((s) => s.uid === from);
      if (savepoint === undefined) return restError(404, `Savepoint with uid '${from}' not found`);
      job.initialSavepointPath = savepoint.spec.path ?? savepoint.metadata.name;
    }
    app.spec = { ...app.spec, job };
    return new Reply(200, applicationView(state, ctx.params.envName, ctx.params.appName, app, false));
  });
}

/** Handlers of the environment and application operations, by operationId. */
export function applicationHandlers(state: CmfState): Record<string, Handler> {
  return {
    getEnvironments: ({ query }) =>
      listReply(
        [...state.environments.keys()].map((n) => environmentView(state, n)),
        query,
      ),
    createOrUpdateEnvironment: ({ body }) => upsertEnvironment(state, body),
    getEnvironment: ({ params }) =>
      state.environments.has(params.envName)
        ? new Reply(200, environmentView(state, params.envName))
        : restError(404, `Environment '${params.envName}' not found`),
    deleteEnvironment: ({ params }) => deleteEnvironment(state, params.envName),
    getApplications: ({ params, query }) =>
      state.environments.has(params.envName)
        ? listReply(
            inScope(state.applications, params.envName).map(([n, a]) =>
              applicationView(state, params.envName, n, a, false),
            ),
            query,
          )
        : restError(404, `Environment '${params.envName}' not found`),
    createOrUpdateApplication: ({ params, body }) => upsertApplication(state, params.envName, body),
    getApplication: (ctx) =>
      withApplication(
        state,
        ctx,
        (app) => new Reply(200, applicationView(state, ctx.params.envName, ctx.params.appName, app, true)),
      ),
    deleteApplication: (ctx) =>
      withApplication(state, ctx, (_app, key) => {
        state.applications.delete(key);
        state.instances.delete(key);
        // The application's savepoints go with it; detached ones stay (that is what detaching is for).
        for (const [k, sp] of state.savepoints)
          if (sp.owner === `application/${key}`) state.savepoints.delete(k);
        return new Reply(204);
      }),
    startApplication: (ctx) => setJobState(state, ctx, "running"),
    suspendApplication: (ctx) => setJobState(state, ctx, "suspended"),
    getApplicationInstances: (ctx) =>
      withApplication(state, ctx, (_app, key) =>
        listReply(
          (state.instances.get(key) ?? []).map((i) => instanceView(i)),
          ctx.query,
        ),
      ),
    getApplicationInstance: (ctx) =>
      withApplication(state, ctx, (_app, key) => {
        const instance = (state.instances.get(key) ?? []).find((i) => i.name === ctx.params.instName);
        return instance
          ? new Reply(200, instanceView(instance))
          : restError(404, `Instance '${ctx.params.instName}' not found`);
      }),
    // Not modelled: events come from the Kubernetes cluster; an existing application has none here.
    getApplicationEvents: (ctx) => withApplication(state, ctx, () => listReply([], ctx.query)),
  };
}

function instanceView(instance: { name: string; created: string; spec: Json }): Json {
  return {
    apiVersion: API_VERSION,
    kind: "FlinkApplicationInstance",
    metadata: { name: instance.name, uid: instance.name, creationTimestamp: instance.created },
    status: { spec: instance.spec },
  };
}
