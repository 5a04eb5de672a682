import { FlinkPlatformCP } from "flink-platform";

/**
 * One CMF, two Kubernetes clusters in two regions, one program and one stack.
 *
 * The hub (the current kubeconfig context) runs Confluent's operator, CMF and
 * the `flink` namespace. The spoke `eu-west` is reached two ways:
 *  - this program installs the operator, its CRDs and the `flink-eu`
 *    namespace there through the kubeconfig context `gke-eu-west`;
 *  - CMF reaches it with the kubeconfig stored under the key `eu-west` of the
 *    existing Secret `cmf-spoke-kubeconfigs` (CMF namespace), which the CMF
 *    chart values mount as /etc/cmf/kubeconfig/eu-west: CMF registers a
 *    cluster from a kubeconfig file of that name.
 * The CMF environment `orders-eu-west-flink-eu` is then bound to the spoke
 * with `kubernetesClusterName: eu-west`.
 *
 *   kubectl create secret generic cmf-spoke-kubeconfigs -n confluent \
 *     --from-file=eu-west=<kubeconfig of a service account on the spoke>
 */
const platform = new FlinkPlatformCP("orders", {
  environment: { name: "orders", tier: "staging" },
  namespaces: { operator: "confluent", flink: ["flink"] },
  storage: {
    checkpoints: "s3://orders-flink/checkpoints",
    savepoints: "s3://orders-flink/savepoints",
    haStorageDir: "s3://orders-flink/ha",
    // Referenced by Flink pods in every Flink namespace: create it on both clusters.
    s3: { credentialsSecret: { name: "flink-s3-credentials" } },
  },
  smokeTest: { enabled: false },
  cmf: {
    license: { secretRef: "cmf-license" },
    multiCluster: {
      clusters: [
        {
          name: "eu-west",
          context: "gke-eu-west",
          kubeconfigSecret: { name: "cmf-spoke-kubeconfigs", key: "eu-west" },
          labels: { region: "europe-west1", provider: "gcp" },
        },
      ],
      environments: [{ cluster: "eu-west", namespace: "flink-eu" }],
    },
  },
});

/** CMF environments: `flink` on the hub, `eu-west/flink-eu` on the spoke. */
export const environments = platform.environments;
export const cmfEndpoint = platform.cmfEndpoint;
