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
import { type Named } from "./bodies";
import type { CmfMetadata } from "./types";
type StringMap = Readonly<Record<string, string>>;
/** `Secret`: `{apiVersion, kind, metadata{name}, spec{data}}`; `spec` is write-only, `status` read-only. */
export interface CmfSecretDocument {
    apiVersion: string;
    kind: "Secret";
    metadata: CmfMetadata;
    spec?: {
        data?: Record<string, string>;
    };
    status?: {
        version?: string;
        environments?: string[];
    };
}
/** `EnvironmentSecretMapping`: the connection secret id (`metadata.name`) of an environment, and its secret. */
export interface CmfSecretMappingDocument {
    apiVersion: string;
    kind: "EnvironmentSecretMapping";
    metadata?: CmfMetadata;
    spec?: {
        secretName: string;
    };
}
/** `KafkaCatalog`: a Schema Registry (`srInstance`) statements resolve tables through. */
export interface CmfKafkaCatalogDocument {
    apiVersion: string;
    kind: "KafkaCatalog";
    metadata: CmfMetadata;
    spec: {
        srInstance: {
            connectionConfig: Record<string, string>;
            connectionSecretId?: string;
        };
    };
}
/** `KafkaDatabase`: a Kafka cluster inside a catalog. */
export interface CmfKafkaDatabaseDocument {
    apiVersion: string;
    kind: "KafkaDatabase";
    metadata: CmfMetadata;
    spec: {
        kafkaCluster: {
            connectionConfig: Record<string, string>;
            connectionSecretId?: string;
        };
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
    };
    status?: {
        phase: string;
        detail?: string;
        warning?: string;
        traits?: {
            isBounded?: boolean;
        };
    };
}
/** `StatementExceptionList`: the last (at most 10) exceptions of a statement. */
export interface CmfStatementExceptionList {
    apiVersion: string;
    kind: string;
    data: {
        name: string;
        message: string;
        timestamp: string;
    }[];
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
}
/** Problems of a secret; the data is never echoed back (`got` is `(redacted)`). */
export declare function secretProblems(spec: CmfSecretSpec): ConfigProblem[];
export declare function secretMappingProblems(spec: CmfSecretMappingSpec): ConfigProblem[];
export declare function kafkaCatalogProblems(spec: CmfKafkaCatalogSpec): ConfigProblem[];
export declare function kafkaDatabaseProblems(spec: CmfKafkaDatabaseSpec): ConfigProblem[];
export declare function statementProblems(spec: CmfStatementSpec): ConfigProblem[];
/** Body of `POST /secrets` and `PUT /secrets/{name}`. */
export declare function buildSecretBody(spec: CmfSecretSpec): CmfSecretDocument;
/** Body of `POST /environments/{env}/secret-mappings` and `PUT .../{name}`. */
export declare function buildSecretMappingBody(spec: CmfSecretMappingSpec): CmfSecretMappingDocument;
/** Body of `POST /catalogs/kafka` and `PUT /catalogs/kafka/{name}`. */
export declare function buildKafkaCatalogBody(spec: CmfKafkaCatalogSpec): CmfKafkaCatalogDocument;
/** Body of `POST /catalogs/kafka/{cat}/databases` and `PUT .../{name}`. */
export declare function buildKafkaDatabaseBody(spec: CmfKafkaDatabaseSpec): CmfKafkaDatabaseDocument;
/** Body of `POST /environments/{env}/statements` and `PUT .../{name}`. */
export declare function buildStatementBody(spec: CmfStatementSpec): CmfStatementDocument;
export {};
