/**
 * The rollback args of the Kubernetes platforms, mirroring the config of
 * lib/core/rollback-schema.ts one to one (the rules live there).
 */

/** A savepoint an application declares (`applications[].savepoints[]`). */
export interface DeclaredSavepointArgs {
  /** Name, per application: the FlinkStateSnapshot is `<application>-<name>` (OSS), the CMF savepoint `<name>` (CP). */
  readonly name: string;
  /**
   * Target directory, or the existing savepoint's path with `alreadyExists`.
   * @default the job's `state.savepoints.dir`
   */
  readonly path?: string;
  /**
   * Register an existing savepoint at `path` instead of taking one.
   * @default false
   */
  readonly alreadyExists?: boolean;
  /**
   * Savepoint format.
   * @default "CANONICAL" (the operator's and CMF's)
   */
  readonly formatType?: "CANONICAL" | "NATIVE";
  /**
   * Dispose of the savepoint data when this entry is removed. False, unlike
   * the operator's default, so that reverting a commit never destroys the
   * state a rollback restores.
   * @default false
   */
  readonly disposeOnDelete?: boolean;
  /**
   * Retries of a failed trigger; -1 retries forever.
   * @default -1
   */
  readonly backoffLimit?: number;
}

/** The rollback fields of an application (ApplicationArgs extends it). */
export interface ApplicationRollbackArgs {
  /**
   * Savepoint the job starts from on first deployment and on a savepoint redeploy.
   * @default none
   */
  readonly initialSavepointPath?: string;
  /**
   * Drop state of operators the job no longer has on restore.
   * @default false (the operator's)
   */
  readonly allowNonRestoredState?: boolean;
  /**
   * Change to redeploy the job from `initialSavepointPath`.
   * @default none
   */
  readonly savepointRedeployNonce?: number;
  /**
   * Change to take a manual savepoint of the running job.
   * @default none
   */
  readonly savepointTriggerNonce?: number;
  /**
   * `kubernetes.operator.periodic.savepoint.interval`, e.g. `6h`.
   * @default rollback.periodicSavepointInterval for a stateful job
   */
  readonly periodicSavepointInterval?: string;
  /**
   * `kubernetes.operator.periodic.checkpoint.interval`, e.g. `30 min`.
   * @default rollback.periodicCheckpointInterval for a stateful job
   */
  readonly periodicCheckpointInterval?: string;
  /**
   * Savepoints declared for this application.
   * @default []
   */
  readonly savepoints?: DeclaredSavepointArgs[];
}

/** The break-glass move (`rollback.breakGlass`). */
export interface BreakGlassArgs {
  /** The known-good pool: a declared pool with room for the moved jobs. */
  readonly pool: string;
  /** Names of the applications to move; each restarts from its initialSavepointPath. */
  readonly applications: string[];
}

/** The platform's rollback settings (`flink-platform:rollback`). */
export interface RollbackArgs {
  /**
   * Periodic savepoints of every stateful application, unless it sets its own.
   * @default none
   */
  readonly periodicSavepointInterval?: string;
  /**
   * Periodic checkpoints triggered by the operator, unless an application sets its own.
   * @default none
   */
  readonly periodicCheckpointInterval?: string;
  /**
   * Move these applications to a known-good pool (OSS); remove it to move them back.
   * @default none
   */
  readonly breakGlass?: BreakGlassArgs;
}
