/**
 * {@link CmfKubernetesCluster}: a Kubernetes cluster CMF manages, on the
 * {@link cmfProvider} skeleton.
 *
 * CMF has no create call for clusters: it registers one from a kubeconfig
 * file named after it in its kubeconfig directory (`/etc/cmf/kubeconfig`,
 * chart value `cmf.k8s.kubeconfigDirectory`), and the Flink Kubernetes
 * Operator with its CRDs must be on that cluster first (Confluent, "Manage
 * Multiple Kubernetes Clusters in Confluent Manager for Apache Flink",
 * https://docs.confluent.io/cp-flink/current/configure/kubernetes-clusters.html).
 * So "create" waits until CMF lists the cluster, then sets what the program
 * declares (`PUT`: ACTIVE, labels, annotations) and waits for CONNECTED;
 * "delete" decommissions it (`lifecycleState: DECOMMISSIONED`), the documented
 * way to take a cluster offline, after the environments on it are gone.
 */
import type * as pulumi from "@pulumi/pulumi";
import { CmfKubernetesClusters, type CmfKubernetesClusterDocument } from "./client-clusters";
import type { CmfConnection } from "./connection";
import type { CmfConnectionArgs } from "./connection-args";
import { pollUntil, waitPoll, type CmfWaitInputs } from "./poll";
import { cmfProvider, CmfNamedResource, metadataDrift, type CmfWaitArgs } from "./resource";
import { cmfReplaceOnChange } from "./replace-on-change";
import { WAIT_FIELDS, waitProblems } from "./scoped";
import { cmfNameProblems } from "./validate";

/** Resolved inputs of {@link cmfKubernetesClusterProvider}. */
export interface CmfKubernetesClusterInputs extends CmfWaitInputs {
  readonly connection: CmfConnection;
  /** Cluster name in CMF (the kubeconfig file name). */
  readonly name: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Outputs (state) of {@link cmfKubernetesClusterProvider}. */
export interface CmfKubernetesClusterOutputs extends CmfKubernetesClusterInputs {
  /** `status.state` as last seen: CONNECTED, DISCONNECTED or DECOMMISSIONED. */
  readonly state?: string;
  /** `status.kubernetesVersion` as last seen. */
  readonly kubernetesVersion?: string;
}

/** Default wait for registration and connection: CMF restarts to mount a new kubeconfig. */
export const CMF_CLUSTER_WAIT_MS = 300_000;

// The wait bounds follow the rule of every CMF wait (./scoped).
const problems = (inputs: CmfKubernetesClusterInputs) => [
  ...cmfNameProblems(inputs.name, "name", 1),
  ...waitProblems(inputs),
];

/**
 * Polls `GET /kubernetes-clusters/{name}` until `done(live)`; after the
 * timeout fails with `why(live)`, which says what CMF last reported.
 */
async function pollCluster(
  clusters: CmfKubernetesClusters,
  inputs: CmfKubernetesClusterInputs,
  done: (live: CmfKubernetesClusterDocument | undefined) => boolean,
  why: (live: CmfKubernetesClusterDocument | undefined) => string,
): Promise<CmfKubernetesClusterDocument | undefined> {
  return pollUntil(
    waitPoll(inputs, CMF_CLUSTER_WAIT_MS),
    () => clusters.get(inputs.name),
    done,
    (live, timeoutMs) => `CMF Kubernetes cluster ${inputs.name}: ${why(live)} after ${timeoutMs} ms`,
  );
}

const update = (clusters: CmfKubernetesClusters, inputs: CmfKubernetesClusterInputs) =>
  clusters.update({
    name: inputs.name,
    lifecycleState: "ACTIVE",
    labels: inputs.labels,
    annotations: inputs.annotations,
  });

/** Dynamic provider behind {@link CmfKubernetesCluster}; exported for tests and reuse. */
export const cmfKubernetesClusterProvider = cmfProvider<
  CmfKubernetesClusterInputs,
  CmfKubernetesClusterOutputs,
  CmfKubernetesClusterDocument
>({
  kind: "CmfKubernetesCluster",
  fields: ["connection", "name", "labels", "annotations", ...WAIT_FIELDS],
  replaceOnChange: cmfReplaceOnChange.CmfKubernetesCluster,
  problems,
  id: (inputs) => inputs.name,
  create: async (client, inputs) => {
    const clusters = new CmfKubernetesClusters(client);
    await pollCluster(
      clusters,
      inputs,
      (live) => live !== undefined,
      () =>
        "CMF has not registered it: it registers a cluster from the kubeconfig file of that name in its " +
        "kubeconfig directory (/etc/cmf/kubeconfig); check the mounted Secret and CMF's log",
    );
    return update(clusters, inputs);
  },
  update: (client, inputs) => update(new CmfKubernetesClusters(client), inputs),
  settle: async (client, inputs, live) => {
    if (live.status?.state === "CONNECTED") return live;
    const settled = await pollCluster(
      new CmfKubernetesClusters(client),
      inputs,
      (doc) => doc === undefined || doc.status?.state === "CONNECTED",
      (doc) =>
        `not CONNECTED (state ${doc?.status?.state ?? "unknown"}${doc?.status?.message ? `: ${doc.status.message}` : ""})`,
    );
    if (settled === undefined) throw new Error(`CMF Kubernetes cluster ${inputs.name} disappeared`);
    return settled;
  },
  get: (client, props, id) => new CmfKubernetesClusters(client).get(props.name ?? id),
  observed: (live) => ({ state: live.status?.state, kubernetesVersion: live.status?.kubernetesVersion }),
  drift: (props, live) =>
    metadataDrift(props, {
      metadata: {
        labels: live.metadata.labels ?? undefined,
        annotations: live.metadata.annotations ?? undefined,
      },
    }),
  remove: async (client, props, id) => {
    const clusters = new CmfKubernetesClusters(client);
    const name = props.name ?? id;
    if ((await clusters.get(name)) === undefined) return false;
    // Decommissioning is CMF's way to take a cluster offline; it fails (400) while environments use it.
    return clusters.update({ name, lifecycleState: "DECOMMISSIONED" });
  },
});

/** Arguments of {@link CmfKubernetesCluster}. */
export interface CmfKubernetesClusterArgs extends CmfWaitArgs {
  /** How to reach CMF. */
  readonly connection: CmfConnectionArgs;
  /** Cluster name in CMF: the kubeconfig file name. Changing it replaces the cluster. @default the resource name */
  readonly name?: pulumi.Input<string>;
  /** Labels (e.g. region); replace the cluster's. @default left as they are */
  readonly labels?: pulumi.Input<Record<string, string>>;
  /** Annotations; replace the cluster's. @default left as they are */
  readonly annotations?: pulumi.Input<Record<string, string>>;
}

/**
 * A Kubernetes cluster registered in CMF (`/cmf/api/v1/kubernetes-clusters`):
 * waits for the registration CMF makes from the mounted kubeconfig, keeps it
 * ACTIVE with the declared labels, and decommissions it on delete. CMF
 * environments name it in `kubernetesClusterName`.
 */
export class CmfKubernetesCluster extends CmfNamedResource<CmfKubernetesClusterArgs> {
  /** `status.state` as last seen by Pulumi. */
  declare readonly state: pulumi.Output<string | undefined>;
  /** `status.kubernetesVersion` as last seen by Pulumi. */
  declare readonly kubernetesVersion: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfKubernetesClusterArgs, opts?: pulumi.CustomResourceOptions) {
    const extra = { state: undefined, kubernetesVersion: undefined };
    super(cmfKubernetesClusterProvider, "CmfKubernetesCluster", name, args, WAIT_FIELDS, extra, opts);
  }
}
