import type { CmfClient } from "./client";
/** `SavepointSpec.formatType` (default CANONICAL). */
export type CmfSavepointFormat = "CANONICAL" | "NATIVE" | "UNKNOWN";
/** Body and answer of the savepoint endpoints (schema `Savepoint`). */
export interface CmfSavepointDocument {
    apiVersion: string;
    kind: "Savepoint";
    /** `SavepointMetadata`: all optional; CMF names a savepoint created without a name. */
    metadata: {
        name?: string;
        uid?: string;
        creationTimestamp?: string;
        labels?: Record<string, string>;
        annotations?: Record<string, string>;
    };
    /** `SavepointSpec`. */
    spec: {
        path?: string;
        backoffLimit?: number;
        formatType?: CmfSavepointFormat;
    };
    /** `SavepointStatus` (read-only). */
    status?: {
        state?: string;
        path?: string;
        triggerTimestamp?: string;
        resultTimestamp?: string;
        failures?: number;
        error?: string;
        pendingDeletion?: boolean;
        warning?: string;
    };
}
/** What a savepoint request is made of; input of {@link buildSavepointBody}. */
export interface CmfSavepointSpec {
    /** Savepoint name. @default chosen by CMF */
    readonly name?: string;
    /** Target directory (or, for a detached savepoint, the existing savepoint's path). @default the job's `state.savepoints.dir` */
    readonly path?: string;
    /** @default CANONICAL (CMF's default) */
    readonly formatType?: CmfSavepointFormat;
    /** Retries of a failed trigger; -1 retries forever. @default -1 (CMF's default) */
    readonly backoffLimit?: number;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
}
/** Whose savepoints: an application's or a statement's (both under an environment). */
export type CmfSavepointOwner = {
    readonly environment: string;
    readonly application: string;
} | {
    readonly environment: string;
    readonly statement: string;
};
/**
 * The `Savepoint` body of a create call (schema `Savepoint`: apiVersion,
 * kind, metadata and spec required). A detached savepoint must name the
 * `path` of the savepoint it registers. Throws {@link ConfigError} listing
 * every problem.
 */
export declare function buildSavepointBody(spec: CmfSavepointSpec, detached?: boolean): CmfSavepointDocument;
/**
 * The savepoint calls of one {@link CmfClient}, e.g.
 * `new CmfSavepoints(client).create({environment, application}, {name})`.
 */
export declare class CmfSavepoints {
    readonly client: CmfClient;
    constructor(client: CmfClient);
    /** `POST .../{applications|statements}/{name}/savepoints`: triggers a savepoint (201). */
    create(owner: CmfSavepointOwner, spec?: CmfSavepointSpec): Promise<CmfSavepointDocument>;
    /** `GET .../savepoints`: every savepoint of the owner (all pages), optionally filtered (`filter` query). */
    list(owner: CmfSavepointOwner, filter?: string): Promise<CmfSavepointDocument[]>;
    /** `GET .../savepoints/{savepointName}`; `undefined` on 404. */
    get(owner: CmfSavepointOwner, name: string): Promise<CmfSavepointDocument | undefined>;
    /**
     * `DELETE .../savepoints/{savepointName}` (204); `force` deletes one
     * already marked for deletion. `false` when it was already gone.
     */
    delete(owner: CmfSavepointOwner, name: string, force?: boolean): Promise<boolean>;
    /**
     * `POST .../applications/{app}/savepoints/{savepointName}/detach`: the
     * savepoint outlives its application (a detached savepoint, 200).
     */
    detach(environment: string, application: string, name: string): Promise<CmfSavepointDocument>;
    /** `POST /detached-savepoints`: registers an existing savepoint by its `path` (201). */
    createDetached(spec: CmfSavepointSpec): Promise<CmfSavepointDocument>;
    /** `GET /detached-savepoints`: every detached savepoint (all pages), optionally filtered. */
    listDetached(filter?: string): Promise<CmfSavepointDocument[]>;
    /** `GET /detached-savepoints/{name}`; `undefined` on 404. */
    getDetached(name: string): Promise<CmfSavepointDocument | undefined>;
    /** `DELETE /detached-savepoints/{name}` (204); `false` when it was already gone. */
    deleteDetached(name: string): Promise<boolean>;
}
