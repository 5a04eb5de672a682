/**
 * Reading CMF's paginated lists (`x-spring-paginated` operations of
 * cmf-2.3.1/openapi.yaml: query `page`, zero-based, and `size`; answer
 * `{metadata, items}`, e.g. `SavepointsPage`, `KubernetesClustersPage`).
 * Serialized with the providers like ./client: plain functions only.
 */
import type { CmfClient } from "./client";
import type { CmfDocumentKind } from "./documents";
/** Items asked for per page; a shorter page is the last one. */
export declare const CMF_PAGE_SIZE = 100;
/**
 * Every item of a paginated list, each checked to be a `kind` document.
 * `apiPath` has no query; `filter` is CMF's filter expression (passed as is).
 */
export declare function listAll<T>(client: CmfClient, kind: CmfDocumentKind, apiPath: string, filter?: string): Promise<T[]>;
