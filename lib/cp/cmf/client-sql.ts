/**
 * The CMF client's Flink SQL calls (secrets, environment secret mappings,
 * Kafka catalogs and databases, statements), on the request/response layer
 * of `CmfClient` (retries, CMF's 404, document checks). Plain functions of a
 * client, for the same serialization constraint as `./client`.
 *
 * Paths and answers are CMF 2.3.1's (cmf-2.3.1/openapi.yaml): every create is
 * a POST that answers 409 when the object exists (no upsert), updates are
 * PUT, and the PUTs of catalogs, databases and statements answer 200 without
 * a documented body, so they are followed by a GET.
 */
import type { CmfClient } from "./client";
import type { CmfObjectInputs, CmfObjectType } from "./resource";
import { pollUntil, type CmfPoll } from "./poll";
import type {
  CmfKafkaCatalogDocument,
  CmfKafkaDatabaseDocument,
  CmfSecretDocument,
  CmfSecretMappingDocument,
  CmfStatementDocument,
  CmfStatementExceptionList,
} from "./sql-bodies";

const encode = (segment: string) => encodeURIComponent(segment);

/** Where each SQL object lives; `name` undefined gives the collection. */
export const cmfSqlPaths = {
  secret: (name?: string) => (name === undefined ? "/secrets" : `/secrets/${encode(name)}`),
  secretMapping: (env: string, name?: string) =>
    `/environments/${encode(env)}/secret-mappings${name === undefined ? "" : `/${encode(name)}`}`,
  catalog: (name?: string) => (name === undefined ? "/catalogs/kafka" : `/catalogs/kafka/${encode(name)}`),
  database: (catalog: string, name?: string) =>
    `/catalogs/kafka/${encode(catalog)}/databases${name === undefined ? "" : `/${encode(name)}`}`,
  statement: (env: string, name?: string) =>
    `/environments/${encode(env)}/statements${name === undefined ? "" : `/${encode(name)}`}`,
};

/** A document kind, its collection path and its item path: what the generic calls below need. */
interface SqlObject {
  readonly kind: "Secret" | "EnvironmentSecretMapping" | "KafkaCatalog" | "KafkaDatabase" | "Statement";
  readonly collection: string;
  readonly item: string;
}

/** `POST <collection>`; throws `CmfApiError` (status 409) when the object exists. */
export function createSqlObject<T>(client: CmfClient, o: SqlObject, body: T): Promise<T> {
  return client.sendDocument<T>(o.kind, "POST", o.collection, body);
}

/**
 * `PUT <item>`. Secrets and mappings answer with the document; catalogs,
 * databases and statements answer 200 without one, so those are read back.
 */
export async function updateSqlObject<T>(client: CmfClient, o: SqlObject, body: T): Promise<T> {
  if (o.kind === "Secret" || o.kind === "EnvironmentSecretMapping") {
    return client.sendDocument<T>(o.kind, "PUT", o.item, body);
  }
  await client.request("PUT", o.item, body);
  const live = await client.getOrUndefined<T>(o.kind, o.item);
  if (live === undefined) throw new Error(`CMF ${o.kind} ${o.item} disappeared right after its update`);
  return live;
}

/** `GET <item>`; `undefined` on CMF's 404. */
export function getSqlObject<T>(client: CmfClient, o: SqlObject): Promise<T | undefined> {
  return client.getOrUndefined<T>(o.kind, o.item);
}

/** `DELETE <item>`; `false` when it was already gone. */
export function deleteSqlObject(client: CmfClient, o: SqlObject): Promise<boolean> {
  return client.deleteOrFalse(o.item);
}

/** The object `name` of `kind`: its item at `at(name)`, in the collection at `at()`. */
const sqlObject = (kind: SqlObject["kind"], at: (name?: string) => string, name: string): SqlObject => ({
  kind,
  collection: at(),
  item: at(name),
});
export const cmfSecretObject = (name: string) => sqlObject("Secret", cmfSqlPaths.secret, name);
export const cmfSecretMappingObject = (env: string, name: string) =>
  sqlObject("EnvironmentSecretMapping", (n) => cmfSqlPaths.secretMapping(env, n), name);
export const cmfCatalogObject = (name: string) => sqlObject("KafkaCatalog", cmfSqlPaths.catalog, name);
export const cmfDatabaseObject = (catalog: string, name: string) =>
  sqlObject("KafkaDatabase", (n) => cmfSqlPaths.database(catalog, n), name);
export const cmfStatementObject = (env: string, name: string) =>
  sqlObject("Statement", (n) => cmfSqlPaths.statement(env, n), name);

/**
 * The create/update/get/remove of a {@link CmfObjectType} for one SQL object
 * kind: `objectOf` says where an object is (from its inputs, or the id on
 * read/delete), `body` builds its request body. Create adopts an object that
 * a 409 says exists (left behind by an interrupted run) with PUT.
 */
export function sqlObjectCrud<I, L>(
  objectOf: (inputs: I, id?: string) => SqlObject,
  body: (inputs: I) => L,
): Pick<CmfObjectType<I & CmfObjectInputs, L>, "create" | "adoptOnConflict" | "update" | "get" | "remove"> {
  return {
    create: (client, inputs) => createSqlObject(client, objectOf(inputs), body(inputs)),
    adoptOnConflict: true,
    update: (client, inputs) => updateSqlObject(client, objectOf(inputs), body(inputs)),
    get: (client, props, id) => getSqlObject<L>(client, objectOf(props, id)),
    remove: (client, props, id) => deleteSqlObject(client, objectOf(props, id)),
  };
}

export type {
  CmfKafkaCatalogDocument,
  CmfKafkaDatabaseDocument,
  CmfSecretDocument,
  CmfSecretMappingDocument,
  CmfStatementDocument,
};

/**
 * `GET .../statements/{name}/exceptions`: the messages of the statement's
 * last exceptions (newest first, as CMF lists them), redacted and capped
 * like every server text; empty when CMF reports none.
 */
export async function statementExceptions(client: CmfClient, env: string, name: string): Promise<string[]> {
  const path = `${cmfSqlPaths.statement(env, name)}/exceptions`;
  const list = await client.getOrUndefined<CmfStatementExceptionList>("StatementExceptionList", path);
  const data = Array.isArray(list?.data) ? list.data : [];
  return data
    .map((e) => (typeof e?.message === "string" ? client.quoteText(e.message) : ""))
    .filter((m) => m !== "");
}

/** Statement phases after which waiting is over (CMF lists them lowercase in the `phase` filter, uppercase in status). */
const DONE = { running: "RUNNING", completed: "COMPLETED", stopped: "STOPPED", failed: "FAILED" };

/**
 * Polls the statement until it is RUNNING, or COMPLETED when it is bounded
 * (`status.traits.isBounded`), or STOPPED when `spec.stopped` asks for it.
 * FAILED (or FAILING) fails with the text of its `exceptions` endpoint; a
 * timeout fails with the last phase and detail.
 */
export async function waitForStatement(
  client: CmfClient,
  env: string,
  name: string,
  options: CmfPoll = {},
): Promise<CmfStatementDocument> {
  const label = `CMF statement ${env}/${name}`;
  const phaseOf = (live: CmfStatementDocument) => (live.status?.phase ?? "").toUpperCase();
  const wanted = (live: CmfStatementDocument) =>
    live.spec.stopped === true ? [DONE.stopped] : [DONE.running, DONE.completed];
  return pollUntil(
    options,
    async () => {
      const live = await getSqlObject<CmfStatementDocument>(client, cmfStatementObject(env, name));
      if (live === undefined) throw new Error(`${label} disappeared while waiting for it to run`);
      return live;
    },
    async (live) => {
      const phase = phaseOf(live);
      if (wanted(live).includes(phase)) return true;
      if (phase !== DONE.failed && phase !== "FAILING") return false;
      const exceptions = await statementExceptions(client, env, name);
      const said = live.status?.detail ? client.quoteText(live.status.detail) : "";
      // CMF often repeats the newest exception as the detail: say it once.
      const detail = said !== "" && !exceptions.includes(said) ? `: ${said}` : "";
      const text = exceptions.length > 0 ? `; exceptions: ${exceptions.join(" | ")}` : "";
      throw new Error(`${label} ${phase}${detail}${text}`);
    },
    (live, timeoutMs) =>
      `${label} did not reach ${wanted(live).join(" or ")} within ${timeoutMs} ms: last phase ${phaseOf(live) || "(none)"}`,
  );
}
