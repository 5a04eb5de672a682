import { App, Testing } from "cdk8s";
import { describe, expect, it } from "vitest";
import { planPlatform } from "../../lib/core/derive";
import { operatorValues } from "../../lib/core/operator-values";
import { cmfApplicationDefaults } from "../../lib/cp/defaults";
import { applicationDeploymentSpec, applicationProps } from "../../lib/kubernetes/applications";
import { SessionClusterChart } from "../../lib/kubernetes/flink-charts";
import { buildPlatformCharts } from "../../lib/kubernetes/platform-charts";
import { buildOssCharts } from "../../lib/oss/charts";
import { parseStackConfig } from "../../lib/stack-config";
import { problemsOf, stack } from "../support/config";

const prodStorage = { checkpoints: "s3://b/c", savepoints: "s3://b/s", haStorageDir: "s3://b/ha" };

function planOf(config: Record<string, unknown>) {
  return planPlatform(parseStackConfig(stack(config)) as Parameters<typeof planPlatform>[0]);
}

const reporter = {
  "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
  "metrics.reporter.prom.port": "9249",
};

describe("observability section", () => {
  it("GIVEN no observability section THEN metrics are off in dev and on in staging and prod", () => {
    expect(planOf({ environment: { name: "dev" } }).observability.enabled).toBe(false);
    expect(planOf({ environment: { name: "staging" }, storage: prodStorage }).observability.enabled).toBe(
      true,
    );
    expect(planOf({ environment: { name: "prod" }, storage: prodStorage }).observability.enabled).toBe(true);
    expect(
      planOf({ environment: { name: "prod" }, storage: prodStorage, observability: { enabled: false } })
        .observability.enabled,
    ).toBe(false);
  });

  it("defaults the scraper to the Prometheus Operator's pods in `monitoring`, no PodMonitors, a dashboard", () => {
    expect(planOf({ environment: { name: "dev" }, observability: { enabled: true } }).observability).toEqual({
      enabled: true,
      scraper: { namespace: "monitoring", podLabels: { "app.kubernetes.io/name": "prometheus" } },
      podMonitors: false,
      podMonitorLabels: {},
      dashboard: true,
    });
  });

  it("rejects a bad scraper namespace and label value, naming the keys", () => {
    expect(
      problemsOf({
        environment: { name: "dev" },
        observability: { scraper: { namespace: "Mon", podLabels: { app: "a b" } }, podMonitors: "yes" },
      }),
    ).toEqual([
      {
        path: "flink-platform:observability.scraper.namespace",
        got: "Mon",
        allowed:
          "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit",
      },
      {
        path: "flink-platform:observability.scraper.podLabels.app",
        got: "a b",
        allowed:
          "a label value (at most 63 characters: letters, digits, '-', '_', '.', starting and ending alphanumeric)",
      },
      { path: "flink-platform:observability.podMonitors", got: "yes", allowed: "true or false" },
    ]);
  });
});

describe("the platform's reporter is the platform's while metrics are on", () => {
  const allowed =
    "not set while observability is on: the platform sets the prom reporter (port 9249, the labels the dashboard and advise select by); name your own reporter otherwise, or set observability.enabled: false";

  it("rejects prom reporter keys in flink.configuration and an application's configuration, naming each", () => {
    expect(
      problemsOf({
        environment: { name: "dev" },
        observability: { enabled: true },
        flink: {
          configuration: { "metrics.reporter.prom.port": "9300", "metrics.reporter.jmx.port": "8789" },
        },
        applications: [
          {
            name: "orders",
            jarURI: "local:///opt/flink/job.jar",
            parallelism: 2,
            configuration: { "metrics.reporter.prom.scope.variables.additional": "team:a" },
          },
        ],
      }),
    ).toEqual([
      { path: "flink-platform:flink.configuration.metrics.reporter.prom.port", got: "9300", allowed },
      {
        path: "flink-platform:applications[0].configuration.metrics.reporter.prom.scope.variables.additional",
        got: "team:a",
        allowed,
      },
    ]);
  });

  it("accepts them while metrics are off (the dev default): the user's own prom reporter", () => {
    const plan = planOf({
      environment: { name: "dev" },
      flink: { configuration: { "metrics.reporter.prom.port": "9300" } },
    });
    expect(plan.flinkDefaults).toEqual({ "metrics.reporter.prom.port": "9300" });
  });
});

describe("the Prometheus reporter on every Flink cluster", () => {
  const on = {
    environment: { name: "dev" },
    observability: { enabled: true },
    pools: [{ name: "etl", taskManagers: 2, slots: 2, taskManager: { cpu: 2 } }],
    applications: [{ name: "orders", jarURI: "local:///opt/flink/job.jar", parallelism: 2 }],
  };

  it("puts the reporter with the environment label in the operator's Flink defaults, and turns on the operator's own", () => {
    const plan = planOf(on);
    expect(plan.flinkDefaults).toEqual({
      ...reporter,
      "metrics.reporter.prom.scope.variables.additional": "flink_platform_environment:dev",
    });
    const values = operatorValues(plan, true) as {
      metrics: unknown;
      defaultConfiguration: Record<string, string>;
    };
    expect(values.metrics).toEqual({ port: 9999 });
    expect(values.defaultConfiguration["flink-conf.yaml"]).toBe(
      [
        "kubernetes.operator.metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
        "kubernetes.operator.metrics.reporter.prom.port: 9999",
        "metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
        "metrics.reporter.prom.port: 9249",
        "metrics.reporter.prom.scope.variables.additional: flink_platform_environment:dev",
        "",
      ].join("\n"),
    );
  });

  it("CP: the CMF environment defaults turn the reporter on but leave its labels to each application", () => {
    // CMF: "Flink configuration at the environment level has precedence over Flink configuration for
    // individual Flink applications" (docs.confluent.io/platform/current/flink/concepts/environments.html),
    // so an environment-wide scope.variables.additional would replace every application's own labels.
    const plan = planOf(on);
    expect(cmfApplicationDefaults(plan).spec.flinkConfiguration).toEqual(reporter);
    const app = applicationDeploymentSpec(applicationProps(plan, plan.applications[0]));
    expect(app.flinkConfiguration).toMatchObject({
      "metrics.reporter.prom.scope.variables.additional":
        "flink_platform_environment:dev,flink_platform_application:orders",
    });
  });

  it("labels an application's own cluster with its name and declares the `metrics` port", () => {
    const plan = planOf(on);
    const spec = applicationDeploymentSpec(applicationProps(plan, plan.applications[0]));
    expect(spec.flinkConfiguration).toEqual({
      "taskmanager.numberOfTaskSlots": "1",
      ...reporter,
      "metrics.reporter.prom.scope.variables.additional":
        "flink_platform_environment:dev,flink_platform_application:orders",
    });
    const container = (spec.podTemplate as { spec: { containers: { ports?: unknown }[] } }).spec
      .containers[0];
    expect(container.ports).toEqual([{ name: "metrics", containerPort: 9249, protocol: "TCP" }]);
  });

  it("labels a pool's session cluster with the pool, and the pool's slots win", () => {
    const chart = new SessionClusterChart(new App(), "etl", {
      environment: "dev",
      namespace: "flink",
      name: "etl",
      image: "flink:1.20.1",
      flinkVersion: "v1_20",
      serviceAccount: "flink",
      taskManagers: 2,
      slots: 2,
      taskManager: { cpu: 2, memory: "2048Mi" },
      jobManager: { cpu: 1, memory: "1024Mi" },
      timeoutSeconds: 600,
      flinkConfiguration: { "taskmanager.numberOfTaskSlots": "9", "metrics.reporter.prom.port": "9249" },
      metricsPort: 9249,
    });
    const [deployment] = Testing.synth(chart) as { spec: Record<string, unknown> }[];
    expect(deployment.spec.flinkConfiguration).toEqual({
      "metrics.reporter.prom.port": "9249",
      "taskmanager.numberOfTaskSlots": "2",
    });
  });

  it("labels the smoke test's own cluster with its name and declares the `metrics` port (a PodMonitor scrapes it)", () => {
    const plan = planOf({
      environment: { name: "dev" },
      observability: { enabled: true },
      smokeTest: { enabled: true },
      storage: { minio: { enabled: true } },
    });
    const chart = buildOssCharts(new App(), plan).smokeTest!;
    const [deployment] = Testing.synth(chart) as { spec: Record<string, unknown> }[];
    expect(deployment.spec.flinkConfiguration).toMatchObject({
      ...reporter,
      "metrics.reporter.prom.scope.variables.additional":
        "flink_platform_environment:dev,flink_platform_application:flink-smoke-test",
    });
    const container = (deployment.spec.podTemplate as { spec: { containers: { ports?: unknown }[] } }).spec
      .containers[0];
    expect(container.ports).toEqual([{ name: "metrics", containerPort: 9249, protocol: "TCP" }]);
  });

  it("GIVEN metrics off THEN no reporter option, no metrics port and no operator metrics", () => {
    const plan = planOf({ ...on, observability: { enabled: false } });
    expect(plan.flinkDefaults).toEqual({});
    expect((operatorValues(plan, true) as Record<string, unknown>).metrics).toBeUndefined();
    const spec = applicationDeploymentSpec(applicationProps(plan, plan.applications[0]));
    expect(spec.flinkConfiguration).toEqual({ "taskmanager.numberOfTaskSlots": "1" });
    expect(JSON.stringify(spec.podTemplate)).not.toContain("ports");
  });
});

describe("NetworkPolicies admit the scraper on the metrics port only", () => {
  it("adds exactly one policy per Flink namespace: the scraper's pods in its namespace, TCP 9249", () => {
    const plan = planOf({
      environment: { name: "dev" },
      namespaces: { flink: ["flink", "jobs"] },
      observability: { enabled: true, scraper: { namespace: "obs", podLabels: { app: "prom" } } },
    });
    const charts = buildPlatformCharts(new App(), plan);
    for (const [i, ns] of ["flink", "jobs"].entries()) {
      const objects = Testing.synth(charts.flinkNamespaces[i]) as {
        kind: string;
        metadata: { name: string };
      }[];
      const policies = objects.filter((o) => o.kind === "NetworkPolicy");
      expect(policies.map((p) => p.metadata.name)).toEqual([
        "default-deny-all",
        "allow-same-namespace",
        "allow-control-plane-to-rest",
        "allow-dns",
        "allow-kube-api-and-object-store",
        "allow-metrics-scraper",
      ]);
      expect(policies[5]).toEqual({
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: {
          name: "allow-metrics-scraper",
          namespace: ns,
          labels: {
            "app.kubernetes.io/part-of": "flink-platform",
            "app.kubernetes.io/component": "network-policy",
            "flink-platform.io/environment": "dev",
          },
        },
        spec: {
          podSelector: {},
          policyTypes: ["Ingress"],
          ingress: [
            {
              from: [
                {
                  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "obs" } },
                  podSelector: { matchLabels: { app: "prom" } },
                },
              ],
              ports: [{ protocol: "TCP", port: 9249 }],
            },
          ],
        },
      });
    }
  });

  it("GIVEN metrics off THEN no scraper policy", () => {
    const charts = buildPlatformCharts(new App(), planOf({ environment: { name: "dev" } }));
    const names = (Testing.synth(charts.flinkNamespaces[0]) as { metadata: { name: string } }[]).map(
      (o) => o.metadata.name,
    );
    expect(names).not.toContain("allow-metrics-scraper");
  });
});
