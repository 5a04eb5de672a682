import * as k8s from "./k8s-sdk";
import * as pulumi from "@pulumi/pulumi";
import { CertManagerMode } from "../core/schema";

export const certManagerChart = { chart: "cert-manager", repo: "https://charts.jetstack.io" } as const;

export interface CertManagerSettings {
  readonly mode: CertManagerMode;
  readonly version: string;
  readonly namespace: string;
}

/**
 * cert-manager for the operator's webhook certificates, shared by the OSS and
 * CP platforms. Returns the release when installed; `existing` and `none`
 * install nothing (with `none` the callers disable the webhook).
 */
export function certManagerRelease(
  name: string,
  settings: CertManagerSettings,
  opts: { parent: pulumi.Resource; dependsOn: pulumi.Resource[] },
): k8s.Release | undefined {
  if (settings.mode !== CertManagerMode.Install) return undefined;
  return new k8s.Release(
    `${name}-cert-manager`,
    {
      name: "cert-manager",
      chart: certManagerChart.chart,
      version: settings.version,
      repositoryOpts: { repo: certManagerChart.repo },
      namespace: settings.namespace,
      createNamespace: false,
      values: { crds: { enabled: true } },
      cleanupOnFail: true,
      timeout: 600,
    },
    opts,
  );
}

/** Whether the operator's admission webhook can run (it needs cert-manager). */
export function webhookEnabled(settings: CertManagerSettings): boolean {
  return settings.mode !== CertManagerMode.None;
}
