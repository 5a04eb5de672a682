import * as pulumi from "@pulumi/pulumi";
import * as confluentcloud from "@pulumi/confluentcloud";
import { ComputePool, ComputePoolTarget } from "../compute-pool/compute-pool";
import { computePoolArgsSchema } from "../compute-pool/validate";
import { fromParsed } from "../core/load";
import type { ConfluentCloudFlinkConfig } from "./args";
import { cloudSmokeTestSql } from "./config";
import type { KafkaClusterRef } from "./environment";
import { cloudPoolMetrics, type CloudPoolMetrics } from "./pool-metrics";
import { catalogProperty, databaseProperty, planStatement, statementReplaceOnChanges } from "./statements";

/**
 * What runs on a ConfluentCloudFlink: its compute pools and its versioned
 * SQL statements.
 */

/** One ComputePool (cloud face) per entry of `pools`, keyed by pool name. */
export function computePools(
  name: string,
  args: Pick<ConfluentCloudFlinkConfig, "pools" | "cloud" | "region">,
  environmentId: pulumi.Output<string>,
  childOpts: pulumi.CustomResourceOptions,
): Map<string, ComputePool> {
  const pools = new Map<string, ComputePool>();
  for (const spec of args.pools) {
    pools.set(
      spec.name,
      // Built from the parsed section (its pools, cloud and region rules): not validated again.
      new ComputePool(
        `${name}-pool-${spec.name}`,
        fromParsed(computePoolArgsSchema, {
          target: ComputePoolTarget.Cloud,
          cloud: {
            environmentId,
            cloud: args.cloud,
            region: args.region,
            maxCfu: spec.maxCfu,
            displayName: spec.displayName ?? `${name}-${spec.name}`,
          },
        }),
        childOpts,
      ),
    );
  }
  return pools;
}

/** Per pool, what a Metrics API query for CFU usage vs `maxCfu` needs (the `poolMetrics` output). */
export function poolMetrics(
  args: Pick<ConfluentCloudFlinkConfig, "pools">,
  pools: ReadonlyMap<string, ComputePool>,
  environmentId: pulumi.Output<string>,
): pulumi.Output<Record<string, CloudPoolMetrics>> {
  return pulumi.all(
    Object.fromEntries(
      args.pools.map((spec) => [
        spec.name,
        pulumi
          .all([pools.get(spec.name)!.id, environmentId])
          .apply(([computePoolId, envId]) =>
            cloudPoolMetrics({ computePoolId, environmentId: envId, maxCfu: spec.maxCfu }),
          ),
      ]),
    ),
  );
}

/** What every statement shares: where it runs, as whom, with which key. */
export interface StatementContext {
  readonly name: string;
  readonly childOpts: pulumi.CustomResourceOptions;
  /** Looks the organization up once, when first needed. */
  readonly organization: () => pulumi.Output<confluentcloud.GetOrganizationResult>;
  readonly environmentId: pulumi.Output<string>;
  readonly catalog: pulumi.Output<string>;
  readonly cluster: KafkaClusterRef | undefined;
  readonly runnerId: pulumi.Output<string>;
  readonly restEndpoint: pulumi.Output<string>;
  readonly flinkKey: confluentcloud.ApiKey;
  /** The runner's role bindings: a statement fails at submission if its principal cannot yet read or write. */
  readonly dependsOn: pulumi.Resource[];
}

/**
 * One FlinkStatement per spec. The name is versioned by content, so a SQL or
 * property change creates the new statement before the old one is deleted.
 * Returns the deployed name per statement name.
 */
export function statements(
  ctx: StatementContext,
  specs: ConfluentCloudFlinkConfig["statements"],
  pools: ReadonlyMap<string, ComputePool>,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const spec of specs) {
    const plan = planStatement(spec);
    names[spec.name] = plan.statementName;
    const pool = pools.get(spec.pool) as ComputePool;
    new confluentcloud.FlinkStatement(
      `${ctx.name}-stmt-${spec.name}`,
      {
        organization: { id: ctx.organization().id },
        environment: { id: ctx.environmentId },
        computePool: { id: pool.id },
        principal: { id: ctx.runnerId },
        statement: plan.statement,
        statementName: plan.statementName,
        properties: {
          [catalogProperty]: ctx.catalog,
          ...(ctx.cluster ? { [databaseProperty]: ctx.cluster.displayName } : {}),
          ...plan.properties,
        },
        restEndpoint: ctx.restEndpoint,
        credentials: { key: pulumi.secret(ctx.flinkKey.id), secret: pulumi.secret(ctx.flinkKey.secret) },
        stopped: plan.stopped,
      },
      {
        ...ctx.childOpts,
        replaceOnChanges: [...statementReplaceOnChanges],
        dependsOn: [...ctx.dependsOn, ctx.flinkKey],
      },
    );
  }
  return names;
}

/**
 * The smoke statement of `smokeTest` as one more statement, named after the
 * component (statement names are unique per environment, which stacks may
 * share); none when it is off.
 */
export function smokeStatements(
  name: string,
  args: Pick<ConfluentCloudFlinkConfig, "smokeTest" | "pools">,
): ConfluentCloudFlinkConfig["statements"] {
  if (args.smokeTest?.enabled !== true) return [];
  return [
    { name: `${name}-smoke-test`, sql: cloudSmokeTestSql, pool: args.smokeTest.pool ?? args.pools[0].name },
  ];
}
