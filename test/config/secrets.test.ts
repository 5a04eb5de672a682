import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { cloudSecretKeys } from "../../lib/cloud/config";
import { cmfSecretKeys } from "../../lib/cp/config";
import { cpPlatformSchema } from "../../lib/cp/config-platform";
import { ConfigError } from "../../lib/core/errors";
import { parseOrThrow } from "../../lib/core/load";
import { parseStackConfig } from "../../lib/stack-config";
import { platformSchema } from "../../lib/core/platform-schema";
import { hiddenSecret, isSecretFlinkOption } from "../../lib/core/secrets";
import { stack } from "../support/config";
import { plainSecretRefusal } from "../support/messages";
import { scratchProject } from "../support/project";
import { tempDir } from "../support/temp-dirs";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "flink-platform.js");

/** A value that must never appear in any error text. */
const SECRET = "s3cr3t-VALUE-9f8e7d";

const dev = { environment: { name: "dev" } };
const cp = { target: "cp", environment: { name: "staging" } };
const cloud = {
  target: "cloud",
  environment: { name: "dev" },
  cloud: { cloud: "AWS", region: "us-east-1" },
};

/** parseStackConfig's error for a flat config; fails if it accepts it. */
function errorOf(all: Record<string, string>, isSecret?: (key: string) => boolean): ConfigError {
  try {
    parseStackConfig(all, isSecret ? { isSecret } : {});
  } catch (err) {
    expect(ConfigError.isConfigError(err)).toBe(true);
    return err as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("secret keys in plain text", () => {
  const cases: [string, Record<string, unknown>][] = [
    [cmfSecretKeys.token, cp],
    [cmfSecretKeys.clientCert, cp],
    [cmfSecretKeys.clientKey, cp],
    [cmfSecretKeys.keystorePassword, cp],
    [cmfSecretKeys.truststorePassword, cp],
    [cloudSecretKeys.cloudApiKey, cloud],
    [cloudSecretKeys.cloudApiSecret, cloud],
    [cloudSecretKeys.kafkaApiKey, cloud],
    [cloudSecretKeys.kafkaApiSecret, cloud],
  ];

  it.each(cases)(
    "GIVEN %s in plain text THEN it is refused with the exact set --secret line",
    (key, base) => {
      const others = Object.values(cloudSecretKeys).filter((k) => k !== key);
      const all = stack({
        ...base,
        // The cloud target requires its API key pair; give the other keys as secrets.
        ...(base === cloud ? Object.fromEntries(others.map((k) => [k, "[secret]"])) : {}),
        [key]: SECRET,
      });
      const err = errorOf(all, (k) => k !== `flink-platform:${key}`);
      expect(err.problems).toEqual([
        {
          path: `flink-platform:${key}`,
          got: hiddenSecret,
          allowed: "a secret set with --secret (encrypted in the stack file), not plain text",
          hint: `set it with: pulumi config set --secret flink-platform:${key} <value> (and rotate it if the plain text was ever committed)`,
        },
      ]);
      expect(err.message).not.toContain(SECRET);
      expect(err.message).toContain("got:     (secret, not shown)");
    },
  );

  it("accepts the same keys when Pulumi says they are secret", () => {
    const all = stack({ ...cp, cmfToken: SECRET, cmfKeystorePassword: "123456" });
    const cfg = parseStackConfig(all, { isSecret: () => true });
    expect(cfg.cmfToken).toBe(SECRET);
    // A numeric-looking secret stays the string it was set as (not the number 123456).
    expect(cfg.cmfKeystorePassword).toBe("123456");
  });

  it("the SDK in use exposes which config keys are secret (runtime/config.js isConfigSecret)", () => {
    const isConfigSecret = (pulumi.runtime as unknown as { isConfigSecret?: (k: string) => boolean })
      .isConfigSecret;
    expect(typeof isConfigSecret).toBe("function");
    pulumi.runtime.setAllConfig({ "flink-platform:cmfToken": "x", "flink-platform:size": "S" }, [
      "flink-platform:cmfToken",
    ]);
    expect(isConfigSecret!("flink-platform:cmfToken")).toBe(true);
    expect(isConfigSecret!("flink-platform:size")).toBe(false);
    pulumi.runtime.setAllConfig({}, []);
  });
});

describe("no error text ever contains a secret value", () => {
  const texts = (err: ConfigError) => [err.message, JSON.stringify(err.problems.map((p) => String(p.got)))];

  it.each([
    ["a typo of a secret key", { ...cp, cmfTokn: SECRET }, "flink-platform:cmfTokn"],
    [
      "a typo of a cloud secret key",
      { ...cp, confluentCloudApiSecrte: SECRET },
      "flink-platform:confluentCloudApiSecrte",
    ],
    ["an unknown key whose name looks secret", { ...dev, dbPassword: SECRET }, "flink-platform:dbPassword"],
    ["a secret key of another target", { ...dev, kafkaApiSecret: SECRET }, "flink-platform:kafkaApiSecret"],
    ["a secret key of the wrong type", { ...cp, cmfToken: { value: SECRET } }, "flink-platform:cmfToken"],
    [
      "a secret-looking unknown key nested in a section",
      { ...dev, storage: { s3: { secretKey: SECRET } } },
      "flink-platform:storage.s3.secretKey",
    ],
    [
      "a typo of a section holding a secret-looking Flink option",
      { ...dev, flink: { configuraton: { "s3.secret-key": SECRET } } },
      "flink-platform:flink.configuraton",
    ],
  ])("GIVEN %s THEN the value is not shown", (_what, config, pathSeen) => {
    const err = errorOf(stack(config as Record<string, unknown>), () => true);
    expect(err.problems.map((p) => p.path)).toContain(pathSeen);
    for (const text of texts(err)) expect(text).not.toContain(SECRET);
  });

  it("GIVEN a namespace typo of a secret key THEN the value is not shown", () => {
    const err = errorOf({ ...stack(cp), "flink-platfrom:cmfToken": SECRET });
    expect(err.problems).toEqual([
      {
        path: "flink-platfrom:cmfToken",
        got: hiddenSecret,
        allowed: expect.any(String),
        hint: 'unknown namespace (typo?): did you mean "flink-platform:cmfToken"?',
      },
    ]);
    expect(err.message).not.toContain(SECRET);
  });

  it("GIVEN a URL with a password in it THEN the password is not shown", () => {
    const err = errorOf(
      stack({ ...dev, operator: { chartRepository: `ftp://me:${SECRET}@charts.example.com` } }),
    );
    expect(err.message).not.toContain(SECRET);
    expect(err.message).toContain('got:     "ftp://me:***@charts.example.com"');
  });
});

describe("secret-looking keys in free-form Flink configuration", () => {
  const kubernetesHint =
    "not a secret in plain text (it would land in manifests, Helm values, the plan and the Pulumi state): keep it in a Kubernetes Secret and give it to Flink pods by reference (Flink options kubernetes.env.secretKeyRef or kubernetes.secrets)";
  const s3Hint =
    "not a secret in plain text (it would land in manifests, Helm values, the plan and the Pulumi state): put S3 credentials in a Kubernetes Secret and name it in storage.s3.credentialsSecret";

  it("GIVEN s3.secret-key in flink.configuration THEN it is refused with a pointer to storage.s3.credentialsSecret", () => {
    const err = errorOf(stack({ ...dev, flink: { configuration: { "s3.secret-key": SECRET } } }));
    expect(err.problems).toEqual([
      {
        path: "flink-platform:flink.configuration.s3.secret-key",
        got: hiddenSecret,
        allowed: s3Hint,
        hint: undefined,
      },
    ]);
    expect(err.message).not.toContain(SECRET);
  });

  it("GIVEN s3.secret-key in an application's configuration THEN it is refused", () => {
    const app = {
      name: "orders",
      jarURI: "local:///opt/flink/usrlib/orders.jar",
      parallelism: 1,
      configuration: { "s3.secret-key": SECRET, "s3.access-key": "AKIAEXAMPLE" },
    };
    const err = errorOf(stack({ ...dev, applications: [app] }));
    expect(err.problems.map((p) => [p.path, p.got, p.allowed])).toEqual([
      ["flink-platform:applications[0].configuration.s3.secret-key", hiddenSecret, s3Hint],
    ]);
    expect(err.message).not.toContain(SECRET);
  });

  it("GIVEN a keystore password in flink.configuration of component args THEN it is refused", () => {
    let message = "";
    try {
      parseOrThrow(
        platformSchema,
        { ...dev, flink: { configuration: { "security.ssl.internal.keystore-password": SECRET } } },
        { prefix: "args." },
      );
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split("\n")).toEqual([
      "Invalid flink-platform configuration (1 problem):",
      "  - args.flink.configuration.security.ssl.internal.keystore-password",
      "      got:     (secret, not shown)",
      `      allowed: ${kubernetesHint}`,
    ]);
  });

  it("GIVEN a secret-looking CMF authentication setting or statement property THEN it is refused", () => {
    expect(
      errorOf(
        stack({
          ...cp,
          cmfToken: "[secret]",
          cmf: {
            authentication: {
              type: "oauth",
              config: {
                "oauthbearer.jwks.endpoint.url": "https://idp.example.com/certs",
                "oauthbearer.expected.issuer": "https://idp.example.com",
                "oauthbearer.client.secret": SECRET,
              },
            },
          },
        }),
        () => true,
      ).problems.map((p) => [p.path, p.got]),
    ).toEqual([["flink-platform:cmf.authentication.config.oauthbearer.client.secret", hiddenSecret]]);
    expect(
      errorOf(
        stack({
          ...cloud,
          confluentCloudApiKey: "[secret]",
          confluentCloudApiSecret: "[secret]",
          cloud: {
            ...cloud.cloud,
            kafka: { clusterId: "lkc-abc" },
            pools: [{ name: "p", maxCfu: 5 }],
            statements: [
              {
                name: "s",
                file: "stacks/sql/s.sql",
                pool: "p",
                properties: { "sql.secrets.openaikey": SECRET },
              },
            ],
          },
        }),
        () => true,
      ).problems.map((p) => [p.path, p.got]),
    ).toEqual([["flink-platform:cloud.statements[0].properties.sql.secrets.openaikey", hiddenSecret]]);
  });

  it("keeps the CP component args' rule too", () => {
    expect(() =>
      parseOrThrow(cpPlatformSchema, {
        environment: { name: "staging" },
        applications: [
          {
            name: "a",
            jarURI: "local:///a.jar",
            parallelism: 1,
            configuration: { "containerized.taskmanager.env.AWS_SECRET_ACCESS_KEY": SECRET },
          },
        ],
      }),
    ).toThrow(/applications\[0\]\.configuration\.containerized\.taskmanager\.env\.AWS_SECRET_ACCESS_KEY/);
  });

  it.each([
    ["s3.secret-key", true],
    ["fs.s3a.secret.key", true],
    ["fs.s3a.session.token", true],
    ["fs.oss.accessKeySecret", true],
    ["security.ssl.internal.keystore-password", true],
    ["security.ssl.rest.truststore-password", true],
    ["security.ssl.internal.key-password", true],
    ["metrics.reporter.datadog.apikey", true],
    ["metrics.reporter.influxdb.password", true],
    ["fs.azure.account.key.acct.blob.core.windows.net", true],
    ["properties.sasl.jaas.config", true],
    ["containerized.master.env.DB_PASSWORD", true],
    ["sql.secrets.openaikey", true],
    // Not secret values: identifiers, references, paths, switches, class names.
    ["s3.access-key", false],
    ["s3.endpoint", false],
    ["security.ssl.internal.keystore", false],
    ["security.ssl.internal.password-file", false],
    ["containerized.master.env.DB_PASSWORD_FILE", false],
    ["kubernetes.env.secretKeyRef", false],
    ["kubernetes.secrets", false],
    ["security.kerberos.login.keytab", false],
    ["security.delegation.tokens.enabled", false],
    ["security.delegation.token.provider.hadoopfs.enabled", false],
    ["fs.s3a.aws.credentials.provider", false],
    ["state.checkpoints.dir", false],
  ])("isSecretFlinkOption(%s) is %s", (option, secret) => {
    expect(isSecretFlinkOption(option)).toBe(secret);
  });
});

describe("plain-text secrets through the stack program", () => {
  function project(stackYaml: string): string {
    return scratchProject(tempDir("flink-platform-secrets-"), {
      bad: stackYaml,
    });
  }

  it("GIVEN cmfToken in plain text in a stack file THEN synth exits 1 with the set --secret line, never the value, writing nothing", () => {
    const dir = project(
      [
        "config:",
        "  flink-platform:target: cp",
        "  flink-platform:environment: { name: staging }",
        `  flink-platform:cmfToken: ${SECRET}`,
        "  flink-platform:cmf:",
        "    authentication:",
        "      type: oauth",
        "      config:",
        "        oauthbearer.jwks.endpoint.url: https://idp.example.com/certs",
        "        oauthbearer.expected.issuer: https://idp.example.com",
        "",
      ].join("\n"),
    );
    const run = spawnSync(process.execPath, [bin, "--project-dir", dir, "synth", "bad"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(plainSecretRefusal("cmfToken"));
    expect(run.stdout).not.toContain(SECRET);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });
});
