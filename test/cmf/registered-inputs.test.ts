/**
 * What a CMF resource registers with the SDK (lib/cp/cmf/resource.ts): the
 * SDK builds an output and four promises, each capturing a stack trace, per
 * input key of every resource, so an unset input is left out, while the
 * declared outputs still read as before (issue 18: CP applications as cheap
 * as OSS ones).
 */
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { CmfFlinkApplication } from "../../lib/cp/cmf/application";
import { CmfEnvironment } from "../../lib/cp/cmf/environment";
import { CmfStatement } from "../../lib/cp/cmf/statement";
import { record, resolveOutput } from "../support/pulumi";

const connection = { endpoint: "https://cmf.example.com", auth: { type: "bearer" as const, token: "t" } };

/** Registers what `make` builds and returns it with its own output properties (sorted, space-separated). */
async function registered<R extends pulumi.CustomResource>(make: () => R): Promise<[R, string]> {
  let resource: R | undefined;
  await record(() => {
    resource = make();
  });
  const keys = Object.keys(resource!)
    .filter((key) => key !== "urn" && key !== "id")
    .filter((key) => pulumi.Output.isInstance((resource as unknown as Record<string, unknown>)[key]))
    .sort();
  return [resource!, keys.join(" ")];
}

const spec = { job: {} };

describe("inputs a CMF resource registers", () => {
  it("an application registers its set inputs and its observed state, not its unset labels, annotations or waits", async () => {
    const [, keys] = await registered(
      () => new CmfFlinkApplication("orders", { connection, environment: "prod", spec }),
    );
    expect(keys).toBe("__provider connection environment jobState name spec");
  });

  it("an unset label or annotation still reads as an output: undefined, depending on its resource", async () => {
    let app: CmfFlinkApplication | undefined;
    const plan = await record(() => {
      app = new CmfFlinkApplication("orders", { connection, environment: "prod", spec });
      new CmfFlinkApplication("audit", {
        connection,
        environment: "prod",
        spec,
        labels: app.labels.apply(() => ({ team: "a" })),
        annotations: app.annotations.apply(() => ({ owner: "b" })),
      });
    });
    expect(await resolveOutput(app!.labels)).toEqual({ value: undefined, secret: false });
    expect(await resolveOutput(app!.annotations)).toEqual({ value: undefined, secret: false });
    const audit = plan.find((r) => r.name === "audit")!;
    expect(audit.dependsOn).toEqual([plan.find((r) => r.name === "orders")!.urn]);
    expect([audit.inputs.labels, audit.inputs.annotations]).toEqual([{ team: "a" }, { owner: "b" }]);
  });

  it("set labels and annotations are registered and read back", async () => {
    const [app, keys] = await registered(
      () =>
        new CmfFlinkApplication("orders", {
          connection,
          environment: "prod",
          spec,
          labels: { team: "a" },
          annotations: { owner: "b" },
        }),
    );
    expect(keys).toBe("__provider annotations connection environment jobState labels name spec");
    expect((await resolveOutput(app.labels)).value).toEqual({ team: "a" });
    expect((await resolveOutput(app.annotations)).value).toEqual({ owner: "b" });
  });

  it("a statement keeps `stopped` registered when unset (a refresh reports false), not its other unset inputs", async () => {
    const [, keys] = await registered(
      () =>
        new CmfStatement("orders", {
          connection,
          environment: "prod",
          statement: "SELECT 1",
          computePoolName: "sql",
        }),
    );
    expect(keys).toBe("__provider computePoolName connection environment name phase statement stopped");
  });

  it("an environment without a cluster name reads it as undefined without registering it", async () => {
    const [env, keys] = await registered(
      () => new CmfEnvironment("prod", { connection, kubernetesNamespace: "flink-prod" }),
    );
    expect(keys).toBe("__provider connection createdTime kubernetesNamespace name updatedTime");
    expect(await resolveOutput(env.kubernetesClusterName)).toEqual({ value: undefined, secret: false });
  });
});
