import { describe, expect, it } from "vitest";
import { parseStackConfig } from "../../lib/stack-config";
import { problemsOf, stack } from "../support/config";

const cp = { target: "cp", environment: { name: "staging" } };
const euWest = {
  name: "eu-west",
  context: "eu-west-admin",
  kubeconfigSecret: { name: "cmf-kubeconfigs", key: "eu-west" },
  labels: { region: "eu-west-1" },
};
const usEast = {
  name: "us-east",
  context: "us-east-admin",
  kubeconfigSecret: { name: "cmf-kubeconfigs", key: "us-east" },
};

describe("cmf.multiCluster", () => {
  it("accepts two spoke clusters, each with its own Flink namespaces", () => {
    const cfg = parseStackConfig(
      stack({
        ...cp,
        cmf: {
          multiCluster: {
            clusters: [euWest, usEast],
            environments: [
              { cluster: "eu-west", namespace: "flink-eu" },
              { cluster: "us-east", namespace: "flink-us" },
              { cluster: "us-east", namespace: "flink-us-batch" },
            ],
          },
        },
      }),
    );
    expect(cfg.cmf?.multiCluster).toEqual({
      clusters: [euWest, usEast],
      environments: [
        { cluster: "eu-west", namespace: "flink-eu" },
        { cluster: "us-east", namespace: "flink-us" },
        { cluster: "us-east", namespace: "flink-us-batch" },
      ],
    });
  });

  it("stays absent when not declared (shipped stacks unchanged)", () => {
    expect(
      parseStackConfig(stack({ ...cp, target: "cp", environment: { name: "staging" }, cmf: {} })).cmf,
    ).not.toHaveProperty("multiCluster");
  });

  it("an environment naming an undeclared cluster is one error naming the key", () => {
    expect(
      problemsOf({
        ...cp,
        cmf: {
          multiCluster: {
            clusters: [euWest],
            environments: [
              { cluster: "eu-west", namespace: "flink-eu" },
              { cluster: "ap-south", namespace: "flink-ap" },
            ],
          },
        },
      }),
    ).toEqual([
      {
        path: "flink-platform:cmf.multiCluster.environments[1].cluster",
        got: "ap-south",
        allowed: "one of the clusters declared under cmf.multiCluster.clusters (eu-west)",
      },
    ]);
    expect(
      problemsOf({
        ...cp,
        cmf: { multiCluster: { environments: [{ cluster: "eu-west", namespace: "flink-eu" }] } },
      }),
    ).toEqual([
      {
        path: "flink-platform:cmf.multiCluster.environments[0].cluster",
        got: "eu-west",
        allowed: "a cluster declared under cmf.multiCluster.clusters (none is declared)",
      },
    ]);
  });

  it("refuses two owners of one cluster, context, kubeconfig key or environment", () => {
    expect(
      problemsOf({
        ...cp,
        cmf: {
          multiCluster: {
            clusters: [euWest, { ...usEast, name: "eu-west" }, { ...usEast, context: "eu-west-admin" }],
            environments: [
              { cluster: "eu-west", namespace: "flink-eu" },
              { cluster: "eu-west", namespace: "flink-eu" },
            ],
          },
        },
      }),
    ).toEqual([
      {
        path: "flink-platform:cmf.multiCluster.clusters[1].name",
        got: "eu-west",
        allowed: "a cluster name used once (already clusters[0])",
      },
      {
        path: "flink-platform:cmf.multiCluster.clusters[2].context",
        got: "eu-west-admin",
        allowed:
          "a kubeconfig context used by one cluster only: one Kubernetes cluster declared twice gets two owners of its operator and namespaces (already clusters[0])",
      },
      {
        path: "flink-platform:cmf.multiCluster.clusters[2].kubeconfigSecret",
        // A key named like a secret has its value hidden in errors, even a mere reference.
        got: expect.anything(),
        allowed: "a kubeconfig Secret key used by one cluster only (already clusters[1])",
      },
      {
        path: "flink-platform:cmf.multiCluster.environments[1]",
        got: "eu-west/flink-eu",
        allowed: "one environment per cluster and namespace (already environments[0])",
      },
    ]);
  });

  it("checks each field's shape", () => {
    expect(
      problemsOf({
        ...cp,
        cmf: {
          multiCluster: {
            clusters: [{ name: "EU_West", context: "", kubeconfigSecret: { name: "x" }, extra: 1 }],
          },
        },
      }).map((p) => p.path),
    ).toEqual([
      "flink-platform:cmf.multiCluster.clusters[0].name",
      "flink-platform:cmf.multiCluster.clusters[0].context",
      "flink-platform:cmf.multiCluster.clusters[0].kubeconfigSecret.key",
      "flink-platform:cmf.multiCluster.clusters[0].extra",
    ]);
  });
});
