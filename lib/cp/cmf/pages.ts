/**
 * Reading CMF's paginated lists (`x-spring-paginated` operations of
 * cmf-2.3.1/openapi.yaml: query `page`, zero-based, and `size`; answer
 * `{metadata, items}`, e.g. `SavepointsPage`, `KubernetesClustersPage`).
 * Serialized with the providers like ./client: plain functions only.
 */
import type { CmfClient } from "./client";
import type { CmfDocumentKind } from "./documents";
import { CmfApiError } from "./http";

/** Items asked for per page; a shorter page is the last one. */
export const CMF_PAGE_SIZE = 100;

/** Pages read at most (CMF_PAGE_SIZE x this items), so a server that ignores `page` cannot loop us forever. */
const MAX_PAGES = 1000;

/**
 * Every item of a paginated list, each checked to be a `kind` document.
 * `apiPath` has no query; `filter` is CMF's filter expression (passed as is).
 */
export async function listAll<T>(
  client: CmfClient,
  kind: CmfDocumentKind,
  apiPath: string,
  filter?: string,
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ page: String(page), size: String(CMF_PAGE_SIZE) });
    if (filter !== undefined) query.set("filter", filter);
    const path = `${apiPath}?${query.toString()}`;
    const res = await client.request<{ items?: unknown }>("GET", path);
    const items = res.body?.items;
    if (!Array.isArray(items)) {
      throw new CmfApiError(
        {
          method: "GET",
          path: client.pathFor(path),
          status: res.status,
          statusText: res.statusText,
          cmfMessages: [],
          attempts: res.attempts,
        },
        `${res.status} ${res.statusText}: expected a CMF page of ${kind} documents (an items list) in the body`,
      );
    }
    for (const item of items) all.push(client.document<T>(kind, "GET", path, { ...res, body: item as T }));
    if (items.length < CMF_PAGE_SIZE) return all;
  }
  throw new Error(
    `GET ${apiPath}: more than ${MAX_PAGES} pages of ${CMF_PAGE_SIZE}; narrow it with a filter`,
  );
}
