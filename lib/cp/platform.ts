import * as k8s from "../kubernetes/k8s-sdk";
import * as pulumi from "@pulumi/pulumi";
import { App } from "cdk8s";
import { ComputePoolTarget } from "../compute-pool/args";
import { kubernetesPoolSizing, registerPools } from "../compute-pool/compute-pool";
import { CmfFlinkApplication } from "./cmf/application";
import { CmfEnvironment } from "./cmf/environment";
import { secretOrUndefined, type CmfConnectionArgs } from "./cmf/connection-args";
import { CmfInstallChoices } from "./cmf/install-choices";
import { CmfAuthenticationType, CmfClientAuth, CmfExposureType } from "./config";
import {
  cmfApplicationDefaults,
  cmfApplicationPlugins,
  CmfPlan,
  cmfReleaseName,
  cmfServiceName,
  cmfServicePort,
  cmfContainerPort,
  cmfSmokeTestName,
  cmfValues,
} from "./defaults";
import { PlatformPlan } from "../core/derive";
import { smokeTestFlinkConfiguration } from "../core/smoke-test";
import {
  applicationDeploymentSpec,
  applicationClusterMetrics,
  applicationProps,
  FlinkApplicationProps,
  smokeTestApplication,
} from "../kubernetes/applications";
import { buildPlatformCharts } from "../kubernetes/platform-charts";
import { CmfExposureChart, cmfLoadBalancerName } from "./charts";
import { FlinkVersion } from "../kubernetes/flink";
import { NamespaceRole, PodSecurityLevel } from "../kubernetes/charts";
import type { JsonObject } from "./cmf/client";
import { CmfCredentialsArgs, FlinkPlatformCPArgs } from "./args";
import { confluentOperatorRelease, registerCmfClusters } from "./clusters";
import { registerCharts } from "../kubernetes/bridge";
import { claimPlatform } from "../kubernetes/cluster-claims";
import { KubernetesFlinkPlatform, logWarnings, registerPlatformBase } from "../kubernetes/platform";
import { planCpFromArgs } from "./plan-args";
import { registerSavepoints } from "./savepoints";
import { registerCmfSql } from "./sql";
import { sqlPoolPodLabelOptions } from "../core/observability";

/**
 * Confluent Platform for Apache Flink on Kubernetes, the cookbook's recipe as
 * one component: namespaces, cert-manager, Confluent's Flink Kubernetes
 * Operator (CRDs applied from the matching Apache release, chart with
 * `skipCrds`), Confluent Manager for Apache Flink (CMF) with its license,
 * database, encryption and authentication, the CMF API exposed through an
 * Ingress or a LoadBalancer behind a NetworkPolicy, durable-state defaults,
 * CMF environments, CMF SQL compute pools and a smoke-test application.
 *
 * Order: namespaces -> cert-manager -> CRDs -> operator -> CMF -> exposure ->
 * CMF environments -> pools and applications. CMF's install-time choices
 * (database type, encryption, no downgrade) are guarded by
 * {@link CmfInstallChoices}, which the CMF release depends on.
 */
export class FlinkPlatformCP extends KubernetesFlinkPlatform {
  /** Namespace of the operator and CMF (K8S_NAMESPACE_CMF). */
  public readonly cmfNamespace: pulumi.Output<string>;
  /** Helm release name of CMF. */
  public readonly cmfReleaseName: pulumi.Output<string>;
  /** CMF chart version. */
  public readonly cmfVersion: pulumi.Output<string>;
  /**
   * The CMF API as exposed: the ingress URL, the LoadBalancer's address, or
   * the in-cluster Service URL when not exposed.
   */
  public readonly cmfUrl: pulumi.Output<string>;
  /** The URL this stack's CMF client calls (`cmf.endpoint`). */
  public readonly cmfEndpoint: pulumi.Output<string>;
  /** CMF environments by Flink namespace (spoke clusters' by `<cluster>/<namespace>`). */
  public readonly environments: pulumi.Output<Record<string, string>>;

  constructor(name: string, args: FlinkPlatformCPArgs, opts?: pulumi.ComponentResourceOptions) {
    // Validate before anything is registered: bad input must not half-apply.
    const { plan, cmf, sql } = planCpFromArgs(name, args);
    super("flink-platform:index:FlinkPlatformCP", name, opts);
    const credentials = args.cmfCredentials ?? {};

    const app = new App();
    // CMF builds SQL statement clusters from cp-flink-sql images whose user and added
    // containers are not documented: Flink namespaces enforce baseline, audit restricted.
    const flinkPodSecurity = PodSecurityLevel.Baseline;
    const charts = buildPlatformCharts(app, plan, {
      operatorRole: NamespaceRole.Cmf,
      flinkPodSecurity,
      sqlPoolNamespaces: plan.pools.map((p) => p.namespace),
    });
    const cmfHelm = { resource: `${name}-cmf`, namespace: cmf.namespace, name: cmfReleaseName };
    claimPlatform(this, "FlinkPlatformCP", name, plan, charts, [cmfHelm]);
    const base = registerPlatformBase(this, name, plan, charts);
    const { namespaces, flinkNamespaceObjects, storageSecrets } = base;

    const operator = confluentOperatorRelease(this, name, plan, base);

    // Stateful like the release: deleting it forgets the choices it guards.
    const installChoices = new CmfInstallChoices(`${name}-cmf-install-choices`, cmf.installChoices, {
      parent: this,
      protect: plan.tier === "prod",
    });

    const cmfRelease = new k8s.Release(
      `${name}-cmf`,
      {
        name: cmfReleaseName,
        chart: cmf.chart.name,
        version: cmf.chart.version,
        repositoryOpts: { repo: cmf.chart.repository },
        namespace: cmf.namespace,
        createNamespace: false,
        values: this.cmfChartValues(cmf, credentials),
        cleanupOnFail: true,
        timeout: 600,
      },
      {
        parent: this,
        // CMF's database (SQLite volume or the JDBC schema it owns) is state.
        protect: plan.tier === "prod",
        dependsOn: [
          operator,
          installChoices,
          ...base.platformNamespaces,
          ...(base.certManager ? [base.certManager] : []),
        ],
      },
    );

    const exposure = this.exposeCmf(app, name, plan, cmf, namespaces, cmfRelease);
    const exposureResources = [...exposure.values()];

    const connection: CmfConnectionArgs = {
      endpoint: cmf.endpoint,
      auth: {
        type: cmf.clientAuth,
        ...(cmf.clientAuth === CmfClientAuth.Bearer ? { token: credentials.token } : {}),
        ...(cmf.clientAuth === CmfClientAuth.Mtls
          ? { clientCertPem: credentials.clientCertPem, clientKeyPem: credentials.clientKeyPem }
          : {}),
        ...(credentials.caPem !== undefined ? { caPem: credentials.caPem } : {}),
      },
    };

    const environments = new Map(
      cmf.environments.map((env) => [
        env.namespace,
        new CmfEnvironment(
          `${name}-cmf-env-${env.namespace}`,
          {
            connection,
            name: env.name,
            kubernetesNamespace: env.namespace,
            flinkApplicationDefaults: cmfApplicationDefaults(plan),
          },
          {
            parent: this,
            protect: plan.tier === "prod",
            dependsOn: [
              cmfRelease,
              ...exposureResources,
              ...(namespaces.has(env.namespace) ? [namespaces.get(env.namespace)!] : []),
            ],
          },
        ),
      ]),
    );
    // Spoke clusters (cmf.multiCluster), their operators and environments.
    const spokeEnvironments = registerCmfClusters(this, name, plan, cmf.clusters, connection, [
      cmfRelease,
      ...exposureResources,
    ]);
    const firstEnvironment = environments.get(cmf.environments[0].namespace)!;
    const environmentOf = (ns: string) => environments.get(ns) ?? firstEnvironment;
    const workloadDeps = [cmfRelease, ...flinkNamespaceObjects.values(), ...storageSecrets];

    const pools = registerPools(
      this,
      name,
      plan.pools,
      (pool) => ({
        target: ComputePoolTarget.ConfluentPlatform,
        cp: {
          poolName: pool.name,
          connection,
          cmfEnvironment: environmentOf(pool.namespace).name,
          type: pool.type,
          image: cmf.sqlImage,
          flinkVersion: cmf.sqlFlinkVersion,
          // The SQL pools' pods also carry the workload label their PodMonitors select.
          ...kubernetesPoolSizing(plan, pool, sqlPoolPodLabelOptions(plan)),
        },
      }),
      (pool) => [environmentOf(pool.namespace), ...workloadDeps],
    );

    const smokeTest = plan.smokeTest.enabled
      ? new CmfFlinkApplication(
          `${name}-smoke-test`,
          {
            connection,
            environment: firstEnvironment.name,
            name: cmfSmokeTestName,
            spec: cmfApplicationSpec(
              plan,
              smokeTestApplication({
                namespace: cmf.environments[0].namespace,
                image: plan.flink.image,
                flinkVersion: plan.flink.versionEnum as FlinkVersion,
                serviceAccount: plan.flink.serviceAccount,
                parallelism: plan.smokeTest.parallelism,
                configuration: smokeTestFlinkConfiguration(plan),
                ...applicationClusterMetrics(plan, cmfSmokeTestName),
              }),
            ),
            waitForCheckpoint: true,
            waitTimeoutMs: plan.smokeTest.timeoutSeconds * 1000,
          },
          { parent: this, dependsOn: [firstEnvironment, ...workloadDeps] },
        )
      : undefined;
    for (const app of plan.applications) {
      const application = new CmfFlinkApplication(
        `${name}-app-${app.namespace}-${app.name}`,
        {
          connection,
          environment: environmentOf(app.namespace).name,
          name: app.name,
          spec: cmfApplicationSpec(plan, applicationProps(plan, app)),
        },
        { parent: this, dependsOn: [environmentOf(app.namespace), ...workloadDeps] },
      );
      registerSavepoints(
        this,
        `${name}-app-${app.namespace}-${app.name}`,
        { application: app.name },
        app.savepoints,
        application,
        connection,
      );
    }
    // Flink SQL: secrets, mappings, catalogs, databases, statements (./sql).
    registerCmfSql(this, name, {
      sql,
      connection,
      cmfNamespace: cmf.namespace,
      environments: cmf.environments.map((env) => ({
        name: env.name,
        resource: environments.get(env.namespace)!,
      })),
      pool: (pool) => {
        const i = plan.pools.findIndex((p) => p.name === pool);
        return { environment: environmentOf(plan.pools[i].namespace), resource: pools[i] };
      },
      dependsOn: [cmfRelease, ...exposureResources],
      sqlSecrets: credentials.sqlSecrets,
    });
    logWarnings(this, plan);

    const lb = exposure.get(`Service/${cmf.namespace}/${cmfLoadBalancerName}`) as
      k8s.coreV1.Service | undefined;
    this.cmfNamespace = pulumi.output(cmf.namespace);
    this.cmfReleaseName = cmfRelease.name;
    this.cmfVersion = cmfRelease.version;
    this.cmfUrl = lb ? loadBalancerUrl(lb, cmf.scheme) : pulumi.output(cmf.url ?? cmf.endpoint);
    this.cmfEndpoint = pulumi.output(cmf.endpoint);
    this.environments = pulumi.output({
      ...Object.fromEntries(cmf.environments.map((env) => [env.namespace, env.name])),
      ...spokeEnvironments,
    });
    const smokeTestName = smokeTest ? smokeTest.name : pulumi.output(undefined);
    this.registerPlatformOutputs(plan, namespaces, operator, smokeTestName, {
      cmfNamespace: this.cmfNamespace,
      cmfReleaseName: this.cmfReleaseName,
      cmfVersion: this.cmfVersion,
      cmfUrl: this.cmfUrl,
      cmfEndpoint: this.cmfEndpoint,
      environments: this.environments,
    });
  }

  /** CMF chart values, with the keystore and truststore passwords as Pulumi secrets. */
  private cmfChartValues(cmf: CmfPlan, credentials: CmfCredentialsArgs): Record<string, unknown> {
    const values = cmfValues(cmf);
    if (!cmf.tls) return values;
    const section = values.cmf as { ssl: Record<string, unknown> };
    const keystorePassword = secretOrUndefined(credentials.keystorePassword);
    const truststorePassword =
      cmf.authentication.type === CmfAuthenticationType.Mtls
        ? secretOrUndefined(credentials.truststorePassword)
        : undefined;
    section.ssl = {
      ...section.ssl,
      ...(keystorePassword ? { "keystore-password": keystorePassword } : {}),
      ...(truststorePassword ? { "trust-store-password": truststorePassword } : {}),
    };
    return values;
  }

  /** The Ingress or LoadBalancer for the CMF API and its NetworkPolicy (none when not exposed). */
  private exposeCmf(
    app: App,
    name: string,
    plan: PlatformPlan,
    cmf: CmfPlan,
    namespaces: Map<string, pulumi.Resource>,
    cmfRelease: pulumi.Resource,
  ): Map<string, pulumi.CustomResource> {
    if (cmf.exposure.type === CmfExposureType.None) return new Map();
    const ingress = cmf.exposure.ingress;
    const chart = new CmfExposureChart(app, "cmf-exposure", {
      environment: plan.environment,
      namespace: cmf.namespace,
      kind: cmf.exposure.type,
      ...(ingress ? { ingress } : {}),
      tls: cmf.tls !== undefined,
      serviceName: cmfServiceName,
      servicePort: cmfServicePort,
      containerPort: cmfContainerPort,
      allowedNamespaces: cmf.exposure.allowedNamespaces,
      allowedCidrs: cmf.exposure.allowedCidrs,
    });
    return registerCharts([chart], { parent: this, prefix: name, namespaces, dependsOn: [cmfRelease] });
  }
}

/**
 * The FlinkApplication spec CMF gets: the FlinkDeployment spec plus the S3
 * plugin jar of the application's own image (the application's own
 * configuration wins).
 */
function cmfApplicationSpec(plan: PlatformPlan, app: FlinkApplicationProps): JsonObject {
  const configuration = { ...cmfApplicationPlugins(plan, app.image), ...app.configuration };
  return applicationDeploymentSpec({ ...app, configuration }) as unknown as JsonObject;
}

/** `<scheme>://<LoadBalancer hostname or IP>` once the provider reports it. */
function loadBalancerUrl(service: k8s.coreV1.Service, scheme: string): pulumi.Output<string> {
  return service.status.apply((status) => {
    const ingress = status?.loadBalancer?.ingress?.[0];
    const address = ingress?.hostname ?? ingress?.ip;
    return address ? `${scheme}://${address}` : `${scheme}://<pending LoadBalancer address>`;
  });
}
