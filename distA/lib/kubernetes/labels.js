"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.flinkUid = exports.flinkMainContainer = void 0;
exports.platformLabels = platformLabels;
exports.restrictedFlinkPodTemplate = restrictedFlinkPodTemplate;
/** Labels every object of the platform carries, so `kubectl get -l` finds them. */
function platformLabels(environment, component) {
    return {
        "app.kubernetes.io/part-of": "flink-platform",
        "app.kubernetes.io/component": component,
        "flink-platform.io/environment": environment,
    };
}
/** Main container of Flink pods, as named by the operator. */
exports.flinkMainContainer = "flink-main-container";
/** UID/GID of the `flink` user in the official Flink images. */
exports.flinkUid = 9999;
/**
 * Pod template that makes operator-created JobManager/TaskManager pods meet
 * the Pod Security "restricted" profile (the official image runs as flink).
 */
function restrictedFlinkPodTemplate() {
    return {
        spec: {
            securityContext: {
                runAsNonRoot: true,
                runAsUser: exports.flinkUid,
                runAsGroup: exports.flinkUid,
                fsGroup: exports.flinkUid,
                seccompProfile: { type: "RuntimeDefault" },
            },
            containers: [
                {
                    name: exports.flinkMainContainer,
                    securityContext: {
                        allowPrivilegeEscalation: false,
                        capabilities: { drop: ["ALL"] },
                        runAsNonRoot: true,
                    },
                },
            ],
        },
    };
}
