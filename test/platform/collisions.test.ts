import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseStackConfig } from "../../lib/config";
import { cmfSmokeTestName } from "../../lib/flink/cmf";
import { smokeTestName } from "../../lib/k8s";
import { problemsOf, stack } from "../support/config";
import { cliBin } from "../support/synth";

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
    const { FlinkPlatformOSS } = await import("../../lib/platform");
    expect(
      () =>
        new FlinkPlatformOSS("dev", {
          environment: { name: "dev" },
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
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-dup-")), "out");
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
