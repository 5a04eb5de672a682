import { Chart } from "cdk8s";
import * as kplus from "cdk8s-plus-28";
import { Construct } from "constructs";
import { platformLabels } from "../kubernetes/labels";

/**
 * cdk8s objects of the Confluent Platform target: how the CMF API is exposed
 * outside the cluster. CMF itself (and its ClusterIP Service `cmf-service`,
 * port 80 -> 8080) comes from Confluent's Helm chart. No Pulumi here.
 */

const chartOptions = { disableResourceNameHashes: true } as const;

/** Labels the CMF chart puts on its pod (what `cmf-service` selects). */
export const cmfPodLabels: Readonly<Record<string, string>> = {
  "app.kubernetes.io/name": "confluent-manager-for-apache-flink",
};

/** How {@link CmfExposureChart} exposes the CMF API. */
export const CmfExposureKind = {
  /** An Ingress for `cmf-service`. */
  Ingress: "ingress",
  /** A LoadBalancer Service in front of the CMF pod. */
  LoadBalancer: "loadBalancer",
} as const;
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
export const cmfIngressName = "cmf";
/** Name of the LoadBalancer Service. */
export const cmfLoadBalancerName = "cmf-external";
/** Name of the NetworkPolicy that admits clients to the CMF pod. */
export const cmfNetworkPolicyName = "cmf-api-ingress";

const namespaceSelector = (ns: string) => ({
  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ns } },
});

/**
 * The CMF API outside the cluster: an Ingress for `cmf-service` or a
 * LoadBalancer Service in front of the CMF pod, plus a NetworkPolicy that
 * admits to the CMF pod only the ingress controller's namespace, the listed
 * namespaces and the listed client CIDRs.
 */
export class CmfExposureChart extends Chart {
  constructor(scope: Construct, id: string, props: CmfExposureChartProps) {
    super(scope, id, { ...chartOptions, namespace: props.namespace });
    const labels = platformLabels(props.environment, "cmf-exposure");
    const from: kplus.k8s.NetworkPolicyPeer[] = [];

    if (props.kind === CmfExposureKind.Ingress) {
      const ingress = props.ingress;
      if (!ingress) throw new Error("CmfExposureChart: ingress settings are required for kind ingress");
      new kplus.k8s.KubeIngress(this, "ingress", {
        metadata: {
          name: cmfIngressName,
          labels,
          ...(ingress.annotations && Object.keys(ingress.annotations).length > 0
            ? { annotations: { ...ingress.annotations } }
            : {}),
        },
        spec: {
          ...(ingress.className !== undefined ? { ingressClassName: ingress.className } : {}),
          ...(ingress.tlsSecret !== undefined
            ? { tls: [{ hosts: [ingress.host], secretName: ingress.tlsSecret }] }
            : {}),
          rules: [
            {
              host: ingress.host,
              http: {
                paths: [
                  {
                    path: "/",
                    pathType: "Prefix",
                    backend: {
                      service: { name: props.serviceName, port: { number: props.servicePort } },
                    },
                  },
                ],
              },
            },
          ],
        },
      });
      from.push(namespaceSelector(ingress.controllerNamespace));
    } else {
      new kplus.k8s.KubeService(this, "load-balancer", {
        metadata: { name: cmfLoadBalancerName, labels },
        spec: {
          type: "LoadBalancer",
          selector: { ...cmfPodLabels },
          // Keep client source IPs, so the NetworkPolicy's ipBlocks see them.
          externalTrafficPolicy: "Local",
          loadBalancerSourceRanges: [...props.allowedCidrs],
          ports: [
            {
              name: props.tls ? "https" : "http",
              port: props.tls ? 443 : 80,
              targetPort: kplus.k8s.IntOrString.fromNumber(props.containerPort),
              protocol: "TCP",
            },
          ],
        },
      });
    }
    for (const ns of props.allowedNamespaces) from.push(namespaceSelector(ns));
    for (const cidr of props.allowedCidrs) from.push({ ipBlock: { cidr } });

    new kplus.k8s.KubeNetworkPolicy(this, "network-policy", {
      metadata: { name: cmfNetworkPolicyName, labels },
      spec: {
        podSelector: { matchLabels: { ...cmfPodLabels } },
        policyTypes: ["Ingress"],
        // An empty `from` would admit every source: with nothing listed, admit nothing.
        ingress:
          from.length > 0
            ? [
                {
                  from,
                  ports: [{ port: kplus.k8s.IntOrString.fromNumber(props.containerPort), protocol: "TCP" }],
                },
              ]
            : [],
      },
    });
  }
}
