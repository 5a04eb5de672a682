import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { parseStackConfig } from "../../lib/stack-config";
import { problemsOf, stack } from "../support/config";

/** The problems parseStackConfig reports for a flat Pulumi config map. */
function problemsOfFlat(all: Record<string, string>) {
  try {
    parseStackConfig(all);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => ({ path: p.path, got: p.got, hint: p.hint }));
  }
  throw new Error("expected a ConfigError");
}

const dev = stack({ environment: { name: "dev" } });

describe("config namespace", () => {
  it.each(["flink-platfrom", "flink_platform", "flinkplatform", "Flink-Platform", "flink-platforms"])(
    "GIVEN %s:smokeTest (a near-miss of the namespace) THEN it is an error with a did-you-mean naming the key",
    (ns) => {
      expect(problemsOfFlat({ ...dev, [`${ns}:smokeTest`]: '{"enabled":true}' })).toEqual([
        {
          path: `${ns}:smokeTest`,
          got: { enabled: true },
          hint: 'unknown namespace (typo?): did you mean "flink-platform:smokeTest"?',
        },
      ]);
    },
  );

  it("says what is allowed for a namespace typo", () => {
    let message = "";
    try {
      parseStackConfig({ ...dev, "flink-platfrom:size": "M" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(
      [
        "Invalid flink-platform stack configuration (1 problem):",
        "  - flink-platfrom:size",
        '      got:     "M"',
        "      allowed: a key of the flink-platform namespace, or of another package's namespace (pulumi:, kubernetes:, confluentcloud:, aws:, ...)",
        '      hint:    unknown namespace (typo?): did you mean "flink-platform:size"?',
      ].join("\n"),
    );
  });

  it("leaves other packages' namespaces alone", () => {
    const cfg = parseStackConfig({
      ...dev,
      "pulumi:template": "x",
      "kubernetes:context": "kind-flink",
      "confluentcloud:cloudApiKey": "x",
      "aws:region": "eu-west-1",
      "gcp:project": "p",
      "azure-native:location": "westeurope",
      "random:x": "y",
    });
    expect(cfg.environment.name).toBe("dev");
  });

  it("reports a namespace typo together with the other problems", () => {
    expect(problemsOfFlat({ ...dev, "flink-platform:size": "XL", "flinkplatform:size": "M" })).toEqual([
      { path: "flink-platform:size", got: "XL", hint: expect.any(String) },
      {
        path: "flinkplatform:size",
        got: "M",
        hint: 'unknown namespace (typo?): did you mean "flink-platform:size"?',
      },
    ]);
  });
});

describe("operator namespace", () => {
  it("GIVEN the operator namespace equal to a Flink namespace THEN both keys are named", () => {
    expect(
      problemsOf({
        environment: { name: "dev" },
        namespaces: { operator: "flink-operator", flink: ["flink", "flink-operator"] },
      }),
    ).toEqual([
      {
        path: "flink-platform:namespaces.flink[1]",
        got: "flink-operator",
        allowed:
          'a namespace other than namespaces.operator ("flink-operator"): Flink namespaces get default-deny NetworkPolicies, a ResourceQuota and their Pod Security level, which must not cover the operator',
      },
    ]);
  });

  it("GIVEN a single Flink namespace equal to the default operator namespace THEN it is refused", () => {
    expect(
      problemsOf({ environment: { name: "dev" }, namespaces: { flink: "flink-operator" } }).map(
        (p) => p.path,
      ),
    ).toEqual(["flink-platform:namespaces.flink[0]"]);
  });

  it("GIVEN the CP target with CMF's namespace as a Flink namespace THEN it is refused too", () => {
    expect(
      problemsOf({
        target: "cp",
        environment: { name: "staging" },
        namespaces: { operator: "confluent", flink: ["confluent"] },
      }).map((p) => p.path),
    ).toEqual(["flink-platform:namespaces.flink[0]"]);
  });
});
