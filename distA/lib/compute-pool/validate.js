"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.computePoolArgsSchema = void 0;
exports.parseComputePoolArgs = parseComputePoolArgs;
const z = __importStar(require("zod"));
const load_1 = require("../core/load");
const config_1 = require("../cloud/config");
const versions_1 = require("../core/versions");
const args_1 = require("./args");
/**
 * The zod schema of {@link ComputePool}'s args, checked before anything is
 * registered. A platform hands its planned pools over as parsed
 * (`fromParsed`): their values passed the config section's rules already.
 */
/** The cloud face: the `flink-platform:cloud` pool rules, plus the environment it belongs to. */
const cloudFaceSchema = config_1.cloudPoolFaceSchema.extend({
    environmentId: z
        .custom()
        .refine((v) => v !== undefined && v !== null && v !== "", {
        error: "an environment id such as env-abc123, or the output of one",
    }),
});
const wholeNumber = z
    .number({ error: "a whole number of at least 1" })
    .int({ error: "a whole number of at least 1" })
    .min(1, { error: "a whole number of at least 1" });
const podResources = z.looseObject({
    cpu: z
        .number({ error: "a number of CPU cores greater than 0" })
        .positive({ error: "a number of CPU cores greater than 0" }),
    memory: z
        .string({ error: "a memory quantity such as 2048Mi or 4Gi" })
        .regex(/^[1-9][0-9]*(Mi|Gi)$/, { error: "a memory quantity such as 2048Mi or 4Gi" }),
}, { error: "CPU and memory, such as { cpu: 1, memory: 2048Mi }" });
/** The sizing of the Kubernetes faces (OSS session cluster, CMF pool); other keys are the face's own. */
const kubernetesFaceSchema = z.looseObject({
    taskManagers: wholeNumber,
    slots: wholeNumber,
    flinkVersion: z.enum(versions_1.flinkVersionEnums, { error: `one of ${versions_1.flinkVersionEnums.join(", ")}` }),
    taskManager: podResources,
    jobManager: podResources,
});
/** Why-hints of the cloud face's keys (the rules themselves are the section's). */
const hints = {
    "cloud.maxCfu": "A pool scales between 0 and maxCfu; Confluent documents these limits (at most 50 per pool).",
    "cloud.region": "Pools, the Flink region (API key scope) and the Kafka cluster must share the cloud region.",
};
exports.computePoolArgsSchema = z
    .object({
    target: z.enum(args_1.computePoolTargets, { error: `one of ${args_1.computePoolTargets.join(", ")}` }),
    [args_1.ComputePoolTarget.Cloud]: cloudFaceSchema.optional(),
    [args_1.ComputePoolTarget.ConfluentPlatform]: kubernetesFaceSchema.optional(),
    [args_1.ComputePoolTarget.Oss]: kubernetesFaceSchema.optional(),
})
    .superRefine((args, ctx) => {
    if (!args_1.computePoolTargets.includes(args?.target))
        return;
    // Exactly the target's face: one set of settings, no stray ones.
    for (const face of args_1.computePoolTargets) {
        const present = args[face] !== undefined;
        if (face === args.target && !present) {
            ctx.addIssue({
                code: "custom",
                path: [face],
                input: undefined,
                message: `the ${face} pool settings (target is ${face})`,
            });
        }
        else if (face !== args.target && present) {
            ctx.addIssue({
                code: "custom",
                path: [face],
                input: args[face],
                message: `not set when target is ${args.target}`,
            });
        }
    }
}, { when: () => true });
/** Validates {@link ComputePool}'s args; one ConfigError names each `<face>.<key>` that breaks a rule. */
function parseComputePoolArgs(name, args) {
    (0, load_1.parseOrThrow)(exports.computePoolArgsSchema, args, {
        title: `Invalid ComputePool "${name}" args`,
        hint: (path) => hints[path],
    });
}
