"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfClientAuth = exports.cmfConfigSchema = exports.cmfExposureSchema = exports.cmfTlsSchema = exports.cmfAuthenticationSchema = exports.cmfDatabaseSchema = exports.cmfSqlSchema = exports.requiredOAuthSettings = exports.defaultCmfSqlImage = exports.minimumJdbcCmfVersion = exports.defaultCmfVersion = exports.CmfExposureType = exports.CmfAuthenticationType = exports.CmfDatabaseType = exports.cmfCaCertKey = exports.cmfSecretKeys = exports.cmfConfigKey = void 0;
exports.sqlImageFlinkMinor = sqlImageFlinkMinor;
exports.versionParts = versionParts;
exports.versionBefore = versionBefore;
exports.cpHintFor = cpHintFor;
exports.cpStackHintFor = cpStackHintFor;
exports.clientAuthFor = clientAuthFor;
exports.requiredCmfSecrets = requiredCmfSecrets;
exports.cmfSecretProblems = cmfSecretProblems;
const z = __importStar(require("zod"));
const formats_1 = require("../core/formats");
const schema_1 = require("../core/schema");
const secrets_1 = require("../core/secrets");
const config_sql_1 = require("./config-sql");
const config_clusters_1 = require("./config-clusters");
/**
 * The Confluent Platform (CP) target's own settings: Confluent Manager for
 * Apache Flink (CMF) under `flink-platform:cmf`, and the top-level secret keys
 * the CMF client reads. The Kubernetes settings (namespaces, cert-manager,
 * operator, storage, pools, ...) are the shared platform keys.
 *
 * Schema messages are phrased as "what is allowed": the error formatter
 * prints them under `allowed:` next to the value that was seen.
 */
/** Key of the section under the project namespace: `flink-platform:cmf`. */
exports.cmfConfigKey = "cmf";
var secrets_2 = require("../core/secrets");
Object.defineProperty(exports, "cmfSecretKeys", { enumerable: true, get: function () { return secrets_2.cmfSecretKeys; } });
/** PEM CA bundle that signed CMF's server certificate (not secret; a plain key). */
exports.cmfCaCertKey = "cmfCaCert";
exports.CmfDatabaseType = {
    /** SQLite on a PersistentVolumeClaim of the CMF pod. */
    Local: "local",
    /** An external PostgreSQL database reached over JDBC. */
    Jdbc: "jdbc",
};
const databaseTypes = [exports.CmfDatabaseType.Local, exports.CmfDatabaseType.Jdbc];
exports.CmfAuthenticationType = {
    /** No authentication (development only). */
    None: "none",
    /** Mutual TLS: clients present a certificate. */
    Mtls: "mtls",
    /** OAuth: clients present a bearer token (JWT) checked against the identity provider. */
    OAuth: "oauth",
};
const authenticationTypes = [
    exports.CmfAuthenticationType.None,
    exports.CmfAuthenticationType.Mtls,
    exports.CmfAuthenticationType.OAuth,
];
exports.CmfExposureType = {
    /** Only the in-cluster ClusterIP Service `cmf-service`. */
    None: "none",
    /** An Ingress in front of that Service. */
    Ingress: "ingress",
    /** A LoadBalancer Service limited to `cmf.exposure.allowedCidrs`. */
    LoadBalancer: "loadBalancer",
};
const exposureTypes = [exports.CmfExposureType.None, exports.CmfExposureType.Ingress, exports.CmfExposureType.LoadBalancer];
/**
 * CMF_HELM_VERSION used when `cmf.version` is not set: the CMF release
 * shipped next to the 1.150.3 operator chart (the CP default). CMF cannot be
 * downgraded, so bumping it is a reviewed, one-way change.
 */
exports.defaultCmfVersion = "2.4.2";
/** PostgreSQL (`cmf.database.type: jdbc`) is supported from this CMF release on. */
exports.minimumJdbcCmfVersion = "2.1.1";
/**
 * Image of CMF SQL compute pools. CMF runs statements on Flink 1.19 images
 * (`cp-flink-sql:1.19-cpN`); cp10 is the image paired with CMF 2.4.2. The
 * pools' `flinkVersion` is read from the tag.
 */
exports.defaultCmfSqlImage = "confluentinc/cp-flink-sql:1.19-cp10";
/** OAuth settings CMF needs to validate tokens (`cmf.authentication.config`). */
exports.requiredOAuthSettings = [
    "oauthbearer.jwks.endpoint.url",
    "oauthbearer.expected.issuer",
];
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const secretName = z
    .string({ error: "the name of an existing Secret (a DNS-1123 subdomain)" })
    .max(253, { error: "a Secret name of at most 253 characters" })
    .regex(dns1123Subdomain, { error: "the name of an existing Secret (a DNS-1123 subdomain)" });
const secretKeyName = z
    .string({ error: "a key in the Secret (letters, digits, '-', '_' and '.')" })
    .regex(/^[-._a-zA-Z0-9]{1,253}$/, { error: "a key in the Secret (letters, digits, '-', '_' and '.')" });
const hostname = z
    .string({ error: "a DNS host name such as cmf.example.com" })
    .max(253, { error: "a DNS host name of at most 253 characters" })
    .regex(dns1123Subdomain, { error: "a DNS host name such as cmf.example.com (lowercase)" });
const ipv4Cidr = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\/(3[0-2]|[12]?\d)$/;
const ipv6Cidr = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*\/(12[0-8]|1[01]\d|[1-9]?\d)$/;
const cidr = z
    .string({ error: "a CIDR such as 10.0.0.0/8" })
    .refine((v) => ipv4Cidr.test(v) || ipv6Cidr.test(v), {
    error: "a CIDR such as 10.0.0.0/8 or 2001:db8::/32",
});
const bool = z.boolean({ error: "true or false" });
/** A key in an existing Secret: `{ name, key }`. */
const secretKeyRef = (what) => z.strictObject({
    /** Name of an existing Secret in the CMF namespace. */
    name: secretName,
    /** Key (property) in that Secret. */
    key: secretKeyName,
}, { error: `an existing Secret reference {name, key} holding ${what}` });
const sqlImagePattern = /^[^\s@]+:\d+\.\d+-[A-Za-z0-9._-]+$/;
/** `confluentinc/cp-flink-sql:1.19-cp10` -> `1.19`: the Flink major.minor an image tag starts with. */
function sqlImageFlinkMinor(image) {
    return image.slice(image.lastIndexOf(":") + 1).split("-")[0];
}
/** Semantic version parts, for comparisons. */
function versionParts(version) {
    return version.split(".").map((p) => Number(p));
}
/** a < b for `x.y.z` versions. */
function versionBefore(a, b) {
    const [pa, pb] = [versionParts(a), versionParts(b)];
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return (pa[i] ?? 0) < (pb[i] ?? 0);
    return false;
}
exports.cmfSqlSchema = z.strictObject({
    /**
     * `cmf.sql.production`: CMF encrypts the secrets it stores in its database.
     * Fixed when the database is created (an install-time choice).
     */
    production: bool.default(false),
    /** Secret with the encryption key (`encryption.key.*`); required when production is true. */
    encryptionKeySecret: secretKeyRef("CMF's database encryption key").optional(),
    /** `cmf.sql.examples-catalog.enabled`: the built-in examples catalog. */
    examplesCatalog: bool.default(false),
});
exports.cmfDatabaseSchema = z.strictObject({
    /** `local` (SQLite on a PVC) or `jdbc` (PostgreSQL). Fixed at install: changing it loses data. */
    type: z.enum(databaseTypes, { error: `one of ${databaseTypes.join(", ")}` }).default(exports.CmfDatabaseType.Local),
    /** Size of the SQLite PVC (`local`); defaults to the size's. */
    volumeSize: schema_1.memoryQuantity.optional(),
    /** StorageClass of the SQLite PVC (`local`); defaults to the cluster's default class. */
    storageClassName: z
        .string()
        .regex(dns1123Subdomain, { error: "a StorageClass name (a DNS-1123 subdomain)" })
        .optional(),
    /** The external database (`jdbc`). */
    jdbc: z
        .strictObject({
        url: z
            .string({ error: "a JDBC URL such as jdbc:postgresql://db.example.com:5432/cmf" })
            .regex(/^jdbc:[a-z0-9]+:\S+$/, {
            error: "a JDBC URL such as jdbc:postgresql://db.example.com:5432/cmf",
        })
            // The chart would put the URL in plain text in Helm values, the plan and the state.
            .refine((url) => !/[?&;]password=|\/\/[^/@]*:[^/@]*@/i.test(url), {
            error: "a JDBC URL without a password (the password comes from cmf.database.jdbc.passwordSecret), such as jdbc:postgresql://db.example.com:5432/cmf",
        }),
        user: z.string({ error: "a database user name" }).min(1, { error: "a database user name" }),
        /** The password, by Secret reference only. */
        passwordSecret: secretKeyRef("the database password"),
    })
        .optional(),
});
exports.cmfAuthenticationSchema = z.strictObject({
    /** `none`, `mtls` (client certificates) or `oauth` (bearer tokens validated with JWKS). */
    type: z
        .enum(authenticationTypes, { error: `one of ${authenticationTypes.join(", ")}` })
        .default(exports.CmfAuthenticationType.None),
    /** `cmf.authentication.config`: OAuth settings (JWKS URL, issuer, ...) or mTLS principal mapping. */
    config: (0, formats_1.optionMap)("setting", secrets_1.cmfSettingSecretPointer)
        .superRefine(formats_1.oauthSettingUrlRule, { when: () => true })
        .optional(),
});
exports.cmfTlsSchema = z.strictObject({
    /** Existing Secret with CMF's keystore (and truststore for mTLS), mounted into the CMF pod. */
    secretName,
    /** Key of the keystore file in the Secret. */
    keystoreKey: secretKeyName.default("keystore.jks"),
    /** Key of the truststore file in the Secret (mTLS: the CAs of accepted client certificates). */
    truststoreKey: secretKeyName.default("truststore.jks"),
});
exports.cmfExposureSchema = z.strictObject({
    /** How clients outside the cluster reach the CMF API (the chart only makes a ClusterIP Service). */
    type: z.enum(exposureTypes, { error: `one of ${exposureTypes.join(", ")}` }).default(exports.CmfExposureType.None),
    ingress: z
        .strictObject({
        /** Host name of the CMF API. */
        host: hostname,
        /** IngressClass; defaults to the cluster's default class. */
        className: z
            .string()
            .regex(dns1123Subdomain, { error: "an IngressClass name (a DNS-1123 subdomain)" })
            .optional(),
        /** Existing TLS Secret for the host (TLS terminated at the ingress controller). */
        tlsSecret: secretName.optional(),
        /** Namespace of the ingress controller's pods: the NetworkPolicy admits it. */
        controllerNamespace: schema_1.dnsLabel.default("ingress-nginx"),
        /** Extra Ingress annotations (override the defaults this library sets). */
        annotations: z
            .record(z.string(), z.string(), { error: "a map of annotation to string value" })
            .optional(),
    })
        .optional(),
    /** More namespaces whose pods may reach CMF (NetworkPolicy). */
    allowedNamespaces: z.array(schema_1.dnsLabel, { error: "a list of namespace names" }).default([]),
    /** Client CIDRs that may reach CMF: LoadBalancer source ranges and NetworkPolicy ipBlocks. */
    allowedCidrs: z.array(cidr, { error: "a list of CIDRs" }).default([]),
});
const cmfShape = {
    /** CMF_HELM_VERSION: chart `confluent-manager-for-apache-flink`. Never downgraded. */
    version: z
        .string({ error: "a CMF chart version such as 2.4.2" })
        .regex(/^2\.\d+\.\d+$/, { error: "a CMF 2.x chart version such as 2.4.2" })
        .default(exports.defaultCmfVersion),
    /** Override of the Helm repository URL (mirrors). */
    chartRepository: formats_1.helmRepositoryUrl.optional(),
    /**
     * CMF API base URL that `pulumi up` uses to manage environments, pools and
     * applications: the exposed URL or a port-forward (`http://localhost:8080`).
     */
    endpoint: z
        .url({
        protocol: /^https?$/,
        error: "an http(s) URL of the CMF API such as https://cmf.example.com or http://localhost:8080",
    })
        .optional(),
    /** `license.secretRef`: Secret (in the CMF namespace) created from license.txt. */
    license: z.strictObject({ secretRef: secretName }).optional(),
    sql: exports.cmfSqlSchema.prefault({}),
    database: exports.cmfDatabaseSchema.prefault({}),
    authentication: exports.cmfAuthenticationSchema.prefault({}),
    /** CMF serves HTTPS with this keystore (required for mTLS). */
    tls: exports.cmfTlsSchema.optional(),
    exposure: exports.cmfExposureSchema.prefault({}),
    /** CMF pod resources; default from the size. */
    resources: schema_1.podResourcesOverride.optional(),
    serviceAccount: z
        .strictObject({
        /** Let the chart create CMF's service account (it gets cluster-wide RBAC). */
        create: bool.default(true),
        /** Its name; required when create is false. */
        name: schema_1.dnsLabel.optional(),
    })
        .prefault({}),
    /** One CMF environment per Flink namespace; otherwise one for the first namespace. */
    environmentPerNamespace: bool.default(false),
    /** Image of CMF SQL compute pools (`confluentinc/cp-flink-sql:<flink major.minor>-cpN`). */
    sqlImage: z
        .string({ error: "an image such as confluentinc/cp-flink-sql:1.19-cp10" })
        .regex(sqlImagePattern, {
        error: "an image whose tag starts with the Flink version, such as confluentinc/cp-flink-sql:1.19-cp10",
    })
        // Only judged when the tag has a version at all (the regex reports it otherwise).
        .refine((image) => !sqlImagePattern.test(image) ||
        schema_1.supportedFlinkMinors.includes(sqlImageFlinkMinor(image)), {
        error: `a cp-flink-sql image of a supported Flink version (${schema_1.supportedFlinkMinors.join(", ")}), such as confluentinc/cp-flink-sql:1.19-cp10`,
    })
        .default(exports.defaultCmfSqlImage),
    /**
     * Accept a change of an install-time choice (database type, encryption,
     * a CMF downgrade) on an existing stack. Data loss is then on you.
     */
    allowInstallTimeChanges: bool.default(false),
    /** Flink SQL: secrets, secretMappings, catalogs (with databases), statements (./config-sql). */
    ...config_sql_1.cmfSqlShape,
    /** Spoke Kubernetes clusters and the environments on them (./config-clusters). */
    multiCluster: config_clusters_1.cmfMultiClusterSchema.optional(),
};
/** Everything under `flink-platform:cmf`. Cross-field rules are in {@link cpRules}. */
exports.cmfConfigSchema = z.strictObject(cmfShape);
const hints = {
    "cmf.sql.encryptionKeySecret": "CMF encrypts the secrets in its database with this key; it is fixed when the database is created and CMF keeps no copy. Create it once (openssl rand -out cmf.key 32; kubectl create secret generic cmf-encryption-key --from-file=encryption-key=cmf.key -n <CMF namespace>) and back it up.",
    "cmf.sql.production": "Encryption on/off is fixed when CMF creates its database; see cmf.allowInstallTimeChanges before changing it.",
    "cmf.database.type": "local keeps CMF's SQLite database on a PVC; jdbc uses PostgreSQL (recommended for production). Changing it after install loses CMF's data.",
    "cmf.database.jdbc": "PostgreSQL: url (jdbc:postgresql://...), user, and the password by Secret reference.",
    "cmf.version": "CMF cannot be downgraded; PostgreSQL (jdbc) needs 2.1.1 or later.",
    "cmf.tls": "mTLS needs CMF to serve HTTPS: a Secret with keystore.jks and truststore.jks (the CAs of client certificates), mounted into the CMF pod.",
    "cmf.authentication.type": "CMF runs user code: when it is reachable from outside the cluster, authenticate every request (mtls or oauth).",
    "cmf.authentication.config": `OAuth needs ${exports.requiredOAuthSettings.join(" and ")} (more oauthbearer.* settings are passed through).`,
    "cmf.exposure.allowedCidrs": "A LoadBalancer admits only these client ranges (loadBalancerSourceRanges and the NetworkPolicy).",
    "cmf.exposure.ingress.tlsSecret": "In prod the CMF API must not be served in plain HTTP: give the ingress a TLS Secret, or let CMF serve TLS (cmf.tls).",
    "cmf.license": "Without a license CMF generates a trial license, which expires. kubectl create secret generic cmf-license --from-file=license.txt -n <CMF namespace>",
    "cmf.endpoint": "The URL `pulumi up` calls: the exposed URL (https://<ingress host>) or a port-forward (kubectl port-forward -n <CMF namespace> svc/cmf-service 8080:80, then http://localhost:8080).",
    "cmf.serviceAccount.name": "With create: false, CMF runs as this existing service account (it needs cluster-wide RBAC).",
};
for (const key of [secrets_1.cmfSecretKeys.token, secrets_1.cmfSecretKeys.clientCert, secrets_1.cmfSecretKeys.clientKey]) {
    hints[key] = `set it with: pulumi config set --secret ${schema_1.configNamespace}:${key} <value>`;
}
/** Hint for a dotted CP config path (without the namespace), if there is one. */
function cpHintFor(path) {
    return hints[path] ?? hints[path.replace(/\[\d+\]/g, "")];
}
/** Hints of a CP stack or FlinkPlatformCP args: the shared sections', then CMF's. */
function cpStackHintFor(path) {
    return (0, schema_1.hintFor)(path) ?? cpHintFor(path);
}
/** Client authentication the CMF client uses, following CMF's own authentication type. */
exports.CmfClientAuth = { None: "none", Bearer: "bearer", Mtls: "mtls" };
function clientAuthFor(type) {
    if (type === exports.CmfAuthenticationType.OAuth)
        return exports.CmfClientAuth.Bearer;
    if (type === exports.CmfAuthenticationType.Mtls)
        return exports.CmfClientAuth.Mtls;
    return exports.CmfClientAuth.None;
}
/** Which client secrets a CMF authentication type needs (key -> why). */
function requiredCmfSecrets(type) {
    if (type === exports.CmfAuthenticationType.OAuth) {
        return {
            [secrets_1.cmfSecretKeys.token]: "required when cmf.authentication.type is oauth (sent as a bearer token)",
        };
    }
    if (type === exports.CmfAuthenticationType.Mtls) {
        const why = "required when cmf.authentication.type is mtls (the CMF client's certificate)";
        return { [secrets_1.cmfSecretKeys.clientCert]: why, [secrets_1.cmfSecretKeys.clientKey]: why };
    }
    return {};
}
/**
 * Problems with the CMF client secrets: `present(key)` tells whether a secret
 * was given, `pathOf(key)` where it is configured (stack key or args field).
 */
function cmfSecretProblems(authentication, present, pathOf) {
    const required = requiredCmfSecrets(authentication ?? exports.CmfAuthenticationType.None);
    return Object.entries(required)
        .filter(([key]) => !present(key))
        .map(([key, why]) => ({ path: pathOf(key), got: undefined, allowed: why, hint: cpHintFor(key) }));
}
