import * as pulumi from "@pulumi/pulumi";
import { withOfflineClosures } from "../../lib/plan/closures";
import { invokeFakes, resourceFakes } from "../../lib/plan/fakes";
import { applyOrder, installRecordingMocks, PlanResource, ResourceFake } from "../../lib/plan/recorder";
import { withoutPromiseStackTraces } from "../../lib/plan/stack-traces";

/**
 * Runs `program` under the same recording mocks offline synth uses, with the
 * same offline closure stand-in (`__provider` is "[dynamic provider]", as in
 * a plan) and, as synth, without the SDK's per-promise stack traces (an
 * error thrown meanwhile has no frames; FLINK_PLATFORM_DEBUG=1 keeps them),
 * and returns what it registered, in apply order. Component modules
 * must be imported inside `program` (after the mocks are set). The real
 * serialization of each CMF provider is tested on its own (test/cmf); under
 * `record` it cost about a third of the CPU of the tests that run CP programs.
 */
export async function record(
  program: () => Promise<void> | void,
  stack = "test",
  extraFakes: Readonly<Record<string, ResourceFake>> = {},
): Promise<PlanResource[]> {
  const recorded = installRecordingMocks({
    project: "flink-platform",
    stack,
    resourceFakes: { ...resourceFakes, ...extraFakes },
    invokeFakes,
  });
  await withOfflineClosures(() =>
    withoutPromiseStackTraces(async () => {
      await program();
      await pulumi.runtime.disconnect();
    }),
  );
  return applyOrder(recorded);
}

/** Last segment of a URN: the logical name. */
export const nameOf = (urn: string) => urn.split("::").pop()!;

/** `type name` rows, compact for exact assertions. */
export const rows = (resources: readonly PlanResource[]) => resources.map((r) => `${r.type} ${r.name}`);

/** Resolves an Output (or plain value) and tells whether it is marked secret. */
export async function resolveOutput(value: unknown): Promise<{ value: unknown; secret: boolean }> {
  if (!pulumi.Output.isInstance(value)) return { value, secret: false };
  const o = value as unknown as { isSecret: Promise<boolean>; promise(): Promise<unknown> };
  return { value: await o.promise(), secret: await o.isSecret };
}
