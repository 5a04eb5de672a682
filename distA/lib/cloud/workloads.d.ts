import * as pulumi from "@pulumi/pulumi";
import * as confluentcloud from "@pulumi/confluentcloud";
import { ComputePool } from "../compute-pool/compute-pool";
import type { ConfluentCloudFlinkConfig } from "./args";
import type { KafkaClusterRef } from "./environment";
/**
 * What runs on a ConfluentCloudFlink: its compute pools and its versioned
 * SQL statements.
 */
/** One ComputePool (cloud face) per entry of `pools`, keyed by pool name. */
export declare function computePools(name: string, args: Pick<ConfluentCloudFlinkConfig, "pools" | "cloud" | "region">, environmentId: pulumi.Output<string>, childOpts: pulumi.CustomResourceOptions): Map<string, ComputePool>;
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
export declare function statements(ctx: StatementContext, specs: ConfluentCloudFlinkConfig["statements"], pools: ReadonlyMap<string, ComputePool>): Record<string, string>;
