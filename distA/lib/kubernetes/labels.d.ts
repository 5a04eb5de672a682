/** Labels every object of the platform carries, so `kubectl get -l` finds them. */
export declare function platformLabels(environment: string, component: string): Record<string, string>;
/** Main container of Flink pods, as named by the operator. */
export declare const flinkMainContainer = "flink-main-container";
/** UID/GID of the `flink` user in the official Flink images. */
export declare const flinkUid = 9999;
/**
 * Pod template that makes operator-created JobManager/TaskManager pods meet
 * the Pod Security "restricted" profile (the official image runs as flink).
 */
export declare function restrictedFlinkPodTemplate(): Record<string, unknown>;
