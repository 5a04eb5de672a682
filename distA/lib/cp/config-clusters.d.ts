import * as z from "zod";
/**
 * `flink-platform:cmf.multiCluster`: Kubernetes clusters besides the one CMF
 * runs on, and the CMF environments placed on them.
 *
 * CMF calls its own cluster the hub and the others spokes. It registers a
 * spoke from a kubeconfig file named after it in its kubeconfig directory
 * (`/etc/cmf/kubeconfig`, chart value `cmf.k8s.kubeconfigDirectory`), and the
 * Flink Kubernetes Operator with its CRDs must be on the spoke before that
 * (Confluent, "Manage Multiple Kubernetes Clusters in Confluent Manager for
 * Apache Flink", https://docs.confluent.io/cp-flink/current/configure/kubernetes-clusters.html).
 * So each cluster names two ways in: the kubeconfig context this program uses
 * to install the operator and the Flink namespaces there, and the existing
 * Secret holding the kubeconfig CMF uses (mounted into the CMF pod under the
 * cluster's name). An environment names its cluster and namespace; its CMF
 * name is `<environment>-<cluster>-<namespace>`.
 *
 * Every rule of the section is in this schema (messages say what is allowed).
 */
/** Key of the section under `flink-platform:cmf`. */
export declare const cmfMultiClusterKey = "multiCluster";
export declare const cmfClusterSchema: z.ZodObject<{
    name: z.ZodString;
    context: z.ZodString;
    kubeconfigSecret: z.ZodObject<{
        name: z.ZodString;
        key: z.ZodString;
    }, z.core.$strict>;
    labels: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strict>;
export type CmfClusterConfig = z.output<typeof cmfClusterSchema>;
export declare const cmfClusterEnvironmentSchema: z.ZodObject<{
    cluster: z.ZodString;
    namespace: z.ZodString;
}, z.core.$strict>;
export type CmfClusterEnvironmentConfig = z.output<typeof cmfClusterEnvironmentSchema>;
/** Everything under `flink-platform:cmf.multiCluster`. */
export declare const cmfMultiClusterSchema: z.ZodObject<{
    clusters: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        context: z.ZodString;
        kubeconfigSecret: z.ZodObject<{
            name: z.ZodString;
            key: z.ZodString;
        }, z.core.$strict>;
        labels: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>>;
    environments: z.ZodDefault<z.ZodArray<z.ZodObject<{
        cluster: z.ZodString;
        namespace: z.ZodString;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type CmfMultiClusterConfig = z.output<typeof cmfMultiClusterSchema>;
/** CMF environment name of a spoke environment: `<environment>-<cluster>-<namespace>`. */
export declare function cmfClusterEnvironmentName(environment: string, cluster: string, namespace: string): string;
/** CMF's kubeconfig directory (chart default of `cmf.k8s.kubeconfigDirectory`): one file per spoke, named after it. */
export declare const cmfKubeconfigDirectory = "/etc/cmf/kubeconfig";
/** A spoke cluster, resolved: what its Kubernetes side and its CMF objects need. */
export interface CmfClusterPlan {
    readonly name: string;
    readonly context: string;
    readonly kubeconfigSecret: {
        readonly name: string;
        readonly key: string;
    };
    readonly labels?: Readonly<Record<string, string>>;
    /** Its Flink namespaces, each with the CMF environment placed there. */
    readonly environments: readonly {
        readonly name: string;
        readonly namespace: string;
    }[];
}
/** The spoke clusters of a validated section, each with its environments (`<environment>-<cluster>-<namespace>`). */
export declare function planCmfClusters(section: CmfMultiClusterConfig | undefined, environment: string): CmfClusterPlan[];
/**
 * CMF chart `mountedVolumes` entries that put each spoke's kubeconfig into
 * CMF's kubeconfig directory as a file named after the cluster (how CMF
 * registers it): one projected volume of the referenced Secret keys.
 */
export declare function cmfKubeconfigMounts(clusters: readonly CmfClusterPlan[]): {
    volumes: Record<string, unknown>[];
    volumeMounts: Record<string, unknown>[];
};
