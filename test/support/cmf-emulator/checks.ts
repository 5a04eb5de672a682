/**
 * Checks of what the CMF OpenAPI leaves loose (`format: yamlorjson` objects
 * and names that refer to other objects). Each returns problem texts; the
 * handlers answer them as CMF does (400 or 422 with a RestError body) and
 * record them as violations.
 */
import { closedFlinkDeploymentSpecValidator } from "../schemas";
import type { Json } from "./openapi";
import { deepMerge, type CmfState } from "./state";

/** Problems of a FlinkDeployment spec against the operator CRD, prefixed with `where`. */
export function flinkSpecProblems(where: string, spec: unknown): string[] {
  // Closed at the top level: the API server prunes unknown top-level fields
  // without an error, so a misplaced key (e.g. `flinkConfiguration` one level
  // too high or low) would silently vanish from the deployed cluster.
  const validate = closedFlinkDeploymentSpecValidator();
  if (validate(spec)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === "additionalProperties" ? ` '${String(e.params.additionalProperty)}'` : "";
    return `${where}${e.instancePath} ${e.message ?? e.keyword}${extra}`;
  });
}

/**
 * Environment defaults. CMF merges `flinkApplicationDefaults` into each
 * FlinkApplication document, so it is a FlinkApplication fragment
 * `{metadata?, spec?}` (every example in the OpenAPI and Confluent's
 * FlinkEnvironment docs: https://docs.confluent.io/operator/current/co-manage-flink-environments.html);
 * `computePoolDefaults` is a ComputePool spec fragment `{clusterSpec}`
 * (the OpenAPI's createOrUpdateEnvironment example).
 */
export function environmentDefaultsProblems(body: Json): string[] {
  return [
    ...fragmentProblems(
      body,
      "flinkApplicationDefaults",
      ["metadata", "spec"],
      "spec",
      "a FlinkApplication fragment {metadata, spec}",
    ),
    ...fragmentProblems(
      body,
      "computePoolDefaults",
      ["type", "state", "clusterSpec"],
      "clusterSpec",
      "a ComputePool spec fragment {clusterSpec}",
    ),
  ];
}

/** Problems of `body[field]`: keys outside `allowed`, or a `specKey` that is no valid FlinkDeployment spec. */
function fragmentProblems(
  body: Json,
  field: string,
  allowed: string[],
  specKey: string,
  expected: string,
): string[] {
  const fragment = body[field] as Json | undefined;
  if (fragment === undefined) return [];
  const stray = Object.keys(fragment).filter((k) => !allowed.includes(k));
  if (stray.length > 0)
    return [`${field} has top-level key(s) ${stray.map((k) => `'${k}'`).join(", ")}; expected ${expected}`];
  return fragment[specKey] === undefined ? [] : flinkSpecProblems(`${field}.${specKey}`, fragment[specKey]);
}

/**
 * An application's spec as CMF deploys it: the environment defaults merged
 * in, the environment winning ("Flink configuration at the environment level
 * has precedence over Flink configuration for individual Flink applications",
 * https://docs.confluent.io/cp-flink/current/configure/environments.html).
 */
export function effectiveApplicationSpec(env: Json, spec: Json): Json {
  const defaults = (env.flinkApplicationDefaults as Json | undefined)?.spec;
  return deepMerge(spec, defaults) as Json;
}

/** A pool's spec with the environment's `computePoolDefaults` merged in (environment wins, as above). */
export function effectivePoolSpec(env: Json, spec: Json): Json {
  return deepMerge(spec, env.computePoolDefaults) as Json;
}

/**
 * Names a statement refers to. A statement names its compute pool in
 * `spec.computePoolName` and its catalog and database in the session
 * properties `sql.current-catalog` / `sql.current-database`
 * (the statement examples of
 * https://docs.confluent.io/cp-flink/current/jobs/sql-statements/create-statements.html);
 * the database's and catalog's `connectionSecretId`s must be mapped into the
 * statement's environment by an EnvironmentSecretMapping named after them
 * (https://docs.confluent.io/operator/current/co-manage-flink-sql.html:
 * "FlinkEnvironmentSecretMapping exposes a synced secret to a Flink
 * environment so that catalogs and databases can reference it").
 */
export function statementReferenceProblems(state: CmfState, env: string, spec: Json): string[] {
  const problems: string[] = [];
  const pool = spec.computePoolName as string;
  if (!state.computePools.has(`${env}/${pool}`))
    problems.push(`Compute pool '${pool}' does not exist in environment '${env}'`);
  const props = (spec.properties as Record<string, string> | undefined) ?? {};
  const catalogName = props["sql.current-catalog"];
  const databaseName = props["sql.current-database"];
  if (catalogName === undefined) return problems;
  const catalog = state.catalogs.get(catalogName);
  if (catalog === undefined) {
    problems.push(`Catalog '${catalogName}' does not exist`);
    return problems;
  }
  problems.push(...unmappedSecrets(state, env, `catalog '${catalogName}'`, catalogSecretIds(catalog.spec)));
  if (databaseName === undefined) return problems;
  const database = state.databases.get(`${catalogName}/${databaseName}`);
  if (database === undefined) {
    problems.push(`Database '${databaseName}' does not exist in catalog '${catalogName}'`);
    return problems;
  }
  const id = (database.spec.kafkaCluster as Json | undefined)?.connectionSecretId as string | undefined;
  problems.push(...unmappedSecrets(state, env, `database '${databaseName}'`, id === undefined ? [] : [id]));
  return problems;
}

/** The connection secret ids a catalog spec names (Schema Registry and its Kafka clusters). */
export function catalogSecretIds(spec: Json): string[] {
  const ids = [(spec.srInstance as Json | undefined)?.connectionSecretId];
  for (const cluster of (spec.kafkaClusters as Json[] | undefined) ?? [])
    ids.push(cluster.connectionSecretId);
  return ids.filter((id): id is string => typeof id === "string");
}

function unmappedSecrets(state: CmfState, env: string, owner: string, ids: string[]): string[] {
  return ids
    .filter((id) => !state.secretMappings.has(`${env}/${id}`))
    .map((id) => `${owner} uses connectionSecretId '${id}', which is not mapped into environment '${env}'`);
}

/** Environments that map a connection secret id. */
export function environmentsMapping(state: CmfState, id: string): string[] {
  return [...state.secretMappings.keys()].filter((k) => k.endsWith(`/${id}`)).map((k) => k.split("/")[0]);
}
