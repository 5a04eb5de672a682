import { Chart } from "cdk8s";
import { Construct } from "constructs";
import type { S3CredentialsRef } from "../core/plan";
import type { PodResources } from "../core/sizes";
import { FlinkNetworkPoliciesProps } from "./network";
import { flinkMainContainer } from "./labels";
/**
 * cdk8s charts for the Kubernetes objects of a platform. No Pulumi here: a
 * GitOps user can synth these to plain YAML (see `synthOssPlatformYaml`).
 * Every object gets an explicit name so the output is free of hashes.
 */
/** @internal Options of every chart: explicit names, no hashes. */
export declare const chartOptions: {
    readonly disableResourceNameHashes: true;
};
/** What a platform namespace is for; its `flink-platform.io/namespace-role` label. */
export declare const NamespaceRole: {
    /** The Flink Kubernetes Operator's namespace. */
    readonly Operator: "operator";
    /** The CP target's namespace of the operator and CMF (its pods come from Confluent's charts). */
    readonly Cmf: "cmf";
    /** A namespace the operator watches, where Flink jobs run. */
    readonly Flink: "flink";
    /** The dev MinIO's namespace. */
    readonly Storage: "storage";
    /** cert-manager's namespace, when the platform installs it. */
    readonly CertManager: "cert-manager";
};
export type NamespaceRole = (typeof NamespaceRole)[keyof typeof NamespaceRole];
/** Pod Security Standards levels (`pod-security.kubernetes.io/enforce`). */
export declare const PodSecurityLevel: {
    /** Hardened: non-root, no privilege escalation, all capabilities dropped, seccomp. */
    readonly Restricted: "restricted";
    /** Prevents known privilege escalations only. */
    readonly Baseline: "baseline";
};
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
export declare class PlatformNamespacesChart extends Chart {
    constructor(scope: Construct, id: string, props: PlatformNamespacesChartProps);
}
/**
 * Verbs of the job service account's Role: those the operator's own chart
 * grants its job service account on pods, configmaps, deployments and
 * deployments/finalizers (`flink-operator.jobRbacRules` in
 * apache/flink-kubernetes-operator helm/flink-kubernetes-operator/templates/rbac/_helpers.tpl,
 * tag release-1.15.0), not `*`, which also allows deletecollection and any
 * verb a later Kubernetes adds.
 */
export declare const jobRoleVerbs: string[];
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
export declare class FlinkNamespaceChart extends Chart {
    constructor(scope: Construct, id: string, props: FlinkNamespaceChartProps);
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
/** S3 port of the dev MinIO. */
export declare const minioPort = 9000;
/**
 * In-cluster MinIO as a checkpoint store for laptops and dev clusters:
 * PVC, StatefulSet, Service and a Job that creates the bucket.
 */
export declare class MinioChart extends Chart {
    /** Name of MinIO's Service (S3 on {@link minioPort}). */
    readonly serviceName = "minio";
    constructor(scope: Construct, id: string, props: MinioChartProps);
}
export { flinkMainContainer };
