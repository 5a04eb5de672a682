/**
 * The Flink SQL objects: secrets, environment secret mappings, Kafka
 * catalogs and databases, and statements.
 */
import { documentProblem } from "./handlers-apps";
import { catalogSecretIds, environmentsMapping, statementReferenceProblems } from "./checks";
import type { Json } from "./openapi";
import { startOnCreateProblem, startPoint } from "./statement-start";
import {
  API_VERSION,
  CmfState,
  Reply,
  inScope,
  metadataView,
  listReply,
  restError,
  type Handler,
  type StoredObject,
  type StoredStatement,
} from "./state";

/**
 * A secret as CMF shows it: "Note that for security reasons, you can never
 * view the contents of the secret itself once created" (createSecret 200);
 * `SecretSpec` is writeOnly. The keys are kept, each value masked.
 */
function secretView(state: CmfState, name: string): Json {
  const secret = state.secrets.get(name)!;
  const data = (secret.spec.data as Record<string, string> | undefined) ?? {};
  const environments = [...state.secretMappings]
    .filter(([, m]) => m.spec.secretName === name)
    .map(([key]) => key.split("/")[0]);
  return {
    apiVersion: API_VERSION,
    kind: "Secret",
    metadata: metadataView(secret),
    spec: { data: Object.fromEntries(Object.keys(data).map((k) => [k, "********"])) },
    status: { version: String(secret.version), environments },
  };
}

function objectView(kind: string, obj: StoredObject, status?: Json): Json {
  return {
    apiVersion: API_VERSION,
    kind,
    metadata: metadataView(obj),
    spec: obj.spec,
    ...(status ? { status } : {}),
  };
}

function catalogView(state: CmfState, name: string): Json {
  const catalog = state.catalogs.get(name)!;
  const ids = catalogSecretIds(catalog.spec);
  const environmentsWithAccess = [...state.environments.keys()].filter((env) =>
    ids.every((id) => state.secretMappings.has(`${env}/${id}`)),
  );
  return objectView("KafkaCatalog", catalog, { environmentsWithAccess });
}

function databaseView(state: CmfState, key: string): Json {
  const db = state.databases.get(key)!;
  const id = (db.spec.kafkaCluster as Json).connectionSecretId as string | undefined;
  const environmentsWithAccess =
    id === undefined ? [...state.environments.keys()] : environmentsMapping(state, id);
  return objectView("KafkaDatabase", db, { environmentsWithAccess });
}

export function statementView(stmt: StoredStatement): Json {
  return {
    apiVersion: API_VERSION,
    kind: "Statement",
    metadata: metadataView(stmt),
    spec: stmt.spec,
    status: {
      phase: stmt.phase,
      ...(stmt.phase === "FAILED" ? { detail: stmt.exceptions[0]?.message ?? "failed" } : {}),
      traits: { isBounded: stmt.phase === "COMPLETED" },
    },
  };
}

/** Create with 409 on an existing name, as each of these POSTs documents ("... already exists"). */
function create(
  state: CmfState,
  map: Map<string, StoredObject>,
  key: string,
  what: string,
  body: Json,
  view: () => Json,
): Reply {
  if (map.has(key)) return restError(409, `${what} already exists`);
  map.set(key, state.stored(body));
  return new Reply(200, view());
}

function update(
  state: CmfState,
  map: Map<string, StoredObject>,
  key: string,
  what: string,
  body: Json,
): Reply | undefined {
  const existing = map.get(key);
  if (existing === undefined) return restError(404, `${what} not found`);
  map.set(key, state.stored(body, existing));
  return undefined;
}

function remove(map: Map<string, unknown>, key: string, what: string): Reply {
  return map.delete(key) ? new Reply(204) : restError(404, `${what} not found`);
}

function databaseProblems(state: CmfState, catalog: string, body: Json): Reply | undefined {
  if (!state.catalogs.has(catalog)) return state.invalid(422, `Kafka catalog '${catalog}' does not exist`);
  const spec = body.spec as Json;
  const id = (spec.kafkaCluster as Json).connectionSecretId as string | undefined;
  // A database's credentials reach Flink only through an environment's secret mapping.
  for (const env of (spec.ddlEnvironments as string[] | undefined) ?? []) {
    if (!state.environments.has(env))
      return state.invalid(422, `ddlEnvironments names environment '${env}', which does not exist`);
  }
  if (id !== undefined && environmentsMapping(state, id).length === 0)
    return state.invalid(422, `kafkaCluster.connectionSecretId '${id}' is not mapped into any environment`);
  return undefined;
}

function statementUpdate(state: CmfState, env: string, name: string, body: Json): Reply {
  const key = `${env}/${name}`;
  const stmt = state.statements.get(key);
  if (stmt === undefined) return restError(404, `Statement '${name}' not found`);
  const invalid = documentProblem(state, body, "Statement", name);
  if (invalid) return invalid;
  const spec = body.spec as Json;
  // What a statement update may change: parallelism (rescale), stopped (stop/resume),
  // startFromSavepoint (https://docs.confluent.io/cp-flink/current/jobs/sql-statements/manage-statements.html);
  // its SQL and compute pool are fixed at creation, as in Confluent Cloud.
  for (const field of ["statement", "computePoolName"]) {
    if (spec[field] !== stmt.spec[field])
      return state.invalid(
        422,
        `Statement '${name}': spec.${field} cannot be changed; create a new statement`,
      );
  }
  const wasStopped = stmt.spec.stopped === true;
  const start = startPoint(state, env, name, spec, stmt);
  if (start instanceof Reply) return start;
  const next = state.stored(body, stmt);
  Object.assign(stmt, { metadata: next.metadata, spec: next.spec, updated: next.updated });
  if (spec.stopped === true && ["PENDING", "RUNNING", "FAILING"].includes(stmt.phase)) stmt.phase = "STOPPED";
  if (spec.stopped !== true && wasStopped && stmt.phase === "STOPPED") stmt.phase = "PENDING";
  // A redeploy from a savepoint restarts the job: PENDING again, until it runs from there.
  if (start.path !== undefined) Object.assign(stmt, { phase: "PENDING", startedFrom: start.path });
  // updateStatement documents its 200 without a body.
  return new Reply(200);
}

export function sqlHandlers(state: CmfState): Record<string, Handler> {
  const envMissing = (env: string) => restError(404, `Environment '${env}' not found`);
  return {
    getSecrets: ({ query }) =>
      listReply(
        [...state.secrets.keys()].map((n) => secretView(state, n)),
        query,
      ),
    createSecret: ({ body }) => {
      const invalid = documentProblem(state, body, "Secret");
      if (invalid) return invalid;
      const name = (body.metadata as Json).name as string;
      if (state.secrets.has(name)) return restError(409, `Secret '${name}' already exists`);
      state.secrets.set(name, { ...state.stored(body), version: 1 });
      return new Reply(200, secretView(state, name));
    },
    getSecret: ({ params }) =>
      state.secrets.has(params.secretName)
        ? new Reply(200, secretView(state, params.secretName))
        : restError(404, `Secret '${params.secretName}' not found`),
    updateSecret: ({ params, body }) => {
      const existing = state.secrets.get(params.secretName);
      if (existing === undefined) return restError(404, `Secret '${params.secretName}' not found`);
      const invalid = documentProblem(state, body, "Secret", params.secretName);
      if (invalid) return invalid;
      state.secrets.set(params.secretName, {
        ...state.stored(body, existing),
        version: existing.version + 1,
      });
      return new Reply(200, secretView(state, params.secretName));
    },
    deleteSecret: ({ params }) => remove(state.secrets, params.secretName, `Secret '${params.secretName}'`),

    getEnvironmentSecretMappings: ({ params, query }) =>
      state.environments.has(params.envName)
        ? listReply(
            inScope(state.secretMappings, params.envName).map(([, m]) =>
              objectView("EnvironmentSecretMapping", m),
            ),
            query,
          )
        : envMissing(params.envName),
    createEnvironmentSecretMapping: ({ params, body }) => {
      if (!state.environments.has(params.envName)) return envMissing(params.envName);
      const invalid = documentProblem(state, body, "EnvironmentSecretMapping");
      if (invalid) return invalid;
      const secret = (body.spec as Json | undefined)?.secretName as string | undefined;
      if (secret === undefined || !state.secrets.has(secret))
        return state.invalid(400, `spec.secretName '${String(secret)}' names no existing secret`);
      const id = (body.metadata as Json).name as string;
      const key = `${params.envName}/${id}`;
      return create(state, state.secretMappings, key, `Environment Secret Mapping '${id}'`, body, () =>
        objectView("EnvironmentSecretMapping", state.secretMappings.get(key)!),
      );
    },
    getEnvironmentSecretMapping: ({ params }) => {
      const m = state.secretMappings.get(`${params.envName}/${params.name}`);
      return m
        ? new Reply(200, objectView("EnvironmentSecretMapping", m))
        : restError(404, `Environment Secret Mapping '${params.name}' not found`);
    },
    updateEnvironmentSecretMapping: ({ params, body }) => {
      const key = `${params.envName}/${params.name}`;
      const invalid = documentProblem(state, body, "EnvironmentSecretMapping", params.name);
      if (invalid) return invalid;
      const secret = (body.spec as Json | undefined)?.secretName as string | undefined;
      if (secret === undefined || !state.secrets.has(secret))
        return restError(404, `Secret '${String(secret)}' not found`);
      return (
        update(state, state.secretMappings, key, `Environment Secret Mapping '${params.name}'`, body) ??
        new Reply(200, objectView("EnvironmentSecretMapping", state.secretMappings.get(key)!))
      );
    },
    deleteEnvironmentSecretMapping: ({ params }) =>
      remove(
        state.secretMappings,
        `${params.envName}/${params.name}`,
        `Environment Secret Mapping '${params.name}'`,
      ),

    getKafkaCatalogs: ({ query }) =>
      listReply(
        [...state.catalogs.keys()].map((n) => catalogView(state, n)),
        query,
      ),
    createKafkaCatalog: ({ body }) => {
      const invalid = documentProblem(state, body, "KafkaCatalog");
      if (invalid) return invalid;
      const name = (body.metadata as Json).name as string;
      return create(state, state.catalogs, name, `Kafka Catalog '${name}'`, body, () =>
        catalogView(state, name),
      );
    },
    getKafkaCatalog: ({ params }) =>
      state.catalogs.has(params.catName)
        ? new Reply(200, catalogView(state, params.catName))
        : restError(404, `Kafka Catalog '${params.catName}' not found`),
    updateKafkaCatalog: ({ params, body }) =>
      documentProblem(state, body, "KafkaCatalog", params.catName) ??
      update(state, state.catalogs, params.catName, `Kafka Catalog '${params.catName}'`, body) ??
      new Reply(200),
    deleteKafkaCatalog: ({ params }) => {
      if (!state.catalogs.has(params.catName))
        return restError(404, `Kafka Catalog '${params.catName}' not found`);
      const dbs = inScope(state.databases, params.catName).map(([n]) => n);
      // deleteKafkaCatalog 409: "Catalog contains databases and cannot be deleted."
      if (dbs.length > 0)
        return restError(409, `Kafka Catalog '${params.catName}' contains databases ${dbs.join(", ")}`);
      state.catalogs.delete(params.catName);
      return new Reply(204);
    },

    getKafkaDatabases: ({ params, query }) =>
      listReply(
        inScope(state.databases, params.catName).map(([n]) => databaseView(state, `${params.catName}/${n}`)),
        query,
      ),
    createKafkaDatabase: ({ params, body }) => {
      const invalid =
        documentProblem(state, body, "KafkaDatabase") ?? databaseProblems(state, params.catName, body);
      if (invalid) return invalid;
      const key = `${params.catName}/${(body.metadata as Json).name as string}`;
      return create(state, state.databases, key, `Kafka Database '${key}'`, body, () =>
        databaseView(state, key),
      );
    },
    getKafkaDatabase: ({ params }) => {
      const key = `${params.catName}/${params.dbName}`;
      return state.databases.has(key)
        ? new Reply(200, databaseView(state, key))
        : restError(404, `Kafka Database '${params.dbName}' not found`);
    },
    updateKafkaDatabase: ({ params, body }) =>
      documentProblem(state, body, "KafkaDatabase", params.dbName) ??
      (state.databases.has(`${params.catName}/${params.dbName}`)
        ? databaseProblems(state, params.catName, body)
        : undefined) ??
      update(
        state,
        state.databases,
        `${params.catName}/${params.dbName}`,
        `Kafka Database '${params.dbName}'`,
        body,
      ) ??
      new Reply(200),
    deleteKafkaDatabase: ({ params }) =>
      remove(state.databases, `${params.catName}/${params.dbName}`, `Kafka Database '${params.dbName}'`),

    getStatements: ({ params, query }) => {
      if (!state.environments.has(params.envName)) return envMissing(params.envName);
      const pool = query.get("compute-pool");
      const phase = query.get("phase");
      const name = query.get("name");
      const items = inScope(state.statements, params.envName)
        .filter(
          ([n, s]) =>
            (pool === null || s.spec.computePoolName === pool) &&
            (phase === null || s.phase === phase) &&
            (name === null || n === name),
        )
        .map(([, s]) => statementView(s));
      return listReply(items, query);
    },
    createStatement: ({ params, body }) => {
      if (!state.environments.has(params.envName)) return envMissing(params.envName);
      const invalid = documentProblem(state, body, "Statement");
      if (invalid) return invalid;
      const name = (body.metadata as Json).name as string;
      const key = `${params.envName}/${name}`;
      if (state.statements.has(key)) return restError(409, `Statement '${name}' already exists`);
      const onCreate = startOnCreateProblem(state, name, body.spec as Json);
      if (onCreate) return onCreate;
      const problems = statementReferenceProblems(state, params.envName, body.spec as Json);
      if (problems.length > 0) return state.invalid(422, problems.join("; "));
      const stmt: StoredStatement = {
        ...state.stored(body),
        phase: (body.spec as Json).stopped === true ? "STOPPED" : "PENDING",
        exceptions: [],
      };
      state.statements.set(key, stmt);
      return new Reply(200, statementView(stmt));
    },
    getStatement: ({ params }) => {
      const key = `${params.envName}/${params.stmtName}`;
      const stmt = state.statements.get(key);
      if (stmt === undefined) return restError(404, `Statement '${params.stmtName}' not found`);
      const shown = statementView(stmt);
      if (state.stepping === "on-read") state.stepStatement(key, stmt);
      return new Reply(200, shown);
    },
    updateStatement: ({ params, body }) => statementUpdate(state, params.envName, params.stmtName, body),
    deleteStatement: ({ params }) => {
      const key = `${params.envName}/${params.stmtName}`;
      if (!state.statements.delete(key)) return restError(404, `Statement '${params.stmtName}' not found`);
      for (const [k, sp] of state.savepoints) if (sp.owner === `statement/${key}`) state.savepoints.delete(k);
      return new Reply(204);
    },
    getStatementExceptions: ({ params }) => {
      const stmt = state.statements.get(`${params.envName}/${params.stmtName}`);
      if (stmt === undefined) return restError(404, `Statement '${params.stmtName}' not found`);
      const data = stmt.exceptions
        .slice(0, 10)
        .map((e) => ({ apiVersion: API_VERSION, kind: "StatementException", ...e }));
      return new Reply(200, { apiVersion: API_VERSION, kind: "StatementExceptionList", data });
    },
    // Not modelled: results of interactive SELECTs; every statement here is detached.
    getStatementResult: ({ params }) =>
      state.statements.has(`${params.envName}/${params.stmtName}`)
        ? restError(400, `Statement '${params.stmtName}' does not return results`)
        : restError(404, `Statement '${params.stmtName}' not found`),
  };
}
