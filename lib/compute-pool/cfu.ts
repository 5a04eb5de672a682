import type * as pulumi from "@pulumi/pulumi";
import { FlinkComputePool } from "@pulumi/confluentcloud";
import type { CloudComputePoolArgs, ComputePoolFaceResult } from "./args";

/**
 * The Confluent Cloud face of {@link ComputePool}: a `FlinkComputePool`
 * measured in CFU. The provider is inherited from the parent (or passed with
 * the component's `provider` option).
 */
export function cfuPool(
  parent: pulumi.ComponentResource,
  name: string,
  cloud: CloudComputePoolArgs,
): ComputePoolFaceResult {
  const pool = new FlinkComputePool(
    name,
    {
      displayName: cloud.displayName ?? name,
      cloud: cloud.cloud,
      region: cloud.region,
      maxCfu: cloud.maxCfu,
      environment: { id: cloud.environmentId },
      ...(cloud.defaultPool !== undefined ? { defaultPool: cloud.defaultPool } : {}),
    },
    { parent },
  );
  return { id: pool.id, maxCfu: pool.maxCfu };
}
