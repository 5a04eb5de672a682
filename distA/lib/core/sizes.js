"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sizeProfiles = exports.sizes = exports.Size = void 0;
/**
 * T-shirt sizes: one word that picks consistent resources for every moving part.
 * Figures follow the cookbook's JobManager/node T-shirts and the TaskManager
 * rule of thumb (4 GiB default, at least one core per busy slot).
 */
exports.Size = {
    /** Small: a dev or test environment (1 CPU / 2 GiB pods, one slot per TaskManager). */
    S: "S",
    /** Medium: a modest production environment (2 CPU / 4 GiB pods, two slots per TaskManager). */
    M: "M",
    /** Large: a busy production environment (the biggest pods, the most slots). */
    L: "L",
};
exports.sizes = [exports.Size.S, exports.Size.M, exports.Size.L];
/** One size's figures, in the order of {@link SizeProfile}'s fields. */
function profile(operator, jobManager, [cpu, memory, slots], taskManagers, namespaceQuota, objectStoreVolume, cmf, cmfDatabaseVolume) {
    const pod = ([cpu, memory]) => ({ cpu, memory });
    return {
        operator: pod(operator),
        jobManager: pod(jobManager),
        taskManager: { cpu, memory, slots },
        taskManagers,
        namespaceQuota: pod(namespaceQuota),
        objectStoreVolume,
        cmf: pod(cmf),
        cmfDatabaseVolume,
    };
}
// One row per size; the columns are profile()'s parameters.
// prettier-ignore
exports.sizeProfiles = {
    //         operator         jobManager   taskManager      TMs  namespaceQuota  MinIO    CMF pod      CMF database
    S: profile([0.25, "512Mi"], [1, "2Gi"], [1, "2Gi", 1], 1, [8, "16Gi"], "10Gi", [1, "1Gi"], "10Gi"),
    M: profile([0.5, "1Gi"], [2, "4Gi"], [2, "4Gi", 2], 2, [16, "64Gi"], "50Gi", [2, "2Gi"], "20Gi"),
    L: profile([2, "3Gi"], [4, "8Gi"], [4, "8Gi", 4], 4, [48, "94Gi"], "200Gi", [2, "4Gi"], "50Gi"),
};
