import type * as pulumi from "@pulumi/pulumi";
import type { CloudComputePoolArgs, ComputePoolFaceResult } from "./args";
/**
 * The Confluent Cloud face of {@link ComputePool}: a `FlinkComputePool`
 * measured in CFU. The provider is inherited from the parent (or passed with
 * the component's `provider` option).
 */
export declare function cfuPool(parent: pulumi.ComponentResource, name: string, cloud: CloudComputePoolArgs): ComputePoolFaceResult;
