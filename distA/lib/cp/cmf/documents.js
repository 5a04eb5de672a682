"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.unexpectedDocument = unexpectedDocument;
/** ResourceBaseV2: `apiVersion` and `kind`. */
const BASE = [
    ["apiVersion", "string", true],
    ["kind", "string", true],
];
/** Optional Kubernetes-style labels and annotations of a metadata object. */
const LABELS = [
    ["metadata.labels", "object", false],
    ["metadata.annotations", "object", false],
];
/** ResourceBaseV2 and a metadata object with a name and optional labels/annotations. */
const HEAD = [
    ...BASE,
    ["metadata", "object", true],
    ["metadata.name", "string", true],
    ...LABELS,
];
const DOCUMENT_RULES = {
    // Environment: `required: [kubernetesNamespace, name]`; the rest is read by the provider's refresh.
    // `name` may instead come as `metadata.name` (see namedByMetadata).
    Environment: [
        ["name", "string", true],
        ["metadata", "object", false],
        ["metadata.name", "string", false],
        ["kubernetesNamespace", "string", true],
        ["kubernetesClusterName", "string", false],
        ["created_time", "string", false],
        ["updated_time", "string", false],
        ["flinkApplicationDefaults", "object", false],
        ["computePoolDefaults", "object", false],
        ["statementDefaults", "object", false],
    ],
    // FlinkApplication: ResourceBaseV2 requires apiVersion and kind, FlinkApplication_allOf metadata and spec.
    FlinkApplication: [
        ...BASE,
        ["metadata", "object", true],
        ...LABELS,
        ["spec", "object", true],
        ["status", "object", false],
        ["status.jobStatus", "object", false],
        ["status.jobStatus.state", "string", false],
    ],
    // ComputePool: ComputePoolMetadata requires name, ComputePoolSpec type and clusterSpec,
    // ComputePoolStatus phase.
    ComputePool: [
        ...HEAD,
        ["spec", "object", true],
        ["spec.type", "string", true],
        ["spec.state", "string", false],
        ["spec.clusterSpec", "object", true],
        ["status", "object", false],
        ["status.phase", "string", true],
    ],
    // Secret: ResourceBaseV2 plus Secret_allOf `required: [metadata, spec]`; SecretMetadata requires
    // name. The data is write-only (SecretSpec `writeOnly: true`): CMF never returns it.
    Secret: [...HEAD],
    // EnvironmentSecretMapping requires apiVersion and kind only; the spec (writeOnly) is not read back.
    EnvironmentSecretMapping: [...BASE, ["metadata", "object", false]],
    // KafkaCatalog_allOf: metadata, spec; KafkaCatalogSpec requires srInstance, which requires connectionConfig.
    KafkaCatalog: [
        ...HEAD,
        ["spec", "object", true],
        ["spec.srInstance", "object", true],
        ["spec.srInstance.connectionConfig", "object", true],
    ],
    // KafkaDatabase_allOf: metadata, spec; KafkaDatabaseSpec requires kafkaCluster{connectionConfig}.
    KafkaDatabase: [
        ...HEAD,
        ["spec", "object", true],
        ["spec.kafkaCluster", "object", true],
        ["spec.kafkaCluster.connectionConfig", "object", true],
    ],
    // Statement_allOf: metadata, spec; StatementSpec requires statement and computePoolName,
    // StatementStatus requires phase.
    Statement: [
        ...HEAD,
        ["spec", "object", true],
        ["spec.statement", "string", true],
        ["spec.computePoolName", "string", true],
        ["status", "object", false],
        ["status.phase", "string", true],
        ["status.detail", "string", false],
        ["status.traits", "object", false],
    ],
    // StatementExceptionList_allOf `required: [data]` (an array; checked by the caller).
    StatementExceptionList: [...BASE],
    // Savepoint: ResourceBaseV2 requires apiVersion and kind, Savepoint_allOf metadata and spec.
    Savepoint: [
        ...BASE,
        ["metadata", "object", true],
        ["metadata.name", "string", false],
        ["metadata.uid", "string", false],
        ["spec", "object", true],
        ["spec.path", "string", false],
        ["status", "object", false],
        ["status.state", "string", false],
        ["status.path", "string", false],
    ],
    // KubernetesCluster: ResourceBaseV2 (apiVersion, kind), KubernetesCluster_allOf metadata and
    // spec, KubernetesClusterMetadata name.
    KubernetesCluster: [
        ...HEAD,
        ["spec", "object", true],
        ["spec.lifecycleState", "string", false],
        ["status", "object", false],
        ["status.state", "string", false],
    ],
};
/**
 * CMF 2.3.1 deprecates an environment's top-level `name` for `metadata.name`;
 * its `Environment` schema still requires `name`, but a document that names
 * itself by `metadata.name` alone is read too.
 */
function namedByMetadata(value) {
    return isObject(value.metadata) && typeof value.metadata.name === "string";
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function jsonKind(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
/**
 * Why `value` (a parsed body; `undefined` when there was none) is not a CMF
 * `kind` document, as the words after "got" (`no body`, `null`, `an array`,
 * `an object that is not one (spec must be an object)`); `undefined` when it is one.
 */
function unexpectedDocument(kind, value) {
    if (value === undefined)
        return "no body";
    if (!isObject(value))
        return jsonKind(value);
    const problems = [];
    for (const [path, type, required] of DOCUMENT_RULES[kind]) {
        const keys = path.split(".");
        const parent = keys
            .slice(0, -1)
            .reduce((node, key) => (isObject(node) ? node[key] : undefined), value);
        // A rule under a parent that is absent or already reported is skipped.
        if (!isObject(parent))
            continue;
        const field = parent[keys[keys.length - 1]];
        if (field === undefined && !required)
            continue;
        if (field === undefined && kind === "Environment" && path === "name" && namedByMetadata(value))
            continue;
        const ok = type === "object" ? isObject(field) : typeof field === type;
        if (!ok)
            problems.push(`${path} must be ${type === "object" ? "an object" : "a string"}`);
    }
    return problems.length === 0 ? undefined : `an object that is not one (${problems.join("; ")})`;
}
