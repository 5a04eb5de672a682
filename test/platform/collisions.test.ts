import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { parseStackConfig } from "../../lib/stack-config";
import { cmfSmokeTestName } from "../../lib/cp/defaults";
import { smokeTestName } from "../../lib/k8s";
import { ConfigError } from "../../lib/core/errors";
import { problemsOf, stack } from "../support/config";
import { record } from "../support/pulumi";
import { cliBin } from "../support/synth";
import { tempDir } from "../support/temp-dirs";

/**
 * Identity collisions: config items (applications, pools, the smoke test)
 * that would become the same Kubernetes object, CMF object or Pulumi URN are
 * refused by the schema, naming both keys; and offline synth refuses a
 * duplicate URN the way the Pulumi engine does.
 */

const jar = "local:///opt/flink/usrlib/job.jar";
const oss = { environment: { name: "dev" } };
const cp = { target: "cp", environment: { name: "staging" } };
const taken = "a name no other object uses: it would be";

describe("names that become one object are refused by the schema", () => {
  it("an application named like the smoke test (it used to vanish from the plan)", () => {
    expect(
      problemsOf({
        ...oss,
        storage: { checkpoints: "s3://bucket/checkpoints" },
        smokeTest: { enabled: true },
        applications: [{ name: "flink-smoke-test", jarURI: jar, parallelism: 1 }],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].name",
        got: "flink-smoke-test",
        allowed: `${taken} FlinkDeployment flink/flink-smoke-test, already the smoke test (smokeTest.enabled)`,
      },
    ]);
  });

  it("an application of its own cluster named like a pool in its namespace (two FlinkDeployments flink/default)", () => {
    expect(
      problemsOf({
        ...oss,
        pools: [{ name: "default" }],
        applications: [{ name: "default", jarURI: jar, parallelism: 1 }],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].name",
        got: "default",
        allowed: `${taken} FlinkDeployment flink/default, already the session cluster of pools[0].name`,
      },
    ]);
  });

  it("accepts what does not collide: the smoke test off, a session job named like its pool, another namespace", () => {
    expect(() =>
      parseStackConfig(
        stack({
          ...oss,
          namespaces: { flink: ["flink", "jobs"] },
          pools: [{ name: "default" }],
          applications: [
            { name: "flink-smoke-test", jarURI: jar, parallelism: 1 },
            { name: "default", pool: "default", jarURI: jar, parallelism: 1 },
            { name: "default", namespace: "jobs", jarURI: jar, parallelism: 1 },
          ],
        }),
      ),
    ).not.toThrow();
  });

  it("reports two applications of one namespace once (the application rule's message)", () => {
    expect(
      problemsOf({
        ...oss,
        applications: [
          { name: "orders", jarURI: jar, parallelism: 1 },
          { name: "orders", jarURI: jar, parallelism: 1 },
        ],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[1].name",
        got: "orders",
        allowed: "an application name not used by another application in the same namespace",
      },
    ]);
  });

  it("CP: an application named like the smoke test in the smoke test's CMF environment", () => {
    expect(
      problemsOf({
        ...cp,
        storage: { checkpoints: "s3://bucket/checkpoints" },
        smokeTest: { enabled: true },
        applications: [{ name: "flink-smoke-test", jarURI: jar, parallelism: 1 }],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[0].name",
        got: "flink-smoke-test",
        allowed: `${taken} CMF application flink-smoke-test in environment staging-flink, already the smoke test (smokeTest.enabled)`,
      },
    ]);
  });

  it("CP: two applications of different namespaces that land in one CMF environment", () => {
    const config = {
      ...cp,
      namespaces: { flink: ["flink", "jobs"] },
      applications: [
        { name: "orders", jarURI: jar, parallelism: 1 },
        { name: "orders", namespace: "jobs", jarURI: jar, parallelism: 1 },
      ],
    };
    expect(problemsOf(config)).toEqual([
      {
        path: "flink-platform:applications[1].name",
        got: "orders",
        allowed: `${taken} CMF application orders in environment staging-flink, already applications[0].name`,
      },
    ]);
    // With an environment per namespace they are two applications.
    expect(() =>
      parseStackConfig(stack({ ...config, cmf: { environmentPerNamespace: true } })),
    ).not.toThrow();
  });

  it("CP: namespace a-b with name c and namespace a with name b-c are one Pulumi URN", () => {
    expect(
      problemsOf({
        ...cp,
        namespaces: { flink: ["fl-a", "fl-a-b"] },
        cmf: { environmentPerNamespace: true },
        applications: [
          { name: "b-c", namespace: "fl-a", jarURI: jar, parallelism: 1 },
          { name: "c", namespace: "fl-a-b", jarURI: jar, parallelism: 1 },
        ],
      }),
    ).toEqual([
      {
        path: "flink-platform:applications[1].name",
        got: "c",
        allowed: `${taken} Pulumi resource <platform>-app-fl-a-b-c (CmfFlinkApplication), already applications[0].name`,
      },
    ]);
  });

  it("the rule and both platforms use one smoke-test name", () => {
    expect([smokeTestName, cmfSmokeTestName]).toEqual(["flink-smoke-test", "flink-smoke-test"]);
  });

  it("FlinkPlatformOSS args get the same rule (paths under args.)", async () => {
    const { FlinkPlatformOSS } = await import("../../lib");
    expect(
      () =>
        new FlinkPlatformOSS("dev", {
          environment: { name: "dev" },
          storage: { checkpoints: "s3://bucket/checkpoints" },
          smokeTest: { enabled: true },
          applications: [{ name: "flink-smoke-test", jarURI: jar, parallelism: 1 }],
        }),
    ).toThrow(
      [
        'Invalid arguments for FlinkPlatformOSS "dev" (1 problem):',
        "  - args.applications[0].name",
        '      got:     "flink-smoke-test"',
        `      allowed: ${taken} FlinkDeployment flink/flink-smoke-test, already the smoke test (smokeTest.enabled)`,
      ].join("\n"),
    );
  });
});

describe("offline synth refuses a duplicate URN as the engine does", () => {
  it("exits 1 with the engine's message and writes nothing", () => {
    const out = path.join(tempDir("flink-platform-dup-"), "out");
    const run = spawnSync(
      process.execPath,
      [
        cliBin,
        "--project-dir",
        path.join(__dirname, "fixtures", "duplicate-urn"),
        "synth",
        "dup",
        "--out",
        out,
      ],
      { encoding: "utf8" },
    );
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "error: Duplicate resource URN 'urn:pulumi:dup::duplicate-urn::fixture:index:Thing::twin'; try giving it a unique name\n",
    );
    expect(run.status).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("several platforms in one program: one owner per object on a cluster", () => {
  const crds = [
    "flinkdeployments",
    "flinksessionjobs",
    "flinkstatesnapshots",
    "flinkbluegreendeployments",
  ].map((crd) => `apiextensions.k8s.io CustomResourceDefinition ${crd}.flink.apache.org`);
  const oneOperator =
    "the provider of another cluster (opts.providers.kubernetes): one cluster runs one Flink operator and its CRDs; for more environments on one cluster, give one platform several namespaces.flink. Already owned on the same Kubernetes provider: ";

  /** The problems (path: allowed) of constructing platforms in order, in one program. */
  async function problemsOfPlatforms(
    build: (lib: typeof import("../../lib"), k8s: typeof import("@pulumi/kubernetes")) => void,
  ): Promise<string[]> {
    let problems: string[] = [];
    await record(async () => {
      const lib = await import("../../lib");
      const k8s = await import("@pulumi/kubernetes");
      try {
        build(lib, k8s);
      } catch (err) {
        if (!ConfigError.isConfigError(err)) throw err;
        problems = err.problems.map((p) => `${p.path} (got ${JSON.stringify(p.got)}): ${p.allowed}`);
      }
    });
    return problems;
  }

  it("two platforms on the default provider: refused with both resources and the fix for each arg", async () => {
    const problems = await problemsOfPlatforms(({ FlinkPlatformOSS }) => {
      new FlinkPlatformOSS("dev", { environment: { name: "dev" } });
      new FlinkPlatformOSS("staging", { environment: { name: "staging" } });
    });
    expect(problems).toEqual([
      `opts.providers (got "the Kubernetes provider of another platform"): ${oneOperator}${crds.join(", ")} by FlinkPlatformOSS "dev" as dev-operator-crds (here: staging-operator-crds)`,
      'args.certManager.mode (got "install"): "existing", to use the cert-manager another platform installs on this cluster. Already owned on the same Kubernetes provider: cert-manager installation (its cluster-wide CRDs) by FlinkPlatformOSS "dev" as dev-cert-manager (here: staging-cert-manager); Namespace cert-manager by FlinkPlatformOSS "dev" as dev:cert-manager (here: staging:cert-manager)',
      'args.namespaces.operator (got "flink-operator"): namespaces no other platform on this cluster owns. Already owned on the same Kubernetes provider: Namespace flink-operator by FlinkPlatformOSS "dev" as dev:flink-operator (here: staging:flink-operator)',
      'args.namespaces.flink (got ["flink"]): namespaces no other platform on this cluster owns. Already owned on the same Kubernetes provider: Namespace flink by FlinkPlatformOSS "dev" as dev:flink (here: staging:flink)',
    ]);
  });

  it("sharing cert-manager and separate namespaces leave the operator's CRDs, which one cluster cannot share", async () => {
    const problems = await problemsOfPlatforms(({ FlinkPlatformOSS, FlinkPlatformCP }) => {
      new FlinkPlatformOSS("dev", { environment: { name: "dev" } });
      new FlinkPlatformCP("staging", {
        environment: { name: "staging" },
        certManager: { mode: "existing" },
        namespaces: { operator: "confluent", flink: ["flink-staging"] },
        cmf: { endpoint: "http://localhost:8080" },
      });
    });
    expect(problems).toEqual([
      `opts.providers (got "the Kubernetes provider of another platform"): ${oneOperator}${crds.join(", ")} by FlinkPlatformOSS "dev" as dev-operator-crds (here: staging-operator-crds)`,
    ]);
  });

  it("a platform per cluster provider (examples/multi-env) is accepted; a parent's provider is inherited", async () => {
    const problems = await problemsOfPlatforms(({ FlinkPlatformOSS }, k8s) => {
      const a = new k8s.Provider("a", { context: "a" });
      const b = new k8s.Provider("b", { context: "b" });
      new FlinkPlatformOSS("dev", { environment: { name: "dev" } }, { providers: { kubernetes: a } });
      new FlinkPlatformOSS("staging", { environment: { name: "staging" } }, { providers: [b] });
      // A child of a component with provider a is on cluster a.
      const parent = new pulumi.ComponentResource(
        "test:index:Group",
        "group",
        {},
        { providers: { kubernetes: a } },
      );
      new FlinkPlatformOSS("qa", { environment: { name: "qa", tier: "dev" } }, { parent });
    });
    expect(problems.map((p) => p.split(" (got")[0])).toEqual([
      "opts.providers",
      "args.certManager.mode",
      "args.namespaces.operator",
      "args.namespaces.flink",
    ]);
    expect(problems[0]).toContain('by FlinkPlatformOSS "dev" as dev-operator-crds (here: qa-operator-crds)');
  });
});
