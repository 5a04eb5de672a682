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
exports.confluentCloudFlinkArgsSchema = void 0;
exports.parseConfluentCloudFlinkArgs = parseConfluentCloudFlinkArgs;
const z = __importStar(require("zod"));
const load_1 = require("../core/load");
const config_1 = require("./config");
const statements_1 = require("./statements");
/**
 * The args of {@link ConfluentCloudFlink}: the keys of the
 * `flink-platform:cloud` section one to one (statements carry their `sql`
 * text instead of a `file`), plus the secret credentials, which never live in
 * the section. Validated by the section's own zod schema and rules
 * (lib/cloud/config.ts), extended here only with what the section cannot hold.
 */
/** A secret input: a non-empty string, or a Pulumi input resolving to one. */
const secretInput = (what) => 
// A refine, not z.custom's own check: that one aborts, hiding the cross-field rules' problems.
z.custom().refine((v) => v !== undefined && v !== null && v !== "", {
    error: `a ${what} (a Pulumi secret); set it with \`pulumi config set --secret\``,
});
/** The zod schema of {@link ConfluentCloudFlinkArgs}. */
exports.confluentCloudFlinkArgsSchema = z
    .strictObject({
    cloudApiKey: secretInput("Cloud API key"),
    cloudApiSecret: secretInput("Cloud API secret"),
    endpoint: z
        .string()
        .regex(/^https?:\/\/\S+$/, { error: "an http(s) URL such as https://api.confluent.cloud" })
        .optional(),
    kafkaApiKey: secretInput("Kafka API key").optional(),
    kafkaApiSecret: secretInput("Kafka API secret").optional(),
    ...config_1.cloudConfigShape,
    statements: z.array(config_1.cloudStatementArgsSchema, { error: "a list of statements" }).default([]),
})
    .superRefine(config_1.cloudRulesCheck, { when: () => true })
    .superRefine((args, ctx) => {
    if (!args || typeof args !== "object")
        return;
    if ((args.kafkaApiKey === undefined) !== (args.kafkaApiSecret === undefined)) {
        ctx.addIssue({
            code: "custom",
            path: [args.kafkaApiKey === undefined ? "kafkaApiKey" : "kafkaApiSecret"],
            input: undefined,
            message: "set together with its pair (kafkaApiKey and kafkaApiSecret)",
        });
    }
    // Offsets carry over from the version being replaced; this SQL already runs under its own name.
    (Array.isArray(args.statements) ? args.statements : []).forEach((s, i) => {
        if (!s || typeof s.sql !== "string" || typeof s.name !== "string")
            return;
        if (s.carryOffsetsFrom !== undefined && s.carryOffsetsFrom === (0, statements_1.planStatement)(s).statementName) {
            ctx.addIssue({
                code: "custom",
                path: ["statements", i, "carryOffsetsFrom"],
                input: s.carryOffsetsFrom,
                message: "the name of a previous version, not of this one",
            });
        }
    });
}, { when: () => true });
/** Validates args with the section's rules; one ConfigError lists every problem. */
function parseConfluentCloudFlinkArgs(name, args) {
    return (0, load_1.parseOrThrow)(exports.confluentCloudFlinkArgsSchema, args, {
        title: `Invalid ConfluentCloudFlink "${name}" args`,
    });
}
const argsMirrorSchema = true;
void argsMirrorSchema;
