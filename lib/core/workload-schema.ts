import * as z from "zod";
import { optionMap } from "./formats";
import { flinkSecretPointer } from "./secrets";
import { enumValues } from "./rules";
import { applicationRollbackShape } from "./rollback-schema";
import { dnsLabel, podResourcesOverride, positiveInt } from "./schema";
import { autoscalerSchema } from "./autoscaler-schema";

/**
 * The workload sections of the Kubernetes platforms: compute pools,
 * applications and the smoke test (schema.ts holds the platform's own
 * sections). Each field's rule lives here, once.
 */

export const CmfPoolType = {
  /** A Flink cluster per statement. */
  Dedicated: "DEDICATED",
  /** One Flink cluster shared by the pool's statements. */
  Shared: "SHARED",
} as const;
export type CmfPoolType = (typeof CmfPoolType)[keyof typeof CmfPoolType];

/**
 * A compute pool on a Kubernetes target: a session cluster (OSS) or a CMF
 * SQL compute pool (CP). Its capacity is taskManagers x slots; scaling is a
 * change to these numbers.
 */
export const poolSchema = z.strictObject({
  name: dnsLabel,
  /** Namespace of the pool. Defaults to the first Flink namespace. */
  namespace: dnsLabel.optional(),
  /** TaskManagers (session cluster replicas). Defaults to the size's. */
  taskManagers: positiveInt("task managers").optional(),
  /** `taskmanager.numberOfTaskSlots`; a change restarts TaskManagers. Defaults to resources.taskManager.slots. */
  slots: positiveInt("task slots").optional(),
  /** TaskManager CPU and memory. Defaults to resources.taskManager. */
  taskManager: podResourcesOverride.optional(),
  /** CMF pool type (CP target). */
  type: z.enum([CmfPoolType.Dedicated, CmfPoolType.Shared], { error: "one of DEDICATED, SHARED" }).optional(),
  /**
   * Accept fewer CPUs than slots (the cookbook: at least one core per busy
   * slot). An error in prod, a warning elsewhere, unless this is true.
   */
  allowCpuBelowSlots: z.boolean({ error: "true or false" }).optional(),
  /** The job autoscaler's defaults for the pool's jobs (autoscaler-schema.ts). */
  autoscaler: autoscalerSchema.optional(),
});

/**
 * Flink applications a Kubernetes platform runs. Without `pool` an
 * application is its own cluster (application mode); with `pool` it is a
 * session job on that pool's session cluster and must fit its capacity.
 */

export const ApplicationUpgradeMode = {
  /** No state carried over: upgrades start from scratch. */
  Stateless: "stateless",
  /** A savepoint before the upgrade, restored after it. */
  Savepoint: "savepoint",
  /** The last checkpoint (needs Kubernetes HA metadata). */
  LastState: "last-state",
} as const;
export type ApplicationUpgradeMode = (typeof ApplicationUpgradeMode)[keyof typeof ApplicationUpgradeMode];
const upgradeModes = enumValues(ApplicationUpgradeMode);

/** Desired state of an application's job. */
export const ApplicationJobState = {
  /** The job runs. */
  Running: "running",
  /** The job is stopped with its state kept. */
  Suspended: "suspended",
} as const;
export type ApplicationJobState = (typeof ApplicationJobState)[keyof typeof ApplicationJobState];
const applicationJobStates = enumValues(ApplicationJobState);

export const applicationSchema = z.strictObject({
  name: dnsLabel,
  /** Namespace; defaults to the pool's, or the first Flink namespace. */
  namespace: dnsLabel.optional(),
  /** Run as a session job on this pool instead of its own cluster. */
  pool: dnsLabel.optional(),
  jarURI: z
    .string({ error: "a jar URI such as local:///opt/flink/usrlib/job.jar or s3://bucket/job.jar" })
    .regex(/^[a-z][a-z0-9+.-]*:\/\/\S+\.jar$/, {
      error: "a jar URI such as local:///opt/flink/usrlib/job.jar or s3://bucket/job.jar",
    }),
  entryClass: z.string().min(1).optional(),
  args: z.array(z.string(), { error: "a list of strings" }).optional(),
  parallelism: positiveInt("parallelism"),
  /**
   * How the operator carries state across upgrades. Stateful jobs need
   * savepoint or last-state; stateless drops state.
   */
  upgradeMode: z.enum(upgradeModes, { error: `one of ${upgradeModes.join(", ")}` }).default("savepoint"),
  /** Whether the job keeps state worth keeping (joins, windows, aggregations). */
  stateful: z.boolean({ error: "true or false" }).default(true),
  /** Desired job state; `suspended` takes a savepoint (or last state) and stops. */
  state: z
    .enum(applicationJobStates, { error: `one of ${applicationJobStates.join(", ")}` })
    .default("running"),
  /** Image of the application's own cluster; defaults to the platform's Flink image. */
  image: z.string().min(1).optional(),
  /** Extra Flink options for this application. */
  configuration: optionMap("Flink option", flinkSecretPointer).optional(),
  /** The job autoscaler (autoscaler-schema.ts); overrides its pool's key by key. */
  autoscaler: autoscalerSchema.optional(),
  ...applicationRollbackShape,
});

export const smokeTestSchema = z.strictObject({
  enabled: z.boolean({ error: "true or false" }).default(false),
  parallelism: positiveInt("smoke test parallelism").default(2),
  /** How long `pulumi up` waits for the job's first completed checkpoint (lib/core/smoke-test). */
  timeoutSeconds: positiveInt("timeout in seconds").default(600),
});
