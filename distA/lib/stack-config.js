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
exports.stackConfigSchema = exports.targets = exports.Target = void 0;
exports.ossSection = ossSection;
exports.cpSection = cpSection;
exports.parseStackConfig = parseStackConfig;
const z = __importStar(require("zod"));
const config_1 = require("./cloud/config");
const config_2 = require("./cp/config");
const config_platform_1 = require("./cp/config-platform");
const config_sql_1 = require("./cp/config-sql");
const errors_1 = require("./core/errors");
const load_1 = require("./core/load");
const schema_1 = require("./core/schema");
const platform_schema_1 = require("./core/platform-schema");
/**
 * The whole stack file: which target the stack runs, and the sections that
 * target reads. Keys that belong to another target are errors, so a
 * Kubernetes setting in a cloud stack is not silently ignored.
 */
exports.Target = {
    /** The Apache Flink Kubernetes Operator (`FlinkPlatformOSS`). */
    OSS: "oss",
    /** Confluent Platform for Apache Flink with CMF (`FlinkPlatformCP`). */
    CP: "cp",
    /** Confluent Cloud for Apache Flink (`ConfluentCloudFlink`). */
    Cloud: "cloud",
};
exports.targets = [exports.Target.OSS, exports.Target.CP, exports.Target.Cloud];
/** Secret keys (read with requireSecret) are plain strings to the schema: offline they are "[secret]". */
const secretString = z.string({ error: "a secret string (set with `pulumi config set --secret`)" }).min(1);
const stackShape = {
    target: z
        .enum(exports.targets, { error: `one of ${exports.targets.join(", ")}` })
        .default(exports.Target.OSS),
    ...platform_schema_1.platformShape,
    [config_1.cloudConfigKey]: config_1.cloudConfigSchema.optional(),
    [config_1.cloudSecretKeys.cloudApiKey]: secretString.optional(),
    [config_1.cloudSecretKeys.cloudApiSecret]: secretString.optional(),
    [config_1.cloudSecretKeys.kafkaApiKey]: secretString.optional(),
    [config_1.cloudSecretKeys.kafkaApiSecret]: secretString.optional(),
    [config_2.cmfConfigKey]: config_2.cmfConfigSchema.optional(),
    [config_2.cmfSecretKeys.token]: secretString.optional(),
    [config_2.cmfSecretKeys.clientCert]: secretString.optional(),
    [config_2.cmfSecretKeys.clientKey]: secretString.optional(),
    [config_2.cmfSecretKeys.keystorePassword]: secretString.optional(),
    [config_2.cmfSecretKeys.truststorePassword]: secretString.optional(),
    [config_sql_1.cmfSqlSecretsKey]: secretString.optional(),
    [config_2.cmfCaCertKey]: z
        .string({ error: "a PEM CA bundle (-----BEGIN CERTIFICATE-----...)" })
        .regex(/-----BEGIN [A-Z ]+-----/, { error: "a PEM CA bundle (-----BEGIN CERTIFICATE-----...)" })
        .optional(),
};
/** Keys each target reads; `target` and `environment` are common. */
const keysByTarget = {
    oss: ["target", ...Object.keys(platform_schema_1.platformShape)],
    cp: [
        "target",
        ...Object.keys(platform_schema_1.platformShape),
        config_2.cmfConfigKey,
        ...Object.values(config_2.cmfSecretKeys),
        config_2.cmfCaCertKey,
        config_sql_1.cmfSqlSecretsKey,
    ],
    cloud: ["target", "environment", config_1.cloudConfigKey, ...Object.values(config_1.cloudSecretKeys)],
};
/** Keys a target cannot do without. */
const requiredByTarget = {
    oss: ["environment"],
    cp: ["environment"],
    cloud: ["environment", config_1.cloudConfigKey, config_1.cloudSecretKeys.cloudApiKey, config_1.cloudSecretKeys.cloudApiSecret],
};
/** CMF client secrets the CP target needs for its authentication type (checked on the parsed config). */
function cmfSecretRule(cfg, ctx) {
    const type = cfg?.cmf?.authentication?.type;
    for (const p of (0, config_2.cmfSecretProblems)(type, (key) => cfg[key] !== undefined, (key) => key)) {
        ctx.addIssue({ code: "custom", path: [p.path], input: undefined, message: p.allowed });
    }
    const fromConfig = (0, config_sql_1.cmfSqlSecretsNeeded)(cfg?.cmf);
    if (fromConfig.length > 0 && cfg[config_sql_1.cmfSqlSecretsKey] === undefined) {
        ctx.addIssue({
            code: "custom",
            path: [config_sql_1.cmfSqlSecretsKey],
            input: undefined,
            message: `required when cmf.secrets (${fromConfig.join(", ")}) have no kubernetesSecret: pulumi config set --secret ${schema_1.configNamespace}:${config_sql_1.cmfSqlSecretsKey} '{"<secret>": {"<key>": "<value>"}}'`,
        });
    }
}
exports.stackConfigSchema = z
    .strictObject(stackShape)
    .superRefine((cfg, ctx) => {
    if (cfg?.target === exports.Target.Cloud)
        (0, platform_schema_1.tierRule)(cfg, ctx);
    else if (cfg?.target === exports.Target.CP) {
        (0, config_platform_1.cpRules)({ ...cfg, cmf: cfg.cmf ?? config_2.cmfConfigSchema.parse({}) }, ctx);
        cmfSecretRule(cfg, ctx);
    }
    else
        (0, platform_schema_1.platformRules)(cfg, ctx, schema_1.OperatorDistribution.Apache);
}, { when: () => true })
    .transform((cfg) => {
    const out = (0, platform_schema_1.withOperatorDefaults)(cfg, cfg.target === exports.Target.CP ? schema_1.OperatorDistribution.Confluent : schema_1.OperatorDistribution.Apache);
    // For its target, the lines above ran the section schema's own parts (the
    // platformShape fields, platformRules or cpRules, withOperatorDefaults), so
    // the section is that schema's output: the component takes it as parsed.
    if (out.target === exports.Target.OSS)
        sections.set(out, (0, load_1.fromParsed)(platform_schema_1.platformSchema, pickPlatform(out)));
    // A CP section's statements name `.sql` files where the component's take the SQL text: that
    // section is not the component schema's output, so only one without statements is recorded.
    if (out.target === exports.Target.CP && (out.cmf?.statements.length ?? 0) === 0) {
        const section = { ...pickPlatform(out), [config_2.cmfConfigKey]: out.cmf ?? config_2.cmfConfigSchema.parse({}) };
        sections.set(out, (0, load_1.fromParsed)(config_platform_1.cpPlatformSchema, section));
    }
    return out;
});
/** The section of each parsed stack config that its target's component takes. */
const sections = new WeakMap();
function pickPlatform(cfg) {
    return Object.fromEntries(Object.entries(cfg).filter(([k]) => Object.hasOwn(platform_schema_1.platformShape, k)));
}
/**
 * The settings `FlinkPlatformOSS` takes, out of a parsed OSS stack config:
 * the platform schema's output, which the component does not validate again.
 */
function ossSection(config) {
    return sections.get(config) ?? pickPlatform(config);
}
/** The settings `FlinkPlatformCP` takes (without its credentials), out of a parsed CP stack config. */
function cpSection(config) {
    return (sections.get(config) ??
        { ...pickPlatform(config), [config_2.cmfConfigKey]: config.cmf });
}
/** Problems with which keys are present for the stack's target (checked on the raw input). */
function targetKeyProblems(raw) {
    const target = (raw.target ?? exports.Target.OSS);
    if (!exports.targets.includes(target))
        return []; // reported by the schema
    const allowed = keysByTarget[target];
    const problems = [];
    for (const key of Object.keys(raw)) {
        const known = Object.values(keysByTarget).some((keys) => keys.includes(key));
        if (known && !allowed.includes(key)) {
            const owners = exports.targets.filter((t) => keysByTarget[t].includes(key));
            problems.push({
                path: `${schema_1.configNamespace}:${key}`,
                got: raw[key],
                allowed: `not set for target ${target} (keys for ${target}: ${allowed.join(", ")})`,
                hint: `${key} configures target ${owners.join(" and ")}; remove it or change flink-platform:target.`,
            });
        }
    }
    for (const key of requiredByTarget[target]) {
        if (raw[key] === undefined) {
            problems.push({
                path: `${schema_1.configNamespace}:${key}`,
                got: undefined,
                allowed: `required for target ${target}`,
                hint: [...Object.values(config_1.cloudSecretKeys), ...Object.values(config_2.cmfSecretKeys)].includes(key)
                    ? `set it with: pulumi config set --secret ${schema_1.configNamespace}:${key} <value>`
                    : undefined,
            });
        }
    }
    return problems;
}
/**
 * Validates the project's keys of a Pulumi config map (as returned by
 * `pulumi.runtime.allConfig()`) and returns the typed stack config.
 * `options.isSecret` tells which keys were set with `--secret`.
 * Throws one ConfigError listing every problem.
 */
function parseStackConfig(all, options = {}) {
    const raw = (0, load_1.projectConfigObject)(all);
    const problems = [...targetKeyProblems(raw), ...(0, load_1.configMapProblems)(all, options)];
    const requiredMissing = new Set(problems.filter((p) => p.got === undefined).map((p) => p.path));
    try {
        const parsed = (0, load_1.parseOrThrow)(exports.stackConfigSchema, raw, {
            prefix: `${schema_1.configNamespace}:`,
            hint: config_2.cpStackHintFor,
        });
        if (problems.length === 0)
            return parsed;
    }
    catch (err) {
        if (!errors_1.ConfigError.isConfigError(err))
            throw err;
        // The schema also reports a missing `environment`: keep one line per key.
        problems.unshift(...err.problems.filter((p) => !requiredMissing.has(p.path)));
    }
    throw new errors_1.ConfigError(problems, "Invalid flink-platform stack configuration");
}
