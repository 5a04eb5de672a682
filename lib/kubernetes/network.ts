import * as kplus from "cdk8s-plus-28";
import { Construct } from "constructs";
import { platformLabels } from "./labels";

const k8s = kplus.k8s;

/** An extra egress flow Flink jobs need (Kafka brokers, databases, ...). */
export interface EgressRule {
  /** Destination CIDR, e.g. `10.0.0.0/8`. */
  readonly cidr: string;
  /** TCP ports. */
  readonly ports: readonly number[];
}

/** Props of {@link flinkNetworkPolicies}. */
export interface FlinkNetworkPoliciesProps {
  /** Environment name, for labels. */
  readonly environment: string;
  /** The Flink namespace the policies apply to. */
  readonly namespace: string;
  /** Namespaces whose pods talk to JobManagers' REST API (the operator, CMF). */
  readonly controlNamespaces: readonly string[];
  /** In-cluster object store (dev MinIO). */
  readonly objectStore?: ObjectStoreEndpoint;
  /** Extra egress flows. */
  readonly extraEgress: readonly EgressRule[];
  /** The metrics scraper admitted on the metrics ports; none when metrics are off. */
  readonly scraper?: MetricsScraper;
}

/** The Prometheus that may scrape Flink pods, and the ports it may reach. */
export interface MetricsScraper {
  /** Namespace of its pods. */
  readonly namespace: string;
  /** Labels of its pods. */
  readonly podLabels: Readonly<Record<string, string>>;
  /** The metrics ports, and only them. */
  readonly ports: readonly number[];
}

/** Where an in-cluster object store listens. */
export interface ObjectStoreEndpoint {
  /** Its namespace. */
  readonly namespace: string;
  /** Its S3 port. */
  readonly port: number;
}

const nsSelector = (name: string) => ({ matchLabels: { "kubernetes.io/metadata.name": name } });
const tcp = (port: number) => ({ protocol: "TCP", port: k8s.IntOrString.fromNumber(port) });

/** Flink REST port the operator polls. */
export const flinkRestPort = 8081;

/**
 * Default-deny for a Flink namespace, then the flows Flink needs: pod to pod
 * inside the namespace (JobManager/TaskManager RPC, blob, data), the operator
 * (and CMF) to the JobManager REST API, DNS, the Kubernetes API (native mode
 * creates TaskManager pods, HA uses ConfigMaps), the object store over HTTPS
 * (or the in-cluster MinIO), and whatever extra egress the stack lists.
 */
export function flinkNetworkPolicies(scope: Construct, props: FlinkNetworkPoliciesProps): void {
  const labels = platformLabels(props.environment, "network-policy");
  const policy = (id: string, name: string, spec: kplus.k8s.NetworkPolicySpec) =>
    new k8s.KubeNetworkPolicy(scope, id, { metadata: { name, namespace: props.namespace, labels }, spec });

  policy("deny-all", "default-deny-all", { podSelector: {}, policyTypes: ["Ingress", "Egress"] });
  policy("same-namespace", "allow-same-namespace", {
    podSelector: {},
    policyTypes: ["Ingress", "Egress"],
    ingress: [{ from: [{ podSelector: {} }] }],
    egress: [{ to: [{ podSelector: {} }] }],
  });
  policy("control", "allow-control-plane-to-rest", {
    podSelector: {},
    policyTypes: ["Ingress"],
    ingress: [
      {
        from: props.controlNamespaces.map((ns) => ({ namespaceSelector: nsSelector(ns) })),
        ports: [tcp(flinkRestPort)],
      },
    ],
  });
  policy("dns", "allow-dns", {
    podSelector: {},
    policyTypes: ["Egress"],
    egress: [
      {
        to: [{ namespaceSelector: nsSelector("kube-system") }],
        ports: [
          { protocol: "UDP", port: k8s.IntOrString.fromNumber(53) },
          { protocol: "TCP", port: k8s.IntOrString.fromNumber(53) },
        ],
      },
    ],
  });
  // The API server and cloud object stores have no stable in-cluster address: HTTPS anywhere.
  policy("https", "allow-kube-api-and-object-store", {
    podSelector: {},
    policyTypes: ["Egress"],
    egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [tcp(443), tcp(6443)] }],
  });
  if (props.objectStore) {
    policy("object-store", "allow-in-cluster-object-store", {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [{ namespaceSelector: nsSelector(props.objectStore.namespace) }],
          ports: [tcp(props.objectStore.port)],
        },
      ],
    });
  }
  if (props.scraper) {
    // One peer with both selectors: pods with these labels in that namespace (not either).
    policy("metrics", "allow-metrics-scraper", {
      podSelector: {},
      policyTypes: ["Ingress"],
      ingress: [
        {
          from: [
            {
              namespaceSelector: nsSelector(props.scraper.namespace),
              podSelector: { matchLabels: { ...props.scraper.podLabels } },
            },
          ],
          ports: props.scraper.ports.map(tcp),
        },
      ],
    });
  }
  if (props.extraEgress.length > 0) {
    policy("extra", "allow-configured-egress", {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: props.extraEgress.map((r) => ({
        to: [{ ipBlock: { cidr: r.cidr } }],
        ports: r.ports.map(tcp),
      })),
    });
  }
}

/** The dev MinIO accepts S3 traffic only from the Flink namespaces (and its own bucket job). */
export function objectStoreNetworkPolicies(
  scope: Construct,
  props: { environment: string; namespace: string; port: number; clients: readonly string[] },
): void {
  const labels = platformLabels(props.environment, "network-policy");
  new k8s.KubeNetworkPolicy(scope, "minio-deny-all", {
    metadata: { name: "default-deny-all", namespace: props.namespace, labels },
    spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
  });
  new k8s.KubeNetworkPolicy(scope, "minio-clients", {
    metadata: { name: "allow-s3-clients", namespace: props.namespace, labels },
    spec: {
      podSelector: {},
      policyTypes: ["Ingress", "Egress"],
      ingress: [
        {
          from: [{ podSelector: {} }, ...props.clients.map((ns) => ({ namespaceSelector: nsSelector(ns) }))],
          ports: [tcp(props.port)],
        },
      ],
      egress: [
        { to: [{ podSelector: {} }], ports: [tcp(props.port)] },
        {
          to: [{ namespaceSelector: nsSelector("kube-system") }],
          ports: [
            { protocol: "UDP", port: k8s.IntOrString.fromNumber(53) },
            { protocol: "TCP", port: k8s.IntOrString.fromNumber(53) },
          ],
        },
      ],
    },
  });
}
