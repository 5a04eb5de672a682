import * as pulumi from "@pulumi/pulumi";
import type { ComputePoolFaceResult, OssComputePoolArgs } from "./args";
/** The OSS face: a session-mode FlinkDeployment, created after `dependsOn` (operator, CRDs). */
export declare function sessionCluster(pool: pulumi.ComponentResource, name: string, oss: OssComputePoolArgs, dependsOn: pulumi.Resource[]): ComputePoolFaceResult;
