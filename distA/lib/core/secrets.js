"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.secretPlaceholder = exports.statementPropertySecretPointer = exports.cmfSettingSecretPointer = exports.hiddenSecretText = exports.hiddenSecret = exports.secretConfigKeys = exports.cmfSqlSecretsKey = exports.cloudSecretKeys = exports.cmfSecretKeys = void 0;
exports.isSecretKeyName = isSecretKeyName;
exports.redactProblem = redactProblem;
exports.isSecretFlinkOption = isSecretFlinkOption;
exports.flinkSecretPointer = flinkSecretPointer;
const similar_1 = require("./similar");
/**
 * Secrets in config, in one place: which stack keys hold secrets, what a
 * secret-looking name is, how error texts hide secret values, and the rule
 * that keeps secret values out of free-form option maps.
 *
 * errors.ts imports this module, and the CMF dynamic providers serialize
 * errors.ts with their closures: so no zod and no other config module here
 * (the option-map schema is in formats.ts), and no Set or Map at module
 * level: the closure serializer writes a Set as a plain object, whose `has`
 * then throws inside the provider (test/cmf/resources.test.ts, serialized
 * providers). Word lists are arrays. The secret key lists of the CP
 * and cloud targets live here and are re-exported by cp.ts and cloud.ts.
 */
/**
 * Top-level secret keys of a CP stack, read with `config.requireSecret` /
 * `getSecret`. They are not part of the `cmf` section so they are never
 * stored in plain text next to it.
 */
exports.cmfSecretKeys = {
    /** OAuth access token the CMF client sends (`cmf.authentication.type: oauth`). */
    token: "cmfToken",
    /** PEM client certificate of the CMF client (`cmf.authentication.type: mtls`). */
    clientCert: "cmfClientCert",
    /** PEM private key of that certificate (`mtls`). */
    clientKey: "cmfClientKey",
    /** Password of CMF's keystore (`cmf.ssl.keystore-password`), when it has one. */
    keystorePassword: "cmfKeystorePassword",
    /** Password of CMF's truststore (`cmf.ssl.trust-store-password`), when it has one. */
    truststorePassword: "cmfTruststorePassword",
};
/**
 * Top-level secret keys a cloud stack reads with `config.requireSecret` (or
 * `getSecret` for the optional Kafka pair). They are not part of the section
 * so that they are never stored in plain text next to it.
 */
exports.cloudSecretKeys = {
    cloudApiKey: "confluentCloudApiKey",
    cloudApiSecret: "confluentCloudApiSecret",
    kafkaApiKey: "kafkaApiKey",
    kafkaApiSecret: "kafkaApiSecret",
};
/**
 * Top-level secret key of a CP stack with the data of the CMF SQL secrets
 * declared without a Kubernetes Secret: JSON `{<secret name>: {<key>: <value>}}`.
 */
exports.cmfSqlSecretsKey = "cmfSqlSecrets";
/** Every top-level key the stack program reads as a secret: given in plain text, it is refused. */
exports.secretConfigKeys = [
    ...Object.values(exports.cmfSecretKeys),
    exports.cmfSqlSecretsKey,
    ...Object.values(exports.cloudSecretKeys),
];
/** Stands in for a value that is never printed; {@link renderValue} shows it as `(secret, not shown)`. */
exports.hiddenSecret = Symbol.for("flink-platform.hiddenSecret");
/** How {@link hiddenSecret} reads in messages. */
exports.hiddenSecretText = "(secret, not shown)";
/**
 * Schema keys whose names sound secret but whose values only NAME a
 * Kubernetes Secret (or a key in one): their values are safe to show.
 */
const secretReferenceKeys = [
    "credentialsSecret",
    "passwordSecret",
    "encryptionKeySecret",
    "tlsSecret",
    "secretName",
    "secretRef",
    "secretAccessKeyKey",
    // CMF SQL (lib/cp/config-sql.ts): names of CMF secrets, mappings and Kubernetes Secrets.
    "secretMappings",
    "connectionSecretId",
    "kubernetesSecret",
];
/** Broad, for hiding values in error texts (hiding too much is harmless there). */
const secretSounding = /secret|password|passwd|passphrase|token|api[-_]?key|credential|private/i;
/**
 * True when a config key (or a segment of a key path) may hold a secret
 * value: a secret key, a near-miss of one (a typo), or a secret-sounding
 * name that is not a Secret reference.
 */
function isSecretKeyName(name) {
    if (secretReferenceKeys.includes(name))
        return false;
    return (exports.secretConfigKeys.includes(name) ||
        (0, similar_1.closest)(name, exports.secretConfigKeys) !== undefined ||
        secretSounding.test(name));
}
/** `user:password@` in a URL (any scheme, JDBC included). */
const urlUserInfo = /(\/\/[^/?#@\s:]*):[^/?#@\s]*@/g;
/** `password=...` (and the like) in a URL's query or a JDBC URL's properties. */
const urlSecretParam = /([?&;](?:password|passwd|pwd|secret|token|apikey|api_key)=)[^&;#\s]*/gi;
/** A value with every secret inside it replaced by {@link hiddenSecret} (or `***` inside a URL). */
function redactValue(value) {
    if (typeof value === "string")
        return value.replace(urlUserInfo, "$1:***@").replace(urlSecretParam, "$1***");
    if (Array.isArray(value))
        return value.map(redactValue);
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSecretKeyName(k) ? exports.hiddenSecret : redactValue(v)]));
    }
    return value;
}
/**
 * The problem with its seen value hidden when the path names a secret (any
 * segment of `flink-platform:cmfToken`, `cmf.authentication.config.x.secret`,
 * a typo of a secret key...), and secrets inside a seen object or URL hidden
 * otherwise. Every ConfigError goes through this: no message prints a secret.
 */
function redactProblem(problem) {
    if (problem.got === undefined || problem.got === exports.hiddenSecret)
        return problem;
    const segments = problem.path.split(/[:.[\]]+/).filter(Boolean);
    const got = segments.some(isSecretKeyName) ? exports.hiddenSecret : redactValue(problem.got);
    return { ...problem, got };
}
// ---------------------------------------------------------------------------
// Free-form option maps
// ---------------------------------------------------------------------------
/** The words of an option name: split at `.`, `-`, `_` and camelCase, lowercased. */
function words(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** A word that names a secret value. */
const secretWords = ["secret", "password", "passwd", "passphrase", "token", "apikey"];
/** Adjacent words that name a secret value (`api.key`, `private-key`, Azure's `fs.azure.account.key.*`, Kafka's `sasl.jaas.config`). */
const secretWordPairs = [
    ["api", "key"],
    ["private", "key"],
    ["account", "key"],
    ["jaas", "config"],
];
/** A last word that says the option holds a reference, a switch or a setting about the secret, not the secret. */
const referenceLastWords = [
    "file",
    "path",
    "dir",
    "location",
    "ref",
    "name",
    "provider",
    "class",
    "factory",
    "enabled",
    "type",
    "ttl",
    "timeout",
    "interval",
];
/**
 * THE pattern for secret values in free-form option maps (Flink
 * configuration, CMF settings, statement properties). An option is secret
 * when one of its words (see {@link words}) is secret, password, passwd,
 * passphrase, token or apikey, or two adjacent words are api+key,
 * private+key, account+key or jaas+config, or a word before the last is
 * secrets (`sql.secrets.openaikey`); UNLESS its last word says it
 * holds something else (file, path, dir, location, ref, name, provider,
 * class, factory, enabled, type, ttl, timeout, interval). So
 * `s3.secret-key`, `security.ssl.internal.keystore-password`,
 * `containerized.taskmanager.env.AWS_SECRET_ACCESS_KEY` are secret;
 * `s3.access-key` (an identifier), `kubernetes.env.secretKeyRef` and
 * `kubernetes.secrets` (references), `*.password-file` (a path) and
 * `security.delegation.token.provider.*.enabled` are not.
 */
function isSecretFlinkOption(option) {
    const w = words(option);
    if (w.length === 0 || referenceLastWords.includes(w[w.length - 1]))
        return false;
    return (w.some((x) => secretWords.includes(x)) ||
        // `sql.secrets.<name>` (Confluent Cloud): a `secrets` group holds secret values; a last `secrets` names Secrets.
        w.slice(0, -1).includes("secrets") ||
        secretWordPairs.some(([a, b]) => w.some((x, i) => x === a && w[i + 1] === b)));
}
const plainTextSecret = "not a secret in plain text";
const kubernetesWhere = "(it would land in manifests, Helm values, the plan and the Pulumi state)";
/** Where a secret in a Flink option map of a Kubernetes platform goes instead. */
function flinkSecretPointer(option) {
    const s3 = /^(s3|s3a|fs\.s3a?|presto\.s3|hive\.s3)\./i.test(option) || words(option).includes("aws");
    return s3
        ? `${plainTextSecret} ${kubernetesWhere}: put S3 credentials in a Kubernetes Secret and name it in storage.s3.credentialsSecret`
        : `${plainTextSecret} ${kubernetesWhere}: keep it in a Kubernetes Secret and give it to Flink pods by reference (Flink options kubernetes.env.secretKeyRef or kubernetes.secrets)`;
}
/** Where a secret in CMF's own settings (`cmf.authentication.config`) would go. */
const cmfSettingSecretPointer = () => `${plainTextSecret} (it would land in CMF's Helm values, the plan and the Pulumi state)`;
exports.cmfSettingSecretPointer = cmfSettingSecretPointer;
/** Where a secret statement property (Confluent Cloud) would go. */
const statementPropertySecretPointer = () => `${plainTextSecret} (it would land in the plan and the Pulumi state): Confluent Cloud takes secret statement properties as propertiesSensitive, which the stack file does not set`;
exports.statementPropertySecretPointer = statementPropertySecretPointer;
/** Placeholder for every secret value in a plan. */
exports.secretPlaceholder = "[secret]";
