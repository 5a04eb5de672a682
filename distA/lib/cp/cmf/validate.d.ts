/**
 * Checks of a CMF connection and of CMF object specs, one problem per
 * mistake; used by the client (before any request), the body builders, the
 * dynamic providers' `check` and offline by the platform layer.
 */
import type { ConfigProblem } from "../../core/errors";
import type { CmfConnection } from "./connection";
import type { CmfApplicationSpec, CmfComputePoolSpec, CmfEnvironmentSpec } from "./types";
/**
 * Name rule CMF applies to environment names and namespaces
 * (`PostResourceBase.name`, `KubernetesNamespace.kubernetesNamespace`).
 */
export declare const CMF_NAME_PATTERN: RegExp;
/** Problems with a CMF object name: lowercase DNS name of `minLength`..253 characters. */
export declare function cmfNameProblems(value: unknown, path: string, minLength: number): ConfigProblem[];
/** Problems in an environment spec; `prefix` is prepended to every path. */
export declare function environmentProblems(spec: CmfEnvironmentSpec, prefix?: string): ConfigProblem[];
/** Problems in an application spec; `prefix` is prepended to every path. */
export declare function applicationProblems(app: CmfApplicationSpec, prefix?: string): ConfigProblem[];
/** Problems in a compute pool spec; `prefix` is prepended to every path. */
export declare function computePoolProblems(pool: CmfComputePoolSpec, prefix?: string): ConfigProblem[];
/**
 * Problems with a connection, one entry per mistake. Secret values are never
 * echoed back (`got` is `"(redacted)"`).
 */
export declare function connectionProblems(connection: CmfConnection | undefined, path?: string): ConfigProblem[];
