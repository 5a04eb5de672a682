import type { ConfigProblem } from "./problem";
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
export declare const cmfSecretKeys: {
    /** OAuth access token the CMF client sends (`cmf.authentication.type: oauth`). */
    readonly token: "cmfToken";
    /** PEM client certificate of the CMF client (`cmf.authentication.type: mtls`). */
    readonly clientCert: "cmfClientCert";
    /** PEM private key of that certificate (`mtls`). */
    readonly clientKey: "cmfClientKey";
    /** Password of CMF's keystore (`cmf.ssl.keystore-password`), when it has one. */
    readonly keystorePassword: "cmfKeystorePassword";
    /** Password of CMF's truststore (`cmf.ssl.trust-store-password`), when it has one. */
    readonly truststorePassword: "cmfTruststorePassword";
};
export type CmfSecretKey = (typeof cmfSecretKeys)[keyof typeof cmfSecretKeys];
/**
 * Top-level secret keys a cloud stack reads with `config.requireSecret` (or
 * `getSecret` for the optional Kafka pair). They are not part of the section
 * so that they are never stored in plain text next to it.
 */
export declare const cloudSecretKeys: {
    readonly cloudApiKey: "confluentCloudApiKey";
    readonly cloudApiSecret: "confluentCloudApiSecret";
    readonly kafkaApiKey: "kafkaApiKey";
    readonly kafkaApiSecret: "kafkaApiSecret";
};
/**
 * Top-level secret key of a CP stack with the data of the CMF SQL secrets
 * declared without a Kubernetes Secret: JSON `{<secret name>: {<key>: <value>}}`.
 */
export declare const cmfSqlSecretsKey = "cmfSqlSecrets";
/** Every top-level key the stack program reads as a secret: given in plain text, it is refused. */
export declare const secretConfigKeys: readonly string[];
/** Stands in for a value that is never printed; {@link renderValue} shows it as `(secret, not shown)`. */
export declare const hiddenSecret: unique symbol;
/** How {@link hiddenSecret} reads in messages. */
export declare const hiddenSecretText = "(secret, not shown)";
/**
 * True when a config key (or a segment of a key path) may hold a secret
 * value: a secret key, a near-miss of one (a typo), or a secret-sounding
 * name that is not a Secret reference.
 */
export declare function isSecretKeyName(name: string): boolean;
/**
 * The problem with its seen value hidden when the path names a secret (any
 * segment of `flink-platform:cmfToken`, `cmf.authentication.config.x.secret`,
 * a typo of a secret key...), and secrets inside a seen object or URL hidden
 * otherwise. Every ConfigError goes through this: no message prints a secret.
 */
export declare function redactProblem(problem: ConfigProblem): ConfigProblem;
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
export declare function isSecretFlinkOption(option: string): boolean;
/** Where a secret in a Flink option map of a Kubernetes platform goes instead. */
export declare function flinkSecretPointer(option: string): string;
/** Where a secret in CMF's own settings (`cmf.authentication.config`) would go. */
export declare const cmfSettingSecretPointer: () => string;
/** Where a secret statement property (Confluent Cloud) would go. */
export declare const statementPropertySecretPointer: () => string;
/** Placeholder for every secret value in a plan. */
export declare const secretPlaceholder = "[secret]";
