import * as z from "zod";
import { uniqueNames } from "./rules";
import { dnsLabel, positiveInt } from "./schema";

/**
 * Rollback with state kept: what an application carries to restore from a
 * savepoint (`initialSavepointPath`, `allowNonRestoredState`, the savepoint
 * nonces), the savepoints it declares, periodic savepoints and checkpoints as
 * typed config, and the platform's `rollback` section (defaults and the
 * break-glass move to a known-good pool). Each rule lives here, once;
 * workload-schema.ts and platform-schema.ts reference these shapes.
 *
 * Operator 1.15 semantics, from its docs
 * (nightlies.apache.org/flink/flink-kubernetes-operator-docs-release-1.15/docs/custom-resource/job-management/
 * and .../custom-resource/snapshots/) and the JobSpec of the 1.15.0 CRDs
 * (`spec.job` of FlinkDeployment and FlinkSessionJob):
 * - `initialSavepointPath`: the savepoint a job starts from when it is first
 *   deployed, and the target of a savepoint redeploy.
 * - `savepointRedeployNonce`: changed to a new non-null value, the operator
 *   redeploys the job from `initialSavepointPath` (from empty state when that
 *   is unset); rollback is not possible after such a redeploy.
 * - `savepointTriggerNonce`: changed to a new non-null value, the operator
 *   triggers a manual savepoint of the running job.
 * - `allowNonRestoredState`: on restore, drop state of operators the new job
 *   no longer has instead of failing.
 */

/** A Flink duration as the operator's periodic options take it (`30 min`, `6h`, `1d`). */
const flinkDuration = z
  .string({ error: "a Flink duration such as 30 min, 6h or 1d" })
  .regex(/^[1-9][0-9]*\s*(ms|s|min|m|h|d)$/, { error: "a Flink duration such as 30 min, 6h or 1d" });

/** A savepoint location (the path Flink reports, under `state.savepoints.dir`). */
const savepointUri = z
  .string({ error: "a savepoint URI such as s3://flink/savepoints/savepoint-0a1b2c" })
  .regex(/^[a-z][a-z0-9+.-]*:\/\/\S+$/, {
    error: "a savepoint URI such as s3://flink/savepoints/savepoint-0a1b2c",
  });

/** Operator keys of periodic snapshots (operator 1.15 docs, operations/configuration, dynamic section). */
export const periodicSnapshotKeys = {
  periodicSavepointInterval: "kubernetes.operator.periodic.savepoint.interval",
  periodicCheckpointInterval: "kubernetes.operator.periodic.checkpoint.interval",
} as const;

/** Savepoint formats a declared savepoint may request (the CRD's `UNKNOWN` is only ever reported). */
export const savepointFormats = ["CANONICAL", "NATIVE"] as const;

/**
 * A savepoint an application declares: a FlinkStateSnapshot (OSS) or a CMF
 * application savepoint (CP). A savepoint is state, so removing its entry
 * keeps the savepoint data unless `disposeOnDelete` says otherwise, and a
 * savepoint the program did not take (`alreadyExists`) is never disposed.
 */
export const declaredSavepointSchema = z
  .strictObject({
    /** Name (per application). A new name takes a new savepoint. */
    name: dnsLabel,
    /** Target directory, or the existing savepoint's path with `alreadyExists`. Defaults to `state.savepoints.dir`. */
    path: savepointUri.optional(),
    /** Register an existing savepoint at `path` instead of taking one. */
    alreadyExists: z.boolean({ error: "true or false" }).default(false),
    /** Savepoint format; the operator's and CMF's default is CANONICAL. */
    formatType: z.enum(savepointFormats, { error: `one of ${savepointFormats.join(", ")}` }).optional(),
    /**
     * Dispose of the savepoint data when this entry is removed. The operator's
     * own default is true; here it is false, because a savepoint is the
     * rollback target: reverting the commit that declared it must not destroy it.
     */
    disposeOnDelete: z.boolean({ error: "true or false" }).default(false),
    /** Retries of a failed trigger; -1 retries forever (the operator's and CMF's default). */
    backoffLimit: z
      .number({ error: "an integer of -1 (no limit) or more" })
      .int({ error: "an integer of -1 (no limit) or more" })
      .min(-1, { error: "an integer of -1 (no limit) or more" })
      .optional(),
  })
  .superRefine((sp, ctx) => {
    if (sp.alreadyExists && sp.path === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["path"],
        input: undefined,
        message: "required with alreadyExists: the path of the existing savepoint",
      });
    }
    if (sp.alreadyExists && sp.disposeOnDelete) {
      ctx.addIssue({
        code: "custom",
        path: ["disposeOnDelete"],
        input: true,
        message: "false with alreadyExists: a savepoint this program did not take is never disposed",
      });
    }
  });
export type DeclaredSavepoint = z.output<typeof declaredSavepointSchema>;

/** What an application's plan carries for rollback (ApplicationPlan extends it). */
export interface ApplicationRollbackPlan {
  /** `spec.job.initialSavepointPath`. */
  readonly initialSavepointPath?: string;
  /** `spec.job.allowNonRestoredState`. */
  readonly allowNonRestoredState?: boolean;
  /** `spec.job.savepointRedeployNonce`. */
  readonly savepointRedeployNonce?: number;
  /** `spec.job.savepointTriggerNonce`. */
  readonly savepointTriggerNonce?: number;
  /** Declared savepoints. */
  readonly savepoints?: readonly DeclaredSavepoint[];
  /** Set when `rollback.breakGlass` moved it: where it ran before (a pool name, or undefined for its own cluster). */
  readonly breakGlass?: {
    /** The pool it ran on before the move; undefined when it ran on its own cluster. */
    readonly from?: string;
  };
}

/** Declared savepoints, each name once (one FlinkStateSnapshot or CMF savepoint per name). */
const declaredSavepointsSchema = z
  .array(declaredSavepointSchema, { error: "a list of savepoints" })
  .superRefine((list, ctx) => void uniqueNames(ctx, list, [], "savepoint"));

/** The rollback fields of an application (spread into workload-schema's applicationSchema). */
export const applicationRollbackShape = {
  /** Savepoint the job starts from on first deployment and on a savepoint redeploy. */
  initialSavepointPath: savepointUri.optional(),
  /** Drop state of operators the job no longer has on restore. Defaults to the operator's false. */
  allowNonRestoredState: z.boolean({ error: "true or false" }).optional(),
  /** Change to redeploy the job from `initialSavepointPath`. */
  savepointRedeployNonce: positiveInt("savepoint redeploy nonce").optional(),
  /** Change to take a manual savepoint of the running job. */
  savepointTriggerNonce: positiveInt("savepoint trigger nonce").optional(),
  /** `kubernetes.operator.periodic.savepoint.interval`. Defaults to rollback.periodicSavepointInterval. */
  periodicSavepointInterval: flinkDuration.optional(),
  /** `kubernetes.operator.periodic.checkpoint.interval`. Defaults to rollback.periodicCheckpointInterval. */
  periodicCheckpointInterval: flinkDuration.optional(),
  /** Savepoints declared for this application. */
  savepoints: declaredSavepointsSchema.optional(),
};

/**
 * The rollback fields of a CP statement (`cmf.statements[]`, spread into
 * the statement shape by lib/cp/config-sql.ts): its declared savepoints,
 * with the application's shape and semantics, taken from the statement's
 * deployed (versioned) name; removing an entry never deletes savepoint data.
 */
export const statementRollbackShape = {
  /** Savepoints declared for this statement. */
  savepoints: declaredSavepointsSchema.optional(),
  /**
   * Where the statement starts from (CMF `StatementStartFromSavepoint`): a new
   * version (SQL changed) starts there; a running one restarts there when
   * `savepointRedeployNonce` changes. Not part of the version hash.
   */
  startFromSavepoint: z
    .strictObject({
      /** A COMPLETED savepoint of this statement (CMF rejects one that has not completed). */
      savepointName: dnsLabel.optional(),
      /** Any savepoint path, such as the `savepointPath` of one a previous version took. */
      initialSavepointPath: savepointUri.optional(),
      /** Drop state of operators the statement no longer has on restore. Defaults to CMF's false. */
      allowNonRestoredState: z.boolean({ error: "true or false" }).optional(),
      /** Change to redeploy the running statement from this savepoint. */
      savepointRedeployNonce: positiveInt("savepoint redeploy nonce").optional(),
    })
    .superRefine((start, ctx) => {
      if (start.savepointName !== undefined && start.initialSavepointPath !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["initialSavepointPath"],
          input: start.initialSavepointPath,
          message: "not set together with savepointName: a statement starts from one savepoint",
        });
      } else if (start.savepointName === undefined && start.initialSavepointPath === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["savepointName"],
          input: undefined,
          message:
            "required: savepointName (a COMPLETED savepoint of this statement) or initialSavepointPath (any savepoint path, such as one a previous version took)",
        });
      }
    })
    .optional(),
};

/** The rollback fields of an application as parsed. */
export type ApplicationRollbackConfig = z.output<z.ZodObject<typeof applicationRollbackShape>>;

/**
 * The platform's `rollback` section: periodic-snapshot defaults of stateful
 * applications, and the break-glass move of named applications to a
 * known-good pool (the cookbook's "temporarily move the most critical jobs
 * to a separate, known-good pool"); removing `breakGlass` moves them back.
 */
export const rollbackSchema = z.strictObject({
  /** Periodic savepoints of every stateful application, unless it sets its own. */
  periodicSavepointInterval: flinkDuration.optional(),
  /** Periodic checkpoints triggered by the operator, unless an application sets its own. */
  periodicCheckpointInterval: flinkDuration.optional(),
  /** Move these applications to this pool (session jobs there), each restarting from its initialSavepointPath. */
  breakGlass: z
    .strictObject({
      /** The known-good pool: a declared pool with room for the moved jobs. */
      pool: dnsLabel,
      /** Names of the applications to move. */
      applications: z.array(dnsLabel, { error: "a list of application names" }).min(1, {
        error: "a list of at least one application name",
      }),
    })
    .optional(),
});
export type RollbackConfig = z.output<typeof rollbackSchema>;
