import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdk8s";
import { buildOssCharts, FlinkVersion, planOssPlatform, SessionClusterChart } from "flink-platform/k8s";

/**
 * GitOps without Pulumi: the OSS platform's Kubernetes objects as one plain YAML
 * file in apply order (namespaces first), for Argo CD, Flux or `kubectl apply -f`. Only `flink-platform/k8s`
 * (cdk8s charts) and cdk8s are used. The GitOps tool installs the Helm
 * releases (cert-manager, flink-kubernetes-operator) and the operator's CRDs.
 *
 *   npx tsx examples/gitops-cdk8s/index.ts [out-dir]    # default: examples/gitops-cdk8s/dist
 */

/** Synthesizes the manifests into `<outdir>/platform.k8s.yaml` and returns that path. */
export function synthesize(outdir: string): string {
  // The same args FlinkPlatformOSS takes, validated by the same schema.
  const plan = planOssPlatform({
    environment: { name: "prod-eu1", tier: "prod" },
    size: "M",
    namespaces: { flink: ["flink-jobs"] },
    certManager: { mode: "existing" },
    storage: {
      checkpoints: "s3://prod-eu1-flink/checkpoints",
      savepoints: "s3://prod-eu1-flink/savepoints",
      haStorageDir: "s3://prod-eu1-flink/ha",
      s3: { credentialsSecret: { name: "flink-s3-credentials" } },
    },
    smokeTest: { enabled: true },
    pools: [{ name: "shared", taskManagers: 2 }],
  });

  const app = new App();
  buildOssCharts(app, plan);
  // Compute pools are session clusters: one chart each.
  for (const pool of plan.pools) {
    new SessionClusterChart(app, `pool-${pool.name}`, {
      environment: plan.environment,
      namespace: pool.namespace,
      name: pool.name,
      image: plan.flink.image,
      flinkVersion: plan.flink.versionEnum as FlinkVersion,
      serviceAccount: plan.flink.serviceAccount,
      taskManagers: pool.taskManagers,
      slots: pool.slots,
      taskManager: pool.taskManager,
      jobManager: plan.jobManager,
      timeoutSeconds: 600,
    });
  }
  const file = path.join(outdir, "platform.k8s.yaml");
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(file, app.synthYaml());
  return file;
}

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, "dist"));
  console.log(synthesize(out));
}
