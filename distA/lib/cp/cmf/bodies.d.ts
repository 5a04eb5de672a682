/**
 * Request bodies of the CMF API, built by ONE checked builder: validate the
 * spec (every problem in one {@link ConfigError}), shape the document, copy it
 * through JSON. Also used offline by the platform layer to validate specs.
 */
import { type ConfigProblem } from "../../core/errors";
import type { CmfApplicationSpec, CmfComputePoolDocument, CmfComputePoolSpec, CmfEnvironmentBody, CmfEnvironmentSpec, CmfFlinkApplicationDocument, CmfMetadata } from "./types";
/** `apiVersion` of CMF's FlinkApplication and ComputePool documents. */
export declare const CMF_API_VERSION = "cmf.confluent.io/v1";
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
export declare function checkedBody<S, B>(what: string, problems: (spec: S) => ConfigProblem[], shape: (spec: S) => B, spec: S): B;
/** `{apiVersion, kind, metadata}` of a CMF document (applications and compute pools). */
export declare function documentHead<K extends string>(kind: K, named: Named): {
    apiVersion: string;
    kind: K;
    metadata: CmfMetadata;
};
/** A checked CMF document body: the {@link documentHead} of `kind`, then the `spec` built from `input`. */
export declare function documentBody<S extends Named, K extends string, T>(what: string, kind: K, problems: (spec: S) => ConfigProblem[], spec: (input: S) => T, input: S): {
    spec: T;
    apiVersion: string;
    kind: K;
    metadata: CmfMetadata;
};
/** Request body for `POST /environments`. Throws {@link ConfigError} listing every problem. */
export declare function buildEnvironmentBody(spec: CmfEnvironmentSpec): CmfEnvironmentBody;
/** Request body for `POST /environments/{env}/applications`. Throws {@link ConfigError}. */
export declare function buildApplicationBody(app: CmfApplicationSpec): CmfFlinkApplicationDocument;
/** Request body for `POST /environments/{env}/compute-pools` and `PUT .../{name}`. Throws {@link ConfigError}. */
export declare function buildComputePoolBody(pool: CmfComputePoolSpec): CmfComputePoolDocument;
