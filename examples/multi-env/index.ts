import * as k8s from "@pulumi/kubernetes";
import { FlinkPlatformOSS, Size, type FlinkPlatformOSSArgs } from "flink-platform";

/**
 * Several environments in one program: dev and staging, each on its own
 * cluster (kubeconfig context). They share one definition and differ only in
 * what differs between environments.
 */

const bucket = (env: string) => ({
  checkpoints: `s3://flink-${env}/checkpoints`,
  savepoints: `s3://flink-${env}/savepoints`,
  haStorageDir: `s3://flink-${env}/ha`,
  s3: { credentialsSecret: { name: "flink-s3-credentials" } },
});

const environments: Record<string, { context: string; args: FlinkPlatformOSSArgs }> = {
  dev: {
    context: "kind-flink-dev",
    args: {
      environment: { name: "dev" },
      storage: { minio: { enabled: true } },
      smokeTest: { enabled: true },
      pools: [{ name: "default", taskManagers: 1 }],
    },
  },
  staging: {
    context: "flink-staging",
    args: {
      environment: { name: "staging" },
      size: Size.M,
      storage: bucket("staging"),
      pools: [{ name: "default", taskManagers: 2 }],
    },
  },
};

// One provider per cluster; every child of a platform inherits its provider.
export const operatorVersions = Object.fromEntries(
  Object.entries(environments).map(([name, { context, args }]) => {
    const cluster = new k8s.Provider(`${name}-cluster`, { context });
    const platform = new FlinkPlatformOSS(name, args, { providers: { kubernetes: cluster } });
    return [name, platform.operatorVersion];
  }),
);
