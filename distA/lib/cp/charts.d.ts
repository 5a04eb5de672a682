import { Chart } from "cdk8s";
import { Construct } from "constructs";
/** Labels the CMF chart puts on its pod (what `cmf-service` selects). */
export declare const cmfPodLabels: Readonly<Record<string, string>>;
/** How {@link CmfExposureChart} exposes the CMF API. */
export declare const CmfExposureKind: {
    /** An Ingress for `cmf-service`. */
    readonly Ingress: "ingress";
    /** A LoadBalancer Service in front of the CMF pod. */
    readonly LoadBalancer: "loadBalancer";
};
export type CmfExposureKind = (typeof CmfExposureKind)[keyof typeof CmfExposureKind];
/** The Ingress of {@link CmfExposureChart}. */
export interface CmfIngressProps {
    /** Host name clients use; the Ingress rule's host. */
    readonly host: string;
    /** IngressClass; the cluster's default class when unset. */
    readonly className?: string;
    /** TLS Secret for the host (TLS terminated at the controller). */
    readonly tlsSecret?: string;
    /** Namespace of the ingress controller's pods (admitted by the NetworkPolicy). */
    readonly controllerNamespace: string;
    /** Extra annotations of the Ingress (controller settings). */
    readonly annotations?: Readonly<Record<string, string>>;
}
/** Props of {@link CmfExposureChart}. */
export interface CmfExposureChartProps {
    /** Environment name, in every object's labels. */
    readonly environment: string;
    /** Namespace of CMF. */
    readonly namespace: string;
    /** Ingress or LoadBalancer. */
    readonly kind: CmfExposureKind;
    /** Required for `ingress`. */
    readonly ingress?: CmfIngressProps;
    /** CMF serves HTTPS itself (cmf.ssl). */
    readonly tls: boolean;
    /** The chart's ClusterIP Service. */
    readonly serviceName: string;
    /** Port of that Service. */
    readonly servicePort: number;
    /** CMF's container port. */
    readonly containerPort: number;
    /** More namespaces whose pods may reach CMF. */
    readonly allowedNamespaces: readonly string[];
    /** Client CIDRs that may reach CMF (LoadBalancer source ranges, NetworkPolicy ipBlocks). */
    readonly allowedCidrs: readonly string[];
}
/** Name of the Ingress. */
export declare const cmfIngressName = "cmf";
/** Name of the LoadBalancer Service. */
export declare const cmfLoadBalancerName = "cmf-external";
/** Name of the NetworkPolicy that admits clients to the CMF pod. */
export declare const cmfNetworkPolicyName = "cmf-api-ingress";
/**
 * The CMF API outside the cluster: an Ingress for `cmf-service` or a
 * LoadBalancer Service in front of the CMF pod, plus a NetworkPolicy that
 * admits to the CMF pod only the ingress controller's namespace, the listed
 * namespaces and the listed client CIDRs.
 */
export declare class CmfExposureChart extends Chart {
    constructor(scope: Construct, id: string, props: CmfExposureChartProps);
}
