import { App } from "cdk8s";
import { planPlatform } from "../../lib/core/derive";
import { logicalName } from "../../lib/kubernetes/bridge";
import { buildOssCharts } from "../../lib/oss/charts";
import type { Plan } from "../../lib/plan/synth";
import { parseStackConfig } from "../../lib/stack-config";
import { stack } from "./config";

/**
 * The Flink custom resources of an OSS stack config as the offline plan
 * records them (type `kubernetes:<apiVersion>:<kind>`, the bridge's logical
 * name), plus the guardrail warnings, without Pulumi or a synth process: a
 * fast stand-in for `synth` when a test compares the Flink objects of two
 * configs with `diffPlans`.
 */
export function flinkChartPlan(
  stackName: string,
  config: Record<string, unknown>,
): { plan: Plan; warnings: readonly string[] } {
  const platform = planPlatform(parseStackConfig(stack(config)));
  const app = new App();
  buildOssCharts(app, platform);
  const manifests = app.charts
    .flatMap(
      (c) =>
        c.toJson() as { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }[],
    )
    .filter((m) => m.apiVersion.startsWith("flink.apache.org/"));
  const resources = manifests.map((m) => {
    const type = `kubernetes:${m.apiVersion}:${m.kind}`;
    const name = logicalName(stackName, m);
    return {
      urn: `urn:pulumi:${stackName}::flink-platform::${type}::${name}`,
      type,
      name,
      parent: null,
      dependsOn: [],
      protect: false,
      retainOnDelete: false,
      inputs: m as unknown as Record<string, unknown>,
    };
  });
  return { plan: { stack: stackName, project: "flink-platform", resources }, warnings: platform.warnings };
}
