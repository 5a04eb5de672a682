/**
 * Savepoints through the CMF REST API (tag `Savepoints` and
 * `DetachedSavepoints` of cmf-2.3.1/openapi.yaml): savepoints of an
 * application or a statement (create, list, get, delete with `force`),
 * detaching an application's savepoint, and detached savepoints (create,
 * list, get, delete). The rollback of an application starts it again from one
 * of these (`startApplication(..., startFromSavepointUid)` in ./client).
 *
 * Same request layer and rules as ./client: `get*` return `undefined` on
 * CMF's 404, `delete*` return `false` when it was already gone, answers are
 * checked to be `Savepoint` documents. Plain functions and data only (see the
 * serialization note in ./client).
 */
import { ConfigError, type ConfigProblem } from "../../core/errors";
import { CMF_API_VERSION } from "./bodies";
import type { CmfClient } from "./client";
import { listAll } from "./pages";
import { cmfNameProblems } from "./validate";

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
  spec: { path?: string; backoffLimit?: number; formatType?: CmfSavepointFormat };
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
export type CmfSavepointOwner =
  | { readonly environment: string; readonly application: string }
  | { readonly environment: string; readonly statement: string };

const FORMATS: readonly CmfSavepointFormat[] = ["CANONICAL", "NATIVE", "UNKNOWN"];
/** Problems of a savepoint request; a detached one must name an existing `path`. */
export function savepointProblems(spec: CmfSavepointSpec, detached: boolean): ConfigProblem[] {
  const problems: ConfigProblem[] = spec.name === undefined ? [] : cmfNameProblems(spec.name, "name", 1);
  if (spec.formatType !== undefined && !FORMATS.includes(spec.formatType)) {
    problems.push({ path: "formatType", got: spec.formatType, allowed: `one of ${FORMATS.join(", ")}` });
  }
  // SavepointSpec.backoffLimit is an int32; -1 means no limit.
  if (spec.backoffLimit !== undefined && !(Number.isInteger(spec.backoffLimit) && spec.backoffLimit >= -1)) {
    problems.push({
      path: "backoffLimit",
      got: spec.backoffLimit,
      allowed: "an integer of -1 (no limit) or more",
    });
  }
  // A detached savepoint has no job to trigger one: it registers an existing savepoint's path.
  if (detached && (typeof spec.path !== "string" || spec.path.trim() === "")) {
    problems.push({
      path: "path",
      got: spec.path,
      allowed: "the path of an existing savepoint, such as s3://flink/savepoints/savepoint-0a1b2c",
    });
  }
  return problems;
}

/**
 * The `Savepoint` body of a create call (schema `Savepoint`: apiVersion,
 * kind, metadata and spec required). A detached savepoint must name the
 * `path` of the savepoint it registers. Throws {@link ConfigError} listing
 * every problem.
 */
export function buildSavepointBody(spec: CmfSavepointSpec, detached = false): CmfSavepointDocument {
  const problems = savepointProblems(spec, detached);
  if (problems.length > 0) throw new ConfigError(problems, "Invalid CMF savepoint");
  const body: CmfSavepointDocument = {
    apiVersion: CMF_API_VERSION,
    kind: "Savepoint",
    metadata: {
      name: spec.name,
      labels: spec.labels && { ...spec.labels },
      annotations: spec.annotations && { ...spec.annotations },
    },
    spec: { path: spec.path, formatType: spec.formatType, backoffLimit: spec.backoffLimit },
  };
  // Through JSON: drops the undefined fields and shares nothing with the caller.
  return JSON.parse(JSON.stringify(body)) as CmfSavepointDocument;
}

const encode = encodeURIComponent;

function ownerPath(owner: CmfSavepointOwner): string {
  const env = `/environments/${encode(owner.environment)}`;
  return "application" in owner
    ? `${env}/applications/${encode(owner.application)}/savepoints`
    : `${env}/statements/${encode(owner.statement)}/savepoints`;
}

const DETACHED = "/detached-savepoints";

/**
 * The savepoint calls of one {@link CmfClient}, e.g.
 * `new CmfSavepoints(client).create({environment, application}, {name})`.
 */
export class CmfSavepoints {
  constructor(readonly client: CmfClient) {}

  /** `POST .../{applications|statements}/{name}/savepoints`: triggers a savepoint (201). */
  async create(owner: CmfSavepointOwner, spec: CmfSavepointSpec = {}): Promise<CmfSavepointDocument> {
    const path = ownerPath(owner);
    const res = await this.client.request<CmfSavepointDocument>("POST", path, buildSavepointBody(spec));
    return this.client.document("Savepoint", "POST", path, res);
  }

  /** `GET .../savepoints`: every savepoint of the owner (all pages), optionally filtered (`filter` query). */
  async list(owner: CmfSavepointOwner, filter?: string): Promise<CmfSavepointDocument[]> {
    return listAll<CmfSavepointDocument>(this.client, "Savepoint", ownerPath(owner), filter);
  }

  /** `GET .../savepoints/{savepointName}`; `undefined` on 404. */
  async get(owner: CmfSavepointOwner, name: string): Promise<CmfSavepointDocument | undefined> {
    return this.client.getOrUndefined("Savepoint", `${ownerPath(owner)}/${encode(name)}`);
  }

  /**
   * `DELETE .../savepoints/{savepointName}` (204); `force` deletes one
   * already marked for deletion. `false` when it was already gone.
   */
  async delete(owner: CmfSavepointOwner, name: string, force = false): Promise<boolean> {
    return this.client.deleteOrFalse(`${ownerPath(owner)}/${encode(name)}${force ? "?force=true" : ""}`);
  }

  /**
   * `POST .../applications/{app}/savepoints/{savepointName}/detach`: the
   * savepoint outlives its application (a detached savepoint, 200).
   */
  async detach(environment: string, application: string, name: string): Promise<CmfSavepointDocument> {
    const path = `${ownerPath({ environment, application })}/${encode(name)}/detach`;
    const res = await this.client.request<CmfSavepointDocument>("POST", path);
    return this.client.document("Savepoint", "POST", path, res);
  }

  /** `POST /detached-savepoints`: registers an existing savepoint by its `path` (201). */
  async createDetached(spec: CmfSavepointSpec): Promise<CmfSavepointDocument> {
    const res = await this.client.request<CmfSavepointDocument>(
      "POST",
      DETACHED,
      buildSavepointBody(spec, true),
    );
    return this.client.document("Savepoint", "POST", DETACHED, res);
  }

  /** `GET /detached-savepoints`: every detached savepoint (all pages), optionally filtered. */
  async listDetached(filter?: string): Promise<CmfSavepointDocument[]> {
    return listAll<CmfSavepointDocument>(this.client, "Savepoint", DETACHED, filter);
  }

  /** `GET /detached-savepoints/{name}`; `undefined` on 404. */
  async getDetached(name: string): Promise<CmfSavepointDocument | undefined> {
    return this.client.getOrUndefined("Savepoint", `${DETACHED}/${encode(name)}`);
  }

  /** `DELETE /detached-savepoints/{name}` (204); `false` when it was already gone. */
  async deleteDetached(name: string): Promise<boolean> {
    return this.client.deleteOrFalse(`${DETACHED}/${encode(name)}`);
  }
}
