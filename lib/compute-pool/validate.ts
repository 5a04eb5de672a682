import * as z from "zod";
import { parseOrThrow } from "../core/load";
import { cloudPoolFaceSchema } from "../cloud/config";
import { flinkVersionEnums } from "../core/versions";
import { autoscalerSchema } from "../core/autoscaler-schema";
import { CloudComputePoolArgs, ComputePoolArgs, ComputePoolTarget, computePoolTargets } from "./args";

/**
 * The zod schema of {@link ComputePool}'s args, checked before anything is
 * registered. A platform hands its planned pools over as parsed
 * (`fromParsed`): their values passed the config section's rules already.
 */

/** The cloud face: the `flink-platform:cloud` pool rules, plus the environment it belongs to. */
const cloudFaceSchema = cloudPoolFaceSchema.extend({
  environmentId: z
    .custom<CloudComputePoolArgs["environmentId"]>()
    .refine((v) => v !== undefined && v !== null && v !== "", {
      error: "an environment id such as env-abc123, or the output of one",
    }),
});

const wholeNumber = z
  .number({ error: "a whole number of at least 1" })
  .int({ error: "a whole number of at least 1" })
  .min(1, { error: "a whole number of at least 1" });

const podResources = z.looseObject(
  {
    cpu: z
      .number({ error: "a number of CPU cores greater than 0" })
      .positive({ error: "a number of CPU cores greater than 0" }),
    memory: z
      .string({ error: "a memory quantity such as 2048Mi or 4Gi" })
      .regex(/^[1-9][0-9]*(Mi|Gi)$/, { error: "a memory quantity such as 2048Mi or 4Gi" }),
  },
  { error: "CPU and memory, such as { cpu: 1, memory: 2048Mi }" },
);

/** The sizing of the Kubernetes faces (OSS session cluster, CMF pool); other keys are the face's own. */
const kubernetesFaceSchema = z.looseObject({
  taskManagers: wholeNumber,
  slots: wholeNumber,
  flinkVersion: z.enum(flinkVersionEnums, { error: `one of ${flinkVersionEnums.join(", ")}` }),
  taskManager: podResources,
  jobManager: podResources,
  autoscaler: autoscalerSchema.optional(),
});

/** Why-hints of the cloud face's keys (the rules themselves are the section's). */
const hints: Readonly<Record<string, string>> = {
  "cloud.maxCfu":
    "A pool scales between 0 and maxCfu; Confluent documents these limits (at most 50 per standard pool, 1000 with Limited Availability).",
  "cloud.region":
    "Pools, the Flink region (API key scope) and the Kafka cluster must share the cloud region.",
};

export const computePoolArgsSchema = z
  .object({
    target: z.enum(computePoolTargets, { error: `one of ${computePoolTargets.join(", ")}` }),
    [ComputePoolTarget.Cloud]: cloudFaceSchema.optional(),
    [ComputePoolTarget.ConfluentPlatform]: kubernetesFaceSchema.optional(),
    [ComputePoolTarget.Oss]: kubernetesFaceSchema.optional(),
  })
  .superRefine(
    (args, ctx) => {
      if (!(computePoolTargets as readonly unknown[]).includes(args?.target)) return;
      // Exactly the target's face: one set of settings, no stray ones.
      for (const face of computePoolTargets) {
        const present = args[face] !== undefined;
        if (face === args.target && !present) {
          ctx.addIssue({
            code: "custom",
            path: [face],
            input: undefined,
            message: `the ${face} pool settings (target is ${face})`,
          });
        } else if (face !== args.target && present) {
          ctx.addIssue({
            code: "custom",
            path: [face],
            input: args[face],
            message: `not set when target is ${args.target}`,
          });
        }
      }
    },
    { when: () => true },
  );

/** Validates {@link ComputePool}'s args; one ConfigError names each `<face>.<key>` that breaks a rule. */
export function parseComputePoolArgs(name: string, args: ComputePoolArgs): void {
  parseOrThrow(computePoolArgsSchema, args, {
    title: `Invalid ComputePool "${name}" args`,
    hint: (path) => hints[path],
  });
}
