"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cmfSqlPool = cmfSqlPool;
const compute_pool_1 = require("../cp/cmf/compute-pool");
const workload_schema_1 = require("../core/workload-schema");
const units_1 = require("../core/units");
/** The Flink cluster shape CMF takes as a compute pool's `clusterSpec`. */
function cmfClusterSpec(pool) {
    return {
        flinkVersion: pool.flinkVersion,
        image: pool.image,
        flinkConfiguration: { "taskmanager.numberOfTaskSlots": String(pool.slots) },
        jobManager: { resource: { cpu: pool.jobManager.cpu, memory: (0, units_1.flinkMemory)(pool.jobManager.memory) } },
        taskManager: {
            replicas: pool.taskManagers,
            resource: { cpu: pool.taskManager.cpu, memory: (0, units_1.flinkMemory)(pool.taskManager.memory) },
        },
    };
}
/** The CP face: a CMF compute pool, created after `dependsOn` (CMF release, environment). */
function cmfSqlPool(pool, name, cp, dependsOn) {
    const cmf = new compute_pool_1.CmfComputePool(name, {
        connection: cp.connection,
        environment: cp.cmfEnvironment,
        name: cp.poolName ?? name,
        type: cp.type ?? workload_schema_1.CmfPoolType.Dedicated,
        clusterSpec: cmfClusterSpec(cp),
    }, { parent: pool, ...(dependsOn.length > 0 ? { dependsOn } : {}) });
    return { id: cmf.name, slotCapacity: cp.taskManagers * cp.slots };
}
