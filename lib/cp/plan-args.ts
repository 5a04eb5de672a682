import {
  CmfAuthenticationType,
  cmfSecretKeys,
  cmfSecretProblems,
  type CmfSecretKey,
  cpStackHintFor,
} from "./config";
import { cpPlatformSchema, CpPlatformConfig } from "./config-platform";
import { ConfigError, ConfigProblem } from "../core/errors";
import { OperatorDistribution } from "../core/schema";
import { parseOrThrow } from "../core/load";
import { CmfPlan, cpFlinkImage, planCmf } from "./defaults";
import { cmfSqlConfig, cmfSqlSecretsNeeded, type CmfSqlConfig } from "./config-sql";
import { planPlatform, PlatformPlan } from "../core/derive";
import { CmfCredentialsArgs, FlinkPlatformCPArgs } from "./args";

/** Validation of FlinkPlatformCP args into the platform and CMF plans, before anything is registered. */

/** Args field of each CMF client secret (the stack reads them from the keys in `cmfSecretKeys`). */
const credentialField: Readonly<Record<CmfSecretKey, keyof CmfCredentialsArgs>> = {
  [cmfSecretKeys.token]: "token",
  [cmfSecretKeys.clientCert]: "clientCertPem",
  [cmfSecretKeys.clientKey]: "clientKeyPem",
  [cmfSecretKeys.keystorePassword]: "keystorePassword",
  [cmfSecretKeys.truststorePassword]: "truststorePassword",
};

/** The resolved platform and CMF plans of a CP platform. */
export interface CpPlans {
  readonly plan: PlatformPlan;
  readonly cmf: CmfPlan;
  /** The Flink SQL objects to create in CMF (`cmf.secrets`, ..., `cmf.statements`). */
  readonly sql: CmfSqlConfig;
}

/**
 * Validates FlinkPlatformCP args (settings with the stack-config schema, and
 * the CMF client credentials the authentication type needs) and resolves
 * them. Throws one ConfigError listing every problem.
 */
export function planCpFromArgs(name: string, args: FlinkPlatformCPArgs): CpPlans {
  const title = `Invalid arguments for FlinkPlatformCP "${name}"`;
  const { cmfCredentials, ...settings } = (args ?? {}) as FlinkPlatformCPArgs;
  const problems: ConfigProblem[] = [];
  let cfg: CpPlatformConfig | undefined;
  try {
    cfg = parseOrThrow(cpPlatformSchema, settings, { prefix: "args.", title, hint: cpStackHintFor });
  } catch (err) {
    if (!ConfigError.isConfigError(err)) throw err;
    problems.push(...err.problems);
  }
  const rawType: unknown = (settings.cmf as { authentication?: { type?: unknown } } | undefined)
    ?.authentication?.type;
  const authType =
    cfg?.cmf.authentication.type ??
    (Object.values(CmfAuthenticationType).includes(rawType as never)
      ? (rawType as CmfAuthenticationType)
      : undefined);
  problems.push(
    ...cmfSecretProblems(
      authType,
      (key) => cmfCredentials?.[credentialField[key]] !== undefined,
      (key) => `args.cmfCredentials.${credentialField[key]}`,
    ).map((p) => ({ ...p, hint: "pass it as a Pulumi secret (config.requireSecret)" })),
  );
  const fromConfig = cmfSqlSecretsNeeded(cfg?.cmf);
  if (fromConfig.length > 0 && cmfCredentials?.sqlSecrets === undefined) {
    problems.push({
      path: "args.cmfCredentials.sqlSecrets",
      got: undefined,
      allowed: `the data of cmf.secrets ${fromConfig.join(", ")} (declared without kubernetesSecret), as a Pulumi secret`,
    });
  }
  if (problems.length > 0 || cfg === undefined) throw new ConfigError(problems, title);
  // CMF runs Confluent Platform Flink images: the default image is cp-flink, not Apache's.
  const flink = { ...cfg.flink, image: cfg.flink.image ?? cpFlinkImage(cfg.flink.version) };
  const plan = planPlatform({ ...cfg, flink }, OperatorDistribution.Confluent);
  return { plan, cmf: planCmf(cfg.cmf, plan, cfg.size), sql: cmfSqlConfig(cfg.cmf) };
}
