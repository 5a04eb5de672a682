"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cfuPool = cfuPool;
const confluentcloud_1 = require("@pulumi/confluentcloud");
/**
 * The Confluent Cloud face of {@link ComputePool}: a `FlinkComputePool`
 * measured in CFU. The provider is inherited from the parent (or passed with
 * the component's `provider` option).
 */
function cfuPool(parent, name, cloud) {
    const pool = new confluentcloud_1.FlinkComputePool(name, {
        displayName: cloud.displayName ?? name,
        cloud: cloud.cloud,
        region: cloud.region,
        maxCfu: cloud.maxCfu,
        environment: { id: cloud.environmentId },
        ...(cloud.defaultPool !== undefined ? { defaultPool: cloud.defaultPool } : {}),
    }, { parent });
    return { id: pool.id, maxCfu: pool.maxCfu };
}
