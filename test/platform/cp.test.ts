import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildApplicationBody, buildEnvironmentBody } from "../../lib/cp/cmf/client";
import { unexpectedDocument } from "../../lib/cp/cmf/documents";
import { cmfInstallChoicesProvider, type CmfInstallChoicesInputs } from "../../lib/cp/cmf/install-choices";
import { ConfigError } from "../../lib/core/errors";
import type { FlinkPlatformCPArgs } from "../../lib/cp/args";
import { OpenApiValidator } from "../cmf/fake-cmf-server";
import { nameOf, record, resolveOutput } from "../support/pulumi";
import { cmfOpenApiPath, haveReference, operatorReferenceDir } from "../support/reference";
import { validateBuiltIn, validateFlinkDeploymentSpec } from "../support/schemas";

type Resources = Awaited<ReturnType<typeof record>>;
type Obj = Record<string, unknown>;

const PEM = (what: string) =>
  `-----BEGIN ${what}-----\nCANARY-${what.toLowerCase().replace(/ /g, "-")}-7f3a9c\n-----END ${what}-----\n`;

/** A minimal staging platform: defaults everywhere, an S3 bucket, one pool, smoke test. */
const staging: FlinkPlatformCPArgs = {
  environment: { name: "staging" },
  namespaces: { operator: "confluent", flink: ["flink"] },
  storage: {
    checkpoints: "s3://bucket/checkpoints",
    savepoints: "s3://bucket/savepoints",
    haStorageDir: "s3://bucket/ha",
    s3: { credentialsSecret: { name: "s3-creds" } },
  },
  smokeTest: { enabled: true, parallelism: 3, timeoutSeconds: 300 },
  pools: [{ name: "sql", taskManagers: 2, slots: 1 }],
};

/** Production: encryption, PostgreSQL, mTLS, ingress with TLS passthrough, two namespaces. */
const prod: FlinkPlatformCPArgs = {
  environment: { name: "prod", tier: "prod" },
  size: "M",
  namespaces: { operator: "confluent", flink: ["flink-jobs", "flink-analytics"] },
  certManager: { mode: "existing" },
  storage: {
    checkpoints: "s3://bucket/checkpoints",
    savepoints: "s3://bucket/savepoints",
    haStorageDir: "s3://bucket/ha",
    s3: { credentialsSecret: { name: "s3-creds" } },
  },
  smokeTest: { enabled: true },
  pools: [
    { name: "critical", namespace: "flink-jobs", taskManagers: 2, slots: 2 },
    { name: "analytics", namespace: "flink-analytics", taskManagers: 1, slots: 2, type: "SHARED" },
  ],
  cmf: {
    license: { secretRef: "cmf-license" },
    sql: { production: true, encryptionKeySecret: { name: "cmf-key", key: "encryption-key" } },
    database: {
      type: "jdbc",
      jdbc: {
        url: "jdbc:postgresql://db:5432/cmf",
        user: "cmf",
        passwordSecret: { name: "cmf-db", key: "password" },
      },
    },
    authentication: { type: "mtls" },
    tls: { secretName: "cmf-tls" },
    exposure: { type: "ingress", ingress: { host: "cmf.example.com", className: "nginx" } },
    environmentPerNamespace: true,
  },
  cmfCredentials: {
    clientCertPem: PEM("CERTIFICATE"),
    clientKeyPem: PEM("PRIVATE KEY"),
    keystorePassword: "CANARY-keystore-7f3a9c",
    truststorePassword: "CANARY-truststore-7f3a9c",
  },
};

// FlinkPlatformCP comes from its own module, not the package index: the index also
// loads the Cloud target's SDK (@pulumi/confluentcloud), about 1 s CPU this file never uses.
const synths = new Map<string, Promise<{ resources: Resources; component: Obj }>>();

/**
 * The platform `name` with `args`, recorded once per file for each distinct
 * (name, args): the same args register the same resources, and the tests only
 * read them, so the many checks on staging and prod share one registration.
 */
function synth(args: FlinkPlatformCPArgs, name = "cp") {
  const key = JSON.stringify([name, args]);
  if (!synths.has(key)) {
    synths.set(
      key,
      (async () => {
        let component: Obj = {};
        const resources = await record(async () => {
          const { FlinkPlatformCP } = await import("../../lib/cp/platform");
          component = new FlinkPlatformCP(name, args) as unknown as Obj;
        });
        return { resources, component };
      })(),
    );
  }
  return synths.get(key)!;
}

function find(resources: Resources, type: string, name: string) {
  const r = resources.find((x) => x.type === type && x.name === name);
  if (!r)
    throw new Error(`no ${type} ${name}; have: ${resources.map((x) => `${x.type} ${x.name}`).join(", ")}`);
  return r;
}

const RELEASE = "kubernetes:helm.sh/v3:Release";

/**
 * The Helm release `resource` of `resources`, checked to install `chart` from
 * Confluent's repository into the CMF namespace, which the platform creates.
 */
function confluentRelease(
  resources: Resources,
  resource: string,
  release: { name: string; chart: string; version: string },
) {
  const found = find(resources, RELEASE, resource);
  expect(found.inputs).toMatchObject({
    ...release,
    repositoryOpts: { repo: "https://packages.confluent.io/helm" },
    namespace: "confluent",
    createNamespace: false,
  });
  return found;
}
const ENV = "pulumi-nodejs:dynamic/cmf:CmfEnvironment";
const APP = "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication";
const POOL = "pulumi-nodejs:dynamic/cmf:CmfComputePool";

/** Problems a FlinkPlatformCP constructor throws, as `path: allowed`, and what it registered. */
async function problemsOf(args: FlinkPlatformCPArgs): Promise<{ lines: string[]; registered: number }> {
  let error: unknown;
  const resources = await record(async () => {
    const { FlinkPlatformCP } = await import("../../lib/cp/platform");
    try {
      new FlinkPlatformCP("cp", args);
    } catch (err) {
      error = err;
    }
  });
  expect(ConfigError.isConfigError(error), String(error)).toBe(true);
  return {
    lines: (error as ConfigError).problems.map((p) => `${p.path}: ${p.allowed}`),
    registered: resources.length,
  };
}

describe("FlinkPlatformCP", () => {
  it("GIVEN staging defaults THEN it registers exactly these children, all parented to the component", async () => {
    const { resources } = await synth(staging, "staging");
    const component = resources[0];
    expect(component).toMatchObject({
      type: "flink-platform:index:FlinkPlatformCP",
      name: "staging",
      parent: null,
    });
    const pool = find(resources, "flink-platform:index:ComputePool", "staging-pool-sql");
    for (const r of resources.slice(1)) {
      expect(r.parent, r.name).toBe(r.type === POOL ? pool.urn : component.urn);
    }
    expect(resources.map((r) => `${r.type} ${r.name}`).sort()).toEqual([
      "flink-platform:index:ComputePool staging-pool-sql",
      "flink-platform:index:FlinkPlatformCP staging",
      // staging turns metrics on by default (issue 17): the dashboard and the scraper's policy.
      "kubernetes:core/v1:ConfigMap staging:confluent/flink-platform-dashboard",
      "kubernetes:core/v1:Namespace staging:cert-manager",
      "kubernetes:core/v1:Namespace staging:confluent",
      "kubernetes:core/v1:Namespace staging:flink",
      "kubernetes:core/v1:ResourceQuota staging:flink/flink-platform-quota",
      "kubernetes:core/v1:ServiceAccount staging:flink/flink",
      "kubernetes:helm.sh/v3:Release staging-cert-manager",
      "kubernetes:helm.sh/v3:Release staging-cmf",
      "kubernetes:helm.sh/v3:Release staging-flink-operator",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy staging:flink/allow-control-plane-to-rest",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy staging:flink/allow-dns",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy staging:flink/allow-kube-api-and-object-store",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy staging:flink/allow-metrics-scraper",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy staging:flink/allow-same-namespace",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy staging:flink/default-deny-all",
      "kubernetes:rbac.authorization.k8s.io/v1:Role staging:flink/flink",
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding staging:flink/flink",
      "kubernetes:yaml/v2:ConfigGroup staging-operator-crds",
      "pulumi-nodejs:dynamic/cmf:CmfComputePool staging-pool-sql",
      "pulumi-nodejs:dynamic/cmf:CmfEnvironment staging-cmf-env-flink",
      "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication staging-smoke-test",
      "pulumi-nodejs:dynamic/cmf:CmfInstallChoices staging-cmf-install-choices",
    ]);
    // The CMF namespace is labelled for CMF and enforces baseline (its pods come from Confluent's chart).
    expect(
      find(resources, "kubernetes:core/v1:Namespace", "staging:confluent").inputs.metadata,
    ).toMatchObject({
      labels: {
        "flink-platform.io/namespace-role": "cmf",
        "pod-security.kubernetes.io/enforce": "baseline",
      },
    });
  });

  it("installs Confluent's operator chart with skipCrds, after the CRDs of the mapped Apache release", async () => {
    const { resources } = await synth(staging);
    const operator = confluentRelease(resources, "cp-flink-operator", {
      name: "cp-flink-kubernetes-operator",
      chart: "flink-kubernetes-operator",
      version: "1.150.3",
    });
    expect(operator.inputs.skipCrds).toBe(true);
    expect(operator.dependsOn.map(nameOf).sort()).toEqual([
      "cp-cert-manager",
      "cp-operator-crds",
      "cp:cert-manager",
      "cp:confluent",
      "cp:flink",
    ]);
    const values = operator.inputs.values as Obj & { defaultConfiguration: Obj };
    expect(values.watchNamespaces).toEqual(["flink"]);
    expect(values.operatorPod).toEqual({
      resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { memory: "512Mi" } },
    });
    // Durable state for every deployment; the version-specific plugin jar is left to the environments.
    const conf = values.defaultConfiguration["flink-conf.yaml"] as string;
    expect(conf).toContain("state.checkpoints.dir: s3://bucket/checkpoints\n");
    expect(conf).toContain("kubernetes.env.secretKeyRef: env:AWS_ACCESS_KEY_ID,secret:s3-creds,");
    expect(conf).not.toContain("ENABLE_BUILT_IN_PLUGINS");
  });

  it.each([
    ["1.150.3", "1.15.0"],
    ["1.140.1", "1.14.0"],
    ["1.130.0", "1.13.0"],
  ])("Confluent operator %s applies the CRDs of Apache %s", async (version, apache) => {
    const { resources } = await synth({ ...staging, operator: { version } });
    const crds = find(resources, "kubernetes:yaml/v2:ConfigGroup", "cp-operator-crds");
    const files = crds.inputs.files as string[];
    expect(files).toHaveLength(4);
    for (const file of files) {
      expect(file).toMatch(
        new RegExp(
          `^https://raw\\.githubusercontent\\.com/apache/flink-kubernetes-operator/release-${apache.replace(/\./g, "\\.")}/helm/flink-kubernetes-operator/crds/flink[a-z]+\\.flink\\.apache\\.org-v1\\.yml$`,
        ),
      );
    }
    expect(find(resources, RELEASE, "cp-flink-operator").inputs.version).toBe(version);
  });

  it("installs CMF with the license, encryption, database, mTLS and size-derived values", async () => {
    const { resources } = await synth(prod);
    const cmf = confluentRelease(resources, "cp-cmf", {
      name: "cmf",
      chart: "confluent-manager-for-apache-flink",
      version: "2.4.2",
    });
    expect(cmf.inputs.values).toEqual({
      license: { secretRef: "cmf-license" },
      cmf: {
        sql: { production: true, "examples-catalog": { enabled: false } },
        database: {
          type: "jdbc",
          jdbc: {
            url: "jdbc:postgresql://db:5432/cmf",
            user: "cmf",
            password: { kubernetesSecretName: "cmf-db", kubernetesSecretProperty: "password" },
          },
        },
        authentication: { type: "mtls" },
        ssl: {
          keystore: "/mnt/cmf-tls/keystore.jks",
          "keystore-password": "[secret]",
          "trust-store": "/mnt/cmf-tls/truststore.jks",
          "trust-store-password": "[secret]",
          "client-auth": "need",
        },
      },
      encryption: { key: { kubernetesSecretName: "cmf-key", kubernetesSecretProperty: "encryption-key" } },
      // jdbc keeps CMF's metadata in PostgreSQL: no SQLite PVC (the chart creates a 10Gi one by default).
      persistence: { create: false },
      mountedVolumes: {
        volumes: [{ name: "cmf-tls", secret: { secretName: "cmf-tls" } }],
        volumeMounts: [{ name: "cmf-tls", mountPath: "/mnt/cmf-tls", readOnly: true }],
      },
      resources: { requests: { cpu: "2", memory: "2Gi" }, limits: { cpu: "4", memory: "2Gi" } },
      serviceAccount: { create: true },
    });
  });

  it("GIVEN a local database and OAuth THEN CMF gets a PVC sized from the size and the OAuth settings", async () => {
    const oauth = {
      "oauthbearer.jwks.endpoint.url": "https://idp/certs",
      "oauthbearer.expected.issuer": "https://idp",
    };
    const { resources } = await synth({
      ...staging,
      size: "L",
      cmf: {
        authentication: { type: "oauth", config: oauth },
        serviceAccount: { create: false, name: "cmf" },
      },
      cmfCredentials: { token: "CANARY-token-7f3a9c" },
    });
    expect(find(resources, RELEASE, "cp-cmf").inputs.values).toEqual({
      cmf: {
        sql: { production: false, "examples-catalog": { enabled: false } },
        database: { type: "local" },
        authentication: { type: "oauth", config: oauth },
      },
      persistence: { create: true, dataVolumeCapacity: "50Gi" },
      resources: { requests: { cpu: "2", memory: "4Gi" }, limits: { cpu: "4", memory: "4Gi" } },
      serviceAccount: { create: false, name: "cmf" },
    });
    const env = find(resources, ENV, "cp-cmf-env-flink");
    expect(env.inputs.connection).toEqual({
      endpoint: "http://localhost:8080",
      auth: { type: "bearer", token: "[secret]" },
    });
  });

  it("orders namespaces -> CRDs -> operator -> CMF -> exposure -> environment -> pools and applications", async () => {
    const { resources } = await synth(prod);
    const deps = (type: string, name: string) => find(resources, type, name).dependsOn.map(nameOf).sort();
    expect(deps(RELEASE, "cp-cmf")).toEqual([
      "cp-cmf-install-choices",
      "cp-flink-operator",
      "cp:confluent",
      "cp:flink-analytics",
      "cp:flink-jobs",
    ]);
    expect(deps("kubernetes:networking.k8s.io/v1:Ingress", "cp:confluent/cmf")).toEqual([
      "cp-cmf",
      "cp:confluent",
    ]);
    expect(deps(ENV, "cp-cmf-env-flink-jobs")).toEqual([
      "cp-cmf",
      "cp:confluent/cmf",
      "cp:confluent/cmf-api-ingress",
      "cp:flink-jobs",
    ]);
    expect(deps(POOL, "cp-pool-critical")).toEqual(
      expect.arrayContaining(["cp-cmf", "cp-cmf-env-flink-jobs"]),
    );
    expect(deps(POOL, "cp-pool-analytics")).toEqual(
      expect.arrayContaining(["cp-cmf", "cp-cmf-env-flink-analytics", "cp:flink-analytics/flink"]),
    );
    expect(deps(APP, "cp-smoke-test")).toEqual(
      expect.arrayContaining([
        "cp-cmf",
        "cp-cmf-env-flink-jobs",
        "cp:flink-jobs/flink",
        "cp:flink-jobs/flink-platform-quota",
      ]),
    );
    const index = (name: string) => resources.findIndex((r) => r.name === name);
    expect(index("cp-operator-crds")).toBeLessThan(index("cp-flink-operator"));
    expect(index("cp-flink-operator")).toBeLessThan(index("cp-cmf"));
    expect(index("cp-cmf")).toBeLessThan(index("cp:confluent/cmf"));
    expect(index("cp:confluent/cmf")).toBeLessThan(index("cp-cmf-env-flink-jobs"));
    for (const later of ["cp-pool-critical", "cp-smoke-test"]) {
      expect(index("cp-cmf-env-flink-jobs")).toBeLessThan(index(later));
    }
  });

  it("creates one environment per Flink namespace when asked, else one for the first, with the durable defaults", async () => {
    const one = await synth({ ...staging, namespaces: { operator: "confluent", flink: ["a-ns", "b-ns"] } });
    expect(
      one.resources
        .filter((r) => r.type === ENV)
        .map((r) => [r.name, r.inputs.name, r.inputs.kubernetesNamespace]),
    ).toEqual([["cp-cmf-env-a-ns", "staging-a-ns", "a-ns"]]);
    const { resources, component } = await synth(prod);
    const envs = resources.filter((r) => r.type === ENV);
    expect(envs.map((r) => [r.inputs.name, r.inputs.kubernetesNamespace]).sort()).toEqual([
      ["prod-flink-analytics", "flink-analytics"],
      ["prod-flink-jobs", "flink-jobs"],
    ]);
    expect(envs[0].inputs.flinkApplicationDefaults).toEqual({
      spec: {
        serviceAccount: "flink",
        flinkConfiguration: {
          "state.checkpoints.dir": "s3://bucket/checkpoints",
          "state.savepoints.dir": "s3://bucket/savepoints",
          "execution.checkpointing.interval": "60s",
          "state.backend.type": "rocksdb",
          "state.backend.incremental": "true",
          "high-availability.type": "kubernetes",
          "high-availability.storageDir": "s3://bucket/ha",
          // No ENABLE_BUILT_IN_PLUGINS: the environment's settings win over the application's, and
          // the jar name depends on each application's image (see the next test).
          "kubernetes.env.secretKeyRef":
            "env:AWS_ACCESS_KEY_ID,secret:s3-creds,key:AWS_ACCESS_KEY_ID;env:AWS_SECRET_ACCESS_KEY,secret:s3-creds,key:AWS_SECRET_ACCESS_KEY",
          // prod: the Prometheus reporter on every application of the environment (issue 17); its
          // labels are each application's, which environment settings would override.
          "metrics.reporter.prom.factory.class":
            "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
          "metrics.reporter.prom.port": "9249",
        },
      },
    });
    expect((await resolveOutput(component.environments)).value).toEqual({
      "flink-jobs": "prod-flink-jobs",
      "flink-analytics": "prod-flink-analytics",
    });
  });

  it("gives each CMF application the S3 plugin jar of its own image", async () => {
    const { resources } = await synth({
      ...staging,
      // Four applications, each its own cluster, with the pool and the smoke test: size L's namespace quota holds them.
      size: "L",
      applications: [
        { name: "on-default", jarURI: "local:///opt/flink/usrlib/a.jar", parallelism: 1 },
        {
          name: "on-cp2",
          jarURI: "local:///opt/flink/usrlib/b.jar",
          parallelism: 1,
          image: "confluentinc/cp-flink:1.20.5-cp2-java17",
        },
        {
          name: "on-apache",
          jarURI: "local:///opt/flink/usrlib/c.jar",
          parallelism: 1,
          image: "flink:1.20.3-scala_2.12-java17",
        },
        {
          name: "on-custom",
          jarURI: "local:///opt/flink/usrlib/d.jar",
          parallelism: 1,
          image: "registry.example.com/jobs:latest",
        },
      ],
    });
    const plugins = (name: string) => {
      const conf = (find(resources, APP, name).inputs.spec as { flinkConfiguration: Obj }).flinkConfiguration;
      expect(conf["containerized.taskmanager.env.ENABLE_BUILT_IN_PLUGINS"], name).toBe(
        conf["containerized.master.env.ENABLE_BUILT_IN_PLUGINS"],
      );
      return conf["containerized.master.env.ENABLE_BUILT_IN_PLUGINS"];
    };
    expect(
      [
        "cp-smoke-test",
        "cp-app-flink-on-default",
        "cp-app-flink-on-cp2",
        "cp-app-flink-on-apache",
        "cp-app-flink-on-custom",
      ].map(plugins),
    ).toEqual([
      "flink-s3-fs-presto-1.20.1-cp1.jar",
      "flink-s3-fs-presto-1.20.1-cp1.jar",
      "flink-s3-fs-presto-1.20.5-cp2.jar",
      "flink-s3-fs-presto-1.20.3.jar",
      // An image whose tag names no version: the jar of flink.version.
      "flink-s3-fs-presto-1.20.1.jar",
    ]);
  });

  it("runs the smoke test as a CMF application that waits for a completed checkpoint, and SQL pools on cp-flink-sql", async () => {
    const { resources, component } = await synth(staging);
    const app = find(resources, APP, "cp-smoke-test");
    expect(app.inputs.waitForRunning).toBeUndefined();
    expect((app.inputs.spec as { flinkConfiguration: unknown }).flinkConfiguration).toEqual({
      "containerized.master.env.ENABLE_BUILT_IN_PLUGINS": "flink-s3-fs-presto-1.20.1-cp1.jar",
      "containerized.taskmanager.env.ENABLE_BUILT_IN_PLUGINS": "flink-s3-fs-presto-1.20.1-cp1.jar",
      "taskmanager.numberOfTaskSlots": "1",
      "state.checkpoints.dir": "s3://bucket/checkpoints",
      "execution.checkpointing.interval": "60s",
      "kubernetes.operator.periodic.checkpoint.interval": "60s",
      "kubernetes.operator.snapshot.resource.enabled": "false",
      // The smoke test is a cluster the platform creates: its reporter carries its name (issue 17).
      "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
      "metrics.reporter.prom.port": "9249",
      "metrics.reporter.prom.scope.variables.additional":
        "flink_platform_environment:staging,flink_platform_application:flink-smoke-test",
    });
    expect(app.inputs).toMatchObject({
      environment: "staging-flink",
      name: "flink-smoke-test",
      waitForCheckpoint: true,
      waitTimeoutMs: 300_000,
      spec: {
        image: "confluentinc/cp-flink:1.20.1-cp1",
        flinkVersion: "v1_20",
        serviceAccount: "flink",
        jobManager: { replicas: 1, resource: { cpu: 1, memory: "1024m" } },
        taskManager: { resource: { cpu: 1, memory: "1024m" } },
        job: {
          jarURI: "local:///opt/flink/examples/streaming/StateMachineExample.jar",
          parallelism: 3,
          upgradeMode: "stateless",
          state: "running",
        },
      },
    });
    expect(find(resources, POOL, "cp-pool-sql").inputs).toMatchObject({
      environment: "staging-flink",
      name: "sql",
      type: "DEDICATED",
      clusterSpec: {
        flinkVersion: "v1_19",
        image: "confluentinc/cp-flink-sql:1.19-cp10",
        flinkConfiguration: { "taskmanager.numberOfTaskSlots": "1" },
        taskManager: { replicas: 2, resource: { cpu: 1, memory: "2048m" } },
        jobManager: { resource: { cpu: 1, memory: "2048m" } },
      },
    });
    expect((await resolveOutput(component.smokeTestName)).value).toBe("flink-smoke-test");
    expect((await resolveOutput(component.pools)).value).toEqual({
      sql: { namespace: "flink", slotCapacity: 2 },
    });
  });

  it("labels the SQL pools' pods and gives them PodMonitors: their pods declare no metrics port", async () => {
    const { resources } = await synth({ ...staging, observability: { podMonitors: true } });
    const pool = find(resources, POOL, "cp-pool-sql").inputs.clusterSpec as { flinkConfiguration: unknown };
    expect(pool.flinkConfiguration).toEqual({
      "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
      "metrics.reporter.prom.port": "9249",
      "metrics.reporter.prom.scope.variables.additional":
        "flink_platform_environment:staging,flink_platform_pool:sql",
      // Flink's native Kubernetes integration puts these on the pods CMF starts for the pool.
      "kubernetes.jobmanager.labels": "flink-platform.io/workload:sql-pool",
      "kubernetes.taskmanager.labels": "flink-platform.io/workload:sql-pool",
      "taskmanager.numberOfTaskSlots": "1",
    });
    const monitors = resources
      .filter((r) => r.inputs.kind === "PodMonitor")
      .map((r) => r.inputs.metadata as { namespace: string; name: string })
      .map((m) => `${m.namespace}/${m.name}`);
    expect(monitors.sort()).toEqual([
      "confluent/flink-kubernetes-operator",
      "flink/flink-jobmanager",
      "flink/flink-sql-jobmanager",
      "flink/flink-sql-taskmanager",
      "flink/flink-taskmanager",
    ]);
  });

  it("keeps every CMF credential a secret: client cert, key, token and keystore passwords", async () => {
    const { resources, component } = await synth(prod);
    const text = JSON.stringify(resources);
    expect(text).not.toMatch(/CANARY-[a-z-]+-7f3a9c/);
    for (const r of resources.filter(
      (x) => x.type.startsWith("pulumi-nodejs:dynamic/cmf:Cmf") && x.inputs.connection,
    )) {
      expect(r.inputs.connection, r.name).toEqual({
        endpoint: "https://cmf.example.com",
        auth: { type: "mtls", clientCertPem: "[secret]", clientKeyPem: "[secret]" },
      });
    }
    for (const [key, value] of Object.entries(component)) {
      if (!pulumi.Output.isInstance(value)) continue;
      expect(JSON.stringify((await resolveOutput(value)).value ?? null), key).not.toMatch(/CANARY/);
    }
  });

  describe("CMF API exposure", () => {
    it("ingress with TLS at the controller: Ingress for cmf-service, NetworkPolicy for the controller and listed sources", async () => {
      const { resources, component } = await synth({
        ...staging,
        cmf: {
          exposure: {
            type: "ingress",
            ingress: { host: "cmf.staging.example.com", className: "nginx", tlsSecret: "cmf-tls-cert" },
            allowedNamespaces: ["monitoring"],
            allowedCidrs: ["10.0.0.0/8"],
          },
        },
      });
      const ingress = find(resources, "kubernetes:networking.k8s.io/v1:Ingress", "cp:confluent/cmf").inputs;
      expect(ingress.metadata).toMatchObject({ name: "cmf", namespace: "confluent" });
      expect((ingress.metadata as Obj).annotations).toBeUndefined();
      expect(ingress.spec).toEqual({
        ingressClassName: "nginx",
        tls: [{ hosts: ["cmf.staging.example.com"], secretName: "cmf-tls-cert" }],
        rules: [
          {
            host: "cmf.staging.example.com",
            http: {
              paths: [
                {
                  path: "/",
                  pathType: "Prefix",
                  backend: { service: { name: "cmf-service", port: { number: 80 } } },
                },
              ],
            },
          },
        ],
      });
      const policy = find(
        resources,
        "kubernetes:networking.k8s.io/v1:NetworkPolicy",
        "cp:confluent/cmf-api-ingress",
      );
      expect(policy.inputs.spec).toEqual({
        podSelector: { matchLabels: { "app.kubernetes.io/name": "confluent-manager-for-apache-flink" } },
        policyTypes: ["Ingress"],
        ingress: [
          {
            from: [
              { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } },
              { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } },
              { ipBlock: { cidr: "10.0.0.0/8" } },
            ],
            ports: [{ port: 8080, protocol: "TCP" }],
          },
        ],
      });
      expect((await resolveOutput(component.cmfUrl)).value).toBe("https://cmf.staging.example.com");
      expect((await resolveOutput(component.cmfEndpoint)).value).toBe("https://cmf.staging.example.com");
    });

    it("mTLS behind an ingress passes TLS through to CMF (ingress-nginx annotations)", async () => {
      const { resources } = await synth(prod);
      const ingress = find(resources, "kubernetes:networking.k8s.io/v1:Ingress", "cp:confluent/cmf").inputs;
      expect((ingress.metadata as Obj).annotations).toEqual({
        "nginx.ingress.kubernetes.io/backend-protocol": "HTTPS",
        "nginx.ingress.kubernetes.io/ssl-passthrough": "true",
      });
    });

    it("loadBalancer: a LoadBalancer Service limited to the listed CIDRs, keeping client IPs for the NetworkPolicy", async () => {
      const { resources, component } = await synth({
        ...staging,
        cmf: { exposure: { type: "loadBalancer", allowedCidrs: ["203.0.113.0/24"] } },
      });
      const lb = find(resources, "kubernetes:core/v1:Service", "cp:confluent/cmf-external").inputs;
      expect(lb.spec).toEqual({
        type: "LoadBalancer",
        selector: { "app.kubernetes.io/name": "confluent-manager-for-apache-flink" },
        externalTrafficPolicy: "Local",
        loadBalancerSourceRanges: ["203.0.113.0/24"],
        ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }],
      });
      const policy = find(
        resources,
        "kubernetes:networking.k8s.io/v1:NetworkPolicy",
        "cp:confluent/cmf-api-ingress",
      );
      expect((policy.inputs.spec as { ingress: unknown }).ingress).toEqual([
        { from: [{ ipBlock: { cidr: "203.0.113.0/24" } }], ports: [{ port: 8080, protocol: "TCP" }] },
      ]);
      expect(resources.filter((r) => r.type === "kubernetes:networking.k8s.io/v1:Ingress")).toEqual([]);
      // The address is known once the cloud provisions the LoadBalancer.
      expect((await resolveOutput(component.cmfUrl)).value).toBe("http://<pending LoadBalancer address>");
    });

    it("none: no exposure objects; the client uses a port-forward and cmfUrl is the in-cluster Service", async () => {
      const { resources, component } = await synth(staging);
      // Only the Flink namespace's own policies; nothing exposes CMF.
      expect(
        resources.filter(
          (r) => r.type.startsWith("kubernetes:networking.k8s.io/") && !r.name.startsWith("cp:flink/"),
        ),
      ).toEqual([]);
      expect(find(resources, ENV, "cp-cmf-env-flink").inputs.connection).toEqual({
        endpoint: "http://localhost:8080",
        auth: { type: "none" },
      });
      expect((await resolveOutput(component.cmfUrl)).value).toBe(
        "http://cmf-service.confluent.svc.cluster.local",
      );
    });
  });

  it("every Kubernetes object validates against the Kubernetes schemas", async () => {
    for (const args of [
      prod,
      { ...staging, cmf: { exposure: { type: "loadBalancer" as const, allowedCidrs: ["10.0.0.0/8"] } } },
    ]) {
      const { resources } = await synth(args);
      const objects = resources.filter(
        (r) => r.type.startsWith("kubernetes:") && !/^kubernetes:(helm\.sh|yaml)\//.test(r.type),
      );
      expect(objects.length).toBeGreaterThan(5);
      for (const r of objects) {
        const { apiVersion, kind, metadata, ...rest } = r.inputs;
        expect(validateBuiltIn({ apiVersion, kind, metadata, ...rest }), r.name).toBeUndefined();
      }
    }
  });

  it.skipIf(!haveReference("operator CRDs", path.join(operatorReferenceDir, "crds")))(
    "application defaults and the smoke-test spec validate against the FlinkDeployment CRD spec",
    async () => {
      const { resources } = await synth(prod);
      const specs = [
        // flinkApplicationDefaults is a FlinkApplication fragment: its spec is a FlinkDeployment spec.
        ...resources
          .filter((r) => r.type === ENV)
          .map((r) => (r.inputs.flinkApplicationDefaults as { spec: Obj }).spec),
        find(resources, APP, "cp-smoke-test").inputs.spec as Obj,
      ];
      expect(specs).toHaveLength(3);
      expect(specs.map((s) => validateFlinkDeploymentSpec(s))).toEqual(specs.map(() => undefined));
      // The check itself rejects a bad spec.
      expect(validateFlinkDeploymentSpec({ flinkVersion: "v9_9" })).toBeDefined();
    },
  );

  it.skipIf(!haveReference("CMF OpenAPI", cmfOpenApiPath))(
    "the environment and application bodies the providers will send validate against the CMF 2.3.1 OpenAPI",
    async () => {
      const validator = OpenApiValidator.for(cmfOpenApiPath);
      const { resources } = await synth(prod);
      for (const env of resources.filter((r) => r.type === ENV)) {
        const body = buildEnvironmentBody({
          name: env.inputs.name as string,
          kubernetesNamespace: env.inputs.kubernetesNamespace as string,
          flinkApplicationDefaults: env.inputs.flinkApplicationDefaults as Obj,
        });
        expect(validator.validate(validator.schemaNamed("PostEnvironment"), body, true), env.name).toEqual(
          [],
        );
        // CMF 2.3.1 deprecates the top-level name (PostResourceBase) for metadata.name
        // (PostEnvironment_allOf / EnvironmentMetadata); the old field stays for older CMF releases.
        expect([body.metadata, body.name], env.name).toEqual([{ name: env.inputs.name }, env.inputs.name]);
      }
      const app = find(resources, APP, "cp-smoke-test");
      const body = buildApplicationBody({ name: app.inputs.name as string, spec: app.inputs.spec as Obj });
      expect(validator.validate(validator.schemaNamed("FlinkApplication"), body, true)).toEqual([]);
    },
  );
});

describe("CMF environment documents", () => {
  it("are read whether CMF names them by name (required in 2.3.1) or by metadata.name", () => {
    const ns = { kubernetesNamespace: "flink" };
    expect(unexpectedDocument("Environment", { name: "prod-flink", ...ns })).toBeUndefined();
    expect(unexpectedDocument("Environment", { metadata: { name: "prod-flink" }, ...ns })).toBeUndefined();
    expect(unexpectedDocument("Environment", { metadata: {}, ...ns })).toBe(
      "an object that is not one (name must be a string)",
    );
    expect(unexpectedDocument("Environment", { metadata: { name: 7 }, ...ns })).toBe(
      "an object that is not one (name must be a string; metadata.name must be a string)",
    );
  });
});

/** Every leaf path of `values` missing from `reference`, stopping below maps that are free-form there. */
function missingKeys(values: unknown, reference: unknown, prefix = ""): string[] {
  if (values === null || typeof values !== "object" || Array.isArray(values)) return [];
  if (reference === null || typeof reference !== "object" || Array.isArray(reference)) return [];
  const ref = reference as Obj;
  if (Object.keys(ref).length === 0) return [];
  return Object.entries(values as Obj).flatMap(([k, v]) =>
    k in ref ? missingKeys(v, ref[k], `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const valuesFile = path.join(operatorReferenceDir, "values.yaml");

describe.skipIf(!haveReference("operator chart values", valuesFile))("Confluent operator values", () => {
  it("sets only keys of the operator chart's values.yaml (Confluent's build uses the Apache keys)", async () => {
    const { resources } = await synth({ ...prod, operator: { image: { repository: "r", tag: "t" } } });
    const values = find(resources, RELEASE, "cp-flink-operator").inputs.values;
    expect(missingKeys(values, parse(fs.readFileSync(valuesFile, "utf8")))).toEqual([]);
    // And the check finds a key the chart does not have.
    expect(missingKeys({ operatorPod: { nope: 1 } }, parse(fs.readFileSync(valuesFile, "utf8")))).toEqual([
      "operatorPod.nope",
    ]);
  });
});

/**
 * CMF chart keys Confluent documents (FACTS "Confluent Platform for Flink";
 * `persistence.*` from the chart's default values in Confluent's install
 * guide). `cmf.authentication.config` is free-form.
 */
const documentedCmfKeys = [
  "license.secretRef",
  "cmf.sql.production",
  "cmf.sql.examples-catalog.enabled",
  "cmf.database.type",
  "cmf.database.jdbc.url",
  "cmf.database.jdbc.user",
  "cmf.database.jdbc.password.kubernetesSecretName",
  "cmf.database.jdbc.password.kubernetesSecretProperty",
  "cmf.authentication.type",
  "cmf.authentication.config.*",
  "cmf.ssl.keystore",
  "cmf.ssl.keystore-password",
  "cmf.ssl.trust-store",
  "cmf.ssl.trust-store-password",
  "cmf.ssl.client-auth",
  "encryption.key.kubernetesSecretName",
  "encryption.key.kubernetesSecretProperty",
  "mountedVolumes.volumes",
  "mountedVolumes.volumeMounts",
  "persistence.create",
  "persistence.dataVolumeCapacity",
  "persistence.storageClassName",
  "resources.requests.cpu",
  "resources.requests.memory",
  "resources.limits.cpu",
  "resources.limits.memory",
  "serviceAccount.create",
  "serviceAccount.name",
];

function leafKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value as Obj).flatMap(([k, v]) =>
    prefix === "cmf.authentication.config"
      ? [`${prefix}.*`]
      : leafKeys(v, prefix === "" ? k : `${prefix}.${k}`),
  );
}

describe("CMF chart values", () => {
  it("set only keys Confluent documents", async () => {
    const oauth = {
      "oauthbearer.jwks.endpoint.url": "https://idp.example.com/certs",
      "oauthbearer.expected.issuer": "i",
    };
    for (const args of [
      prod,
      {
        ...staging,
        cmf: { database: { storageClassName: "fast" }, serviceAccount: { create: false, name: "cmf" } },
      },
      {
        ...staging,
        cmf: { authentication: { type: "oauth" as const, config: oauth } },
        cmfCredentials: { token: "t" },
      },
    ]) {
      const { resources } = await synth(args);
      const keys = leafKeys(find(resources, RELEASE, "cp-cmf").inputs.values);
      expect(keys.filter((k) => !documentedCmfKeys.includes(k))).toEqual([]);
    }
    expect(leafKeys({ cmf: { sql: { prod: true } } }).filter((k) => !documentedCmfKeys.includes(k))).toEqual([
      "cmf.sql.prod",
    ]);
  });
});

describe("FlinkPlatformCP argument errors", () => {
  it("sql.production without an encryption key Secret names the key, registers nothing", async () => {
    const { lines, registered } = await problemsOf({ ...staging, cmf: { sql: { production: true } } });
    expect(lines).toEqual([
      "args.cmf.sql.encryptionKeySecret: required when cmf.sql.production is true: an existing Secret {name, key} in the CMF namespace holding the database encryption key",
    ]);
    expect(registered).toBe(0);
  });

  it("jdbc without a URL, and jdbc without its settings", async () => {
    const noUrl = await problemsOf({
      ...staging,
      cmf: {
        database: { type: "jdbc", jdbc: { user: "cmf", passwordSecret: { name: "db", key: "pw" } } as never },
      },
    });
    expect(noUrl.lines).toEqual([
      "args.cmf.database.jdbc.url: required: a JDBC URL such as jdbc:postgresql://db.example.com:5432/cmf",
    ]);
    const none = await problemsOf({ ...staging, cmf: { database: { type: "jdbc" }, version: "2.1.0" } });
    expect(none.lines).toEqual([
      "args.cmf.database.jdbc: required when cmf.database.type is jdbc: {url, user, passwordSecret: {name, key}}",
      "args.cmf.version: 2.1.1 or later when cmf.database.type is jdbc",
    ]);
  });

  it("mTLS without the keystore Secret or the client certificate", async () => {
    const { lines, registered } = await problemsOf({ ...staging, cmf: { authentication: { type: "mtls" } } });
    expect(lines).toEqual([
      "args.cmf.tls: required when cmf.authentication.type is mtls: {secretName, keystoreKey, truststoreKey} of the Secret with CMF's keystore and truststore",
      "args.cmfCredentials.clientCertPem: required when cmf.authentication.type is mtls (the CMF client's certificate)",
      "args.cmfCredentials.clientKeyPem: required when cmf.authentication.type is mtls (the CMF client's certificate)",
    ]);
    expect(registered).toBe(0);
  });

  it("prod guardrails: license, authentication and TLS when exposed", async () => {
    const { lines } = await problemsOf({
      ...prod,
      cmf: {
        exposure: { type: "ingress", ingress: { host: "cmf.example.com" } },
        environmentPerNamespace: true,
      },
      cmfCredentials: {},
    });
    expect(lines).toEqual([
      "args.cmf.authentication.type: mtls or oauth when the tier is prod and CMF is exposed (cmf.exposure.type ingress)",
      "args.cmf.exposure.ingress.tlsSecret: required when the tier is prod and CMF serves plain HTTP (no cmf.tls): a TLS Secret for the ingress host",
      "args.cmf.license: required when the tier is prod: {secretRef: <Secret created from license.txt>}",
    ]);
  });

  it("exposure, OAuth and version mistakes, all in one error", async () => {
    const { lines } = await problemsOf({
      ...staging,
      operator: { version: "1.15.0" },
      cmf: {
        exposure: { type: "loadBalancer", ingress: { host: "x.example.com" } },
        authentication: { type: "oauth", config: { "oauthbearer.expected.issuer": "i" } },
      },
    });
    expect(lines).toEqual([
      "args.operator.version: a Confluent operator chart version of a known line: 1.150.x, 1.140.x, 1.130.x (e.g. 1.150.3)",
      "args.cmf.authentication.config: a map with oauthbearer.jwks.endpoint.url and oauthbearer.expected.issuer when cmf.authentication.type is oauth (missing: oauthbearer.jwks.endpoint.url)",
      "args.cmf.exposure.ingress: not set when cmf.exposure.type is loadBalancer",
      "args.cmf.exposure.allowedCidrs: a non-empty list of client CIDRs when cmf.exposure.type is loadBalancer",
      "args.cmfCredentials.token: required when cmf.authentication.type is oauth (sent as a bearer token)",
    ]);
  });

  it("a pool outside the namespace with a CMF environment", async () => {
    const { lines } = await problemsOf({
      ...staging,
      namespaces: { flink: ["a-ns", "b-ns"] },
      pools: [{ name: "p", namespace: "b-ns" }],
    });
    expect(lines).toEqual([
      "args.pools[0].namespace: a-ns (the namespace with a CMF environment), or set cmf.environmentPerNamespace: true",
    ]);
  });

  it("the first line names the component", async () => {
    let message = "";
    try {
      const { FlinkPlatformCP } = await import("../../lib/cp/platform");
      new FlinkPlatformCP("edge", { environment: { name: "dev" }, cmf: { sql: { production: true } } });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split("\n").slice(0, 5)).toEqual([
      'Invalid arguments for FlinkPlatformCP "edge" (1 problem):',
      "  - args.cmf.sql.encryptionKeySecret",
      "      got:     (not set)",
      "      allowed: required when cmf.sql.production is true: an existing Secret {name, key} in the CMF namespace holding the database encryption key",
      "      hint:    CMF encrypts the secrets in its database with this key; it is fixed when the database is created and CMF keeps no copy. Create it once (openssl rand -out cmf.key 32; kubectl create secret generic cmf-encryption-key --from-file=encryption-key=cmf.key -n <CMF namespace>) and back it up.",
    ]);
  });
});

describe("install-time guard (CmfInstallChoices provider)", () => {
  const installed: CmfInstallChoicesInputs = {
    databaseType: "local",
    encryption: false,
    cmfVersion: "2.3.1",
    allowInstallTimeChanges: false,
  };
  const check = (olds: Partial<CmfInstallChoicesInputs>, news: CmfInstallChoicesInputs) =>
    cmfInstallChoicesProvider.check!(olds as CmfInstallChoicesInputs, news);

  it("accepts a first install (no previous state), unchanged choices and an upgrade", async () => {
    expect((await check({}, { ...installed, databaseType: "jdbc", encryption: true })).failures).toEqual([]);
    expect((await check(installed, installed)).failures).toEqual([]);
    expect((await check(installed, { ...installed, cmfVersion: "2.4.2" })).failures).toEqual([]);
  });

  it("refuses a database type change, naming the property and the data loss", async () => {
    const { failures } = await check(installed, { ...installed, databaseType: "jdbc" });
    expect(failures).toEqual([
      {
        property: "databaseType",
        reason:
          'cmf.database.type changed from "local" to "jdbc" on an installed CMF: the database type is fixed at install, and CMF does not migrate its data, so its environments, applications and secrets would be lost. Migrate the data first, then set flink-platform:cmf.allowInstallTimeChanges: true to accept this.',
      },
    ]);
  });

  it("refuses turning encryption on or off, and a downgrade", async () => {
    const { failures } = await check(installed, { ...installed, encryption: true, cmfVersion: "2.3.0" });
    expect(failures?.map((f) => f.property)).toEqual(["encryption", "cmfVersion"]);
    expect(failures?.[0].reason).toContain(
      "cmf.sql.production changed from false to true on an installed CMF",
    );
    expect(failures?.[0].reason).toContain("data loss");
    expect(failures?.[1].reason).toContain(
      "cmf.version 2.3.0 is older than the installed 2.3.1: CMF cannot be downgraded",
    );
  });

  it("accepts the changes with the explicit override", async () => {
    const news = { ...installed, databaseType: "jdbc", encryption: true, allowInstallTimeChanges: true };
    expect((await check(installed, news)).failures).toEqual([]);
  });

  it("updates in place (never replaces) and keeps only the choices in state", async () => {
    const provider = cmfInstallChoicesProvider;
    expect(await provider.diff!("id", installed, { ...installed, allowInstallTimeChanges: true })).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect((await provider.diff!("id", installed, installed)).changes).toBe(false);
    expect(await provider.create!(installed)).toEqual({ id: "cmf-install-choices", outs: installed });
  });

  it("serializes without capturing the Pulumi SDK", async () => {
    const serialized = await pulumi.runtime.serializeFunction(() => cmfInstallChoicesProvider, {
      allowSecrets: true,
    });
    expect(serialized.text).not.toContain("@pulumi/pulumi");
    const module: { exports: { handler?: () => typeof cmfInstallChoicesProvider } } = { exports: {} };
    new Function("module", "exports", "require", serialized.text)(
      module,
      module.exports,
      createRequire(__filename),
    );
    const loaded = module.exports.handler!();
    expect((await loaded.check!(installed, { ...installed, encryption: true })).failures).toHaveLength(1);
  });
});
