"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cpuPerSlot = cpuPerSlot;
exports.namespaceBudget = namespaceBudget;
exports.statefulUpgradeMode = statefulUpgradeMode;
exports.parallelismFits = parallelismFits;
exports.combine = combine;
const units_1 = require("./units");
/** At least one CPU per busy slot: an error in prod, a warning elsewhere, unless overridden. */
function cpuPerSlot(pool, tier, index) {
    const ok = pool.taskManager.cpu >= pool.slots;
    if (ok || pool.allowCpuBelowSlots)
        return { errors: [], warnings: [] };
    const problem = {
        path: `flink-platform:pools[${index}].taskManager.cpu`,
        got: pool.taskManager.cpu,
        allowed: `at least one CPU per task slot: >= ${pool.slots} (slots), or pools[${index}].allowCpuBelowSlots: true`,
        hint: "Busy slots compete for cores; the cookbook sizes one core per slot for non-trivial jobs.",
    };
    return tier === "prod"
        ? { errors: [problem], warnings: [] }
        : {
            errors: [],
            warnings: [
                `pool ${pool.name}: ${pool.taskManager.cpu} CPU for ${pool.slots} slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)`,
            ],
        };
}
/**
 * Capacity within the namespace budget: the pools of a namespace (TaskManagers
 * and their JobManager) must fit the ResourceQuota the platform emits.
 */
function namespaceBudget(pools, quota, jobManager) {
    const errors = [];
    const byNamespace = new Map();
    pools.forEach((p, i) => {
        const used = byNamespace.get(p.namespace) ?? { cpu: 0, mem: 0, first: i };
        used.cpu += p.taskManagers * p.taskManager.cpu + jobManager.cpu;
        used.mem += p.taskManagers * (0, units_1.mebibytes)(p.taskManager.memory) + (0, units_1.mebibytes)(jobManager.memory);
        byNamespace.set(p.namespace, used);
    });
    for (const [ns, used] of byNamespace) {
        const quotaMem = (0, units_1.mebibytes)(quota.memory);
        if (used.cpu > quota.cpu || used.mem > quotaMem) {
            errors.push({
                path: `flink-platform:pools[${used.first}].taskManagers`,
                got: `${round(used.cpu)} CPU / ${used.mem}Mi requested in namespace ${ns}`,
                allowed: `at most ${quota.cpu} CPU / ${quotaMem}Mi per Flink namespace (the size's ResourceQuota)`,
                hint: "Pick a larger size, fewer or smaller TaskManagers, or spread pools over namespaces.",
            });
        }
    }
    return { errors, warnings: [] };
}
/**
 * Stateful jobs must keep their state across upgrades: upgradeMode savepoint
 * or last-state. Stateless on a stateful job drops state on every upgrade:
 * an error in prod, a warning elsewhere.
 */
function statefulUpgradeMode(app, tier, index) {
    if (!app.stateful || app.upgradeMode !== "stateless")
        return { errors: [], warnings: [] };
    if (tier === "prod") {
        return {
            errors: [
                {
                    path: `flink-platform:applications[${index}].upgradeMode`,
                    got: app.upgradeMode,
                    allowed: "savepoint or last-state for a stateful job (or stateful: false)",
                    hint: "upgradeMode stateless drops the job's state on every upgrade.",
                },
            ],
            warnings: [],
        };
    }
    return {
        errors: [],
        warnings: [
            `application ${app.name}: stateful job with upgradeMode stateless loses its state on every upgrade`,
        ],
    };
}
/** A session job's parallelism must fit the pool: parallelism <= taskManagers x slots. */
function parallelismFits(pool, parallelism, path) {
    const capacity = pool.taskManagers * pool.slots;
    return parallelism <= capacity
        ? []
        : [
            {
                path,
                got: parallelism,
                allowed: `at most ${capacity} (pool ${pool.name}: ${pool.taskManagers} TaskManagers x ${pool.slots} slots)`,
                hint: "Scale the pool (flink-platform scale --task-managers/--slots) or lower the parallelism.",
            },
        ];
}
function round(n) {
    return Math.round(n * 100) / 100;
}
function combine(...results) {
    return {
        errors: results.flatMap((r) => r.errors),
        warnings: results.flatMap((r) => r.warnings),
    };
}
