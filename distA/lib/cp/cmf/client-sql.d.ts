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
import type { CmfKafkaCatalogDocument, CmfKafkaDatabaseDocument, CmfSecretDocument, CmfSecretMappingDocument, CmfStatementDocument } from "./sql-bodies";
/** Where each SQL object lives; `name` undefined gives the collection. */
export declare const cmfSqlPaths: {
    secret: (name?: string) => string;
    secretMapping: (env: string, name?: string) => string;
    catalog: (name?: string) => string;
    database: (catalog: string, name?: string) => string;
    statement: (env: string, name?: string) => string;
};
/** A document kind, its collection path and its item path: what the generic calls below need. */
interface SqlObject {
    readonly kind: "Secret" | "EnvironmentSecretMapping" | "KafkaCatalog" | "KafkaDatabase" | "Statement";
    readonly collection: string;
    readonly item: string;
}
/** `POST <collection>`; throws `CmfApiError` (status 409) when the object exists. */
export declare function createSqlObject<T>(client: CmfClient, o: SqlObject, body: T): Promise<T>;
/**
 * `PUT <item>`. Secrets and mappings answer with the document; catalogs,
 * databases and statements answer 200 without one, so those are read back.
 */
export declare function updateSqlObject<T>(client: CmfClient, o: SqlObject, body: T): Promise<T>;
/** `GET <item>`; `undefined` on CMF's 404. */
export declare function getSqlObject<T>(client: CmfClient, o: SqlObject): Promise<T | undefined>;
/** `DELETE <item>`; `false` when it was already gone. */
export declare function deleteSqlObject(client: CmfClient, o: SqlObject): Promise<boolean>;
export declare const cmfSecretObject: (name: string) => SqlObject;
export declare const cmfSecretMappingObject: (env: string, name: string) => SqlObject;
export declare const cmfCatalogObject: (name: string) => SqlObject;
export declare const cmfDatabaseObject: (catalog: string, name: string) => SqlObject;
export declare const cmfStatementObject: (env: string, name: string) => SqlObject;
/**
 * The create/update/get/remove of a {@link CmfObjectType} for one SQL object
 * kind: `objectOf` says where an object is (from its inputs, or the id on
 * read/delete), `body` builds its request body. Create adopts an object that
 * a 409 says exists (left behind by an interrupted run) with PUT.
 */
export declare function sqlObjectCrud<I, L>(objectOf: (inputs: I, id?: string) => SqlObject, body: (inputs: I) => L): Pick<CmfObjectType<I & CmfObjectInputs, L>, "create" | "adoptOnConflict" | "update" | "get" | "remove">;
export type { CmfKafkaCatalogDocument, CmfKafkaDatabaseDocument, CmfSecretDocument, CmfSecretMappingDocument, CmfStatementDocument, };
/**
 * `GET .../statements/{name}/exceptions`: the messages of the statement's
 * last exceptions (newest first, as CMF lists them), redacted and capped
 * like every server text; empty when CMF reports none.
 */
export declare function statementExceptions(client: CmfClient, env: string, name: string): Promise<string[]>;
/** How long {@link waitForStatement} waits. */
export interface CmfStatementWait {
    /** @default 600000 */
    readonly timeoutMs?: number;
    /** @default 5000 */
    readonly pollIntervalMs?: number;
}
/**
 * Polls the statement until it is RUNNING, or COMPLETED when it is bounded
 * (`status.traits.isBounded`), or STOPPED when `spec.stopped` asks for it.
 * FAILED (or FAILING) fails with the text of its `exceptions` endpoint; a
 * timeout fails with the last phase and detail.
 */
export declare function waitForStatement(client: CmfClient, env: string, name: string, options?: CmfStatementWait): Promise<CmfStatementDocument>;
