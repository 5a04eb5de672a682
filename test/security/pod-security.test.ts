import { describe, expect, it } from "vitest";
import { shippedStacks, synthStackOutput, type SynthOutput } from "../support/synth";

/**
 * Every pod spec the library emits meets the Kubernetes Pod Security
 * "restricted" profile: runAsNonRoot, no privilege escalation, all
 * capabilities dropped, seccomp RuntimeDefault, no host namespaces or
 * hostPath volumes, no privileged containers.
 */

type Obj = Record<string, unknown>;

/**
 * Pod specs that may not meet "restricted", each with the reason. They may
 * only live in namespaces that do not enforce it.
 */
const exceptions: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  {
    pattern: /^CmfComputePool\/[^ ]+ clusterSpec$/,
    reason:
      "CMF builds statement clusters from this template with Confluent's cp-flink-sql image, whose user and added containers are not documented: CP Flink namespaces enforce baseline",
  },
];
const isException = (name: string) => exceptions.some((e) => e.pattern.test(name));

/** Pod Security labels `enforce/audit/warn` of a namespace meant to run only restricted pods. */
const restricted = {
  "pod-security.kubernetes.io/enforce": "restricted",
  "pod-security.kubernetes.io/warn": "restricted",
};
/** Labels of a namespace whose pods come from third-party charts or CMF: restricted is warned and audited. */
const baseline = {
  "pod-security.kubernetes.io/enforce": "baseline",
  "pod-security.kubernetes.io/audit": "restricted",
  "pod-security.kubernetes.io/warn": "restricted",
};

/** The Pod Security labels each namespace of each Kubernetes stack carries. */
const podSecurityByStack: Record<string, Record<string, Record<string, string>>> = {
  // OSS: every pod in the Flink namespaces comes from a FlinkDeployment this library writes.
  dev: {
    "cert-manager": baseline,
    flink: restricted,
    "flink-operator": restricted,
    "flink-storage": restricted,
  },
  "oss-prod": { "flink-analytics": restricted, "flink-jobs": restricted, "flink-operator": restricted },
  // CP: CMF creates the pods of SQL statements (see the exceptions above).
  staging: { "cert-manager": baseline, confluent: baseline, "flink-staging": baseline },
  prod: { confluent: baseline, "flink-analytics": baseline, "flink-jobs": baseline },
};

function podSecurityLabels(manifests: Obj[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    manifests
      .filter((m) => m.kind === "Namespace")
      .map((m) => {
        const meta = m.metadata as { name: string; labels: Record<string, string> };
        const labels = Object.entries(meta.labels).filter(([k]) =>
          k.startsWith("pod-security.kubernetes.io/"),
        );
        return [meta.name, Object.fromEntries(labels)];
      }),
  );
}

/** Namespace of a pod spec name `Kind/namespace/name ...` (plan resources carry it in their inputs). */
const namespaceOfSpec = (name: string, plan: SynthOutput["plan"]): string | undefined => {
  const [kind, rest] = name.split("/", 2);
  if (!kind.startsWith("Cmf")) return name.split("/")[1];
  const r = plan.resources.find((x) => x.name === rest.split(" ")[0]);
  const env = r?.inputs.environment as string | undefined;
  const environment = plan.resources.find(
    (x) => x.type === "pulumi-nodejs:dynamic/cmf:CmfEnvironment" && x.inputs.name === env,
  );
  return environment?.inputs.kubernetesNamespace as string | undefined;
};

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
 * On the CP target Flink pods come from CMF FlinkApplications and compute
 * pools (in the plan, not the manifests); CMF creates a FlinkDeployment from
 * each application's spec and each pool's clusterSpec.
 */
function cmfApplicationPodSpecs(plan: SynthOutput["plan"]): [string, Obj][] {
  const template = (spec: Obj) => ((spec.podTemplate as Obj | undefined)?.spec ?? {}) as Obj;
  return plan.resources.flatMap((r): [string, Obj][] => {
    if (r.type === "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication") {
      return [[`CmfFlinkApplication/${r.name} podTemplate`, template(r.inputs.spec as Obj)]];
    }
    if (r.type === "pulumi-nodejs:dynamic/cmf:CmfComputePool") {
      return [[`CmfComputePool/${r.name} clusterSpec`, template(r.inputs.clusterSpec as Obj)]];
    }
    return [];
  });
}

const k8sStacks = shippedStacks().filter((s) => !s.startsWith("cloud"));

describe.each(k8sStacks)("pod security of stack %s", (stack) => {
  const out = synthStackOutput(stack);

  it("every pod spec in the manifests meets the restricted profile", () => {
    const specs = [...out.manifests.flatMap(podSpecs), ...cmfApplicationPodSpecs(out.plan)];
    expect(specs.length).toBeGreaterThan(0);
    const violations = specs
      .filter(([name]) => !isException(name))
      .map(([name, pod]) => [name, restrictedViolations(pod)] as const)
      .filter(([, v]) => v.length > 0);
    expect(violations).toEqual([]);
  });

  it("labels each namespace with the Pod Security level its pods meet: restricted unless a pod is an exception", () => {
    expect(podSecurityLabels(out.manifests)).toEqual(podSecurityByStack[stack]);
    const specs = [...out.manifests.flatMap(podSpecs), ...cmfApplicationPodSpecs(out.plan)];
    const enforced = Object.entries(podSecurityLabels(out.manifests))
      .filter(([, labels]) => labels["pod-security.kubernetes.io/enforce"] === "restricted")
      .map(([ns]) => ns);
    const excepted = specs.map(([name]) => name).filter(isException);
    expect(excepted.filter((name) => enforced.includes(namespaceOfSpec(name, out.plan) ?? ""))).toEqual([]);
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
