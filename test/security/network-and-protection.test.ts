import { describe, expect, it } from "vitest";
import { synthStackOutput } from "../support/synth";
import { validateBuiltIn } from "../support/schemas";

type Obj = Record<string, unknown>;

/** NetworkPolicies of one namespace by name, from a stack's manifests. */
function policies(manifests: Obj[], namespace: string): Record<string, Obj> {
  return Object.fromEntries(
    manifests
      .filter((m) => m.kind === "NetworkPolicy" && (m.metadata as Obj).namespace === namespace)
      .map((m) => [(m.metadata as Obj).name as string, m.spec as Obj]),
  );
}

describe("network: Flink namespaces are default-deny with Flink's flows (dev)", () => {
  const dev = synthStackOutput("dev");
  const flink = policies(dev.manifests, "flink");

  it("denies everything by default, then allows exactly these flows", () => {
    expect(Object.keys(flink).sort()).toEqual([
      "allow-control-plane-to-rest",
      "allow-dns",
      "allow-in-cluster-object-store",
      "allow-kube-api-and-object-store",
      "allow-same-namespace",
      "default-deny-all",
    ]);
    expect(flink["default-deny-all"]).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
  });

  it("lets the operator reach the JobManager REST port and pods reach the MinIO S3 port", () => {
    expect(flink["allow-control-plane-to-rest"]).toMatchObject({
      ingress: [
        {
          from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "flink-operator" } } }],
          ports: [{ protocol: "TCP", port: 8081 }],
        },
      ],
    });
    expect(flink["allow-in-cluster-object-store"]).toMatchObject({
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "flink-storage" } } }],
          ports: [{ protocol: "TCP", port: 9000 }],
        },
      ],
    });
    expect(Object.keys(policies(dev.manifests, "flink-storage")).sort()).toEqual([
      "allow-s3-clients",
      "default-deny-all",
    ]);
  });

  it("every policy validates against the Kubernetes schema", () => {
    const all = dev.manifests.filter((m) => m.kind === "NetworkPolicy");
    expect(all.map((m) => validateBuiltIn(m)).filter(Boolean)).toEqual([]);
  });
});

describe("protection: stateful resources of prod stacks cannot be deleted by accident", () => {
  const protectedOf = (stack: string) =>
    synthStackOutput(stack)
      .plan.resources.filter((r) => r.protect || r.retainOnDelete)
      .map((r) => `${r.type.split(":").pop()} ${r.name}`)
      .sort();

  it("oss-prod protects its namespaces", () => {
    expect(protectedOf("oss-prod")).toEqual([
      "Namespace prod:flink-analytics",
      "Namespace prod:flink-jobs",
      "Namespace prod:flink-operator",
    ]);
  });

  it("prod (CP) protects its namespaces, the CMF release (its database), its install-choices guard and the CMF environments", () => {
    expect(protectedOf("prod")).toEqual([
      "CmfEnvironment prod-cmf-env-flink-analytics",
      "CmfEnvironment prod-cmf-env-flink-jobs",
      // Deleting the guard forgets the install-time choices it protects.
      "CmfInstallChoices prod-cmf-install-choices",
      "Namespace prod:confluent",
      "Namespace prod:flink-analytics",
      "Namespace prod:flink-jobs",
      "Release prod-cmf",
    ]);
  });

  it("cloud-prod protects its Confluent Cloud environment", () => {
    expect(protectedOf("cloud-prod")).toEqual(["Environment cloud-prod-env"]);
  });

  it("dev stacks protect nothing, so they can be torn down freely", () => {
    expect(protectedOf("dev")).toEqual([]);
  });
});
