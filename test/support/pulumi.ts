import * as pulumi from "@pulumi/pulumi";
import { invokeFakes, resourceFakes } from "../../lib/plan/fakes";
import { applyOrder, installRecordingMocks, PlanResource } from "../../lib/plan/recorder";

/**
 * Runs `program` under the same recording mocks offline synth uses and
 * returns what it registered, in apply order. Component modules must be
 * imported inside `program` (after the mocks are set).
 */
export async function record(program: () => Promise<void> | void, stack = "test"): Promise<PlanResource[]> {
  const recorded = installRecordingMocks({ project: "flink-platform", stack, resourceFakes, invokeFakes });
  await program();
  await pulumi.runtime.disconnect();
  return applyOrder(recorded);
}

/** Last segment of a URN: the logical name. */
export const nameOf = (urn: string) => urn.split("::").pop()!;

/** `type name` rows, compact for exact assertions. */
export const rows = (resources: readonly PlanResource[]) => resources.map((r) => `${r.type} ${r.name}`);
