"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CMF_API_VERSION = void 0;
exports.checkedBody = checkedBody;
exports.documentHead = documentHead;
exports.documentBody = documentBody;
exports.buildEnvironmentBody = buildEnvironmentBody;
exports.buildApplicationBody = buildApplicationBody;
exports.buildComputePoolBody = buildComputePoolBody;
/**
 * Request bodies of the CMF API, built by ONE checked builder: validate the
 * spec (every problem in one {@link ConfigError}), shape the document, copy it
 * through JSON. Also used offline by the platform layer to validate specs.
 */
const errors_1 = require("../../core/errors");
const validate_1 = require("./validate");
/** `apiVersion` of CMF's FlinkApplication and ComputePool documents. */
exports.CMF_API_VERSION = "cmf.confluent.io/v1";
/**
 * The one body builder: throws {@link ConfigError} (titled `Invalid CMF <what>`)
 * listing every problem, else returns `shape(spec)` deep-copied through JSON
 * so callers' objects are never shared or mutated and `undefined` is dropped.
 */
function checkedBody(what, problems, shape, spec) {
    const found = problems(spec);
    if (found.length > 0)
        throw new errors_1.ConfigError(found, `Invalid CMF ${what}`);
    return JSON.parse(JSON.stringify(shape(spec)));
}
/** `{apiVersion, kind, metadata}` of a CMF document (applications and compute pools). */
function documentHead(kind, named) {
    const metadata = { name: named.name };
    if (named.labels !== undefined)
        metadata.labels = { ...named.labels };
    if (named.annotations !== undefined)
        metadata.annotations = { ...named.annotations };
    return { apiVersion: exports.CMF_API_VERSION, kind, metadata };
}
/** A checked CMF document body: the {@link documentHead} of `kind`, then the `spec` built from `input`. */
function documentBody(what, kind, problems, spec, input) {
    return checkedBody(what, problems, (s) => ({ ...documentHead(kind, s), spec: spec(s) }), input);
}
/** Request body for `POST /environments`. Throws {@link ConfigError} listing every problem. */
function buildEnvironmentBody(spec) {
    return checkedBody("environment", validate_1.environmentProblems, (s) => ({
        // CMF 2.3.1 deprecates the top-level `name` (PostResourceBase) in favour of
        // `metadata.name` (PostEnvironment_allOf -> EnvironmentMetadata). The old field is
        // still accepted, and still the only one releases before the metadata field know.
        metadata: { name: s.name },
        name: s.name,
        kubernetesNamespace: s.kubernetesNamespace,
        kubernetesClusterName: s.kubernetesClusterName,
        flinkApplicationDefaults: s.flinkApplicationDefaults,
        computePoolDefaults: s.computePoolDefaults,
        statementDefaults: s.statementDefaults,
    }), spec);
}
/** Request body for `POST /environments/{env}/applications`. Throws {@link ConfigError}. */
function buildApplicationBody(app) {
    return documentBody("Flink application", "FlinkApplication", validate_1.applicationProblems, (a) => a.spec, app);
}
/** Request body for `POST /environments/{env}/compute-pools` and `PUT .../{name}`. Throws {@link ConfigError}. */
function buildComputePoolBody(pool) {
    return documentBody("compute pool", "ComputePool", validate_1.computePoolProblems, (p) => ({ type: p.type, state: p.state, clusterSpec: p.clusterSpec }), pool);
}
