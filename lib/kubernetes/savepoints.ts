import { ApiObject, ApiObjectMetadata, GroupVersionKind } from "cdk8s";
import { Construct } from "constructs";
import type { ApplicationRollbackPlan } from "../core/rollback-schema";
import type { JobSpec } from "./flink";

/**
 * Rollback objects of an application on the operator: the savepoint fields
 * of its `spec.job`, and its declared savepoints as FlinkStateSnapshot
 * resources (`flink.apache.org/v1beta1`, operator 1.15 CRD
 * flinkstatesnapshots.flink.apache.org; docs:
 * nightlies.apache.org/flink/flink-kubernetes-operator-docs-release-1.15/docs/custom-resource/snapshots/).
 */

/** `spec.savepoint` of a FlinkStateSnapshot. */
export interface SnapshotSavepointSpec {
  /** Target directory, or the existing savepoint's path with `alreadyExists`. */
  readonly path?: string;
  /** The savepoint exists already: the operator marks it COMPLETED without triggering one. */
  readonly alreadyExists: boolean;
  /** CANONICAL (the operator's default) or NATIVE. */
  readonly formatType?: "CANONICAL" | "NATIVE";
  /** Dispose of the savepoint data when the resource is deleted (the operator's default is true). */
  readonly disposeOnDelete: boolean;
}

/** `spec` of a FlinkStateSnapshot (savepoints only: this library declares no checkpoint snapshots). */
export interface FlinkStateSnapshotSpec {
  /** Retries of a failed trigger; -1 retries forever. */
  readonly backoffLimit?: number;
  /** The job the snapshot is of. */
  readonly jobReference: { readonly kind: "FlinkDeployment" | "FlinkSessionJob"; readonly name: string };
  /** The savepoint. */
  readonly savepoint: SnapshotSavepointSpec;
}

/** A `flink.apache.org/v1beta1` FlinkStateSnapshot: one savepoint of a job. */
export class FlinkStateSnapshot extends ApiObject {
  /** Its apiVersion and kind. */
  static readonly GVK: GroupVersionKind = {
    apiVersion: "flink.apache.org/v1beta1",
    kind: "FlinkStateSnapshot",
  };

  constructor(
    scope: Construct,
    id: string,
    props: { metadata: ApiObjectMetadata; spec: FlinkStateSnapshotSpec },
  ) {
    super(scope, id, { ...FlinkStateSnapshot.GVK, metadata: props.metadata, spec: props.spec });
  }
}

/** The savepoint fields of `spec.job` an application sets (absent ones stay absent). */
export function rollbackJobFields(app: ApplicationRollbackPlan): Partial<JobSpec> {
  return {
    ...(app.initialSavepointPath !== undefined ? { initialSavepointPath: app.initialSavepointPath } : {}),
    ...(app.allowNonRestoredState !== undefined ? { allowNonRestoredState: app.allowNonRestoredState } : {}),
    ...(app.savepointRedeployNonce !== undefined
      ? { savepointRedeployNonce: app.savepointRedeployNonce }
      : {}),
    ...(app.savepointTriggerNonce !== undefined ? { savepointTriggerNonce: app.savepointTriggerNonce } : {}),
  };
}

/**
 * One FlinkStateSnapshot per declared savepoint of `app`, named
 * `<application>-<savepoint>` beside its job, after it. `disposeOnDelete` is
 * always written: the operator's default (true) would dispose of the data
 * when the entry is removed or its commit reverted, and a savepoint is the
 * state a rollback restores.
 */
export function declaredSnapshots(
  scope: Construct,
  job: ApiObject,
  app: ApplicationRollbackPlan & { readonly name: string; readonly namespace: string },
  labels: Readonly<Record<string, string>> | undefined,
): FlinkStateSnapshot[] {
  return (app.savepoints ?? []).map((sp) => {
    const name = `${app.name}-${sp.name}`;
    const snapshot = new FlinkStateSnapshot(scope, `${app.name}-savepoint-${sp.name}`, {
      metadata: { name, namespace: app.namespace, ...(labels ? { labels: { ...labels } } : {}) },
      spec: {
        ...(sp.backoffLimit !== undefined ? { backoffLimit: sp.backoffLimit } : {}),
        jobReference: { kind: job.kind as "FlinkDeployment" | "FlinkSessionJob", name: app.name },
        savepoint: {
          ...(sp.path !== undefined ? { path: sp.path } : {}),
          alreadyExists: sp.alreadyExists,
          ...(sp.formatType !== undefined ? { formatType: sp.formatType } : {}),
          disposeOnDelete: sp.disposeOnDelete,
        },
      },
    });
    snapshot.node.addDependency(job);
    return snapshot;
  });
}
