import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ConfluentCloudFlink, confluentCloudFlinkArgsFromConfig } from "../lib/cloud";
import { cloudSecretKeys, effectiveTier, parseStackConfig, StackConfig, Target, Tier } from "../lib/config";
import { FlinkPlatformOSS } from "../lib/platform";

/**
 * The stack program: validates the whole `flink-platform:` config first (one
 * error listing every problem, before any resource exists), then composes the
 * platform for the stack's target. Stack outputs are this module's exports.
 */

/** SQL files and other stack assets are relative to the project root. */
const projectRoot = path.join(__dirname, "..");

function oss(config: StackConfig) {
  const { target: _t, cloud: _c, ...rest } = config;
  const platform = Object.fromEntries(
    Object.entries(rest).filter(([k]) => !Object.values(cloudSecretKeys).includes(k as never)),
  ) as Omit<StackConfig, "target" | "cloud">;
  const p = new FlinkPlatformOSS(config.environment.name, platform);
  return {
    namespaces: p.namespaces,
    operatorNamespace: p.operatorNamespace,
    flinkNamespaces: p.flinkNamespaces,
    operatorRelease: p.operatorReleaseName,
    operatorVersion: p.operatorVersion,
    smokeTest: p.smokeTestName,
  };
}

function cloud(config: StackConfig) {
  const section = config.cloud!;
  const secrets = new pulumi.Config("flink-platform");
  const sql = Object.fromEntries(
    section.statements.map((s) => [s.file, fs.readFileSync(path.resolve(projectRoot, s.file), "utf8")]),
  );
  const args = confluentCloudFlinkArgsFromConfig(
    {
      ...section,
      // In prod the created environment is protected unless the stack says otherwise.
      environment: {
        ...section.environment,
        protect:
          section.environment.existingId === undefined
            ? (section.environment.protect ?? effectiveTier(config.environment) === Tier.Prod)
            : undefined,
      },
    },
    {
      cloudApiKey: secrets.requireSecret(cloudSecretKeys.cloudApiKey),
      cloudApiSecret: secrets.requireSecret(cloudSecretKeys.cloudApiSecret),
      kafkaApiKey: secrets.getSecret(cloudSecretKeys.kafkaApiKey),
      kafkaApiSecret: secrets.getSecret(cloudSecretKeys.kafkaApiSecret),
    },
    sql,
  );
  const c = new ConfluentCloudFlink(config.environment.name, args);
  return {
    environmentId: c.environmentId,
    computePoolIds: c.computePoolIds,
    flinkRestEndpoint: c.flinkRestEndpoint,
    catalog: c.catalog,
    database: c.database,
    statementNames: c.statementNames,
    flinkApiKey: c.flinkApiKey,
    flinkApiSecret: c.flinkApiSecret,
  };
}

const config = parseStackConfig(pulumi.runtime.allConfig());
export = config.target === Target.Cloud ? cloud(config) : oss(config);
