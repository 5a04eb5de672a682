/**
 * The Flink SQL objects of CMF (secrets, environment secret mappings, Kafka
 * catalogs and databases, statements): what each is made of, its problems
 * and its request body, checked like the others (`checkedBody` in ./bodies).
 * Every body follows the CMF 2.3.1 OpenAPI (cmf-2.3.1/openapi.yaml,
 * components.schemas `Secret`, `EnvironmentSecretMapping`, `KafkaCatalog`,
 * `KafkaDatabase`, `Statement`, and the request examples of
 * `createKafkaCatalog`, `createKafkaDatabase` and `createStatement`).
 */
import type { ConfigProblem } from "../../core/errors";
import { documentBody, type Named } from "./bodies";
import type { CmfMetadata } from "./types";
import { cmfNameProblems } from "./validate";

type StringMap = Readonly<Record<string, string>>;

/** `Secret`: `{apiVersion, kind, metadata{name}, spec{data}}`; `spec` is write-only, `status` read-only. */
export interface CmfSecretDocument {
  apiVersion: string;
  kind: "Secret";
  metadata: CmfMetadata;
  spec?: { data?: Record<string, string> };
  status?: { version?: string; environments?: string[] };
}

/** `EnvironmentSecretMapping`: the connection secret id (`metadata.name`) of an environment, and its secret. */
export interface CmfSecretMappingDocument {
  apiVersion: string;
  kind: "EnvironmentSecretMapping";
  metadata?: CmfMetadata;
  spec?: { secretName: string };
}

/** `KafkaCatalog`: a Schema Registry (`srInstance`) statements resolve tables through. */
export interface CmfKafkaCatalogDocument {
  apiVersion: string;
  kind: "KafkaCatalog";
  metadata: CmfMetadata;
  spec: { srInstance: { connectionConfig: Record<string, string>; connectionSecretId?: string } };
}

/** `KafkaDatabase`: a Kafka cluster inside a catalog. */
export interface CmfKafkaDatabaseDocument {
  apiVersion: string;
  kind: "KafkaDatabase";
  metadata: CmfMetadata;
  spec: {
    kafkaCluster: { connectionConfig: Record<string, string>; connectionSecretId?: string };
    ddlEnvironments?: string[];
  };
}

/** `Statement` (`StatementSpec` requires statement and computePoolName). */
export interface CmfStatementDocument {
  apiVersion: string;
  kind: "Statement";
  metadata: CmfMetadata;
  spec: {
    statement: string;
    computePoolName: string;
    properties?: Record<string, string>;
    flinkConfiguration?: Record<string, string>;
    parallelism?: number;
    stopped?: boolean;
    startFromSavepoint?: CmfStatementStartFromSavepoint;
  };
  status?: { phase: string; detail?: string; warning?: string; traits?: { isBounded?: boolean } };
}

/** `StatementExceptionList`: the last (at most 10) exceptions of a statement. */
export interface CmfStatementExceptionList {
  apiVersion: string;
  kind: string;
  data: { name: string; message: string; timestamp: string }[];
}

/** What a CMF secret is made of. */
export interface CmfSecretSpec extends Named {
  /** Key-value data (e.g. `sasl.jaas.config`); a Pulumi secret, never read back. */
  readonly data: StringMap;
}

/** What an environment secret mapping is made of. */
export interface CmfSecretMappingSpec extends Named {
  /** The CMF secret behind the connection secret id `name`. */
  readonly secretName: string;
}

/** What a Kafka catalog is made of. */
export interface CmfKafkaCatalogSpec extends Named {
  /** Schema Registry client options; `schema.registry.url` at least. */
  readonly connectionConfig: StringMap;
  /** Connection secret id (an environment secret mapping) with the Schema Registry credentials. */
  readonly connectionSecretId?: string;
}

/** What a Kafka database is made of. */
export interface CmfKafkaDatabaseSpec extends Named {
  /** Catalog the database belongs to. */
  readonly catalog: string;
  /** Kafka client options; `bootstrap.servers` at least. */
  readonly connectionConfig: StringMap;
  /** Connection secret id (an environment secret mapping) with the Kafka credentials. */
  readonly connectionSecretId?: string;
  /** Environments that may run DDL on its tables. */
  readonly ddlEnvironments?: readonly string[];
}

/** What a statement is made of. */
export interface CmfStatementSpec extends Named {
  /** The SQL text (immutable: a change is a new statement). */
  readonly statement: string;
  readonly computePoolName: string;
  /** Session properties (`sql.current-catalog`, `sql.current-database`, ...). */
  readonly properties?: StringMap;
  readonly flinkConfiguration?: StringMap;
  readonly parallelism?: number;
  readonly stopped?: boolean;
  /** Where it starts from (./statement-start): sent on update only. */
  readonly startFromSavepoint?: CmfStatementStartFromSavepoint;
}

function isStringMap(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}

function mapProblems(
  value: unknown,
  path: string,
  required: string | undefined,
  what: string,
): ConfigProblem[] {
  if (value === undefined && required === undefined) return [];
  if (!isStringMap(value)) return [{ path, got: value, allowed: `a map of ${what} to string value` }];
  const map = value as StringMap;
  if (required !== undefined && !(typeof map[required] === "string" && map[required] !== "")) {
    return [
      {
        path: `${path}.${required}`,
        got: map[required],
        allowed: `a non-empty string (${what} ${required})`,
      },
    ];
  }
  return [];
}

function optionalNameProblems(value: unknown, path: string): ConfigProblem[] {
  return value === undefined ? [] : cmfNameProblems(value, path, 1);
}

/** Problems of a secret; the data is never echoed back (`got` is `(redacted)`). */
export function secretProblems(spec: CmfSecretSpec): ConfigProblem[] {
  const problems = cmfNameProblems(spec.name, "name", 1);
  const data: unknown = spec.data;
  if (!isStringMap(data) || Object.keys(data as object).length === 0) {
    problems.push({ path: "data", got: "(redacted)", allowed: "a non-empty map of key to string value" });
  }
  return problems;
}

export function secretMappingProblems(spec: CmfSecretMappingSpec): ConfigProblem[] {
  return [...cmfNameProblems(spec.name, "name", 1), ...cmfNameProblems(spec.secretName, "secretName", 1)];
}

export function kafkaCatalogProblems(spec: CmfKafkaCatalogSpec): ConfigProblem[] {
  return [
    ...cmfNameProblems(spec.name, "name", 1),
    ...mapProblems(
      spec.connectionConfig,
      "connectionConfig",
      "schema.registry.url",
      "Schema Registry option",
    ),
    ...optionalNameProblems(spec.connectionSecretId, "connectionSecretId"),
  ];
}

export function kafkaDatabaseProblems(spec: CmfKafkaDatabaseSpec): ConfigProblem[] {
  return [
    ...cmfNameProblems(spec.catalog, "catalog", 1),
    ...cmfNameProblems(spec.name, "name", 1),
    ...mapProblems(spec.connectionConfig, "connectionConfig", "bootstrap.servers", "Kafka client option"),
    ...optionalNameProblems(spec.connectionSecretId, "connectionSecretId"),
  ];
}

export function statementProblems(spec: CmfStatementSpec): ConfigProblem[] {
  const problems = [
    ...cmfNameProblems(spec.name, "name", 1),
    ...cmfNameProblems(spec.computePoolName, "computePoolName", 1),
    ...mapProblems(spec.properties, "properties", undefined, "statement property"),
    ...mapProblems(spec.flinkConfiguration, "flinkConfiguration", undefined, "Flink option"),
  ];
  if (typeof spec.statement !== "string" || spec.statement.trim() === "") {
    problems.push({ path: "statement", got: spec.statement, allowed: "non-empty SQL text" });
  }
  const p = spec.parallelism;
  // StatementSpec.parallelism: `format: int32`.
  if (p !== undefined && !(Number.isInteger(p) && p >= 1 && p <= 2_147_483_647)) {
    problems.push({ path: "parallelism", got: p, allowed: "a whole number of at least 1" });
  }
  if (spec.stopped !== undefined && typeof spec.stopped !== "boolean") {
    problems.push({ path: "stopped", got: spec.stopped, allowed: "true or false" });
  }
  problems.push(...startFromSavepointProblems(spec.startFromSavepoint));
  return problems;
}

/**
 * `StatementStartFromSavepoint` (sent on update only, see ./statement-start):
 * one of `savepointName`, `uid` or `initialSavepointPath`.
 */
export interface CmfStatementStartFromSavepoint {
  /** A COMPLETED savepoint of the statement (CMF rejects one that has not completed). */
  readonly savepointName?: string;
  /** The uid of a savepoint. */
  readonly uid?: string;
  /** A savepoint path, "could be an external path too": a previous version's savepoint. */
  readonly initialSavepointPath?: string;
  readonly allowNonRestoredState?: boolean;
  /** Change to a new non-null value to redeploy the job from the savepoint. */
  readonly savepointRedeployNonce?: number;
}

const SOURCES = ["savepointName", "uid", "initialSavepointPath"] as const;

/** Problems of a `startFromSavepoint` (exactly one source; the nonce an int64 of 1 or more). */
function startFromSavepointProblems(start: unknown): ConfigProblem[] {
  if (start === undefined) return [];
  const path = "startFromSavepoint";
  if (typeof start !== "object" || start === null || Array.isArray(start))
    return [{ path, got: start, allowed: "an object with savepointName, uid or initialSavepointPath" }];
  const s = start as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  const set = SOURCES.filter((k) => s[k] !== undefined);
  if (set.length !== 1)
    problems.push({ path, got: set, allowed: "exactly one of savepointName, uid, initialSavepointPath" });
  for (const k of set) {
    if (typeof s[k] !== "string" || s[k] === "")
      problems.push({ path: `${path}.${k}`, got: s[k], allowed: "a non-empty string" });
  }
  if (s.allowNonRestoredState !== undefined && typeof s.allowNonRestoredState !== "boolean")
    problems.push({
      path: `${path}.allowNonRestoredState`,
      got: s.allowNonRestoredState,
      allowed: "true or false",
    });
  const nonce = s.savepointRedeployNonce;
  if (nonce !== undefined && !(Number.isSafeInteger(nonce) && (nonce as number) >= 1))
    problems.push({
      path: `${path}.savepointRedeployNonce`,
      got: nonce,
      allowed: "a whole number of at least 1",
    });
  return problems;
}

/** Body of `POST /secrets` and `PUT /secrets/{name}`. */
export function buildSecretBody(spec: CmfSecretSpec): CmfSecretDocument {
  return documentBody("secret", "Secret", secretProblems, (s) => ({ data: { ...s.data } }), spec);
}

/** Body of `POST /environments/{env}/secret-mappings` and `PUT .../{name}`. */
export function buildSecretMappingBody(spec: CmfSecretMappingSpec): CmfSecretMappingDocument {
  return documentBody(
    "environment secret mapping",
    "EnvironmentSecretMapping",
    secretMappingProblems,
    (s) => ({ secretName: s.secretName }),
    spec,
  );
}

/** Body of `POST /catalogs/kafka` and `PUT /catalogs/kafka/{name}`. */
export function buildKafkaCatalogBody(spec: CmfKafkaCatalogSpec): CmfKafkaCatalogDocument {
  return documentBody(
    "Kafka catalog",
    "KafkaCatalog",
    kafkaCatalogProblems,
    (s) => ({
      srInstance: { connectionConfig: { ...s.connectionConfig }, connectionSecretId: s.connectionSecretId },
    }),
    spec,
  );
}

/** Body of `POST /catalogs/kafka/{cat}/databases` and `PUT .../{name}`. */
export function buildKafkaDatabaseBody(spec: CmfKafkaDatabaseSpec): CmfKafkaDatabaseDocument {
  return documentBody(
    "Kafka database",
    "KafkaDatabase",
    kafkaDatabaseProblems,
    (s) => ({
      kafkaCluster: {
        connectionConfig: { ...s.connectionConfig },
        connectionSecretId: s.connectionSecretId,
      },
      ddlEnvironments: s.ddlEnvironments === undefined ? undefined : [...s.ddlEnvironments],
    }),
    spec,
  );
}

/** Body of `POST /environments/{env}/statements` and `PUT .../{name}`. */
export function buildStatementBody(spec: CmfStatementSpec): CmfStatementDocument {
  return documentBody(
    "statement",
    "Statement",
    statementProblems,
    (s) => ({
      statement: s.statement,
      computePoolName: s.computePoolName,
      properties: s.properties,
      flinkConfiguration: s.flinkConfiguration,
      parallelism: s.parallelism,
      stopped: s.stopped ?? false,
      startFromSavepoint: s.startFromSavepoint,
    }),
    spec,
  );
}
