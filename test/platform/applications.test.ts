import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import type { FlinkPlatformOSSArgs } from "../../lib/oss/platform";
import { record } from "../support/pulumi";
import { haveReference, operatorReferenceDir } from "../support/reference";
import { validateFlinkResource } from "../support/schemas";

const jar = "local:///opt/flink/usrlib/orders.jar";
const prodStorage = { checkpoints: "s3://b/c", savepoints: "s3://b/s", haStorageDir: "s3://b/h" };

async function oss(args: FlinkPlatformOSSArgs, name = "dev") {
  return record(async () => {
    const { FlinkPlatformOSS } = await import("../../lib");
    new FlinkPlatformOSS(name, args);
  });
}

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(ConfigError.isConfigError(err)).toBe(true);
    return (err as ConfigError).problems.map((p) => `${p.path}: ${p.allowed}`);
  }
  throw new Error("expected a ConfigError");
}

/** What FlinkPlatformOSS refuses for these args, one "key: allowed" line per problem. */
async function ossProblems(name: string, platformArgs: FlinkPlatformOSSArgs): Promise<string[]> {
  const { FlinkPlatformOSS } = await import("../../lib");
  return problems(() => new FlinkPlatformOSS(name, platformArgs));
}

describe("applications on the OSS target", () => {
  const args: FlinkPlatformOSSArgs = {
    environment: { name: "dev" },
    pools: [{ name: "shared", taskManagers: 2, slots: 1 }],
    applications: [
      { name: "orders", jarURI: jar, parallelism: 2, upgradeMode: "last-state" },
      { name: "audit", jarURI: jar, parallelism: 2, pool: "shared", entryClass: "com.acme.Audit" },
    ],
  };

  it("runs an application in its own cluster and a session job on its pool, after the operator and the pool", async () => {
    const resources = await oss(args);
    const own = resources.find((r) => r.name === "dev:flink/orders" && r.type.endsWith("FlinkDeployment"))!;
    const session = resources.find((r) => r.type.endsWith(":FlinkSessionJob"))!;
    expect(own.inputs.spec).toMatchObject({
      job: { jarURI: jar, parallelism: 2, upgradeMode: "last-state", state: "running" },
      taskManager: { resource: { cpu: 1, memory: "2048m" } },
    });
    expect(session.name).toBe("dev:flink/audit");
    expect(session.inputs.spec).toEqual({
      deploymentName: "shared",
      job: {
        jarURI: jar,
        entryClass: "com.acme.Audit",
        parallelism: 2,
        upgradeMode: "savepoint",
        state: "running",
      },
    });
    const deps = session.dependsOn.map((u) => u.split("::").pop());
    expect(deps).toEqual(
      expect.arrayContaining(["dev-flink-operator", "dev-operator-crds", "dev-pool-shared:flink/shared"]),
    );
  });

  it.skipIf(!haveReference("operator CRDs", `${operatorReferenceDir}/crds`))(
    "both validate against the operator CRDs",
    async () => {
      const resources = await oss(args);
      const crs = resources.filter((r) => r.type.startsWith("kubernetes:flink.apache.org"));
      expect(crs.map((r) => validateFlinkResource(r.inputs))).toEqual(crs.map(() => undefined));
    },
  );

  it("a session job must fit its pool (taskManagers x slots)", async () => {
    expect(
      await ossProblems("dev", {
        ...args,
        applications: [{ name: "big", jarURI: jar, parallelism: 3, pool: "shared" }],
      }),
    ).toEqual([
      "flink-platform:applications[0].parallelism: at most 2 (pool shared: 2 TaskManagers x 1 slots)",
    ]);
  });

  it("a stateful job with upgradeMode stateless is an error in prod", async () => {
    expect(
      await ossProblems("prod", {
        environment: { name: "prod" },
        storage: prodStorage,
        applications: [{ name: "orders", jarURI: jar, parallelism: 1, upgradeMode: "stateless" }],
      }),
    ).toEqual([
      "flink-platform:applications[0].upgradeMode: savepoint or last-state for a stateful job (or stateful: false)",
    ]);
    // Declaring the job stateless is the explicit way out.
    const resources = await oss(
      {
        environment: { name: "prod" },
        storage: prodStorage,
        applications: [
          { name: "orders", jarURI: jar, parallelism: 1, upgradeMode: "stateless", stateful: false },
        ],
      },
      "prod",
    );
    expect(resources.filter((r) => r.name === "prod:flink/orders")).toHaveLength(1);
  });

  it("names an unknown pool", async () => {
    expect(
      await ossProblems("dev", {
        ...args,
        applications: [{ name: "x", jarURI: jar, parallelism: 1, pool: "nope" }],
      }),
    ).toEqual(["args.applications[0].pool: one of the pools: shared"]);
  });
});

describe("applications on the CP target", () => {
  it("become CMF applications in their namespace's environment, and cannot use a SQL pool", async () => {
    const { FlinkPlatformCP } = await import("../../lib");
    const base = {
      environment: { name: "dev" },
      cmf: { endpoint: "http://localhost:8080" },
    };
    const resources = await record(async () => {
      new FlinkPlatformCP("dev", {
        ...base,
        applications: [{ name: "orders", jarURI: jar, parallelism: 2 }],
      } as never);
    });
    const app = resources.find((r) => r.type === "pulumi-nodejs:dynamic/cmf:CmfFlinkApplication")!;
    expect(app.name).toBe("dev-app-flink-orders");
    expect(app.inputs).toMatchObject({
      name: "orders",
      spec: { job: { jarURI: jar, parallelism: 2, upgradeMode: "savepoint" } },
    });
    expect(
      problems(
        () =>
          new FlinkPlatformCP("dev", {
            ...base,
            pools: [{ name: "sql" }],
            applications: [{ name: "orders", jarURI: jar, parallelism: 2, pool: "sql" }],
          } as never),
      ),
    ).toEqual([
      "args.applications[0].pool: not set on the cp target (CMF pools run SQL statements; applications run in their own cluster)",
    ]);
  });
});
