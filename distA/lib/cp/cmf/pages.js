"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CMF_PAGE_SIZE = void 0;
exports.listAll = listAll;
const http_1 = require("./http");
/** Items asked for per page; a shorter page is the last one. */
exports.CMF_PAGE_SIZE = 100;
/** Pages read at most (CMF_PAGE_SIZE x this items), so a server that ignores `page` cannot loop us forever. */
const MAX_PAGES = 1000;
/**
 * Every item of a paginated list, each checked to be a `kind` document.
 * `apiPath` has no query; `filter` is CMF's filter expression (passed as is).
 */
async function listAll(client, kind, apiPath, filter) {
    const all = [];
    for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({ page: String(page), size: String(exports.CMF_PAGE_SIZE) });
        if (filter !== undefined)
            query.set("filter", filter);
        const path = `${apiPath}?${query.toString()}`;
        const res = await client.request("GET", path);
        const items = res.body?.items;
        if (!Array.isArray(items)) {
            throw new http_1.CmfApiError({
                method: "GET",
                path: client.pathFor(path),
                status: res.status,
                statusText: res.statusText,
                cmfMessages: [],
                attempts: res.attempts,
            }, `${res.status} ${res.statusText}: expected a CMF page of ${kind} documents (an items list) in the body`);
        }
        for (const item of items)
            all.push(client.document(kind, "GET", path, { ...res, body: item }));
        if (items.length < exports.CMF_PAGE_SIZE)
            return all;
    }
    throw new Error(`GET ${apiPath}: more than ${MAX_PAGES} pages of ${exports.CMF_PAGE_SIZE}; narrow it with a filter`);
}
