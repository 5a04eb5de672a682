import * as pulumi from "@pulumi/pulumi";
import * as confluentcloud from "@pulumi/confluentcloud";
import type { KafkaClusterRef } from "./environment";

/**
 * Identities and access of a ConfluentCloudFlink: the runner service account
 * and its role bindings, the optional deployer, and their Flink API keys.
 */

/** What the access resources need from the component. */
export interface AccessContext {
  /** Component name: prefixes every resource name. */
  readonly name: string;
  /** Options of every child (parent and provider). */
  readonly childOpts: pulumi.CustomResourceOptions;
  readonly environmentId: pulumi.Output<string>;
  /** The environment's CRN, the scope of the Flink role. */
  readonly environmentCrn: pulumi.Output<string>;
  /** Looks the organization up once, when first needed. */
  readonly organization: () => pulumi.Output<confluentcloud.GetOrganizationResult>;
}

/** Subjects the runner gets when none are configured: key and value subjects of each topic. */
export function defaultSubjects(topics: readonly string[]): string[] {
  return [...new Set(topics.map((t) => (t.endsWith("*") ? t : `${t}-*`)))];
}

/** Service account `<name>-<role>-sa`, shown as `<name>-flink-<role>`. */
function serviceAccount(ctx: AccessContext, role: string, does: string): confluentcloud.ServiceAccount {
  return new confluentcloud.ServiceAccount(
    `${ctx.name}-${role}-sa`,
    { displayName: `${ctx.name}-flink-${role}`, description: `${does} (managed by flink-platform)` },
    ctx.childOpts,
  );
}

function binder(ctx: AccessContext) {
  return (
    resourceName: string,
    principalId: pulumi.Input<string>,
    roleName: string,
    crnPattern: pulumi.Input<string>,
  ) =>
    new confluentcloud.RoleBinding(
      resourceName,
      { principal: pulumi.interpolate`User:${principalId}`, roleName, crnPattern },
      ctx.childOpts,
    );
}

/** The statement runner and its bindings: Flink role, topics, Flink transactional ids, subjects. */
export function createRunner(
  ctx: AccessContext,
  access: {
    flinkRole: string;
    cluster: KafkaClusterRef | undefined;
    topics: readonly string[];
    subjects: readonly string[];
  },
): { runner: confluentcloud.ServiceAccount; bindings: confluentcloud.RoleBinding[] } {
  const { name } = ctx;
  const bind = binder(ctx);
  const runner = serviceAccount(ctx, "runner", "Runs Flink SQL statements");
  const bindings = [bind(`${name}-runner-flink-role`, runner.id, access.flinkRole, ctx.environmentCrn)];
  /** DeveloperRead and DeveloperWrite on `crn`, named `<name>-runner-<kind>-read<suffix>` and `-write`. */
  const readWrite = (kind: string, suffix: string, crn: pulumi.Input<string>) =>
    bindings.push(
      bind(`${name}-runner-${kind}-read${suffix}`, runner.id, "DeveloperRead", crn),
      bind(`${name}-runner-${kind}-write${suffix}`, runner.id, "DeveloperWrite", crn),
    );
  const { cluster } = access;
  if (cluster && access.topics.length > 0) {
    const kafkaCrn = pulumi.interpolate`${cluster.rbacCrn}/kafka=${cluster.id}`;
    for (const topic of access.topics)
      readWrite("topic", `-${topic}`, pulumi.interpolate`${kafkaCrn}/topic=${topic}`);
    // Flink's exactly-once sinks write with transactional ids under this prefix.
    readWrite("txn", "", pulumi.interpolate`${kafkaCrn}/transactional-id=_confluent-flink_*`);
  }
  if (access.subjects.length > 0) {
    const registry = confluentcloud.getSchemaRegistryClusterOutput(
      { environment: { id: ctx.environmentId } },
      ctx.childOpts,
    );
    for (const subject of access.subjects) {
      readWrite("subject", `-${subject}`, pulumi.interpolate`${registry.resourceName}/subject=${subject}`);
    }
  }
  return { runner, bindings };
}

/** Where a Flink API key is valid: the environment's Flink region. */
export interface FlinkRegionRef {
  readonly id: pulumi.Output<string>;
  readonly apiVersion: pulumi.Output<string>;
  readonly kind: pulumi.Output<string>;
}

/** A Flink API key owned by `owner`, valid for this environment's Flink region. */
export function flinkApiKey(
  ctx: AccessContext,
  keyName: string,
  owner: confluentcloud.ServiceAccount,
  region: FlinkRegionRef,
  whose: string,
): confluentcloud.ApiKey {
  return new confluentcloud.ApiKey(
    keyName,
    {
      displayName: keyName,
      description: `Flink API key of the ${whose} (managed by flink-platform)`,
      owner: { id: owner.id, apiVersion: owner.apiVersion, kind: owner.kind },
      managedResource: {
        id: region.id,
        apiVersion: region.apiVersion,
        kind: region.kind,
        environment: { id: ctx.environmentId },
      },
    },
    { ...ctx.childOpts, additionalSecretOutputs: ["secret"] },
  );
}

/**
 * The deployer: Assigner on the runner, the runner's Flink role on the
 * environment, and a Flink API key of its own.
 */
export function createDeployer(
  ctx: AccessContext,
  runner: confluentcloud.ServiceAccount,
  flinkRole: string,
  region: FlinkRegionRef,
): { id: pulumi.Output<string>; key: confluentcloud.ApiKey } {
  const { name } = ctx;
  const bind = binder(ctx);
  const deployer = serviceAccount(ctx, "deployer", "Deploys Flink SQL statements that run as the runner");
  bind(
    `${name}-deployer-assigner`,
    deployer.id,
    "Assigner",
    pulumi.interpolate`${ctx.organization().resourceName}/service-account=${runner.id}`,
  );
  bind(`${name}-deployer-flink-role`, deployer.id, flinkRole, ctx.environmentCrn);
  // A service account authenticates only with API keys: without one, the
  // deployer's roles are unusable. It submits statements through the Flink
  // REST API, so a Flink key of the region; it needs no Kafka key (data
  // access is checked against the runner the statements run as).
  const key = flinkApiKey(ctx, `${name}-deployer-flink-api-key`, deployer, region, "deployer");
  return { id: deployer.id, key };
}
