import { OperatorDistribution } from "./schema";
import { CmfPoolType } from "./workload-schema";
import { effectiveTier, PlatformConfig } from "./platform-schema";
import { ConfigError } from "./errors";
import type { ApplicationPlan, MinioPlan, PlatformPlan, PoolPlan, StoragePlan } from "./plan";
import { sizeProfiles } from "./sizes";
import { combine, cpuPerSlot, namespaceBudget, parallelismFits, statefulUpgradeMode } from "./guardrails";
import { namespaceWorkloads } from "./namespace-demand";
import { defaultReporterOptions, planObservability } from "./observability";
import { flinkVersionEnum, operatorChartSource, operatorCrdUrls } from "./versions";
import { autoscalerGuardrails } from "./autoscaler-guardrails";
import { breakGlassApplications, breakGlassGuardrails, rollbackPlan } from "./rollback";

/** Name of the generated credentials Secret when the dev MinIO is used. */
export const minioCredentialsSecretName = "flink-s3-credentials";

/**
 * Resolves sizes, defaults and derived values from validated platform config,
 * then applies the guardrails: errors throw one ConfigError, warnings are
 * returned in the plan.
 */
export function planPlatform(
  cfg: PlatformConfig,
  distribution: OperatorDistribution = OperatorDistribution.Apache,
): PlatformPlan {
  const tier = effectiveTier(cfg.environment);
  if (!tier) throw new Error("planPlatform: config was not validated (no tier)");
  const profile = sizeProfiles[cfg.size];
  const storage = planStorage(cfg, profile.objectStoreVolume);
  const taskManager = { ...profile.taskManager, ...cfg.resources.taskManager };
  const jobManager = { ...profile.jobManager, ...cfg.resources.jobManager };
  const pools: PoolPlan[] = cfg.pools.map((p) => ({
    name: p.name,
    namespace: p.namespace ?? cfg.namespaces.flink[0],
    taskManagers: p.taskManagers ?? profile.taskManagers,
    slots: p.slots ?? taskManager.slots,
    taskManager: {
      cpu: p.taskManager?.cpu ?? taskManager.cpu,
      memory: p.taskManager?.memory ?? taskManager.memory,
    },
    type: p.type ?? CmfPoolType.Dedicated,
    allowCpuBelowSlots: p.allowCpuBelowSlots ?? false,
    autoscaler: p.autoscaler,
  }));
  const applications: ApplicationPlan[] = breakGlassApplications(cfg.applications, cfg.rollback).map((a) => {
    const pool = pools.find((p) => p.name === a.pool);
    return {
      name: a.name,
      namespace: pool?.namespace ?? a.namespace ?? cfg.namespaces.flink[0],
      pool: pool?.name,
      jarURI: a.jarURI,
      entryClass: a.entryClass,
      args: a.args,
      parallelism: a.parallelism,
      upgradeMode: a.upgradeMode,
      stateful: a.stateful,
      state: a.state,
      image: a.image,
      configuration: a.configuration,
      autoscaler: a.autoscaler,
      ...rollbackPlan(a, cfg.rollback),
    };
  });
  const workloads = namespaceWorkloads({
    pools,
    applications,
    jobManager,
    taskManager,
    smokeTest: cfg.smokeTest,
    smokeTestNamespace: cfg.namespaces.flink[0],
  });
  const guardrails = combine(
    ...pools.map((p, i) => cpuPerSlot(p, tier, i)),
    namespaceBudget(workloads, cfg.namespaces.flink, profile.namespaceQuota),
    ...applications.map((a, i) => statefulUpgradeMode(a, tier, i)),
    autoscalerGuardrails(
      pools,
      applications,
      profile.namespaceQuota,
      jobManager,
      cfg.flink.version,
      workloads,
    ),
    breakGlassGuardrails(pools, applications, tier, cfg.rollback),
    {
      errors: applications.flatMap((a, i) => {
        const pool = pools.find((p) => p.name === a.pool);
        return pool
          ? parallelismFits(pool, a.parallelism, `flink-platform:applications[${i}].parallelism`)
          : [];
      }),
      warnings: [],
    },
  );
  if (guardrails.errors.length > 0) {
    throw new ConfigError(guardrails.errors, "flink-platform guardrails failed");
  }
  const chart = operatorChartSource(distribution, cfg.operator.version);
  const plan: Omit<PlatformPlan, "flinkDefaults"> = {
    environment: cfg.environment.name,
    tier,
    operatorNamespace: cfg.namespaces.operator,
    flinkNamespaces: [...new Set(cfg.namespaces.flink)],
    certManager: cfg.certManager,
    operator: {
      distribution,
      releaseName: chart.releaseName,
      chart: chart.chart,
      version: cfg.operator.version,
      chartRepository: cfg.operator.chartRepository ?? chart.repository,
      crdRelease: chart.crdRelease,
      crdUrls: operatorCrdUrls(chart.crdRelease),
      image: cfg.operator.image,
      replicas: cfg.operator.replicas,
      resources: { ...profile.operator, ...cfg.resources.operator },
    },
    flink: {
      version: cfg.flink.version,
      versionEnum: flinkVersionEnum(cfg.flink.version),
      image: cfg.flink.image ?? `flink:${cfg.flink.version}`,
      serviceAccount: cfg.flink.serviceAccount,
    },
    jobManager,
    taskManager,
    namespaceQuota: profile.namespaceQuota,
    storage,
    smokeTest: cfg.smokeTest,
    pools,
    applications,
    networkPolicies: cfg.networkPolicies,
    observability: planObservability(cfg.observability, tier),
    warnings: guardrails.warnings,
  };
  return {
    ...plan,
    flinkDefaults: {
      ...durableStateConfiguration(plan),
      ...defaultReporterOptions(plan),
      ...cfg.flink.configuration,
    },
  };
}

function planStorage(cfg: PlatformConfig, defaultVolume: string): StoragePlan {
  const s = cfg.storage;
  const m = s.minio?.enabled ? s.minio : undefined;
  const minio: MinioPlan | undefined = m && {
    namespace: m.namespace,
    bucket: m.bucket,
    volumeSize: m.volumeSize ?? defaultVolume,
    image: m.image,
    clientImage: m.clientImage,
    endpoint: `http://minio.${m.namespace}.svc.cluster.local:9000`,
  };
  const bucketUri = (dir: string) =>
    minio ? `s3://${minio.bucket}/${cfg.environment.name}/${dir}` : undefined;
  return {
    checkpoints: s.checkpoints ?? bucketUri("checkpoints"),
    savepoints: s.savepoints ?? bucketUri("savepoints"),
    haStorageDir: s.haStorageDir ?? bucketUri("ha"),
    checkpointInterval: s.checkpointInterval,
    s3Endpoint: s.s3?.endpoint ?? minio?.endpoint,
    pathStyleAccess: s.s3?.pathStyleAccess ?? minio !== undefined,
    credentials:
      s.s3?.credentialsSecret ??
      (minio && {
        name: minioCredentialsSecretName,
        accessKeyIdKey: "AWS_ACCESS_KEY_ID",
        secretAccessKeyKey: "AWS_SECRET_ACCESS_KEY",
      }),
    minio,
  };
}

/**
 * Flink 2.0 removed the deprecated `state.*` names in favour of
 * `execution.checkpointing.*`; the operator passes keys through verbatim, so
 * the right spelling depends on the Flink major version.
 */
export function checkpointStateKeys(flinkVersion: string) {
  const v2 = Number(flinkVersion.split(".")[0]) >= 2;
  return v2
    ? {
        checkpoints: "execution.checkpointing.dir",
        savepoints: "execution.checkpointing.savepoint-dir",
        incremental: "execution.checkpointing.incremental",
      }
    : {
        checkpoints: "state.checkpoints.dir",
        savepoints: "state.savepoints.dir",
        incremental: "state.backend.incremental",
      };
}

/** Built-in S3 filesystem plugin of the official image for this Flink version. */
export function s3PluginJar(flinkVersion: string): string {
  return `flink-s3-fs-presto-${flinkVersion}.jar`;
}

/**
 * The durable-state settings every job inherits: checkpoint/savepoint dirs,
 * Kubernetes HA, RocksDB incremental checkpoints, and S3 access. Credentials
 * are referenced (`kubernetes.env.secretKeyRef`), never copied.
 */
export function durableStateConfiguration(plan: Omit<PlatformPlan, "flinkDefaults">): Record<string, string> {
  const s = plan.storage;
  const keys = checkpointStateKeys(plan.flink.version);
  const conf: Record<string, string> = {};
  if (s.checkpoints) {
    conf[keys.checkpoints] = s.checkpoints;
    conf["execution.checkpointing.interval"] = s.checkpointInterval;
    conf["state.backend.type"] = "rocksdb";
    conf[keys.incremental] = "true";
  }
  if (s.savepoints) conf[keys.savepoints] = s.savepoints;
  if (s.haStorageDir) {
    conf["high-availability.type"] = "kubernetes";
    conf["high-availability.storageDir"] = s.haStorageDir;
  }
  const usesS3 = [s.checkpoints, s.savepoints, s.haStorageDir].some((u) => u?.startsWith("s3"));
  if (usesS3) {
    const plugin = s3PluginJar(plan.flink.version);
    conf["containerized.master.env.ENABLE_BUILT_IN_PLUGINS"] = plugin;
    conf["containerized.taskmanager.env.ENABLE_BUILT_IN_PLUGINS"] = plugin;
  }
  if (s.s3Endpoint) conf["s3.endpoint"] = s.s3Endpoint;
  if (s.pathStyleAccess) conf["s3.path.style.access"] = "true";
  if (s.credentials) {
    const c = s.credentials;
    conf["kubernetes.env.secretKeyRef"] =
      `env:AWS_ACCESS_KEY_ID,secret:${c.name},key:${c.accessKeyIdKey};` +
      `env:AWS_SECRET_ACCESS_KEY,secret:${c.name},key:${c.secretAccessKeyKey}`;
  }
  return conf;
}

export type {
  ApplicationPlan,
  MinioPlan,
  PlatformPlan,
  PoolPlan,
  S3CredentialsRef,
  StoragePlan,
} from "./plan";
