import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { renderGraph } from "../../lib/plan/graph";
import type { PlanResource } from "../../lib/plan/recorder";
import type { Plan } from "../../lib/plan/synth";

function urn(type: string, name: string): string {
  return `urn:pulumi:dev::flink-platform::${type}::${name}`;
}

function res(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  deps: PlanResource[] = [],
  parent?: PlanResource,
): PlanResource {
  return {
    urn: urn(type, name),
    type,
    name,
    parent: parent?.urn ?? null,
    dependsOn: deps.map((d) => d.urn).sort(),
    protect: false,
    retainOnDelete: false,
    inputs,
  };
}

function k8s(kind: string, name: string, namespace?: string) {
  return { kind, apiVersion: "v1", metadata: { name, ...(namespace ? { namespace } : {}) } };
}

const FD = "kubernetes:flink.apache.org/v1beta1:FlinkDeployment";
const RELEASE = "kubernetes:helm.sh/v3:Release";

/** Every layer once, plus hidden supporting objects. */
function platform(): Plan {
  const component = res("flink-platform:index:FlinkPlatformOSS", "dev", {});
  const ns = res("kubernetes:core/v1:Namespace", "dev:flink", k8s("Namespace", "flink"), [], component);
  const role = res(
    "kubernetes:rbac.authorization.k8s.io/v1:Role",
    "dev:flink/flink",
    k8s("Role", "flink", "flink"),
    [ns],
  );
  const secret = res("kubernetes:core/v1:Secret", "dev:flink/s3", k8s("Secret", "s3", "flink"), [ns]);
  const certManager = res(RELEASE, "dev-cert-manager", { chart: "cert-manager", name: "cert-manager" }, [ns]);
  const crds = res("kubernetes:yaml/v2:ConfigGroup", "dev-operator-crds", {
    files: ["https://x/crds/a.yml"],
  });
  const operator = res(
    RELEASE,
    "dev-flink-operator",
    { chart: "flink-kubernetes-operator", name: "flink-kubernetes-operator" },
    [ns, certManager, crds],
  );
  const cmf = res(RELEASE, "dev-cmf", { chart: "confluent-manager-for-apache-flink", name: "cmf" }, [
    operator,
  ]);
  const cmfEnv = res(
    "pulumi-nodejs:dynamic/cmf:CmfEnvironment",
    "dev-cmf-env",
    { name: "dev-env", kubernetesNamespace: "flink" },
    [cmf],
  );
  const cmfPool = res(
    "pulumi-nodejs:dynamic/cmf:CmfComputePool",
    "dev-cmf-pool",
    { name: "sql", environment: "dev-env", clusterSpec: {} },
    [cmfEnv],
  );
  const session = res(FD, "dev:flink/pool", { ...k8s("FlinkDeployment", "pool", "flink"), spec: {} }, [
    operator,
    role,
    secret,
  ]);
  const sessionJob = res(
    "kubernetes:flink.apache.org/v1beta1:FlinkSessionJob",
    "dev:flink/enrich",
    { ...k8s("FlinkSessionJob", "enrich", "flink"), spec: { deploymentName: "pool", job: {} } },
    [session, ns],
  );
  const app = res(
    FD,
    "dev:flink/orders",
    { ...k8s("FlinkDeployment", "orders", "flink"), spec: { job: {} } },
    [operator, secret],
  );
  const cmfApp = res(
    "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication",
    "dev-cmf-app",
    { name: "clicks", environment: "dev-env", spec: {} },
    [cmfEnv],
  );
  const ccEnv = res("confluentcloud:index/environment:Environment", "dev-env", { displayName: "dev" });
  const poolComponent = res("flink-platform:index:ComputePool", "dev-pool-default", {});
  const ccPool = res(
    "confluentcloud:index/flinkComputePool:FlinkComputePool",
    "dev-pool-default",
    { cloud: "AWS" },
    [ccEnv],
    poolComponent,
  );
  const sa = res("confluentcloud:index/serviceAccount:ServiceAccount", "dev-runner", {});
  const binding = res("confluentcloud:index/roleBinding:RoleBinding", "dev-runner-role", {}, [ccEnv, sa]);
  const statement = res(
    "confluentcloud:index/flinkStatement:FlinkStatement",
    "dev-stmt-orders",
    { statement: "SELECT 1" },
    [ccPool, ccEnv, binding],
  );
  return {
    stack: "dev",
    project: "flink-platform",
    resources: [
      component,
      ns,
      role,
      secret,
      certManager,
      crds,
      operator,
      cmf,
      cmfEnv,
      cmfPool,
      session,
      sessionJob,
      app,
      cmfApp,
      ccEnv,
      poolComponent,
      ccPool,
      sa,
      binding,
      statement,
    ],
  };
}

describe("renderGraph", () => {
  it("draws the layers bottom to top with the dependencies between shown nodes", () => {
    expect(renderGraph(platform())).toBe(
      [
        "flowchart BT",
        '  subgraph layer_cluster["Cluster / cloud"]',
        '    n_environment_dev_env["Environment dev-env"]',
        '    n_namespace_flink["Namespace flink"]',
        "  end",
        '  subgraph layer_certmanager["cert-manager"]',
        '    n_helmrelease_cert_manager["HelmRelease cert-manager"]',
        "  end",
        '  subgraph layer_operator["Flink operator"]',
        '    n_configgroup_dev_operator_crds["ConfigGroup dev-operator-crds"]',
        '    n_helmrelease_flink_kubernetes_operator["HelmRelease flink-kubernetes-operator"]',
        "  end",
        '  subgraph layer_cmf["Confluent Manager for Apache Flink"]',
        '    n_helmrelease_cmf["HelmRelease cmf"]',
        "  end",
        '  subgraph layer_environments["Environments"]',
        '    n_cmfenvironment_dev_env["CmfEnvironment dev-env"]',
        "  end",
        '  subgraph layer_pools["Pools"]',
        '    n_cmfcomputepool_sql["CmfComputePool sql"]',
        '    n_computepool_dev_pool_default["ComputePool dev-pool-default"]',
        '    n_flinkdeployment_flink_pool["FlinkDeployment flink/pool"]',
        "  end",
        '  subgraph layer_applications["Applications / statements"]',
        '    n_cmfflinkapplication_clicks["CmfFlinkApplication clicks"]',
        '    n_flinkdeployment_flink_orders["FlinkDeployment flink/orders"]',
        '    n_flinksessionjob_flink_enrich["FlinkSessionJob flink/enrich"]',
        '    n_flinkstatement_dev_stmt_orders["FlinkStatement dev-stmt-orders"]',
        "  end",
        "  n_cmfenvironment_dev_env --> n_cmfcomputepool_sql",
        "  n_cmfenvironment_dev_env --> n_cmfflinkapplication_clicks",
        "  n_computepool_dev_pool_default --> n_flinkstatement_dev_stmt_orders",
        "  n_configgroup_dev_operator_crds --> n_helmrelease_flink_kubernetes_operator",
        "  n_environment_dev_env --> n_computepool_dev_pool_default",
        "  n_flinkdeployment_flink_pool --> n_flinksessionjob_flink_enrich",
        "  n_helmrelease_cert_manager --> n_helmrelease_flink_kubernetes_operator",
        "  n_helmrelease_cmf --> n_cmfenvironment_dev_env",
        "  n_helmrelease_flink_kubernetes_operator --> n_flinkdeployment_flink_orders",
        "  n_helmrelease_flink_kubernetes_operator --> n_flinkdeployment_flink_pool",
        "  n_helmrelease_flink_kubernetes_operator --> n_helmrelease_cmf",
        "  n_namespace_flink --> n_helmrelease_cert_manager",
        "  layer_cluster ~~~ layer_certmanager",
        "  layer_certmanager ~~~ layer_operator",
        "  layer_operator ~~~ layer_cmf",
        "  layer_cmf ~~~ layer_environments",
        "  layer_environments ~~~ layer_pools",
        "  layer_pools ~~~ layer_applications",
        "%% not shown: Role ×1, RoleBinding ×1, Secret ×1, ServiceAccount ×1, component ×1",
        "",
      ].join("\n"),
    );
  });

  it("keeps the diagram readable: edges through hidden objects, implied edges dropped", () => {
    const out = renderGraph(platform());
    // FlinkDeployment flink/orders depends on a Secret that depends on the Namespace, and on the operator
    // that depends on the Namespace through cert-manager: only the operator edge remains.
    expect(out).not.toContain("n_namespace_flink --> n_flinkdeployment_flink_orders");
    // The statement reaches the Cloud environment through a hidden RoleBinding and through its pool.
    expect(out).not.toContain("n_environment_dev_env --> n_flinkstatement_dev_stmt_orders");
  });

  it("is deterministic whatever the resource order", () => {
    const plan = platform();
    const reversed = { ...plan, resources: [...plan.resources].reverse() };
    expect(renderGraph(reversed)).toBe(renderGraph(plan));
  });

  it("gives Mermaid-safe ids and escaped labels", () => {
    const plan: Plan = {
      stack: "x",
      project: "p",
      resources: [
        res("kubernetes:core/v1:Namespace", "a", k8s("Namespace", 'we"ird<ns>')),
        res("kubernetes:core/v1:Namespace", "b", k8s("Namespace", "we-ird-ns")),
      ],
    };
    expect(renderGraph(plan)).toBe(
      [
        "flowchart BT",
        '  subgraph layer_cluster["Cluster / cloud"]',
        '    n_namespace_we_ird_ns["Namespace we#quot;ird#lt;ns#gt;"]',
        '    n_namespace_we_ird_ns_2["Namespace we-ird-ns"]',
        "  end",
        "",
      ].join("\n"),
    );
  });

  it("renders the shipped dev plan", () => {
    const golden = path.join(__dirname, "golden", "dev.plan.json");
    const out = renderGraph(JSON.parse(fs.readFileSync(golden, "utf8")) as Plan);
    expect(out.startsWith("flowchart BT\n")).toBe(true);
    expect(out).toContain('["HelmRelease flink-kubernetes-operator"]');
    expect(out).toContain(
      "n_helmrelease_flink_kubernetes_operator --> n_flinkdeployment_flink_flink_smoke_test",
    );
    for (const line of out.trimEnd().split("\n")) {
      expect(line).toMatch(
        /^(flowchart BT|  subgraph \w+\[".*"\]|    \w+\[".*"\]|  end|  \w+ (-->|~~~) \w+|%% .*)$/,
      );
    }
  });
});
