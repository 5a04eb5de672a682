/**
 * A small hand-written plan and an editor for it, shared by the diff tests:
 * a session pool, an application, the operator, a volume, a Cloud pool and
 * statement.
 */
import type { PlanResource } from "../../lib/plan/recorder";
import type { Plan } from "../../lib/plan/synth";

export const FD = "kubernetes:flink.apache.org/v1beta1:FlinkDeployment";
export const RELEASE = "kubernetes:helm.sh/v3:Release";
export const PVC = "kubernetes:core/v1:PersistentVolumeClaim";
export const CC_POOL = "confluentcloud:index/flinkComputePool:FlinkComputePool";
export const STATEMENT = "confluentcloud:index/flinkStatement:FlinkStatement";

export function urn(type: string, name: string): string {
  return `urn:pulumi:dev::flink-platform::${type}::${name}`;
}

export function res(type: string, name: string, inputs: Record<string, unknown>): PlanResource {
  return {
    urn: urn(type, name),
    type,
    name,
    parent: null,
    dependsOn: [],
    protect: false,
    retainOnDelete: false,
    inputs,
  };
}

export const flinkConf = [
  "high-availability.storageDir: s3://flink/dev/ha",
  "high-availability.type: kubernetes",
  "state.checkpoints.dir: s3://flink/dev/checkpoints",
  "state.savepoints.dir: s3://flink/dev/savepoints",
  "",
].join("\n");

/** A small platform: a session pool, an application, the operator, a volume, a Cloud pool and statement. */
export function basePlan(): Plan {
  return {
    stack: "dev",
    project: "flink-platform",
    resources: [
      res("kubernetes:core/v1:Namespace", "dev:flink", {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { labels: { "app.kubernetes.io/part-of": "flink-platform" }, name: "flink" },
      }),
      res("kubernetes:core/v1:Secret", "dev:flink/creds", {
        apiVersion: "v1",
        kind: "Secret",
        metadata: { name: "creds", namespace: "flink" },
        stringData: "[secret]",
      }),
      res(RELEASE, "dev-flink-operator", {
        chart: "flink-kubernetes-operator",
        name: "flink-kubernetes-operator",
        namespace: "flink-operator",
        values: { defaultConfiguration: { append: true, create: true, "flink-conf.yaml": flinkConf } },
        version: "1.15.0",
      }),
      res(FD, "dev:flink/pool", {
        apiVersion: "flink.apache.org/v1beta1",
        kind: "FlinkDeployment",
        metadata: { name: "pool", namespace: "flink" },
        spec: {
          flinkConfiguration: { "taskmanager.numberOfTaskSlots": "2" },
          flinkVersion: "v1_20",
          image: "flink:1.20.1",
          jobManager: { replicas: 1, resource: { cpu: 1, memory: "2048m" } },
          podTemplate: { spec: { containers: [{ name: "flink-main-container" }] } },
          taskManager: { replicas: 2, resource: { cpu: 2, memory: "4096m" } },
        },
      }),
      res(FD, "dev:flink/orders", {
        apiVersion: "flink.apache.org/v1beta1",
        kind: "FlinkDeployment",
        metadata: { name: "orders", namespace: "flink" },
        spec: {
          image: "flink:1.20.1",
          job: { jarURI: "local:///opt/flink/orders.jar", parallelism: 2, upgradeMode: "last-state" },
        },
      }),
      res(PVC, "dev:flink-storage/minio-data", {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: "minio-data", namespace: "flink-storage" },
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } },
      }),
      res(CC_POOL, "cloud-pool", {
        cloud: "AWS",
        displayName: "cloud-pool",
        environment: { id: "env-abc123" },
        maxCfu: 10,
        region: "us-east-1",
      }),
      res(STATEMENT, "cloud-stmt-orders", {
        statement: "INSERT INTO orders_enriched SELECT * FROM orders;",
        statementName: "orders-enriched-1a2b3c",
        stopped: false,
      }),
    ],
  };
}

/** `basePlan()` with one resource's inputs edited. */
export type Path = readonly (string | number)[];

/** Sets `path` in `obj`, creating maps on the way. */
export function setIn(obj: Record<string, unknown>, path: Path, value: unknown): void {
  let cur = obj as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) {
    if (typeof cur[k] !== "object" || cur[k] === null) cur[k] = {};
    cur = cur[k] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1]] = value;
}

export function edited(type: string, name: string, path: Path, value: unknown): Plan {
  const plan = basePlan();
  const r = plan.resources.find((x) => x.urn === urn(type, name));
  if (!r) throw new Error(`no ${name}`);
  setIn(r.inputs, path, value);
  return plan;
}
