import * as z from "zod";
import {
  cloudConfigKey,
  cloudConfigSchema,
  cloudSecretKeys,
  kafkaKeyPairRule,
  type CloudConfig,
} from "./cloud/config";
import {
  cmfCaCertKey,
  cmfConfigKey,
  cmfConfigSchema,
  cmfSecretKeys,
  cmfSecretProblems,
  CmfSecretKey,
  cpStackHintFor,
} from "./cp/config";
import { cpPlatformSchema, cpRules, type CpPlatformConfig } from "./cp/config-platform";
import { cmfSqlSecretsKey, cmfSqlSecretsNeeded } from "./cp/config-sql";
import { ConfigError, ConfigProblem } from "./core/errors";
import {
  configMapProblems,
  ConfigMapOptions,
  fromParsed,
  parseOrThrow,
  projectConfigObject,
} from "./core/load";
import { configNamespace, OperatorDistribution, Tier } from "./core/schema";
import { planPlatform, type PlatformPlan } from "./core/derive";
import {
  effectiveTier,
  platformRules,
  platformSchema,
  platformShape,
  tierRule,
  withOperatorDefaults,
  type PlatformConfig,
} from "./core/platform-schema";

/**
 * The whole stack file: which target the stack runs, and the sections that
 * target reads. Keys that belong to another target are errors, so a
 * Kubernetes setting in a cloud stack is not silently ignored.
 */

export const Target = {
  /** The Apache Flink Kubernetes Operator (`FlinkPlatformOSS`). */
  OSS: "oss",
  /** Confluent Platform for Apache Flink with CMF (`FlinkPlatformCP`). */
  CP: "cp",
  /** Confluent Cloud for Apache Flink (`ConfluentCloudFlink`). */
  Cloud: "cloud",
} as const;
export type Target = (typeof Target)[keyof typeof Target];
export const targets: readonly Target[] = [Target.OSS, Target.CP, Target.Cloud];

/** Secret keys (read with requireSecret) are plain strings to the schema: offline they are "[secret]". */
const secretString = z.string({ error: "a secret string (set with `pulumi config set --secret`)" }).min(1);

const stackShape = {
  target: z
    .enum(targets as [Target, ...Target[]], { error: `one of ${targets.join(", ")}` })
    .default(Target.OSS),
  ...platformShape,
  [cloudConfigKey]: cloudConfigSchema.optional(),
  [cloudSecretKeys.cloudApiKey]: secretString.optional(),
  [cloudSecretKeys.cloudApiSecret]: secretString.optional(),
  [cloudSecretKeys.kafkaApiKey]: secretString.optional(),
  [cloudSecretKeys.kafkaApiSecret]: secretString.optional(),
  [cmfConfigKey]: cmfConfigSchema.optional(),
  [cmfSecretKeys.token]: secretString.optional(),
  [cmfSecretKeys.clientCert]: secretString.optional(),
  [cmfSecretKeys.clientKey]: secretString.optional(),
  [cmfSecretKeys.keystorePassword]: secretString.optional(),
  [cmfSecretKeys.truststorePassword]: secretString.optional(),
  [cmfSqlSecretsKey]: secretString.optional(),
  [cmfCaCertKey]: z
    .string({ error: "a PEM CA bundle (-----BEGIN CERTIFICATE-----...)" })
    .regex(/-----BEGIN [A-Z ]+-----/, { error: "a PEM CA bundle (-----BEGIN CERTIFICATE-----...)" })
    .optional(),
};

/** Keys each target reads; `target` and `environment` are common. */
const keysByTarget: Readonly<Record<Target, readonly string[]>> = {
  oss: ["target", ...Object.keys(platformShape)],
  cp: [
    "target",
    ...Object.keys(platformShape),
    cmfConfigKey,
    ...Object.values(cmfSecretKeys),
    cmfCaCertKey,
    cmfSqlSecretsKey,
  ],
  cloud: ["target", "environment", cloudConfigKey, ...Object.values(cloudSecretKeys)],
};

/** Keys a target cannot do without. */
const requiredByTarget: Readonly<Record<Target, readonly string[]>> = {
  oss: ["environment"],
  cp: ["environment"],
  cloud: ["environment", cloudConfigKey, cloudSecretKeys.cloudApiKey, cloudSecretKeys.cloudApiSecret],
};

type StackShapeOutput = z.output<z.ZodObject<typeof stackShape>>;

/** CMF client secrets the CP target needs for its authentication type (checked on the parsed config). */
function cmfSecretRule(cfg: StackShapeOutput, ctx: z.RefinementCtx): void {
  const type = cfg?.cmf?.authentication?.type;
  for (const p of cmfSecretProblems(
    type,
    (key: CmfSecretKey) => cfg[key] !== undefined,
    (key) => key,
  )) {
    ctx.addIssue({ code: "custom", path: [p.path], input: undefined, message: p.allowed });
  }
  const fromConfig = cmfSqlSecretsNeeded(cfg?.cmf);
  if (fromConfig.length > 0 && cfg[cmfSqlSecretsKey] === undefined) {
    ctx.addIssue({
      code: "custom",
      path: [cmfSqlSecretsKey],
      input: undefined,
      message: `required when cmf.secrets (${fromConfig.join(", ")}) have no kubernetesSecret: pulumi config set --secret ${configNamespace}:${cmfSqlSecretsKey} '{"<secret>": {"<key>": "<value>"}}'`,
    });
  }
}

export const stackConfigSchema = z
  .strictObject(stackShape)
  .superRefine(
    (cfg, ctx) => {
      if (cfg?.target === Target.Cloud) {
        tierRule(cfg, ctx);
        kafkaKeyPairRule(cfg, ctx);
      } else if (cfg?.target === Target.CP) {
        cpRules({ ...cfg, cmf: cfg.cmf ?? cmfConfigSchema.parse({}) }, ctx);
        cmfSecretRule(cfg, ctx);
      } else platformRules(cfg, ctx, OperatorDistribution.Apache);
    },
    { when: () => true },
  )
  .transform((cfg: StackShapeOutput) => {
    const out = withOperatorDefaults(
      cfg,
      cfg.target === Target.CP ? OperatorDistribution.Confluent : OperatorDistribution.Apache,
    );
    // For its target, the lines above ran the section schema's own parts (the
    // platformShape fields, platformRules or cpRules, withOperatorDefaults), so
    // the section is that schema's output: the component takes it as parsed.
    if (out.target === Target.OSS) sections.set(out, fromParsed(platformSchema, pickPlatform(out)));
    if (out.target === Target.CP) {
      const section = { ...pickPlatform(out), [cmfConfigKey]: out.cmf ?? cmfConfigSchema.parse({}) };
      sections.set(out, fromParsed(cpPlatformSchema, section));
    }
    if (out.target === Target.Cloud && out.cloud !== undefined) {
      sections.set(
        out,
        fromParsed(cloudConfigSchema, withProtect(out.cloud, effectiveTier(out.environment))),
      );
    }
    return out;
  });

export type StackConfig = z.output<typeof stackConfigSchema>;

/** The section of each parsed stack config that its target's component takes. */
const sections = new WeakMap<object, PlatformConfig | CpPlatformConfig | CloudConfig>();

/**
 * In prod a created environment is protected unless the stack says otherwise
 * (an adopted one is not this stack's to protect): the tier lives outside the
 * section, so the stack fills the section's `environment.protect`, within its rules.
 */
function withProtect(cloud: CloudConfig, tier: Tier | undefined): CloudConfig {
  const env = cloud.environment;
  if (env.existingId !== undefined || env.protect !== undefined) return cloud;
  return { ...cloud, environment: { ...env, protect: tier === Tier.Prod } };
}

function pickPlatform<T extends object>(cfg: T): PlatformConfig {
  return Object.fromEntries(
    Object.entries(cfg).filter(([k]) => Object.hasOwn(platformShape, k)),
  ) as unknown as PlatformConfig;
}

/**
 * The settings `FlinkPlatformOSS` takes, out of a parsed OSS stack config:
 * the platform schema's output, which the component does not validate again.
 */
export function ossSection(config: StackConfig): PlatformConfig {
  return (sections.get(config) as PlatformConfig | undefined) ?? pickPlatform(config);
}

/** The settings `FlinkPlatformCP` takes (without its credentials), out of a parsed CP stack config. */
export function cpSection(config: StackConfig): CpPlatformConfig {
  return (
    (sections.get(config) as CpPlatformConfig | undefined) ??
    ({ ...pickPlatform(config), [cmfConfigKey]: config.cmf } as unknown as CpPlatformConfig)
  );
}

/**
 * The platform plan a Kubernetes stack's components derive (pools, applications,
 * resources), out of a parsed OSS or CP stack config: what `settings` and
 * `advise` read without running the program.
 */
export function platformPlanOf(config: StackConfig): PlatformPlan {
  return config.target === Target.CP
    ? planPlatform(cpSection(config), OperatorDistribution.Confluent)
    : planPlatform(ossSection(config), OperatorDistribution.Apache);
}

/**
 * The settings `ConfluentCloudFlink` takes (without its credentials), out of
 * a parsed cloud stack config: the section schema's output, statements with
 * their SQL, which the component does not validate again.
 */
export function cloudSection(config: StackConfig): CloudConfig {
  return (sections.get(config) as CloudConfig | undefined) ?? config.cloud!;
}

/** Problems with which keys are present for the stack's target (checked on the raw input). */
function targetKeyProblems(raw: Record<string, unknown>): ConfigProblem[] {
  const target = (raw.target ?? Target.OSS) as Target;
  if (!targets.includes(target)) return []; // reported by the schema
  const allowed = keysByTarget[target];
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(raw)) {
    const known = Object.values(keysByTarget).some((keys) => keys.includes(key));
    if (known && !allowed.includes(key)) {
      const owners = targets.filter((t) => keysByTarget[t].includes(key));
      problems.push({
        path: `${configNamespace}:${key}`,
        got: raw[key],
        allowed: `not set for target ${target} (keys for ${target}: ${allowed.join(", ")})`,
        hint: `${key} configures target ${owners.join(" and ")}; remove it or change flink-platform:target.`,
      });
    }
  }
  for (const key of requiredByTarget[target]) {
    if (raw[key] === undefined) {
      problems.push({
        path: `${configNamespace}:${key}`,
        got: undefined,
        allowed: `required for target ${target}`,
        hint: [...Object.values(cloudSecretKeys), ...Object.values(cmfSecretKeys)].includes(key as never)
          ? `set it with: pulumi config set --secret ${configNamespace}:${key} <value>`
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
export function parseStackConfig(
  all: Readonly<Record<string, string>>,
  options: ConfigMapOptions = {},
): StackConfig {
  const raw = projectConfigObject(all);
  const problems = [...targetKeyProblems(raw), ...configMapProblems(all, options)];
  const requiredMissing = new Set(problems.filter((p) => p.got === undefined).map((p) => p.path));
  try {
    const parsed = parseOrThrow(stackConfigSchema, raw, {
      prefix: `${configNamespace}:`,
      hint: cpStackHintFor,
    });
    if (problems.length === 0) return parsed;
  } catch (err) {
    if (!ConfigError.isConfigError(err)) throw err;
    // The schema also reports a missing `environment`: keep one line per key.
    problems.unshift(...err.problems.filter((p) => !requiredMissing.has(p.path)));
  }
  throw new ConfigError(problems, "Invalid flink-platform stack configuration");
}
