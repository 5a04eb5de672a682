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
export declare function defaultSubjects(topics: readonly string[]): string[];
/** The statement runner and its bindings: Flink role, topics, Flink transactional ids, subjects. */
export declare function createRunner(ctx: AccessContext, access: {
    flinkRole: string;
    cluster: KafkaClusterRef | undefined;
    topics: readonly string[];
    subjects: readonly string[];
}): {
    runner: confluentcloud.ServiceAccount;
    bindings: confluentcloud.RoleBinding[];
};
/** Where a Flink API key is valid: the environment's Flink region. */
export interface FlinkRegionRef {
    readonly id: pulumi.Output<string>;
    readonly apiVersion: pulumi.Output<string>;
    readonly kind: pulumi.Output<string>;
}
/** A Flink API key owned by `owner`, valid for this environment's Flink region. */
export declare function flinkApiKey(ctx: AccessContext, keyName: string, owner: confluentcloud.ServiceAccount, region: FlinkRegionRef, whose: string): confluentcloud.ApiKey;
/**
 * The deployer: Assigner on the runner, the runner's Flink role on the
 * environment, and a Flink API key of its own.
 */
export declare function createDeployer(ctx: AccessContext, runner: confluentcloud.ServiceAccount, flinkRole: string, region: FlinkRegionRef): {
    id: pulumi.Output<string>;
    key: confluentcloud.ApiKey;
};
