import { describe, expect, it } from "vitest";
import { shippedStacks, synthStackOutput, type SynthOutput } from "../support/synth";

/**
 * Every pod spec the library emits meets the Kubernetes Pod Security
 * "restricted" profile: runAsNonRoot, no privilege escalation, all
 * capabilities dropped, seccomp RuntimeDefault, no host namespaces or
 * hostPath volumes, no privileged containers.
 */

type Obj = Record<string, unknown>;

/** Pod specs that may not meet "restricted", each with the reason. */
const exceptions: Record<string, string> = {};

function podSpecs(manifest: Obj): [string, Obj][] {
  const kind = manifest.kind as string;
  const name = `${kind}/${(manifest.metadata as Obj).namespace ?? ""}/${(manifest.metadata as Obj).name}`;
  const spec = manifest.spec as Obj | undefined;
  if (!spec) return [];
  if (["Deployment", "StatefulSet", "Job", "DaemonSet", "ReplicaSet"].includes(kind)) {
    return [[name, (spec.template as Obj).spec as Obj]];
  }
  if (kind === "FlinkDeployment") {
    // The operator merges spec.podTemplate into JobManager and TaskManager pods.
    return [[`${name} podTemplate`, ((spec.podTemplate as Obj | undefined)?.spec ?? {}) as Obj]];
  }
  return [];
}

/** Violations of the restricted profile for one pod spec (containers default to the pod's context). */
export function restrictedViolations(pod: Obj, requireContainers = true): string[] {
  const v: string[] = [];
  const podCtx = (pod.securityContext ?? {}) as Obj;
  for (const flag of ["hostNetwork", "hostPID", "hostIPC"]) if (pod[flag] === true) v.push(`${flag} is true`);
  for (const vol of (pod.volumes ?? []) as Obj[])
    if (vol.hostPath) v.push(`volume ${vol.name as string} uses hostPath`);
  const containers = [...((pod.containers ?? []) as Obj[]), ...((pod.initContainers ?? []) as Obj[])];
  if (requireContainers && containers.length === 0) v.push("no containers");
  for (const c of containers) {
    const ctx = (c.securityContext ?? {}) as Obj;
    const id = `container ${c.name as string}`;
    if ((ctx.runAsNonRoot ?? podCtx.runAsNonRoot) !== true) v.push(`${id}: runAsNonRoot is not true`);
    if (ctx.allowPrivilegeEscalation !== false) v.push(`${id}: allowPrivilegeEscalation is not false`);
    if (ctx.privileged === true) v.push(`${id}: privileged`);
    const drop = ((ctx.capabilities as Obj | undefined)?.drop ?? []) as string[];
    if (!drop.includes("ALL")) v.push(`${id}: capabilities do not drop ALL`);
    const seccomp = ((ctx.seccompProfile ?? podCtx.seccompProfile) as Obj | undefined)?.type;
    if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost")
      v.push(`${id}: seccompProfile is not RuntimeDefault`);
    if (ctx.runAsUser === 0 || podCtx.runAsUser === 0) v.push(`${id}: runs as UID 0`);
  }
  return v;
}

/**
 * On the CP target Flink pods come from CMF FlinkApplications (in the plan,
 * not the manifests); CMF creates a FlinkDeployment from each spec.
 */
function cmfApplicationPodSpecs(plan: SynthOutput["plan"]): [string, Obj][] {
  return plan.resources
    .filter((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication")
    .map((r) => {
      const spec = r.inputs.spec as Obj;
      return [
        `CmfFlinkApplication/${r.name} podTemplate`,
        ((spec.podTemplate as Obj | undefined)?.spec ?? {}) as Obj,
      ];
    });
}

const k8sStacks = shippedStacks().filter((s) => !s.startsWith("cloud"));

describe.each(k8sStacks)("pod security of stack %s", (stack) => {
  const out = synthStackOutput(stack);

  it("every pod spec in the manifests meets the restricted profile", () => {
    const specs = [...out.manifests.flatMap(podSpecs), ...cmfApplicationPodSpecs(out.plan)];
    expect(specs.length).toBeGreaterThan(0);
    const violations = specs
      .filter(([name]) => !(name in exceptions))
      .map(([name, pod]) => [name, restrictedViolations(pod)] as const)
      .filter(([, v]) => v.length > 0);
    expect(violations).toEqual([]);
  });

  it("the operator chart runs its containers restricted", () => {
    for (const release of out.helm.filter((h) => h.chart === "flink-kubernetes-operator")) {
      const values = release.values as Obj;
      for (const key of ["operatorSecurityContext", "webhookSecurityContext"]) {
        const pod = {
          securityContext: { runAsUser: 9999 },
          containers: [{ name: key, securityContext: values[key] }],
        };
        expect(restrictedViolations(pod), `${release.release as string} ${key}`).toEqual([]);
      }
    }
  });
});

describe("the restricted check itself", () => {
  it("catches each kind of violation", () => {
    expect(
      restrictedViolations({
        hostNetwork: true,
        volumes: [{ name: "h", hostPath: { path: "/" } }],
        containers: [{ name: "c", securityContext: { privileged: true, runAsUser: 0 } }],
      }),
    ).toEqual([
      "hostNetwork is true",
      "volume h uses hostPath",
      "container c: runAsNonRoot is not true",
      "container c: allowPrivilegeEscalation is not false",
      "container c: privileged",
      "container c: capabilities do not drop ALL",
      "container c: seccompProfile is not RuntimeDefault",
      "container c: runs as UID 0",
    ]);
  });
});
