/** Labels every object of the platform carries, so `kubectl get -l` finds them. */
export function platformLabels(environment: string, component: string): Record<string, string> {
  return {
    "app.kubernetes.io/part-of": "flink-platform",
    "app.kubernetes.io/component": component,
    "flink-platform.io/environment": environment,
  };
}

/** Main container of Flink pods, as named by the operator. */
export const flinkMainContainer = "flink-main-container";

/** Name of the reporter's container port on Flink pods and of the operator chart's (`metrics`). */
export const metricsPortName = "metrics";

/** UID/GID of the `flink` user in the official Flink images. */
export const flinkUid = 9999;

/**
 * Pod template that makes operator-created JobManager/TaskManager pods meet
 * the Pod Security "restricted" profile (the official image runs as flink).
 */
export function restrictedFlinkPodTemplate(metricsPort?: number): Record<string, unknown> {
  return {
    spec: {
      securityContext: {
        runAsNonRoot: true,
        runAsUser: flinkUid,
        runAsGroup: flinkUid,
        fsGroup: flinkUid,
        seccompProfile: { type: "RuntimeDefault" },
      },
      containers: [
        {
          name: flinkMainContainer,
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ["ALL"] },
            runAsNonRoot: true,
          },
          // Declared and named, so a PodMonitor can scrape the reporter by port name.
          ...(metricsPort !== undefined
            ? { ports: [{ name: metricsPortName, containerPort: metricsPort, protocol: "TCP" }] }
            : {}),
        },
      ],
    },
  };
}
