import * as pulumi from "@pulumi/pulumi";
import { cloudSecretKeys } from "../lib/cloud/config";
import { CmfAuthenticationType, cmfCaCertKey, cmfSecretKeys } from "../lib/cp/config";
import { cmfSqlSecretsKey, cmfSqlSecretsNeeded } from "../lib/cp/config-sql";
import { configNamespace } from "../lib/core/schema";
import { cloudSection, cpSection, ossSection, StackConfig, Target } from "../lib/stack-config";
import { validateStack } from "../lib/stack-validate";
import type * as CloudModule from "../lib/cloud";
import type { KubernetesPlatformArgs } from "../lib/kubernetes/args";
import type * as CpModule from "../lib/cp/platform";
import type { FlinkPlatformCPArgs } from "../lib/cp/args";
import type * as OssModule from "../lib/oss/platform";

/**
 * The stack program: validates the whole `flink-platform:` config first (one
 * error listing every problem, before any resource exists), then composes the
 * platform for the stack's target. Stack outputs are this module's exports.
 *
 * Only the target's component module is loaded (`require` on first use, as
 * ts-node runs CommonJS): a Confluent Cloud stack never loads cdk8s,
 * cdk8s-plus or the Kubernetes provider. In the bundle synth runs
 * (scripts/build.ts) their code is present but, required the same way, never
 * initialized; the Kubernetes provider is not in the bundle at all.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const load = {
  oss: () => require("../lib/oss/platform") as typeof OssModule,
  cp: () => require("../lib/cp/platform") as typeof CpModule,
  cloud: () => require("../lib/cloud") as typeof CloudModule,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** SQL files and other stack assets are relative to the project root, the program's cwd under `pulumi up`. */
const projectRoot = process.cwd();

function oss(config: StackConfig) {
  const { FlinkPlatformOSS } = load.oss();
  // The section as parsed above: the component recognizes it and does not validate it again.
  const p = new FlinkPlatformOSS(config.environment.name, ossSection(config) as KubernetesPlatformArgs);
  return {
    namespaces: p.namespaces,
    operatorNamespace: p.operatorNamespace,
    flinkNamespaces: p.flinkNamespaces,
    operatorRelease: p.operatorReleaseName,
    operatorVersion: p.operatorVersion,
    smokeTest: p.smokeTestName,
  };
}

function cp(config: StackConfig) {
  const { FlinkPlatformCP } = load.cp();
  const secrets = new pulumi.Config(configNamespace);
  const cmf = config.cmf;
  const auth = config.cmf?.authentication.type ?? CmfAuthenticationType.None;
  // The schema checked which secrets this authentication type needs; require them here.
  const required = (key: string, needed: boolean) => (needed ? secrets.requireSecret(key) : undefined);
  const section = cpSection(config) as Omit<FlinkPlatformCPArgs, "cmfCredentials">;
  // The section as parsed above (statements with their SQL): the component does not validate it again.
  const p = new FlinkPlatformCP(config.environment.name, {
    ...section,
    cmfCredentials: {
      token: required(cmfSecretKeys.token, auth === CmfAuthenticationType.OAuth),
      clientCertPem: required(cmfSecretKeys.clientCert, auth === CmfAuthenticationType.Mtls),
      clientKeyPem: required(cmfSecretKeys.clientKey, auth === CmfAuthenticationType.Mtls),
      keystorePassword: secrets.getSecret(cmfSecretKeys.keystorePassword),
      truststorePassword: secrets.getSecret(cmfSecretKeys.truststorePassword),
      caPem: secrets.get(cmfCaCertKey),
      // The schema checked it is set when a CMF secret takes its data from config.
      sqlSecrets: cmfSqlSecretsNeeded(cmf).length > 0 ? secrets.requireSecret(cmfSqlSecretsKey) : undefined,
    },
  });
  return {
    namespaces: p.namespaces,
    cmfNamespace: p.cmfNamespace,
    flinkNamespaces: p.flinkNamespaces,
    operatorRelease: p.operatorReleaseName,
    operatorVersion: p.operatorVersion,
    cmfRelease: p.cmfReleaseName,
    cmfVersion: p.cmfVersion,
    cmfUrl: p.cmfUrl,
    cmfEndpoint: p.cmfEndpoint,
    environments: p.environments,
    smokeTest: p.smokeTestName,
  };
}

function cloud(config: StackConfig) {
  const { ConfluentCloudFlink } = load.cloud();
  const secrets = new pulumi.Config("flink-platform");
  // The args are the section as parsed above (statements with their SQL, `protect` filled in for
  // the tier), which the component does not validate again, plus the secrets.
  const args = {
    ...cloudSection(config),
    cloudApiKey: secrets.requireSecret(cloudSecretKeys.cloudApiKey),
    cloudApiSecret: secrets.requireSecret(cloudSecretKeys.cloudApiSecret),
    kafkaApiKey: secrets.getSecret(cloudSecretKeys.kafkaApiKey),
    kafkaApiSecret: secrets.getSecret(cloudSecretKeys.kafkaApiSecret),
  };
  const c = new ConfluentCloudFlink(config.environment.name, args);
  return {
    environmentId: c.environmentId,
    computePoolIds: c.computePoolIds,
    poolMetrics: c.poolMetrics,
    flinkRestEndpoint: c.flinkRestEndpoint,
    catalog: c.catalog,
    database: c.database,
    statementNames: c.statementNames,
    flinkApiKey: c.flinkApiKey,
    flinkApiSecret: c.flinkApiSecret,
    deployerFlinkApiKey: c.deployerFlinkApiKey,
    deployerFlinkApiSecret: c.deployerFlinkApiSecret,
  };
}

/**
 * Which config keys were set with `--secret`, so that a secret key given in
 * plain text is refused. Under `pulumi up` the Node language host passes
 * their list in PULUMI_CONFIG_SECRET_KEYS (pulumi/pulumi
 * sdk/nodejs/cmd/pulumi-language-nodejs, `pulumiConfigSecretKeysVar`);
 * @pulumi/pulumi reads it in runtime/config.js `isConfigSecret` (exported at
 * runtime, marked internal in its typings), which also sees the keys offline
 * synth passes to `setAllConfig(values, secretKeys)`. Should a release drop
 * it, the environment variable itself is read (offline synth then fails
 * loudly on its secure: keys rather than letting plain text through).
 */
function isConfigSecret(key: string): boolean {
  const fromSdk = (pulumi.runtime as unknown as { isConfigSecret?: (k: string) => boolean }).isConfigSecret;
  if (typeof fromSdk === "function") return fromSdk(key);
  try {
    const listed: unknown = JSON.parse(process.env.PULUMI_CONFIG_SECRET_KEYS || "[]");
    return Array.isArray(listed) && listed.includes(key);
  } catch {
    return false;
  }
}

// The same checks as `flink-platform check` (lib/stack-validate.ts): config,
// plain-text secrets, and statement files (contained in the project, regular
// .sql files, bounded reads), read while the config is parsed.
const { config } = validateStack(pulumi.runtime.allConfig(), { isSecret: isConfigSecret, projectRoot });
export = config.target === Target.Cloud
  ? cloud(config)
  : config.target === Target.CP
    ? cp(config)
    : oss(config);
