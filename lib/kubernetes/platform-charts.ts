/**
 * The cdk8s charts every Kubernetes platform (OSS and CP) builds the same
 * way: namespaces, Flink namespaces with their RBAC and quotas, dev MinIO;
 * and the apply order of a platform's charts.
 */
import { App, Chart } from "cdk8s";
import { CertManagerMode } from "../core/schema";
import { PlatformPlan } from "../core/derive";
import {
  FlinkNamespaceChart,
  MinioChart,
  minioPort,
  NamespaceRole,
  PlatformNamespace,
  PlatformNamespacesChart,
  PodSecurityLevel,
} from "./charts";
import { SmokeTestChart } from "./flink-charts";
import type { MetricsScraper } from "./network";
import { ObservabilityChart } from "./observability-charts";
import { flinkMetricsPort } from "../core/observability";
import { FlinkApplicationsChart } from "./applications";

/** The cdk8s charts every Kubernetes platform (OSS and CP) has. */
export interface PlatformCharts {
  /** The platform's namespaces. */
  readonly namespaces: PlatformNamespacesChart;
  /** Job RBAC, quota and network policies of each Flink namespace. */
  readonly flinkNamespaces: readonly FlinkNamespaceChart[];
  /** The dev MinIO, when enabled. */
  readonly minio?: MinioChart;
  /** PodMonitors and the Grafana dashboard, when metrics are on and either is wanted. */
  readonly observability?: ObservabilityChart;
}

/** The cdk8s charts of an OSS platform, grouped by what they must wait for. */
export interface OssPlatformCharts extends PlatformCharts {
  /** Needs the operator (and its CRDs) before it can be applied. */
  readonly smokeTest?: SmokeTestChart;
  /** Needs the operator, and the pools its session jobs run on. */
  readonly applications?: FlinkApplicationsChart;
}

/**
 * Namespaces a platform owns, each once, in a stable order. `operatorRole`
 * labels the operator's namespace (`cmf` on the CP target, where CMF shares it).
 */
export function platformNamespaces(
  plan: PlatformPlan,
  operatorRole: NamespaceRole = NamespaceRole.Operator,
): PlatformNamespace[] {
  const all: PlatformNamespace[] = [{ name: plan.operatorNamespace, role: operatorRole }];
  for (const ns of plan.flinkNamespaces) all.push({ name: ns, role: NamespaceRole.Flink });
  if (plan.storage.minio) all.push({ name: plan.storage.minio.namespace, role: NamespaceRole.Storage });
  if (plan.certManager.mode === CertManagerMode.Install) {
    all.push({ name: plan.certManager.namespace, role: NamespaceRole.CertManager });
  }
  const seen = new Set<string>();
  return all.filter((ns) => !seen.has(ns.name) && seen.add(ns.name));
}

/** Options of {@link buildPlatformCharts}. */
export interface PlatformChartsOptions {
  /** Role label of the operator's namespace. @default "operator" */
  readonly operatorRole?: NamespaceRole;
  /** Pod Security level the Flink namespaces enforce. @default "restricted" */
  readonly flinkPodSecurity?: PodSecurityLevel;
  /** Namespaces of CMF SQL pools, scraped by their own PodMonitors. @default none */
  readonly sqlPoolNamespaces?: readonly string[];
}

/**
 * Builds the Kubernetes objects shared by the OSS and CP platforms into
 * `app`: namespaces, job RBAC and quota per Flink namespace, dev MinIO.
 */
export function buildPlatformCharts(
  app: App,
  plan: PlatformPlan,
  options: PlatformChartsOptions = {},
): PlatformCharts {
  const env = plan.environment;
  const namespaces = new PlatformNamespacesChart(app, "namespaces", {
    environment: env,
    namespaces: platformNamespaces(plan, options.operatorRole),
    ...(options.flinkPodSecurity ? { flinkPodSecurity: options.flinkPodSecurity } : {}),
  });
  const flinkNamespaces = plan.flinkNamespaces.map(
    (ns) =>
      new FlinkNamespaceChart(app, `flink-${ns}`, {
        environment: env,
        namespace: ns,
        serviceAccount: plan.flink.serviceAccount,
        quota: plan.namespaceQuota,
        network: plan.networkPolicies.enabled
          ? {
              controlNamespaces: [plan.operatorNamespace],
              objectStore: plan.storage.minio && { namespace: plan.storage.minio.namespace, port: minioPort },
              extraEgress: plan.networkPolicies.extraEgress,
              ...metricsScraper(plan),
            }
          : undefined,
      }),
  );
  const m = plan.storage.minio;
  const minio =
    m && plan.storage.credentials
      ? new MinioChart(app, "minio", {
          environment: env,
          namespace: m.namespace,
          bucket: m.bucket,
          volumeSize: m.volumeSize,
          image: m.image,
          clientImage: m.clientImage,
          credentialsSecret: plan.storage.credentials,
          clientNamespaces: plan.networkPolicies.enabled ? plan.flinkNamespaces : undefined,
        })
      : undefined;
  const o = plan.observability;
  const observability =
    o.podMonitors || o.dashboard
      ? new ObservabilityChart(app, "observability", { plan, sqlPoolNamespaces: options.sqlPoolNamespaces })
      : undefined;
  return { namespaces, flinkNamespaces, minio, observability };
}

/**
 * The Prometheus the Flink namespaces admit, on the reporter's port only
 * (the operator's namespace has no default-deny); none while metrics are off.
 */
function metricsScraper(plan: PlatformPlan): { scraper?: MetricsScraper } {
  const port = flinkMetricsPort(plan);
  if (port === undefined) return {};
  return { scraper: { ...plan.observability.scraper, ports: [port] } };
}

/** All charts of a platform in apply order. */
export function chartsInOrder(charts: OssPlatformCharts): Chart[] {
  return [
    charts.namespaces,
    ...charts.flinkNamespaces,
    charts.minio,
    charts.observability,
    charts.smokeTest,
    charts.applications,
  ].filter((c): c is NonNullable<typeof c> => c !== undefined);
}
