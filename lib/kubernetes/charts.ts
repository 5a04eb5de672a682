import { Chart, Size } from "cdk8s";
import * as kplus from "cdk8s-plus-28";
import { Construct } from "constructs";
import type { S3CredentialsRef } from "../core/plan";
import type { PodResources } from "../core/sizes";
import { k8sCpu } from "../core/units";
import { FlinkNetworkPoliciesProps, flinkNetworkPolicies, objectStoreNetworkPolicies } from "./network";
import { flinkMainContainer, platformLabels } from "./labels";

/**
 * cdk8s charts for the Kubernetes objects of a platform. No Pulumi here: a
 * GitOps user can synth these to plain YAML (see `synthOssPlatformYaml`).
 * Every object gets an explicit name so the output is free of hashes.
 */

/** @internal Options of every chart: explicit names, no hashes. */
export const chartOptions = { disableResourceNameHashes: true } as const;

/** What a platform namespace is for; its `flink-platform.io/namespace-role` label. */
export const NamespaceRole = {
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
} as const;
export type NamespaceRole = (typeof NamespaceRole)[keyof typeof NamespaceRole];

/** Namespaces whose pods this library fully controls. */
const restrictedRoles = new Set<NamespaceRole>([NamespaceRole.Operator, NamespaceRole.Storage]);

/** Pod Security Standards levels (`pod-security.kubernetes.io/enforce`). */
export const PodSecurityLevel = {
  /** Hardened: non-root, no privilege escalation, all capabilities dropped, seccomp. */
  Restricted: "restricted",
  /** Prevents known privilege escalations only. */
  Baseline: "baseline",
} as const;
export type PodSecurityLevel = (typeof PodSecurityLevel)[keyof typeof PodSecurityLevel];

/** One namespace of a platform. */
export interface PlatformNamespace {
  /** Namespace name. */
  readonly name: string;
  /** What it is for. */
  readonly role: NamespaceRole;
}

/** Props of {@link PlatformNamespacesChart}. */
export interface PlatformNamespacesChartProps {
  /** Environment name, in every object's labels. */
  readonly environment: string;
  /** The namespaces to create. */
  readonly namespaces: readonly PlatformNamespace[];
  /**
   * Level the Flink namespaces enforce: `restricted` when every pod there
   * comes from a spec this library writes (OSS), `baseline` when another
   * component builds pods there (CMF on CP).
   * @default "restricted"
   */
  readonly flinkPodSecurity?: PodSecurityLevel;
}

/** The namespaces of a platform, labelled with environment and role. */
export class PlatformNamespacesChart extends Chart {
  constructor(scope: Construct, id: string, props: PlatformNamespacesChartProps) {
    super(scope, id, chartOptions);
    const flink = props.flinkPodSecurity ?? PodSecurityLevel.Restricted;
    for (const ns of props.namespaces) {
      // Every pod of the operator and storage namespaces, and on OSS of the Flink
      // namespaces (JobManagers and TaskManagers from the restricted podTemplate of
      // every FlinkDeployment), meets "restricted" (test/security/pod-security.test.ts).
      // cert-manager's and CMF's pods come from third-party charts: enforce baseline
      // there, and warn and audit on restricted.
      const restricted =
        restrictedRoles.has(ns.role) ||
        (ns.role === NamespaceRole.Flink && flink === PodSecurityLevel.Restricted);
      new kplus.Namespace(this, ns.name, {
        metadata: {
          name: ns.name,
          labels: {
            ...platformLabels(props.environment, ns.role),
            "flink-platform.io/namespace-role": ns.role,
            "pod-security.kubernetes.io/enforce": restricted
              ? PodSecurityLevel.Restricted
              : PodSecurityLevel.Baseline,
            ...(restricted ? {} : { "pod-security.kubernetes.io/audit": PodSecurityLevel.Restricted }),
            "pod-security.kubernetes.io/warn": PodSecurityLevel.Restricted,
          },
        },
      });
    }
  }
}

/**
 * Verbs of the job service account's Role: those the operator's own chart
 * grants its job service account on pods, configmaps, deployments and
 * deployments/finalizers (`flink-operator.jobRbacRules` in
 * apache/flink-kubernetes-operator helm/flink-kubernetes-operator/templates/rbac/_helpers.tpl,
 * tag release-1.15.0), not `*`, which also allows deletecollection and any
 * verb a later Kubernetes adds.
 */
export const jobRoleVerbs = ["get", "list", "watch", "create", "update", "patch", "delete"];

/** Props of {@link FlinkNamespaceChart}. */
export interface FlinkNamespaceChartProps {
  /** Environment name, in every object's labels. */
  readonly environment: string;
  /** The Flink namespace. */
  readonly namespace: string;
  /** Service account Flink JobManagers run as; it creates TaskManager pods. */
  readonly serviceAccount: string;
  /** Namespace budget, enforced by a ResourceQuota. */
  readonly quota: PodResources;
  /** Default-deny NetworkPolicies and the flows Flink needs; none when undefined. */
  readonly network?: Omit<FlinkNetworkPoliciesProps, "environment" | "namespace">;
}

/**
 * What one watched namespace needs to run Flink jobs: the job service
 * account with the permissions native mode uses (pods, configmaps for HA,
 * deployments), a ResourceQuota so the cluster enforces the size, and
 * default-deny NetworkPolicies with the flows Flink needs.
 */
export class FlinkNamespaceChart extends Chart {
  constructor(scope: Construct, id: string, props: FlinkNamespaceChartProps) {
    super(scope, id, { ...chartOptions, namespace: props.namespace });
    const labels = platformLabels(props.environment, "flink-rbac");
    const sa = new kplus.ServiceAccount(this, "job-sa", {
      metadata: { name: props.serviceAccount, labels },
      // JobManagers call the API server to create TaskManager pods.
      automountToken: true,
    });
    const role = new kplus.Role(this, "job-role", { metadata: { name: props.serviceAccount, labels } });
    role.allow(
      jobRoleVerbs,
      kplus.ApiResource.PODS,
      kplus.ApiResource.CONFIG_MAPS,
      kplus.ApiResource.DEPLOYMENTS,
      kplus.ApiResource.custom({ apiGroup: "apps", resourceType: "deployments/finalizers" }),
    );
    const binding = new kplus.RoleBinding(this, "job-rolebinding", {
      metadata: { name: props.serviceAccount, labels },
      role,
    });
    binding.addSubjects(sa);
    new kplus.k8s.KubeResourceQuota(this, "quota", {
      metadata: { name: "flink-platform-quota", labels: platformLabels(props.environment, "quota") },
      spec: {
        hard: {
          "requests.cpu": kplus.k8s.Quantity.fromString(k8sCpu(props.quota.cpu)),
          "requests.memory": kplus.k8s.Quantity.fromString(props.quota.memory),
        },
      },
    });
    if (props.network) {
      flinkNetworkPolicies(this, {
        ...props.network,
        environment: props.environment,
        namespace: props.namespace,
      });
    }
  }
}

/** Props of {@link MinioChart}. */
export interface MinioChartProps {
  /** Environment name, in every object's labels. */
  readonly environment: string;
  /** Namespace MinIO runs in. */
  readonly namespace: string;
  /** Bucket the Job creates. */
  readonly bucket: string;
  /** Size of the data volume (`Mi` or `Gi`). */
  readonly volumeSize: string;
  /** MinIO server image. */
  readonly image: string;
  /** MinIO client (`mc`) image of the bucket Job. */
  readonly clientImage: string;
  /** Namespaces whose pods may reach MinIO; no NetworkPolicies when undefined. */
  readonly clientNamespaces?: readonly string[];
  /** Existing Secret with the access key pair; MinIO uses it as its root credentials. */
  readonly credentialsSecret: S3CredentialsRef;
}

const minioUid = 1000;
/** S3 port of the dev MinIO. */
export const minioPort = 9000;

/**
 * In-cluster MinIO as a checkpoint store for laptops and dev clusters:
 * PVC, StatefulSet, Service and a Job that creates the bucket.
 */
export class MinioChart extends Chart {
  /** Name of MinIO's Service (S3 on {@link minioPort}). */
  readonly serviceName = "minio";

  constructor(scope: Construct, id: string, props: MinioChartProps) {
    super(scope, id, { ...chartOptions, namespace: props.namespace });
    const labels = platformLabels(props.environment, "object-store");
    const secret = kplus.Secret.fromSecretName(this, "credentials", props.credentialsSecret.name);
    const credentialsEnv = (userVar: string, passVar: string) => ({
      [userVar]: kplus.EnvValue.fromSecretValue({ secret, key: props.credentialsSecret.accessKeyIdKey }),
      [passVar]: kplus.EnvValue.fromSecretValue({ secret, key: props.credentialsSecret.secretAccessKeyKey }),
    });
    const securityContext: kplus.ContainerSecurityContextProps = {
      user: minioUid,
      group: minioUid,
      ensureNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: [kplus.Capability.ALL] },
      seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
    };
    const podSecurityContext: kplus.PodSecurityContextProps = {
      user: minioUid,
      group: minioUid,
      fsGroup: minioUid,
      ensureNonRoot: true,
    };

    const pvc = new kplus.PersistentVolumeClaim(this, "data", {
      metadata: { name: "minio-data", labels },
      accessModes: [kplus.PersistentVolumeAccessMode.READ_WRITE_ONCE],
      storage: Size.gibibytes(gibibytes(props.volumeSize)),
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
            memory: { request: Size.mebibytes(512), limit: Size.mebibytes(1024) },
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
            memory: { request: Size.mebibytes(64), limit: Size.mebibytes(256) },
          },
          volumeMounts: [{ path: "/tmp", volume: tmp }],
        },
      ],
    });
    bootstrap.node.addDependency(server);
    if (props.clientNamespaces) {
      objectStoreNetworkPolicies(this, {
        environment: props.environment,
        namespace: props.namespace,
        port: minioPort,
        clients: props.clientNamespaces,
      });
    }
  }
}

function gibibytes(quantity: string): number {
  const m = /^(\d+)(Mi|Gi)$/.exec(quantity);
  if (!m) throw new Error(`volume size must be Mi or Gi: ${quantity}`);
  return m[2] === "Gi" ? Number(m[1]) : Math.ceil(Number(m[1]) / 1024);
}

export { flinkMainContainer };
