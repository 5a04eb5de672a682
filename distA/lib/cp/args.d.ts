import type * as pulumi from "@pulumi/pulumi";
import type { KubernetesPlatformArgs, PodResourcesArgs } from "../kubernetes/args";
import type { CmfAuthenticationType, CmfDatabaseType, CmfExposureType } from "./config";
import type { CmfSqlResourcesArgs } from "./args-sql";
/**
 * Args of `FlinkPlatformCP`: the shared Kubernetes platform args
 * (`../kubernetes/args`) plus CMF. Like those, they mirror the stack config
 * keys one to one (`flink-platform:cmf` is `args.cmf`); the CMF client's
 * credentials are Pulumi secrets.
 */
/** A key in an existing Kubernetes Secret. */
export interface SecretKeyRefArgs {
    /** Name of an existing Secret in the CMF namespace. */
    readonly name: string;
    /** Key (property) in the Secret. */
    readonly key: string;
}
/** The Confluent license CMF runs with (`flink-platform:cmf.license`). */
export interface CmfLicenseArgs {
    /** Secret in the CMF namespace created from license.txt (`license.secretRef`). */
    readonly secretRef: string;
}
/** CMF's SQL settings (`flink-platform:cmf.sql`). */
export interface CmfSqlArgs {
    /**
     * `cmf.sql.production`: encrypt the secrets CMF stores in its database.
     * Fixed when CMF creates its database (guarded, see `allowInstallTimeChanges`).
     * @default false
     */
    readonly production?: boolean;
    /**
     * Secret with the 256-bit encryption key (`encryption.key.*`); required when
     * `production` is true, not set otherwise.
     * @default none
     */
    readonly encryptionKeySecret?: SecretKeyRefArgs;
    /**
     * `cmf.sql.examples-catalog.enabled`.
     * @default false
     */
    readonly examplesCatalog?: boolean;
}
/** An external PostgreSQL database for CMF (`flink-platform:cmf.database.jdbc`). */
export interface CmfJdbcArgs {
    /** JDBC URL, e.g. `jdbc:postgresql://db.example.com:5432/cmf`. */
    readonly url: string;
    /** Database user. */
    readonly user: string;
    /** The password, by Secret reference only. */
    readonly passwordSecret: SecretKeyRefArgs;
}
/** Where CMF keeps its state (`flink-platform:cmf.database`). */
export interface CmfDatabaseArgs {
    /**
     * `local` (SQLite on a PVC) or `jdbc` (PostgreSQL, CMF 2.1.1+). Fixed at
     * install: changing it loses CMF's data (guarded).
     * @default "local"
     */
    readonly type?: CmfDatabaseType;
    /**
     * Size of the SQLite PVC (`local` only).
     * @default from the size (S 10Gi, M 20Gi, L 50Gi)
     */
    readonly volumeSize?: string;
    /**
     * StorageClass of the SQLite PVC (`local` only).
     * @default the cluster's default class
     */
    readonly storageClassName?: string;
    /**
     * The external database; required for `jdbc`.
     * @default none
     */
    readonly jdbc?: CmfJdbcArgs;
}
/** How CMF authenticates API requests (`flink-platform:cmf.authentication`). */
export interface CmfAuthenticationArgs {
    /**
     * How CMF authenticates requests: `none`, `mtls` (needs `tls`) or `oauth`.
     * The stack's CMF client follows it (no auth, client certificate, bearer token).
     * @default "none"
     */
    readonly type?: CmfAuthenticationType;
    /**
     * `cmf.authentication.config`: for oauth at least
     * `oauthbearer.jwks.endpoint.url` and `oauthbearer.expected.issuer`.
     * @default none
     */
    readonly config?: Record<string, string>;
}
/** CMF serving HTTPS from a keystore (`flink-platform:cmf.tls`). */
export interface CmfTlsArgs {
    /** Existing Secret (CMF namespace) with CMF's keystore, and its truststore for mTLS. */
    readonly secretName: string;
    /**
     * Key of the keystore file in the Secret.
     * @default "keystore.jks"
     */
    readonly keystoreKey?: string;
    /**
     * Key of the truststore file (the CAs of accepted client certificates).
     * @default "truststore.jks"
     */
    readonly truststoreKey?: string;
}
/** An Ingress in front of the CMF API (`flink-platform:cmf.exposure.ingress`). */
export interface CmfIngressArgs {
    /** Host name of the CMF API. */
    readonly host: string;
    /**
     * IngressClass.
     * @default the cluster's default class
     */
    readonly className?: string;
    /**
     * TLS Secret for the host (TLS terminated at the controller); required in
     * prod unless CMF serves TLS itself (`tls`).
     * @default none
     */
    readonly tlsSecret?: string;
    /**
     * Namespace of the ingress controller's pods, admitted by the NetworkPolicy.
     * @default "ingress-nginx"
     */
    readonly controllerNamespace?: string;
    /**
     * Extra Ingress annotations; they override the ingress-nginx ones set when
     * CMF serves TLS (backend-protocol HTTPS, ssl-passthrough for mTLS).
     * @default none
     */
    readonly annotations?: Record<string, string>;
}
/** How the CMF API is reachable from outside the cluster (`flink-platform:cmf.exposure`). */
export interface CmfExposureArgs {
    /**
     * `none` (ClusterIP only: port-forward), `ingress` or `loadBalancer`.
     * @default "none"
     */
    readonly type?: CmfExposureType;
    /**
     * Ingress settings; required for `ingress`, not set otherwise.
     * @default none
     */
    readonly ingress?: CmfIngressArgs;
    /**
     * More namespaces whose pods may reach CMF (NetworkPolicy).
     * @default []
     */
    readonly allowedNamespaces?: string[];
    /**
     * Client CIDRs that may reach CMF (LoadBalancer source ranges and
     * NetworkPolicy); required non-empty for `loadBalancer`.
     * @default []
     */
    readonly allowedCidrs?: string[];
}
/** CMF's Kubernetes service account (`flink-platform:cmf.serviceAccount`). */
export interface CmfServiceAccountArgs {
    /**
     * Let the chart create CMF's service account.
     * @default true
     */
    readonly create?: boolean;
    /**
     * Its name; required when `create` is false.
     * @default the chart's
     */
    readonly name?: string;
}
/** A spoke Kubernetes cluster (`flink-platform:cmf.multiCluster.clusters[]`). */
export interface CmfClusterArgs {
    /** CMF's name of the cluster: the kubeconfig file name and its environments' `kubernetesClusterName`. */
    readonly name: string;
    /** Kubeconfig context the program uses to install the operator and namespaces there. */
    readonly context: string;
    /** Existing Secret (CMF namespace) with the kubeconfig CMF reaches the cluster with. */
    readonly kubeconfigSecret: SecretKeyRefArgs;
    /** Labels of the cluster in CMF. @default none */
    readonly labels?: Record<string, string>;
}
/** A CMF environment on a spoke cluster (`flink-platform:cmf.multiCluster.environments[]`). */
export interface CmfClusterEnvironmentArgs {
    /** Name of a cluster under `clusters`. */
    readonly cluster: string;
    /** Flink namespace on that cluster. */
    readonly namespace: string;
}
/** Spoke clusters and their environments: mirrors `flink-platform:cmf.multiCluster`. */
export interface CmfMultiClusterArgs {
    /** Spoke clusters (never CMF's own). @default [] */
    readonly clusters?: CmfClusterArgs[];
    /** Environments on them, one per cluster and namespace (`<environment>-<cluster>-<namespace>`). @default [] */
    readonly environments?: CmfClusterEnvironmentArgs[];
}
/** Confluent Manager for Apache Flink: mirrors `flink-platform:cmf` (its SQL keys in ./args-sql). */
export interface CmfArgs extends CmfSqlResourcesArgs {
    /**
     * CMF chart version (CMF_HELM_VERSION). CMF cannot be downgraded (guarded).
     * @default "2.4.2"
     */
    readonly version?: string;
    /**
     * Helm repository URL, for mirrors.
     * @default "https://packages.confluent.io/helm"
     */
    readonly chartRepository?: string;
    /**
     * CMF API URL `pulumi up` calls to manage environments, pools and
     * applications: the exposed URL, or a port-forward.
     * @default with ingress exposure the ingress URL, otherwise http(s)://localhost:8080 (kubectl port-forward svc/cmf-service 8080:80)
     */
    readonly endpoint?: string;
    /**
     * License Secret; required in prod (CMF otherwise runs on an expiring trial license).
     * @default none (trial license)
     */
    readonly license?: CmfLicenseArgs;
    /**
     * SQL settings: secret encryption, the examples catalog.
     * @default production false, examples catalog off
     */
    readonly sql?: CmfSqlArgs;
    /**
     * CMF's database (fixed at install).
     * @default local SQLite on a PVC sized from the size
     */
    readonly database?: CmfDatabaseArgs;
    /**
     * Authentication of API requests.
     * @default none
     */
    readonly authentication?: CmfAuthenticationArgs;
    /**
     * Serve HTTPS with this keystore (required for mTLS).
     * @default plain HTTP
     */
    readonly tls?: CmfTlsArgs;
    /**
     * How the API is exposed.
     * @default none (ClusterIP only)
     */
    readonly exposure?: CmfExposureArgs;
    /** CMF pod resources. @default from the size (S 1 CPU / 1Gi, M 2 / 2Gi, L 2 / 4Gi) */
    readonly resources?: PodResourcesArgs;
    /**
     * CMF's service account.
     * @default created by the chart
     */
    readonly serviceAccount?: CmfServiceAccountArgs;
    /**
     * One CMF environment per Flink namespace (`<environment>-<namespace>`);
     * otherwise one for the first namespace.
     * @default false
     */
    readonly environmentPerNamespace?: boolean;
    /**
     * Image of CMF SQL compute pools; the pools' Flink version is read from its tag.
     * @default "confluentinc/cp-flink-sql:1.19-cp10"
     */
    readonly sqlImage?: string;
    /**
     * Accept a change of an install-time choice (database type, encryption, a
     * CMF downgrade) on an existing stack: CMF's data is then lost or unreadable.
     * @default false
     */
    readonly allowInstallTimeChanges?: boolean;
    /**
     * Spoke Kubernetes clusters CMF manages and the environments on them.
     * @default none (everything on CMF's own cluster)
     */
    readonly multiCluster?: CmfMultiClusterArgs;
}
/**
 * Credentials of the CMF client the component uses for environments, pools
 * and applications (and CMF's keystore passwords). Pulumi secrets end to end.
 */
export interface CmfCredentialsArgs {
    /**
     * OAuth access token; required when `cmf.authentication.type` is oauth.
     * @default none
     */
    readonly token?: pulumi.Input<string>;
    /**
     * PEM client certificate; required for mtls.
     * @default none
     */
    readonly clientCertPem?: pulumi.Input<string>;
    /**
     * PEM private key of the client certificate; required for mtls.
     * @default none
     */
    readonly clientKeyPem?: pulumi.Input<string>;
    /**
     * PEM CA bundle that signed CMF's server certificate.
     * @default Node's CA store
     */
    readonly caPem?: pulumi.Input<string>;
    /**
     * Password of CMF's keystore (`cmf.ssl.keystore-password`).
     * @default none (keystore without password)
     */
    readonly keystorePassword?: pulumi.Input<string>;
    /**
     * Password of CMF's truststore (`cmf.ssl.trust-store-password`).
     * @default none (truststore without password)
     */
    readonly truststorePassword?: pulumi.Input<string>;
    /**
     * Data of the `cmf.secrets` declared without a Kubernetes Secret, as the
     * secret config value `flink-platform:cmfSqlSecrets` holds it: JSON text
     * `{"<secret name>": {"<key>": "<value>"}}`.
     * @default none
     */
    readonly sqlSecrets?: pulumi.Input<string>;
}
/** Args of `FlinkPlatformCP`: the Kubernetes platform settings plus CMF. */
export interface FlinkPlatformCPArgs extends KubernetesPlatformArgs {
    /**
     * Confluent Manager for Apache Flink.
     * @default CMF 2.4.2, local database, no authentication, not exposed
     */
    readonly cmf?: CmfArgs;
    /**
     * Credentials of the CMF client (Pulumi secrets).
     * @default none (enough for `cmf.authentication.type: none`)
     */
    readonly cmfCredentials?: CmfCredentialsArgs;
}
