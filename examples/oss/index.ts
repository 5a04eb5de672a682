import { CertManagerMode, ComputePool, ComputePoolTarget, FlinkPlatformOSS, Size } from "flink-platform";

/**
 * An Apache Flink platform for one production environment, as a consumer repo
 * writes it: the platform with a session pool, plus one extra pool owned by a
 * team and scaled on its own.
 */

const platform = new FlinkPlatformOSS("analytics", {
  environment: { name: "analytics", tier: "prod" },
  size: Size.M,
  namespaces: { flink: ["flink-jobs"] },
  // The cluster already runs cert-manager.
  certManager: { mode: CertManagerMode.Existing },
  storage: {
    checkpoints: "s3://analytics-flink/checkpoints",
    savepoints: "s3://analytics-flink/savepoints",
    haStorageDir: "s3://analytics-flink/ha",
    s3: { credentialsSecret: { name: "flink-s3-credentials" } },
  },
  // Scaling is a change to these numbers.
  pools: [{ name: "shared", taskManagers: 3 }],
});

// A pool outside the platform's config: a session cluster for one team. Depending
// on the platform makes it wait for the operator and its CRDs.
const teamPool = new ComputePool(
  "team-fraud",
  {
    target: ComputePoolTarget.Oss,
    oss: {
      namespace: "flink-jobs",
      serviceAccount: "flink",
      environment: "analytics",
      flinkVersion: "v1_20",
      image: "flink:1.20.1",
      taskManagers: 2,
      slots: 2,
      taskManager: { cpu: 2, memory: "4Gi" },
      jobManager: { cpu: 1, memory: "2Gi" },
    },
  },
  { dependsOn: [platform] },
);

export const operatorVersion = platform.operatorVersion;
export const flinkNamespaces = platform.flinkNamespaces;
export const pools = platform.pools;
export const teamPoolSlots = teamPool.slotCapacity;
