import * as z from "zod";
import { ConfigProblem } from "../core/errors";
import { helmRepositoryUrl, oauthSettingUrlRule, optionMap } from "../core/formats";
import {
  configNamespace,
  dnsLabel,
  memoryQuantity,
  podResourcesOverride,
  supportedFlinkMinors,
  hintFor,
} from "../core/schema";
import { cmfSecretKeys, cmfSettingSecretPointer, CmfSecretKey } from "../core/secrets";
import { cmfSqlShape } from "./config-sql";
import { cmfMultiClusterSchema } from "./config-clusters";

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
export const cmfConfigKey = "cmf";

export { cmfSecretKeys, type CmfSecretKey } from "../core/secrets";

/** PEM CA bundle that signed CMF's server certificate (not secret; a plain key). */
export const cmfCaCertKey = "cmfCaCert";

export const CmfDatabaseType = {
  /** SQLite on a PersistentVolumeClaim of the CMF pod. */
  Local: "local",
  /** An external PostgreSQL database reached over JDBC. */
  Jdbc: "jdbc",
} as const;
export type CmfDatabaseType = (typeof CmfDatabaseType)[keyof typeof CmfDatabaseType];
const databaseTypes = [CmfDatabaseType.Local, CmfDatabaseType.Jdbc] as const;

export const CmfAuthenticationType = {
  /** No authentication (development only). */
  None: "none",
  /** Mutual TLS: clients present a certificate. */
  Mtls: "mtls",
  /** OAuth: clients present a bearer token (JWT) checked against the identity provider. */
  OAuth: "oauth",
} as const;
export type CmfAuthenticationType = (typeof CmfAuthenticationType)[keyof typeof CmfAuthenticationType];
const authenticationTypes = [
  CmfAuthenticationType.None,
  CmfAuthenticationType.Mtls,
  CmfAuthenticationType.OAuth,
] as const;

export const CmfExposureType = {
  /** Only the in-cluster ClusterIP Service `cmf-service`. */
  None: "none",
  /** An Ingress in front of that Service. */
  Ingress: "ingress",
  /** A LoadBalancer Service limited to `cmf.exposure.allowedCidrs`. */
  LoadBalancer: "loadBalancer",
} as const;
export type CmfExposureType = (typeof CmfExposureType)[keyof typeof CmfExposureType];
const exposureTypes = [CmfExposureType.None, CmfExposureType.Ingress, CmfExposureType.LoadBalancer] as const;

/**
 * CMF_HELM_VERSION used when `cmf.version` is not set: the CMF release
 * shipped next to the 1.150.3 operator chart (the CP default). CMF cannot be
 * downgraded, so bumping it is a reviewed, one-way change.
 */
export const defaultCmfVersion = "2.4.2";

/** PostgreSQL (`cmf.database.type: jdbc`) is supported from this CMF release on. */
export const minimumJdbcCmfVersion = "2.1.1";

/**
 * Image of CMF SQL compute pools. CMF runs statements on Flink 1.19 images
 * (`cp-flink-sql:1.19-cpN`); cp10 is the image paired with CMF 2.4.2. The
 * pools' `flinkVersion` is read from the tag.
 */
export const defaultCmfSqlImage = "confluentinc/cp-flink-sql:1.19-cp10";

/** OAuth settings CMF needs to validate tokens (`cmf.authentication.config`). */
export const requiredOAuthSettings = [
  "oauthbearer.jwks.endpoint.url",
  "oauthbearer.expected.issuer",
] as const;

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
const ipv4Cidr =
  /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\/(3[0-2]|[12]?\d)$/;
const ipv6Cidr = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*\/(12[0-8]|1[01]\d|[1-9]?\d)$/;
const cidr = z
  .string({ error: "a CIDR such as 10.0.0.0/8" })
  .refine((v) => ipv4Cidr.test(v) || ipv6Cidr.test(v), {
    error: "a CIDR such as 10.0.0.0/8 or 2001:db8::/32",
  });
const bool = z.boolean({ error: "true or false" });

/** A key in an existing Secret: `{ name, key }`. */
const secretKeyRef = (what: string) =>
  z.strictObject(
    {
      /** Name of an existing Secret in the CMF namespace. */
      name: secretName,
      /** Key (property) in that Secret. */
      key: secretKeyName,
    },
    { error: `an existing Secret reference {name, key} holding ${what}` },
  );

const sqlImagePattern = /^[^\s@]+:\d+\.\d+-[A-Za-z0-9._-]+$/;

/** `confluentinc/cp-flink-sql:1.19-cp10` -> `1.19`: the Flink major.minor an image tag starts with. */
export function sqlImageFlinkMinor(image: string): string {
  return image.slice(image.lastIndexOf(":") + 1).split("-")[0];
}

/** Semantic version parts, for comparisons. */
export function versionParts(version: string): number[] {
  return version.split(".").map((p) => Number(p));
}

/** a < b for `x.y.z` versions. */
export function versionBefore(a: string, b: string): boolean {
  const [pa, pb] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) < (pb[i] ?? 0);
  return false;
}

export const cmfSqlSchema = z.strictObject({
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

export const cmfDatabaseSchema = z.strictObject({
  /** `local` (SQLite on a PVC) or `jdbc` (PostgreSQL). Fixed at install: changing it loses data. */
  type: z.enum(databaseTypes, { error: `one of ${databaseTypes.join(", ")}` }).default(CmfDatabaseType.Local),
  /** Size of the SQLite PVC (`local`); defaults to the size's. */
  volumeSize: memoryQuantity.optional(),
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
          error:
            "a JDBC URL without a password (the password comes from cmf.database.jdbc.passwordSecret), such as jdbc:postgresql://db.example.com:5432/cmf",
        }),
      user: z.string({ error: "a database user name" }).min(1, { error: "a database user name" }),
      /** The password, by Secret reference only. */
      passwordSecret: secretKeyRef("the database password"),
    })
    .optional(),
});

export const cmfAuthenticationSchema = z.strictObject({
  /** `none`, `mtls` (client certificates) or `oauth` (bearer tokens validated with JWKS). */
  type: z
    .enum(authenticationTypes, { error: `one of ${authenticationTypes.join(", ")}` })
    .default(CmfAuthenticationType.None),
  /** `cmf.authentication.config`: OAuth settings (JWKS URL, issuer, ...) or mTLS principal mapping. */
  config: optionMap("setting", cmfSettingSecretPointer)
    .superRefine(oauthSettingUrlRule, { when: () => true })
    .optional(),
});

export const cmfTlsSchema = z.strictObject({
  /** Existing Secret with CMF's keystore (and truststore for mTLS), mounted into the CMF pod. */
  secretName,
  /** Key of the keystore file in the Secret. */
  keystoreKey: secretKeyName.default("keystore.jks"),
  /** Key of the truststore file in the Secret (mTLS: the CAs of accepted client certificates). */
  truststoreKey: secretKeyName.default("truststore.jks"),
});

export const cmfExposureSchema = z.strictObject({
  /** How clients outside the cluster reach the CMF API (the chart only makes a ClusterIP Service). */
  type: z.enum(exposureTypes, { error: `one of ${exposureTypes.join(", ")}` }).default(CmfExposureType.None),
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
      controllerNamespace: dnsLabel.default("ingress-nginx"),
      /** Extra Ingress annotations (override the defaults this library sets). */
      annotations: z
        .record(z.string(), z.string(), { error: "a map of annotation to string value" })
        .optional(),
    })
    .optional(),
  /** More namespaces whose pods may reach CMF (NetworkPolicy). */
  allowedNamespaces: z.array(dnsLabel, { error: "a list of namespace names" }).default([]),
  /** Client CIDRs that may reach CMF: LoadBalancer source ranges and NetworkPolicy ipBlocks. */
  allowedCidrs: z.array(cidr, { error: "a list of CIDRs" }).default([]),
});

const cmfShape = {
  /** CMF_HELM_VERSION: chart `confluent-manager-for-apache-flink`. Never downgraded. */
  version: z
    .string({ error: "a CMF chart version such as 2.4.2" })
    .regex(/^2\.\d+\.\d+$/, { error: "a CMF 2.x chart version such as 2.4.2" })
    .default(defaultCmfVersion),
  /** Override of the Helm repository URL (mirrors). */
  chartRepository: helmRepositoryUrl.optional(),
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
  sql: cmfSqlSchema.prefault({}),
  database: cmfDatabaseSchema.prefault({}),
  authentication: cmfAuthenticationSchema.prefault({}),
  /** CMF serves HTTPS with this keystore (required for mTLS). */
  tls: cmfTlsSchema.optional(),
  exposure: cmfExposureSchema.prefault({}),
  /** CMF pod resources; default from the size. */
  resources: podResourcesOverride.optional(),
  serviceAccount: z
    .strictObject({
      /** Let the chart create CMF's service account (it gets cluster-wide RBAC). */
      create: bool.default(true),
      /** Its name; required when create is false. */
      name: dnsLabel.optional(),
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
    .refine(
      (image) =>
        !sqlImagePattern.test(image) ||
        (supportedFlinkMinors as readonly string[]).includes(sqlImageFlinkMinor(image)),
      {
        error: `a cp-flink-sql image of a supported Flink version (${supportedFlinkMinors.join(", ")}), such as confluentinc/cp-flink-sql:1.19-cp10`,
      },
    )
    .default(defaultCmfSqlImage),
  /**
   * Accept a change of an install-time choice (database type, encryption,
   * a CMF downgrade) on an existing stack. Data loss is then on you.
   */
  allowInstallTimeChanges: bool.default(false),
  /** Flink SQL: secrets, secretMappings, catalogs (with databases), statements (./config-sql). */
  ...cmfSqlShape,
  /** Spoke Kubernetes clusters and the environments on them (./config-clusters). */
  multiCluster: cmfMultiClusterSchema.optional(),
};

/** Everything under `flink-platform:cmf`. Cross-field rules are in {@link cpRules}. */
export const cmfConfigSchema = z.strictObject(cmfShape);
/** The section as both a stack (statements with `file`) and component args (with `sql`) give it. */
export type CmfConfig = Omit<z.output<typeof cmfConfigSchema>, "statements">;

const hints: Record<string, string> = {
  "cmf.sql.encryptionKeySecret":
    "CMF encrypts the secrets in its database with this key; it is fixed when the database is created and CMF keeps no copy. Create it once (openssl rand -out cmf.key 32; kubectl create secret generic cmf-encryption-key --from-file=encryption-key=cmf.key -n <CMF namespace>) and back it up.",
  "cmf.sql.production":
    "Encryption on/off is fixed when CMF creates its database; see cmf.allowInstallTimeChanges before changing it.",
  "cmf.database.type":
    "local keeps CMF's SQLite database on a PVC; jdbc uses PostgreSQL (recommended for production). Changing it after install loses CMF's data.",
  "cmf.database.jdbc": "PostgreSQL: url (jdbc:postgresql://...), user, and the password by Secret reference.",
  "cmf.version": "CMF cannot be downgraded; PostgreSQL (jdbc) needs 2.1.1 or later.",
  "cmf.tls":
    "mTLS needs CMF to serve HTTPS: a Secret with keystore.jks and truststore.jks (the CAs of client certificates), mounted into the CMF pod.",
  "cmf.authentication.type":
    "CMF runs user code: when it is reachable from outside the cluster, authenticate every request (mtls or oauth).",
  "cmf.authentication.config": `OAuth needs ${requiredOAuthSettings.join(" and ")} (more oauthbearer.* settings are passed through).`,
  "cmf.exposure.allowedCidrs":
    "A LoadBalancer admits only these client ranges (loadBalancerSourceRanges and the NetworkPolicy).",
  "cmf.exposure.ingress.tlsSecret":
    "In prod the CMF API must not be served in plain HTTP: give the ingress a TLS Secret, or let CMF serve TLS (cmf.tls).",
  "cmf.license":
    "Without a license CMF generates a trial license, which expires. kubectl create secret generic cmf-license --from-file=license.txt -n <CMF namespace>",
  "cmf.endpoint":
    "The URL `pulumi up` calls: the exposed URL (https://<ingress host>) or a port-forward (kubectl port-forward -n <CMF namespace> svc/cmf-service 8080:80, then http://localhost:8080).",
  "cmf.serviceAccount.name":
    "With create: false, CMF runs as this existing service account (it needs cluster-wide RBAC).",
};
for (const key of [cmfSecretKeys.token, cmfSecretKeys.clientCert, cmfSecretKeys.clientKey]) {
  hints[key] = `set it with: pulumi config set --secret ${configNamespace}:${key} <value>`;
}

/** Hint for a dotted CP config path (without the namespace), if there is one. */
export function cpHintFor(path: string): string | undefined {
  return hints[path] ?? hints[path.replace(/\[\d+\]/g, "")];
}

/** Hints of a CP stack or FlinkPlatformCP args: the shared sections', then CMF's. */
export function cpStackHintFor(path: string): string | undefined {
  return hintFor(path) ?? cpHintFor(path);
}

/** Client authentication the CMF client uses, following CMF's own authentication type. */
export const CmfClientAuth = { None: "none", Bearer: "bearer", Mtls: "mtls" } as const;
export type CmfClientAuth = (typeof CmfClientAuth)[keyof typeof CmfClientAuth];

export function clientAuthFor(type: CmfAuthenticationType): CmfClientAuth {
  if (type === CmfAuthenticationType.OAuth) return CmfClientAuth.Bearer;
  if (type === CmfAuthenticationType.Mtls) return CmfClientAuth.Mtls;
  return CmfClientAuth.None;
}

/** Which client secrets a CMF authentication type needs (key -> why). */
export function requiredCmfSecrets(type: CmfAuthenticationType): Partial<Record<CmfSecretKey, string>> {
  if (type === CmfAuthenticationType.OAuth) {
    return {
      [cmfSecretKeys.token]: "required when cmf.authentication.type is oauth (sent as a bearer token)",
    };
  }
  if (type === CmfAuthenticationType.Mtls) {
    const why = "required when cmf.authentication.type is mtls (the CMF client's certificate)";
    return { [cmfSecretKeys.clientCert]: why, [cmfSecretKeys.clientKey]: why };
  }
  return {};
}

/**
 * Problems with the CMF client secrets: `present(key)` tells whether a secret
 * was given, `pathOf(key)` where it is configured (stack key or args field).
 */
export function cmfSecretProblems(
  authentication: CmfAuthenticationType | undefined,
  present: (key: CmfSecretKey) => boolean,
  pathOf: (key: CmfSecretKey) => string,
): ConfigProblem[] {
  const required = requiredCmfSecrets(authentication ?? CmfAuthenticationType.None);
  return (Object.entries(required) as [CmfSecretKey, string][])
    .filter(([key]) => !present(key))
    .map(([key, why]) => ({ path: pathOf(key), got: undefined, allowed: why, hint: cpHintFor(key) }));
}
