import * as pulumi from "@pulumi/pulumi";
import {
  CmfAuthenticationType,
  CmfExposureType,
  CmfPoolType,
  ComputePool,
  ComputePoolTarget,
  FlinkPlatformCP,
} from "flink-platform";

/**
 * Confluent Platform for Apache Flink: Confluent's operator and CMF with OAuth,
 * the CMF API behind an Ingress, one SQL pool from the platform's config, and a
 * shared pool added next to it through the CMF face of ComputePool.
 *
 *   pulumi config set --secret cmfToken <OAuth access token>
 */

const config = new pulumi.Config();
const cmfToken = config.requireSecret("cmfToken");

const platform = new FlinkPlatformCP("payments", {
  environment: { name: "payments", tier: "staging" },
  namespaces: { operator: "confluent", flink: ["flink"] },
  storage: {
    checkpoints: "s3://payments-flink/checkpoints",
    savepoints: "s3://payments-flink/savepoints",
    haStorageDir: "s3://payments-flink/ha",
    s3: { credentialsSecret: { name: "flink-s3-credentials" } },
  },
  pools: [{ name: "sql", taskManagers: 2, slots: 1 }],
  cmf: {
    license: { secretRef: "cmf-license" },
    authentication: {
      type: CmfAuthenticationType.OAuth,
      config: {
        "oauthbearer.jwks.endpoint.url": "https://idp.example.com/.well-known/jwks.json",
        "oauthbearer.expected.issuer": "https://idp.example.com",
      },
    },
    exposure: {
      type: CmfExposureType.Ingress,
      ingress: { host: "cmf.payments.example.com", className: "nginx", tlsSecret: "cmf-tls" },
    },
  },
  cmfCredentials: { token: cmfToken },
});

// A SHARED pool (one session cluster) in the platform's CMF environment, waiting for the platform.
const shared = new ComputePool(
  "payments-adhoc",
  {
    target: ComputePoolTarget.ConfluentPlatform,
    cp: {
      connection: { endpoint: platform.cmfEndpoint, auth: { type: "bearer", token: cmfToken } },
      cmfEnvironment: platform.environments.apply((envs) => envs["flink"]),
      type: CmfPoolType.Shared,
      flinkVersion: "v1_19",
      image: "confluentinc/cp-flink-sql:1.19-cp10",
      taskManagers: 1,
      slots: 4,
      taskManager: { cpu: 4, memory: "8Gi" },
      jobManager: { cpu: 1, memory: "2Gi" },
    },
  },
  { dependsOn: [platform] },
);

export const cmfUrl = platform.cmfUrl;
export const environments = platform.environments;
export const pools = platform.pools;
export const adhocPool = shared.id;
