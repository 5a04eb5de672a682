/**
 * Shape checks for the CMF documents the client returns to its callers.
 *
 * A 2xx answer is only trusted when its body is the document the call is
 * documented to return, with the fields the client and the dynamic providers
 * read. A reverse proxy's 200, an empty body, `null` or `{}` would otherwise
 * end as a bare TypeError deep inside `pulumi refresh` (or worse, as a live
 * object silently dropped from the state).
 *
 * Small explicit checks rather than the OpenAPI schema through ajv: this
 * module is serialized into the Pulumi state with the providers (see
 * `./client`), and the OpenAPI document is not available at run time. The
 * rules below mirror the CMF 2.3.1 schemas `Environment`, `FlinkApplication`,
 * `ComputePool`, `Secret`, `EnvironmentSecretMapping`, `KafkaCatalog`,
 * `KafkaDatabase`, `Statement`, `StatementExceptionList`, `Savepoint` and
 * `KubernetesCluster` (components.schemas in cmf-2.3.1/openapi.yaml), limited
 * to the fields this library reads.
 */
/** Documents the client returns. */
export type CmfDocumentKind = "Environment" | "FlinkApplication" | "ComputePool" | "Secret" | "EnvironmentSecretMapping" | "KafkaCatalog" | "KafkaDatabase" | "Statement" | "StatementExceptionList" | "Savepoint" | "KubernetesCluster";
/**
 * Why `value` (a parsed body; `undefined` when there was none) is not a CMF
 * `kind` document, as the words after "got" (`no body`, `null`, `an array`,
 * `an object that is not one (spec must be an object)`); `undefined` when it is one.
 */
export declare function unexpectedDocument(kind: CmfDocumentKind, value: unknown): string | undefined;
