"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planCpFromArgs = planCpFromArgs;
const config_1 = require("./config");
const config_platform_1 = require("./config-platform");
const errors_1 = require("../core/errors");
const schema_1 = require("../core/schema");
const load_1 = require("../core/load");
const defaults_1 = require("./defaults");
const config_sql_1 = require("./config-sql");
const derive_1 = require("../core/derive");
/** Validation of FlinkPlatformCP args into the platform and CMF plans, before anything is registered. */
/** Args field of each CMF client secret (the stack reads them from the keys in `cmfSecretKeys`). */
const credentialField = {
    [config_1.cmfSecretKeys.token]: "token",
    [config_1.cmfSecretKeys.clientCert]: "clientCertPem",
    [config_1.cmfSecretKeys.clientKey]: "clientKeyPem",
    [config_1.cmfSecretKeys.keystorePassword]: "keystorePassword",
    [config_1.cmfSecretKeys.truststorePassword]: "truststorePassword",
};
/**
 * Validates FlinkPlatformCP args (settings with the stack-config schema, and
 * the CMF client credentials the authentication type needs) and resolves
 * them. Throws one ConfigError listing every problem.
 */
function planCpFromArgs(name, args) {
    const title = `Invalid arguments for FlinkPlatformCP "${name}"`;
    const { cmfCredentials, ...settings } = (args ?? {});
    const problems = [];
    let cfg;
    try {
        cfg = (0, load_1.parseOrThrow)(config_platform_1.cpPlatformSchema, settings, { prefix: "args.", title, hint: config_1.cpStackHintFor });
    }
    catch (err) {
        if (!errors_1.ConfigError.isConfigError(err))
            throw err;
        problems.push(...err.problems);
    }
    const rawType = settings.cmf
        ?.authentication?.type;
    const authType = cfg?.cmf.authentication.type ??
        (Object.values(config_1.CmfAuthenticationType).includes(rawType)
            ? rawType
            : undefined);
    problems.push(...(0, config_1.cmfSecretProblems)(authType, (key) => cmfCredentials?.[credentialField[key]] !== undefined, (key) => `args.cmfCredentials.${credentialField[key]}`).map((p) => ({ ...p, hint: "pass it as a Pulumi secret (config.requireSecret)" })));
    const fromConfig = (0, config_sql_1.cmfSqlSecretsNeeded)(cfg?.cmf);
    if (fromConfig.length > 0 && cmfCredentials?.sqlSecrets === undefined) {
        problems.push({
            path: "args.cmfCredentials.sqlSecrets",
            got: undefined,
            allowed: `the data of cmf.secrets ${fromConfig.join(", ")} (declared without kubernetesSecret), as a Pulumi secret`,
        });
    }
    if (problems.length > 0 || cfg === undefined)
        throw new errors_1.ConfigError(problems, title);
    // CMF runs Confluent Platform Flink images: the default image is cp-flink, not Apache's.
    const flink = { ...cfg.flink, image: cfg.flink.image ?? (0, defaults_1.cpFlinkImage)(cfg.flink.version) };
    const plan = (0, derive_1.planPlatform)({ ...cfg, flink }, schema_1.OperatorDistribution.Confluent);
    return { plan, cmf: (0, defaults_1.planCmf)(cfg.cmf, plan, cfg.size), sql: (0, config_sql_1.cmfSqlConfig)(cfg.cmf) };
}
