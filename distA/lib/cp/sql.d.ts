import * as pulumi from "@pulumi/pulumi";
import type { CmfEnvironment } from "./cmf/environment";
import type { CmfConnectionArgs } from "./cmf/resource";
import { type CmfSqlConfig } from "./config-sql";
/**
 * Flink SQL on FlinkPlatformCP: the CMF secrets, their mapping into every
 * CMF environment, the Kafka catalogs and databases, and the statements of
 * `cmf.secrets` ... `cmf.statements`, in dependency order (secret ->
 * mapping -> catalog -> database -> statement; statements also after their
 * pool). Destroy runs the other way, so nothing is deleted while used.
 */
/** What {@link registerCmfSql} needs from the platform. */
export interface CmfSqlContext {
    readonly sql: CmfSqlConfig;
    readonly connection: CmfConnectionArgs;
    /** Namespace of CMF: the default namespace of a `kubernetesSecret`. */
    readonly cmfNamespace: string;
    /** Every CMF environment of the platform (its name and resource); secret mappings go into each. */
    readonly environments: readonly {
        readonly name: string;
        readonly resource: CmfEnvironment;
    }[];
    /** The CMF environment and the compute pool resource of a pool name (of `pools`). */
    readonly pool: (name: string) => {
        environment: CmfEnvironment;
        resource: pulumi.Resource;
    };
    /** What everything waits for (the CMF release and its exposure). */
    readonly dependsOn: readonly pulumi.Resource[];
    /** Data of the secrets without `kubernetesSecret` (`cmfCredentials.sqlSecrets`). */
    readonly sqlSecrets?: pulumi.Input<string>;
}
/** Registers the SQL objects under `parent`; returns the deployed (versioned) statement names by base name. */
export declare function registerCmfSql(parent: pulumi.ComponentResource, name: string, ctx: CmfSqlContext): Record<string, string>;
