import type * as pulumi from "@pulumi/pulumi";
import type { ComputePoolFaceResult, CpComputePoolArgs } from "./args";
/** The CP face: a CMF compute pool, created after `dependsOn` (CMF release, environment). */
export declare function cmfSqlPool(pool: pulumi.ComponentResource, name: string, cp: CpComputePoolArgs, dependsOn: pulumi.Resource[]): ComputePoolFaceResult;
