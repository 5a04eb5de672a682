import { Construct } from "constructs";
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
}
/** Where an in-cluster object store listens. */
export interface ObjectStoreEndpoint {
    /** Its namespace. */
    readonly namespace: string;
    /** Its S3 port. */
    readonly port: number;
}
/** Flink REST port the operator polls. */
export declare const flinkRestPort = 8081;
/**
 * Default-deny for a Flink namespace, then the flows Flink needs: pod to pod
 * inside the namespace (JobManager/TaskManager RPC, blob, data), the operator
 * (and CMF) to the JobManager REST API, DNS, the Kubernetes API (native mode
 * creates TaskManager pods, HA uses ConfigMaps), the object store over HTTPS
 * (or the in-cluster MinIO), and whatever extra egress the stack lists.
 */
export declare function flinkNetworkPolicies(scope: Construct, props: FlinkNetworkPoliciesProps): void;
/** The dev MinIO accepts S3 traffic only from the Flink namespaces (and its own bucket job). */
export declare function objectStoreNetworkPolicies(scope: Construct, props: {
    environment: string;
    namespace: string;
    port: number;
    clients: readonly string[];
}): void;
