/**
 * Request bodies of the CMF API, built by ONE checked builder: validate the
 * spec (every problem in one {@link ConfigError}), shape the document, copy it
 * through JSON. Also used offline by the platform layer to validate specs.
 */
import { ConfigError, type ConfigProblem } from "../../core/errors";
import type {
  CmfApplicationSpec,
  CmfComputePoolDocument,
  CmfComputePoolSpec,
  CmfEnvironmentBody,
  CmfEnvironmentSpec,
  CmfFlinkApplicationDocument,
  CmfMetadata,
} from "./types";
import { applicationProblems, computePoolProblems, environmentProblems } from "./validate";

/** `apiVersion` of CMF's FlinkApplication and ComputePool documents. */
export const CMF_API_VERSION = "cmf.confluent.io/v1";

/** What an object with Kubernetes-style metadata carries besides its spec. */
export interface Named {
  readonly name: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * The one body builder: throws {@link ConfigError} (titled `Invalid CMF <what>`)
 * listing every problem, else returns `shape(spec)` deep-copied through JSON
 * so callers' objects are never shared or mutated and `undefined` is dropped.
 */
export function checkedBody<S, B>(
  what: string,
  problems: (spec: S) => ConfigProblem[],
  shape: (spec: S) => B,
  spec: S,
): B {
  const found = problems(spec);
  if (found.length > 0) throw new ConfigError(found, `Invalid CMF ${what}`);
  return JSON.parse(JSON.stringify(shape(spec))) as B;
}

/** `{apiVersion, kind, metadata}` of a CMF document (applications and compute pools). */
export function documentHead<K extends string>(kind: K, named: Named) {
  const metadata: CmfMetadata = { name: named.name };
  if (named.labels !== undefined) metadata.labels = { ...named.labels };
  if (named.annotations !== undefined) metadata.annotations = { ...named.annotations };
  return { apiVersion: CMF_API_VERSION, kind, metadata };
}

/** A checked CMF document body: the {@link documentHead} of `kind`, then the `spec` built from `input`. */
export function documentBody<S extends Named, K extends string, T>(
  what: string,
  kind: K,
  problems: (spec: S) => ConfigProblem[],
  spec: (input: S) => T,
  input: S,
) {
  return checkedBody(what, problems, (s) => ({ ...documentHead(kind, s), spec: spec(s) }), input);
}

/** Request body for `POST /environments`. Throws {@link ConfigError} listing every problem. */
export function buildEnvironmentBody(spec: CmfEnvironmentSpec): CmfEnvironmentBody {
  return checkedBody(
    "environment",
    environmentProblems,
    (s) => ({
      // CMF 2.3.1 deprecates the top-level `name` (PostResourceBase) in favour of
      // `metadata.name` (PostEnvironment_allOf -> EnvironmentMetadata). The old field is
      // still accepted, and still the only one releases before the metadata field know.
      metadata: { name: s.name },
      name: s.name,
      kubernetesNamespace: s.kubernetesNamespace,
      kubernetesClusterName: s.kubernetesClusterName,
      flinkApplicationDefaults: s.flinkApplicationDefaults,
      computePoolDefaults: s.computePoolDefaults,
      statementDefaults: s.statementDefaults,
    }),
    spec,
  );
}

/** Request body for `POST /environments/{env}/applications`. Throws {@link ConfigError}. */
export function buildApplicationBody(app: CmfApplicationSpec): CmfFlinkApplicationDocument {
  return documentBody("Flink application", "FlinkApplication", applicationProblems, (a) => a.spec, app);
}

/** Request body for `POST /environments/{env}/compute-pools` and `PUT .../{name}`. Throws {@link ConfigError}. */
export function buildComputePoolBody(pool: CmfComputePoolSpec): CmfComputePoolDocument {
  return documentBody(
    "compute pool",
    "ComputePool",
    computePoolProblems,
    (p) => ({ type: p.type, state: p.state, clusterSpec: p.clusterSpec }),
    pool,
  );
}
