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
exports.flinkMainContainer = exports.MinioChart = exports.minioPort = exports.FlinkNamespaceChart = exports.jobRoleVerbs = exports.PlatformNamespacesChart = exports.PodSecurityLevel = exports.NamespaceRole = exports.chartOptions = void 0;
const cdk8s_1 = require("cdk8s");
const kplus = __importStar(require("cdk8s-plus-28"));
const units_1 = require("../core/units");
const network_1 = require("./network");
const labels_1 = require("./labels");
Object.defineProperty(exports, "flinkMainContainer", { enumerable: true, get: function () { return labels_1.flinkMainContainer; } });
/**
 * cdk8s charts for the Kubernetes objects of a platform. No Pulumi here: a
 * GitOps user can synth these to plain YAML (see `synthOssPlatformYaml`).
 * Every object gets an explicit name so the output is free of hashes.
 */
/** @internal Options of every chart: explicit names, no hashes. */
exports.chartOptions = { disableResourceNameHashes: true };
/** What a platform namespace is for; its `flink-platform.io/namespace-role` label. */
exports.NamespaceRole = {
    /** The Flink Kubernetes Operator's namespace. */
    Operator: "operator",
    /** The CP target's namespace of the operator and CMF (its pods come from Confluent's charts). */
    Cmf: "cmf",
    /** A namespace the operator watches, where Flink jobs run. */
    Flink: "flink",
    /** The dev MinIO's namespace. */
    Storage: "storage",
    /** cert-manager's namespace, when the platform installs it. */
    CertManager: "cert-manager",
};
/** Namespaces whose pods this library fully controls. */
const restrictedRoles = new Set([exports.NamespaceRole.Operator, exports.NamespaceRole.Storage]);
/** Pod Security Standards levels (`pod-security.kubernetes.io/enforce`). */
exports.PodSecurityLevel = {
    /** Hardened: non-root, no privilege escalation, all capabilities dropped, seccomp. */
    Restricted: "restricted",
    /** Prevents known privilege escalations only. */
    Baseline: "baseline",
};
/** The namespaces of a platform, labelled with environment and role. */
class PlatformNamespacesChart extends cdk8s_1.Chart {
    constructor(scope, id, props) {
        super(scope, id, exports.chartOptions);
        const flink = props.flinkPodSecurity ?? exports.PodSecurityLevel.Restricted;
        for (const ns of props.namespaces) {
            // Every pod of the operator and storage namespaces, and on OSS of the Flink
            // namespaces (JobManagers and TaskManagers from the restricted podTemplate of
            // every FlinkDeployment), meets "restricted" (test/security/pod-security.test.ts).
            // cert-manager's and CMF's pods come from third-party charts: enforce baseline
            // there, and warn and audit on restricted.
            const restricted = restrictedRoles.has(ns.role) ||
                (ns.role === exports.NamespaceRole.Flink && flink === exports.PodSecurityLevel.Restricted);
            new kplus.Namespace(this, ns.name, {
                metadata: {
                    name: ns.name,
                    labels: {
                        ...(0, labels_1.platformLabels)(props.environment, ns.role),
                        "flink-platform.io/namespace-role": ns.role,
                        "pod-security.kubernetes.io/enforce": restricted
                            ? exports.PodSecurityLevel.Restricted
                            : exports.PodSecurityLevel.Baseline,
                        ...(restricted ? {} : { "pod-security.kubernetes.io/audit": exports.PodSecurityLevel.Restricted }),
                        "pod-security.kubernetes.io/warn": exports.PodSecurityLevel.Restricted,
                    },
                },
            });
        }
    }
}
exports.PlatformNamespacesChart = PlatformNamespacesChart;
/**
 * Verbs of the job service account's Role: those the operator's own chart
 * grants its job service account on pods, configmaps, deployments and
 * deployments/finalizers (`flink-operator.jobRbacRules` in
 * apache/flink-kubernetes-operator helm/flink-kubernetes-operator/templates/rbac/_helpers.tpl,
 * tag release-1.15.0), not `*`, which also allows deletecollection and any
 * verb a later Kubernetes adds.
 */
exports.jobRoleVerbs = ["get", "list", "watch", "create", "update", "patch", "delete"];
/**
 * What one watched namespace needs to run Flink jobs: the job service
 * account with the permissions native mode uses (pods, configmaps for HA,
 * deployments), a ResourceQuota so the cluster enforces the size, and
 * default-deny NetworkPolicies with the flows Flink needs.
 */
class FlinkNamespaceChart extends cdk8s_1.Chart {
    constructor(scope, id, props) {
        super(scope, id, { ...exports.chartOptions, namespace: props.namespace });
        const labels = (0, labels_1.platformLabels)(props.environment, "flink-rbac");
        const sa = new kplus.ServiceAccount(this, "job-sa", {
            metadata: { name: props.serviceAccount, labels },
            // JobManagers call the API server to create TaskManager pods.
            automountToken: true,
        });
        const role = new kplus.Role(this, "job-role", { metadata: { name: props.serviceAccount, labels } });
        role.allow(exports.jobRoleVerbs, kplus.ApiResource.PODS, kplus.ApiResource.CONFIG_MAPS, kplus.ApiResource.DEPLOYMENTS, kplus.ApiResource.custom({ apiGroup: "apps", resourceType: "deployments/finalizers" }));
        const binding = new kplus.RoleBinding(this, "job-rolebinding", {
            metadata: { name: props.serviceAccount, labels },
            role,
        });
        binding.addSubjects(sa);
        new kplus.k8s.KubeResourceQuota(this, "quota", {
            metadata: { name: "flink-platform-quota", labels: (0, labels_1.platformLabels)(props.environment, "quota") },
            spec: {
                hard: {
                    "requests.cpu": kplus.k8s.Quantity.fromString((0, units_1.k8sCpu)(props.quota.cpu)),
                    "requests.memory": kplus.k8s.Quantity.fromString(props.quota.memory),
                },
            },
        });
        if (props.network) {
            (0, network_1.flinkNetworkPolicies)(this, {
                ...props.network,
                environment: props.environment,
                namespace: props.namespace,
            });
        }
    }
}
exports.FlinkNamespaceChart = FlinkNamespaceChart;
const minioUid = 1000;
/** S3 port of the dev MinIO. */
exports.minioPort = 9000;
/**
 * In-cluster MinIO as a checkpoint store for laptops and dev clusters:
 * PVC, StatefulSet, Service and a Job that creates the bucket.
 */
class MinioChart extends cdk8s_1.Chart {
    /** Name of MinIO's Service (S3 on {@link minioPort}). */
    serviceName = "minio";
    constructor(scope, id, props) {
        super(scope, id, { ...exports.chartOptions, namespace: props.namespace });
        const labels = (0, labels_1.platformLabels)(props.environment, "object-store");
        const secret = kplus.Secret.fromSecretName(this, "credentials", props.credentialsSecret.name);
        const credentialsEnv = (userVar, passVar) => ({
            [userVar]: kplus.EnvValue.fromSecretValue({ secret, key: props.credentialsSecret.accessKeyIdKey }),
            [passVar]: kplus.EnvValue.fromSecretValue({ secret, key: props.credentialsSecret.secretAccessKeyKey }),
        });
        const securityContext = {
            user: minioUid,
            group: minioUid,
            ensureNonRoot: true,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: [kplus.Capability.ALL] },
            seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
        };
        const podSecurityContext = {
            user: minioUid,
            group: minioUid,
            fsGroup: minioUid,
            ensureNonRoot: true,
        };
        const pvc = new kplus.PersistentVolumeClaim(this, "data", {
            metadata: { name: "minio-data", labels },
            accessModes: [kplus.PersistentVolumeAccessMode.READ_WRITE_ONCE],
            storage: cdk8s_1.Size.gibibytes(gibibytes(props.volumeSize)),
        });
        const service = new kplus.Service(this, "service", {
            metadata: { name: this.serviceName, labels },
            ports: [{ name: "s3", port: 9000, targetPort: 9000 }],
        });
        const tmp = kplus.Volume.fromEmptyDir(this, "tmp", "tmp");
        const server = new kplus.StatefulSet(this, "server", {
            metadata: { name: "minio", labels },
            service,
            replicas: 1,
            podMetadata: { labels },
            securityContext: podSecurityContext,
            containers: [
                {
                    name: "minio",
                    image: props.image,
                    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    args: ["server", "/data"],
                    portNumber: 9000,
                    envVariables: credentialsEnv("MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"),
                    securityContext,
                    resources: {
                        cpu: { request: kplus.Cpu.millis(250), limit: kplus.Cpu.units(1) },
                        memory: { request: cdk8s_1.Size.mebibytes(512), limit: cdk8s_1.Size.mebibytes(1024) },
                    },
                    readiness: kplus.Probe.fromHttpGet("/minio/health/ready", { port: 9000 }),
                    liveness: kplus.Probe.fromHttpGet("/minio/health/live", { port: 9000 }),
                    volumeMounts: [
                        { path: "/data", volume: kplus.Volume.fromPersistentVolumeClaim(this, "data-volume", pvc) },
                        { path: "/tmp", volume: tmp },
                    ],
                },
            ],
        });
        service.select(server);
        const bootstrap = new kplus.Job(this, "bucket", {
            metadata: { name: "minio-create-bucket", labels },
            podMetadata: { labels },
            backoffLimit: 6,
            securityContext: podSecurityContext,
            containers: [
                {
                    name: "mc",
                    image: props.clientImage,
                    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    command: ["/bin/sh", "-ec"],
                    args: [
                        [
                            `mc alias set platform http://${this.serviceName}:9000 "$MC_USER" "$MC_PASSWORD"`,
                            `mc mb --ignore-existing platform/${props.bucket}`,
                        ].join("\n"),
                    ],
                    envVariables: {
                        ...credentialsEnv("MC_USER", "MC_PASSWORD"),
                        MC_CONFIG_DIR: kplus.EnvValue.fromValue("/tmp/.mc"),
                    },
                    securityContext,
                    resources: {
                        cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
                        memory: { request: cdk8s_1.Size.mebibytes(64), limit: cdk8s_1.Size.mebibytes(256) },
                    },
                    volumeMounts: [{ path: "/tmp", volume: tmp }],
                },
            ],
        });
        bootstrap.node.addDependency(server);
        if (props.clientNamespaces) {
            (0, network_1.objectStoreNetworkPolicies)(this, {
                environment: props.environment,
                namespace: props.namespace,
                port: exports.minioPort,
                clients: props.clientNamespaces,
            });
        }
    }
}
exports.MinioChart = MinioChart;
function gibibytes(quantity) {
    const m = /^(\d+)(Mi|Gi)$/.exec(quantity);
    if (!m)
        throw new Error(`volume size must be Mi or Gi: ${quantity}`);
    return m[2] === "Gi" ? Number(m[1]) : Math.ceil(Number(m[1]) / 1024);
}
