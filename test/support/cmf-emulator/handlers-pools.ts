/**
 * Compute pools, registered Kubernetes clusters, and the read-only system
 * endpoints (license, system and resource information).
 */
import { effectivePoolSpec, flinkSpecProblems } from "./checks";
import { documentProblem } from "./handlers-apps";
import type { Json } from "./openapi";
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
} from "./state";

function poolView(pool: StoredObject): Json {
  // A DEDICATED pool is only a template (one cluster per statement), so it reports phase DEDICATED.
  const phase =
    pool.spec.type === "DEDICATED" ? "DEDICATED" : ((pool.spec.state as string | undefined) ?? "RUNNING");
  return {
    apiVersion: API_VERSION,
    kind: "ComputePool",
    metadata: { ...pool.metadata, creationTimestamp: pool.created },
    spec: pool.spec,
    status: { phase },
  };
}

function poolProblems(state: CmfState, env: Json, body: Json): Reply | undefined {
  const spec = body.spec as Json;
  // ComputePoolSpec.state: "Can only be specified for shared compute pools."
  if (spec.state !== undefined && spec.type !== "SHARED")
    return state.invalid(422, "spec.state can only be specified for SHARED compute pools");
  const effective = effectivePoolSpec(env, spec);
  const problems = flinkSpecProblems("spec.clusterSpec", effective.clusterSpec);
  return problems.length > 0 ? state.invalid(422, problems.join("; ")) : undefined;
}

/** Statements of an environment that use a pool and are not finished. */
function activeStatements(state: CmfState, env: string, pool: string): string[] {
  return inScope(state.statements, env)
    .filter(([, s]) => s.spec.computePoolName === pool && ["PENDING", "RUNNING", "FAILING"].includes(s.phase))
    .map(([n]) => n);
}

function clusterView(cluster: StoredObject & { state: string }): Json {
  return {
    apiVersion: API_VERSION,
    kind: "KubernetesCluster",
    metadata: metadataView(cluster),
    spec: cluster.spec,
    status: {
      state: cluster.state,
      ...(cluster.state === "CONNECTED"
        ? { kubernetesVersion: "v1.31.0", lastHeartbeatTimestamp: cluster.updated }
        : {}),
    },
  };
}

/** Registers a Kubernetes cluster as CMF's cluster agent would (the API has no create). */
export function registerCluster(state: CmfState, name: string): void {
  state.clusters.set(name, {
    ...state.stored({ metadata: { name }, spec: { lifecycleState: "ACTIVE" } }),
    state: "CONNECTED",
  });
}

export function poolHandlers(state: CmfState): Record<string, Handler> {
  const envMissing = (env: string) => restError(404, `Environment '${env}' not found`);
  return {
    getComputePools: ({ params, query }) =>
      state.environments.has(params.envName)
        ? listReply(
            inScope(state.computePools, params.envName).map(([, p]) => poolView(p)),
            query,
          )
        : envMissing(params.envName),
    createComputePool: ({ params, body }) => {
      const env = state.environments.get(params.envName);
      if (env === undefined) return restError(400, `Environment '${params.envName}' does not exist.`);
      const invalid = documentProblem(state, body, "ComputePool") ?? poolProblems(state, env, body);
      if (invalid) return invalid;
      const name = (body.metadata as Json).name as string;
      const key = `${params.envName}/${name}`;
      if (state.computePools.has(key)) return restError(409, `Compute pool '${name}' already exists`);
      state.computePools.set(key, state.stored(body));
      return new Reply(200, poolView(state.computePools.get(key)!));
    },
    getComputePool: ({ params }) => {
      const pool = state.computePools.get(`${params.envName}/${params.computePoolName}`);
      return pool
        ? new Reply(200, poolView(pool))
        : restError(404, `Compute pool '${params.computePoolName}' not found`);
    },
    updateComputePool: ({ params, body }) => {
      const name = params.computePoolName;
      const invalid = documentProblem(state, body, "ComputePool", name);
      if (invalid) return invalid;
      const key = `${params.envName}/${name}`;
      const existing = state.computePools.get(key);
      if (existing === undefined) return restError(404, `Compute pool '${name}' not found`);
      const bad = poolProblems(state, state.environments.get(params.envName) ?? {}, body);
      if (bad) return bad;
      // updateComputePool 409: "Compute Pool cannot be updated (e.g., statements running)."
      const running = activeStatements(state, params.envName, name);
      if (
        running.length > 0 &&
        JSON.stringify((body.spec as Json).clusterSpec) !== JSON.stringify(existing.spec.clusterSpec)
      )
        return restError(
          409,
          `Compute pool '${name}' cannot be updated: statements ${running.join(", ")} are running`,
        );
      state.computePools.set(key, state.stored(body, existing));
      return new Reply(200, poolView(state.computePools.get(key)!));
    },
    deleteComputePool: ({ params }) => {
      const name = params.computePoolName;
      const key = `${params.envName}/${name}`;
      if (!state.computePools.has(key)) return restError(404, `Compute pool '${name}' not found`);
      // deleteComputePool 409: "Compute Pool is in use and cannot be deleted."
      const users = inScope(state.statements, params.envName).filter(
        ([, s]) => s.spec.computePoolName === name,
      );
      if (users.length > 0)
        return restError(
          409,
          `Compute pool '${name}' is in use by statements ${users.map(([n]) => n).join(", ")}`,
        );
      state.computePools.delete(key);
      return new Reply(204);
    },

    getKubernetesClusters: ({ query }) => listReply([...state.clusters.values()].map(clusterView), query),
    getKubernetesCluster: ({ params }) => {
      const cluster = state.clusters.get(params.kubernetesClusterName);
      return cluster
        ? new Reply(200, clusterView(cluster))
        : restError(404, `Kubernetes cluster '${params.kubernetesClusterName}' not found`);
    },
    updateKubernetesCluster: ({ params, body }) => {
      const name = params.kubernetesClusterName;
      const cluster = state.clusters.get(name);
      if (cluster === undefined) return restError(404, `Kubernetes cluster '${name}' not found`);
      const metadata = body.metadata as Json;
      if (metadata.name !== name)
        return state.invalid(400, `metadata.name '${String(metadata.name)}' does not match '${name}'`);
      const lifecycle = (body.spec as Json).lifecycleState as string | undefined;
      const users = [...state.environments]
        .filter(([, e]) => e.kubernetesClusterName === name)
        .map(([n]) => n);
      // updateKubernetesCluster 400: "cannot decommission cluster because it is in use by environments".
      if (lifecycle === "DECOMMISSIONED" && users.length > 0)
        return restError(
          400,
          `cannot decommission cluster '${name}' because it is in use by environments ${users.join(", ")}`,
        );
      // Labels and annotations: "Omit the field (or send null) to leave existing ... unchanged; send an empty object to clear them."
      for (const field of ["labels", "annotations"]) {
        if (metadata[field] !== undefined && metadata[field] !== null)
          cluster.metadata[field] = metadata[field];
      }
      if (lifecycle !== undefined) cluster.spec = { ...cluster.spec, lifecycleState: lifecycle };
      cluster.state = cluster.spec.lifecycleState === "DECOMMISSIONED" ? "DECOMMISSIONED" : "CONNECTED";
      cluster.updated = state.now();
      return new Reply(200, clusterView(cluster));
    },

    // Not modelled: read-only information about the CMF deployment, answered with fixed documented bodies.
    getC3LicenseInformation: () =>
      new Reply(200, { kind: "C3LicenseInformation", status: { status: "VALID", licenseType: "TRIAL" } }),
    getSystemInformation: () => new Reply(200, { status: { version: "2.3.1", revision: "cmf-emulator" } }),
    getResourceInformation: () => new Reply(200, { status: {} }),
  };
}
