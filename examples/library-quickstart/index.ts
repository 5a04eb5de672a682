import * as pulumi from "@pulumi/pulumi";
import { FlinkPlatformOSS, Size } from "flink-platform";

/**
 * The README's "Use as a library" program: an Apache Flink platform for a dev
 * cluster, with an in-cluster MinIO as checkpoint store and one session pool
 * whose TaskManager count is this project's own stack config.
 */

// This project's own config namespace (Pulumi.yaml `name: quickstart`).
const config = new pulumi.Config("quickstart");

const platform = new FlinkPlatformOSS("quickstart", {
  environment: { name: pulumi.getStack(), tier: "dev" },
  size: Size.S,
  storage: { minio: { enabled: true } },
  pools: [{ name: "default", taskManagers: config.getNumber("taskManagers") ?? 1 }],
});

export const operatorVersion = platform.operatorVersion;
export const flinkNamespaces = platform.flinkNamespaces;
export const pools = platform.pools;
