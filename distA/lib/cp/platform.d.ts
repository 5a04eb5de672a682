import * as pulumi from "@pulumi/pulumi";
import { FlinkPlatformCPArgs } from "./args";
import type { PoolCapacity } from "../kubernetes/platform";
/**
 * Confluent Platform for Apache Flink on Kubernetes, the cookbook's recipe as
 * one component: namespaces, cert-manager, Confluent's Flink Kubernetes
 * Operator (CRDs applied from the matching Apache release, chart with
 * `skipCrds`), Confluent Manager for Apache Flink (CMF) with its license,
 * database, encryption and authentication, the CMF API exposed through an
 * Ingress or a LoadBalancer behind a NetworkPolicy, durable-state defaults,
 * CMF environments, CMF SQL compute pools and a smoke-test application.
 *
 * Order: namespaces -> cert-manager -> CRDs -> operator -> CMF -> exposure ->
 * CMF environments -> pools and applications. CMF's install-time choices
 * (database type, encryption, no downgrade) are guarded by
 * {@link CmfInstallChoices}, which the CMF release depends on.
 */
export declare class FlinkPlatformCP extends pulumi.ComponentResource {
    /** Every namespace the platform owns. */
    readonly namespaces: pulumi.Output<string[]>;
    /** Namespace of the operator and CMF (K8S_NAMESPACE_CMF). */
    readonly cmfNamespace: pulumi.Output<string>;
    /** Namespaces the operator watches and CMF deploys into (K8S_NAMESPACE_FLINK). */
    readonly flinkNamespaces: pulumi.Output<string[]>;
    /** Helm release name of Confluent's operator. */
    readonly operatorReleaseName: pulumi.Output<string>;
    /** Confluent operator chart version. */
    readonly operatorVersion: pulumi.Output<string>;
    /** Helm release name of CMF. */
    readonly cmfReleaseName: pulumi.Output<string>;
    /** CMF chart version. */
    readonly cmfVersion: pulumi.Output<string>;
    /**
     * The CMF API as exposed: the ingress URL, the LoadBalancer's address, or
     * the in-cluster Service URL when not exposed.
     */
    readonly cmfUrl: pulumi.Output<string>;
    /** The URL this stack's CMF client calls (`cmf.endpoint`). */
    readonly cmfEndpoint: pulumi.Output<string>;
    /** CMF environments by Flink namespace (spoke clusters' by `<cluster>/<namespace>`). */
    readonly environments: pulumi.Output<Record<string, string>>;
    /** Name of the smoke-test FlinkApplication, when enabled. */
    readonly smokeTestName: pulumi.Output<string | undefined>;
    /** The Flink defaults every application inherits through its environment (checkpoints, HA, S3). */
    readonly flinkDefaults: pulumi.Output<Record<string, string>>;
    /** CMF SQL compute pools by name: namespace and slot capacity (taskManagers x slots). */
    readonly pools: pulumi.Output<Record<string, PoolCapacity>>;
    constructor(name: string, args: FlinkPlatformCPArgs, opts?: pulumi.ComponentResourceOptions);
    /** CMF chart values, with the keystore and truststore passwords as Pulumi secrets. */
    private cmfChartValues;
    /** The Ingress or LoadBalancer for the CMF API and its NetworkPolicy (none when not exposed). */
    private exposeCmf;
}
