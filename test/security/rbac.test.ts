import { describe, expect, it } from "vitest";
import { shippedStacks, synthStackOutput } from "../support/synth";

/**
 * The job service account's Role (the account JobManagers run as, which
 * creates TaskManager pods and HA ConfigMaps) grants exactly what the
 * operator's own chart grants its job service account: the
 * `flink-operator.jobRbacRules` template of apache/flink-kubernetes-operator,
 * helm/flink-kubernetes-operator/templates/rbac/_helpers.tpl at tag
 * release-1.15.0 (commit 77deebe747c6faad2f90fe5c64c8181421b590ac).
 */

type Rule = { apiGroups: string[]; resources: string[]; verbs: string[] };

const verbs = ["get", "list", "watch", "create", "update", "patch", "delete"];
/** `apiGroup/resource` pairs of the upstream job rules. */
const upstreamResources = ["/configmaps", "/pods", "apps/deployments", "apps/deployments/finalizers"];

describe.each(shippedStacks().filter((s) => !s.startsWith("cloud")))("job Role of stack %s", (stack) => {
  const roles = synthStackOutput(stack).manifests.filter((m) => m.kind === "Role");

  it("lists exactly the verbs and resources the operator's chart gives its job service account", () => {
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) {
      const rules = role.rules as Rule[];
      expect(rules.map((r) => r.verbs)).toEqual(rules.map(() => verbs));
      expect(
        rules.flatMap((r) => r.apiGroups.flatMap((g) => r.resources.map((res) => `${g}/${res}`))).sort(),
      ).toEqual(upstreamResources);
    }
  });
});
