import { describe, expect, it } from "vitest";
import type { FlinkPlatformOSSArgs } from "../../lib/oss/platform";
import { nameOf, record } from "../support/pulumi";

async function synth(args: FlinkPlatformOSSArgs) {
  return record(async () => {
    const { FlinkPlatformOSS } = await import("../../lib");
    new FlinkPlatformOSS("dev", args);
  });
}

const find = (resources: Awaited<ReturnType<typeof synth>>, type: string, name: string) => {
  const r = resources.find((x) => x.type === type && x.name === name);
  if (!r)
    throw new Error(`no ${type} ${name}; have: ${resources.map((x) => `${x.type} ${x.name}`).join(", ")}`);
  return r;
};

describe("FlinkPlatformOSS", () => {
  it("GIVEN the dev settings THEN it registers exactly these children, all parented to the component", async () => {
    const resources = await synth({
      environment: { name: "dev" },
      storage: { minio: { enabled: true } },
      smokeTest: { enabled: true },
    });
    const component = resources[0];
    expect(component).toMatchObject({
      type: "flink-platform:index:FlinkPlatformOSS",
      name: "dev",
      parent: null,
    });
    expect(resources.slice(1).every((r) => r.parent === component.urn)).toBe(true);
    expect(resources.map((r) => `${r.type} ${r.name}`).sort()).toEqual([
      "flink-platform:index:FlinkPlatformOSS dev",
      "kubernetes:apps/v1:StatefulSet dev:flink-storage/minio",
      "kubernetes:batch/v1:Job dev:flink-storage/minio-create-bucket",
      "kubernetes:core/v1:Namespace dev:cert-manager",
      "kubernetes:core/v1:Namespace dev:flink",
      "kubernetes:core/v1:Namespace dev:flink-operator",
      "kubernetes:core/v1:Namespace dev:flink-storage",
      "kubernetes:core/v1:PersistentVolumeClaim dev:flink-storage/minio-data",
      "kubernetes:core/v1:ResourceQuota dev:flink/flink-platform-quota",
      "kubernetes:core/v1:Secret dev:flink-storage/flink-s3-credentials",
      "kubernetes:core/v1:Secret dev:flink/flink-s3-credentials",
      "kubernetes:core/v1:Service dev:flink-storage/minio",
      "kubernetes:core/v1:ServiceAccount dev:flink/flink",
      "kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev:flink/flink-smoke-test",
      "kubernetes:helm.sh/v3:Release dev-cert-manager",
      "kubernetes:helm.sh/v3:Release dev-flink-operator",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy dev:flink-storage/allow-s3-clients",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy dev:flink-storage/default-deny-all",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy dev:flink/allow-control-plane-to-rest",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy dev:flink/allow-dns",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy dev:flink/allow-in-cluster-object-store",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy dev:flink/allow-kube-api-and-object-store",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy dev:flink/allow-same-namespace",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy dev:flink/default-deny-all",
      "kubernetes:rbac.authorization.k8s.io/v1:Role dev:flink/flink",
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding dev:flink/flink",
      "kubernetes:yaml/v2:ConfigGroup dev-operator-crds",
      "random:index/randomPassword:RandomPassword dev-minio-secret-key",
      "random:index/randomString:RandomString dev-minio-access-key",
    ]);
  });

  it("orders CRDs and cert-manager before the operator, the operator before custom resources, namespaces before namespaced objects", async () => {
    const resources = await synth({
      environment: { name: "dev" },
      storage: { checkpoints: "s3://bucket/checkpoints" },
      smokeTest: { enabled: true },
    });
    const operator = find(resources, "kubernetes:helm.sh/v3:Release", "dev-flink-operator");
    expect(operator.dependsOn.map(nameOf).sort()).toEqual([
      "dev-cert-manager",
      "dev-operator-crds",
      "dev:cert-manager",
      "dev:flink",
      "dev:flink-operator",
    ]);
    const smoke = find(
      resources,
      "kubernetes:flink.apache.org/v1beta1:FlinkDeployment",
      "dev:flink/flink-smoke-test",
    );
    expect(smoke.dependsOn.map(nameOf)).toEqual(
      expect.arrayContaining(["dev-flink-operator", "dev-operator-crds", "dev:flink", "dev:flink/flink"]),
    );
    const sa = find(resources, "kubernetes:core/v1:ServiceAccount", "dev:flink/flink");
    expect(sa.dependsOn.map(nameOf)).toEqual(["dev:flink"]);
    const index = (name: string) => resources.findIndex((r) => r.name === name);
    expect(index("dev-operator-crds")).toBeLessThan(index("dev-flink-operator"));
    expect(index("dev-flink-operator")).toBeLessThan(index("dev:flink/flink-smoke-test"));
  });

  it("installs the Apache chart with skipCrds and applies the CRDs of the configured version first", async () => {
    const resources = await synth({ environment: { name: "dev" }, operator: { version: "1.14.0" } });
    const crds = find(resources, "kubernetes:yaml/v2:ConfigGroup", "dev-operator-crds");
    expect(crds.inputs.files).toEqual([
      "https://raw.githubusercontent.com/apache/flink-kubernetes-operator/release-1.14.0/helm/flink-kubernetes-operator/crds/flinkdeployments.flink.apache.org-v1.yml",
      "https://raw.githubusercontent.com/apache/flink-kubernetes-operator/release-1.14.0/helm/flink-kubernetes-operator/crds/flinksessionjobs.flink.apache.org-v1.yml",
      "https://raw.githubusercontent.com/apache/flink-kubernetes-operator/release-1.14.0/helm/flink-kubernetes-operator/crds/flinkstatesnapshots.flink.apache.org-v1.yml",
      "https://raw.githubusercontent.com/apache/flink-kubernetes-operator/release-1.14.0/helm/flink-kubernetes-operator/crds/flinkbluegreendeployments.flink.apache.org-v1.yml",
    ]);
    const operator = find(resources, "kubernetes:helm.sh/v3:Release", "dev-flink-operator");
    expect(operator.inputs).toMatchObject({
      name: "flink-kubernetes-operator",
      chart: "flink-kubernetes-operator",
      version: "1.14.0",
      namespace: "flink-operator",
      skipCrds: true,
      repositoryOpts: { repo: "https://archive.apache.org/dist/flink/flink-kubernetes-operator-1.14.0/" },
    });
  });

  it("cert-manager install pins the jetstack chart with CRDs; none disables the webhook; existing installs nothing", async () => {
    const installed = await synth({ environment: { name: "dev" } });
    expect(find(installed, "kubernetes:helm.sh/v3:Release", "dev-cert-manager").inputs).toMatchObject({
      name: "cert-manager",
      chart: "cert-manager",
      version: "v1.18.2",
      namespace: "cert-manager",
      repositoryOpts: { repo: "https://charts.jetstack.io" },
      values: { crds: { enabled: true } },
    });

    const none = await synth({ environment: { name: "dev" }, certManager: { mode: "none" } });
    expect(none.filter((r) => r.name === "dev-cert-manager" || r.name === "dev:cert-manager")).toEqual([]);
    const values = find(none, "kubernetes:helm.sh/v3:Release", "dev-flink-operator").inputs.values as Record<
      string,
      unknown
    >;
    expect(values.webhook).toEqual({ create: false });

    const existing = await synth({ environment: { name: "dev" }, certManager: { mode: "existing" } });
    expect(existing.filter((r) => r.name === "dev-cert-manager")).toEqual([]);
    const existingValues = find(existing, "kubernetes:helm.sh/v3:Release", "dev-flink-operator").inputs
      .values as Record<string, unknown>;
    expect(existingValues.webhook).toEqual({ create: true });
  });

  it("labels every watched namespace and gives each job RBAC and a quota", async () => {
    const resources = await synth({ environment: { name: "dev" }, namespaces: { flink: ["a", "b"] } });
    for (const ns of ["a", "b"]) {
      expect(find(resources, "kubernetes:core/v1:Namespace", `dev:${ns}`).inputs.metadata).toMatchObject({
        name: ns,
        labels: { "flink-platform.io/environment": "dev", "flink-platform.io/namespace-role": "flink" },
      });
      expect(
        find(resources, "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", `dev:${ns}/flink`).inputs,
      ).toMatchObject({
        roleRef: { kind: "Role", name: "flink" },
        subjects: [{ kind: "ServiceAccount", name: "flink", namespace: ns }],
      });
      expect(
        find(resources, "kubernetes:core/v1:ResourceQuota", `dev:${ns}/flink-platform-quota`).inputs,
      ).toMatchObject({
        spec: { hard: { "requests.cpu": "8", "requests.memory": "16Gi" } },
      });
    }
    const values = find(resources, "kubernetes:helm.sh/v3:Release", "dev-flink-operator").inputs
      .values as Record<string, unknown>;
    expect(values.watchNamespaces).toEqual(["a", "b"]);
  });

  it("references the object-store Secret from Flink pods and never copies credentials into config", async () => {
    const resources = await synth({
      environment: { name: "staging" },
      storage: {
        checkpoints: "s3://bucket/cp",
        s3: { credentialsSecret: { name: "s3-creds", accessKeyIdKey: "id", secretAccessKeyKey: "key" } },
      },
    });
    const values = find(resources, "kubernetes:helm.sh/v3:Release", "dev-flink-operator").inputs.values as {
      defaultConfiguration: Record<string, string>;
    };
    expect(values.defaultConfiguration["flink-conf.yaml"]).toContain(
      "kubernetes.env.secretKeyRef: env:AWS_ACCESS_KEY_ID,secret:s3-creds,key:id;env:AWS_SECRET_ACCESS_KEY,secret:s3-creds,key:key\n",
    );
    expect(resources.filter((r) => r.type === "kubernetes:core/v1:Secret")).toEqual([]);
  });

  it("keeps generated MinIO credentials secret in the Secrets it creates", async () => {
    const resources = await synth({ environment: { name: "dev" }, storage: { minio: { enabled: true } } });
    const secrets = resources.filter((r) => r.type === "kubernetes:core/v1:Secret");
    expect(secrets.map((s) => s.inputs.stringData)).toEqual(["[secret]", "[secret]"]);
    expect(JSON.stringify(resources)).not.toContain("offline-dev-minio");
  });

  it("validates args before registering anything", async () => {
    let error: Error | undefined;
    const resources = await record(async () => {
      const { FlinkPlatformOSS } = await import("../../lib");
      try {
        new FlinkPlatformOSS("dev", { environment: { name: "prod" }, size: "XL" as never });
      } catch (err) {
        error = err as Error;
      }
    });
    expect(resources).toEqual([]);
    expect(error?.message.split("\n").filter((l) => l.startsWith("  - "))).toEqual([
      "  - args.size",
      "  - args.storage.checkpoints",
      "  - args.storage.savepoints",
      "  - args.storage.haStorageDir",
    ]);
    expect(error?.message.split("\n")[0]).toBe('Invalid arguments for FlinkPlatformOSS "dev" (4 problems):');
  });
});
