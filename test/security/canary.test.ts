import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { record, resolveOutput } from "../support/pulumi";

/**
 * Secret hygiene: known canary values go through every secret input of every
 * component; none may appear in plain text in the recorded plan (what synth
 * writes) or in an output that is not marked secret.
 */

const canary = (n: string) => `CANARY-${n}-7f3a9c`;
const canaryPattern = /CANARY-[a-z-]+-7f3a9c/;

/** Every public Output of a component whose value contains a canary must be secret. */
async function leakyOutputs(component: object): Promise<string[]> {
  const leaks: string[] = [];
  for (const [key, value] of Object.entries(component)) {
    if (!pulumi.Output.isInstance(value)) continue;
    const { value: resolved, secret } = await resolveOutput(value);
    if (!secret && canaryPattern.test(JSON.stringify(resolved ?? null))) leaks.push(key);
  }
  return leaks;
}

describe("secret canaries", () => {
  it("ConfluentCloudFlink: Cloud and Kafka API keys never appear in plain text", async () => {
    let component: object = {};
    const plan = await record(async () => {
      const { ConfluentCloudFlink } = await import("../../lib/cloud");
      component = new ConfluentCloudFlink("canary", {
        cloudApiKey: canary("cloud-key"),
        cloudApiSecret: canary("cloud-secret"),
        kafkaApiKey: canary("kafka-key"),
        kafkaApiSecret: canary("kafka-secret"),
        environment: { displayName: "canary" },
        cloud: "AWS",
        region: "us-east-1",
        kafka: { clusterId: "lkc-abc123" },
        topics: ["orders"],
        pools: [{ name: "default", maxCfu: 5 }],
        statements: [{ name: "s", sql: "INSERT INTO a SELECT * FROM b", pool: "default" }],
      });
    });
    expect(plan.length).toBeGreaterThan(5);
    expect(JSON.stringify(plan)).not.toMatch(canaryPattern);
    expect(await leakyOutputs(component)).toEqual([]);
  });

  it("ComputePool (CP face): CMF client token and certificates never appear in plain text", async () => {
    let component: object = {};
    const plan = await record(async () => {
      const { ComputePool } = await import("../../lib");
      component = new ComputePool("canary", {
        target: "cp",
        cp: {
          cmfEnvironment: "dev",
          flinkVersion: "v1_19",
          image: "confluentinc/cp-flink-sql:1.19-cp1",
          taskManagers: 1,
          slots: 1,
          taskManager: { cpu: 1, memory: "1Gi" },
          jobManager: { cpu: 1, memory: "1Gi" },
          connection: {
            endpoint: "https://cmf.example.com",
            auth: {
              type: "mtls",
              token: canary("token"),
              clientCertPem: canary("cert"),
              clientKeyPem: canary("key"),
            },
          },
        },
      });
    });
    expect(plan.map((r) => r.type)).toEqual([
      "flink-platform:index:ComputePool",
      "pulumi-nodejs:dynamic/cmf:CmfComputePool",
    ]);
    expect(JSON.stringify(plan)).not.toMatch(canaryPattern);
    expect(await leakyOutputs(component)).toEqual([]);
  });

  it("FlinkPlatformCP: CMF client credentials and keystore passwords never appear in plain text", async () => {
    const pem = (what: string) =>
      `-----BEGIN ${what}-----\n${canary(what.toLowerCase())}\n-----END ${what}-----\n`;
    const plans = [];
    for (const auth of ["mtls", "oauth"] as const) {
      let component: object = {};
      const plan = await record(async () => {
        const { FlinkPlatformCP } = await import("../../lib");
        component = new FlinkPlatformCP("canary", {
          environment: { name: "staging" },
          storage: { checkpoints: "s3://bucket/checkpoints" },
          smokeTest: { enabled: true },
          pools: [{ name: "sql" }],
          cmf: {
            authentication:
              auth === "mtls"
                ? { type: "mtls" }
                : {
                    type: "oauth",
                    config: {
                      "oauthbearer.jwks.endpoint.url": "https://idp.example.com/certs",
                      "oauthbearer.expected.issuer": "i",
                    },
                  },
            tls: { secretName: "cmf-tls" },
            exposure: { type: "ingress", ingress: { host: "cmf.example.com" } },
          },
          cmfCredentials: {
            token: canary("token"),
            clientCertPem: pem("CERTIFICATE"),
            clientKeyPem: pem("KEY"),
            keystorePassword: canary("keystore"),
            truststorePassword: canary("truststore"),
          },
        });
      });
      plans.push(plan);
      expect(JSON.stringify(plan)).not.toMatch(canaryPattern);
      expect(await leakyOutputs(component)).toEqual([]);
    }
    // The credentials did reach the plan, as secrets.
    expect(JSON.stringify(plans)).toContain('"keystore-password":"[secret]"');
    expect(JSON.stringify(plans)).toContain('"token":"[secret]"');
    expect(JSON.stringify(plans)).toContain('"clientKeyPem":"[secret]"');
  });

  it("FlinkPlatformOSS: generated MinIO credentials never appear in plain text", async () => {
    let component: object = {};
    const generated = (name: string) => ({ result: canary(name.replace(/[^a-z-]/g, "")) });
    const plan = await record(
      async () => {
        const { FlinkPlatformOSS } = await import("../../lib");
        component = new FlinkPlatformOSS("dev", {
          environment: { name: "dev" },
          storage: { minio: { enabled: true } },
        });
      },
      "test",
      {
        "random:index/randomString:RandomString": generated,
        "random:index/randomPassword:RandomPassword": generated,
      },
    );
    expect(plan.filter((r) => r.type === "kubernetes:core/v1:Secret")).toHaveLength(2);
    expect(JSON.stringify(plan)).not.toMatch(canaryPattern);
    expect(await leakyOutputs(component)).toEqual([]);
  });

  it("the check itself finds a canary that is not marked secret", async () => {
    const plan = await record(async () => {
      class Leaky extends pulumi.CustomResource {
        constructor() {
          super("test:index:Leaky", "leaky", { password: canary("leak") });
        }
      }
      new Leaky();
    });
    expect(JSON.stringify(plan)).toMatch(canaryPattern);
    expect(await leakyOutputs({ out: pulumi.output(canary("leak")) })).toEqual(["out"]);
    expect(await leakyOutputs({ out: pulumi.secret(canary("leak")) })).toEqual([]);
  });
});
