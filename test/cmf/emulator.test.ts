/**
 * The CMF emulator itself: routing by the OpenAPI, parameter and answer
 * validation, and CMF's semantics for environments, applications, pools,
 * clusters and savepoints (SQL objects: emulator-sql.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  OpenApiValidator,
  startFakeCmf,
  UNMODELLED_OPERATIONS,
  type CmfEmulator,
} from "../support/cmf-emulator";
import { call, doc, savepointDoc } from "../support/cmf-emulator/http";
import { cmfOpenApiPath, haveReference } from "../support/reference";

const APP_SPEC = {
  image: "confluentinc/cp-flink:1.19.3-cp2",
  flinkVersion: "v1_19",
  serviceAccount: "flink",
  jobManager: { resource: { memory: "1024m", cpu: 1 } },
  taskManager: { resource: { memory: "1024m", cpu: 1 } },
  job: { jarURI: "local:///opt/flink/examples/streaming/StateMachineExample.jar", upgradeMode: "stateless" },
};
const POOL_SPEC = {
  type: "DEDICATED",
  clusterSpec: { flinkVersion: "v1_19", image: "confluentinc/cp-flink-sql:1.19-cp5" },
};
const NOT_FOUND = (message: string) => ({ errors: [{ message }] });

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))("CMF emulator", () => {
  let emu: CmfEmulator;
  beforeEach(async () => {
    emu = await startFakeCmf({ openApiPath: cmfOpenApiPath, kubernetesClusters: ["east"] });
  });
  afterEach(async () => {
    await emu.close();
  });
  const env = (name: string, extra: Record<string, unknown> = {}) =>
    call(emu, "POST", "/environments", { name, kubernetesNamespace: `flink-${name}`, ...extra });

  describe("routing by the OpenAPI", () => {
    it("knows all 64 operations of the document, each with a handler", () => {
      const operations = new OpenApiValidator(cmfOpenApiPath).operations;
      expect(operations).toHaveLength(64);
      expect(Object.keys(emu.handlers).sort()).toEqual(operations.map((o) => o.operationId).sort());
      expect(UNMODELLED_OPERATIONS.filter((id) => !operations.some((o) => o.operationId === id))).toEqual([]);
    });

    it("flags an unknown path, and a known path with an undocumented method, with 404", async () => {
      expect(await call(emu, "GET", "/flink-applications")).toEqual({
        status: 404,
        body: NOT_FOUND("no such operation: GET /cmf/api/v1/flink-applications"),
      });
      expect((await call(emu, "PATCH", "/environments/prod")).status).toBe(404);
      expect(emu.violations).toEqual([
        "GET /cmf/api/v1/flink-applications: no such operation in the CMF OpenAPI",
        "PATCH /cmf/api/v1/environments/prod: no such operation in the CMF OpenAPI",
      ]);
    });

    it("validates query parameters by type and rejects undeclared ones", async () => {
      expect((await call(emu, "GET", "/environments?page=two&colour=blue")).status).toBe(400);
      expect((await call(emu, "DELETE", "/environments/prod?force=maybe")).status).toBe(400);
      expect(emu.violations).toEqual([
        "GET /cmf/api/v1/environments request: query parameter 'colour' is not declared; query parameter 'page' must be integer",
        "DELETE /cmf/api/v1/environments/prod request: query parameter 'force' must be boolean",
      ]);
    });

    it("checks its own answers against the documented response schema", async () => {
      emu.environments.set("half", { name: "half", created_time: "not a time" });
      expect((await call(emu, "GET", "/environments/half")).status).toBe(200);
      expect(emu.violations).toEqual([
        "getEnvironment 200 response: /created_time must match format \"date-time\"; / must have required property 'kubernetesNamespace'",
      ]);
    });
  });

  describe("environments", () => {
    it("creates or updates with POST (200 both times), 404 with a CMF error body when absent", async () => {
      expect((await env("prod")).status).toBe(200);
      const updated = await env("prod", { computePoolDefaults: { clusterSpec: { flinkVersion: "v1_19" } } });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        name: "prod",
        computePoolDefaults: { clusterSpec: { flinkVersion: "v1_19" } },
      });
      expect(await call(emu, "GET", "/environments/nope")).toEqual({
        status: 404,
        body: NOT_FOUND("Environment 'nope' not found"),
      });
      expect(await call(emu, "DELETE", "/environments/nope")).toEqual({
        status: 404,
        body: NOT_FOUND("Environment 'nope' not found"),
      });
      expect((await call(emu, "DELETE", "/environments/prod")).status).toBe(204);
      expect(emu.inventory()).toEqual({});
      expect(emu.violations).toEqual([]);
    });

    it("accepts only a registered kubernetesClusterName, with CMF's documented message", async () => {
      expect(await env("prod", { kubernetesClusterName: "west" })).toEqual({
        status: 400,
        body: NOT_FOUND("Environment's kubernetesClusterName 'west' does not exist."),
      });
      emu.registerCluster("west");
      expect((await env("prod", { kubernetesClusterName: "west" })).status).toBe(200);
      expect(emu.violations).toEqual(["400: Environment's kubernetesClusterName 'west' does not exist."]);
    });

    it("cannot be deleted while it has applications", async () => {
      await env("prod");
      expect(
        (await call(emu, "POST", "/environments/prod/applications", doc("FlinkApplication", "app", APP_SPEC)))
          .status,
      ).toBe(201);
      expect(await call(emu, "DELETE", "/environments/prod")).toEqual({
        status: 409,
        body: NOT_FOUND("Environment 'prod' still has applications app"),
      });
      expect((await call(emu, "DELETE", "/environments/prod/applications/app")).status).toBe(204);
      expect((await call(emu, "DELETE", "/environments/prod")).status).toBe(204);
      expect(emu.violations).toEqual(["409: Environment 'prod' still has applications app"]);
    });

    it("rejects defaults that are not a FlinkApplication / ComputePool fragment", async () => {
      const flat = { flinkApplicationDefaults: { serviceAccount: "flink", flinkConfiguration: { a: "b" } } };
      expect((await env("prod", flat)).status).toBe(400);
      expect((await env("prod", { computePoolDefaults: { flinkVersion: "v1_19" } })).status).toBe(400);
      expect((await env("prod", { flinkApplicationDefaults: { spec: { mode: "hybrid" } } })).status).toBe(
        400,
      );
      expect(emu.violations).toEqual([
        "400: flinkApplicationDefaults has top-level key(s) 'serviceAccount', 'flinkConfiguration'; expected a FlinkApplication fragment {metadata, spec}",
        "400: computePoolDefaults has top-level key(s) 'flinkVersion'; expected a ComputePool spec fragment {clusterSpec}",
        "400: flinkApplicationDefaults.spec/mode must be equal to one of the allowed values",
      ]);
    });
  });

  describe("applications and pools merged with the environment defaults", () => {
    it("validates the merged application spec against the operator CRD, the environment winning", async () => {
      await env("prod", {
        flinkApplicationDefaults: {
          spec: { job: { upgradeMode: "savepoint" }, taskManager: { replicas: 2 } },
        },
      });
      expect(
        (await call(emu, "POST", "/environments/prod/applications", doc("FlinkApplication", "ok", APP_SPEC)))
          .status,
      ).toBe(201);
      // A FlinkDeployment has no `spec.flinkConf`: the API server would prune it silently.
      const stray = { ...APP_SPEC, flinkConf: { a: "b" } };
      expect(
        (await call(emu, "POST", "/environments/prod/applications", doc("FlinkApplication", "stray", stray)))
          .status,
      ).toBe(422);
      // Defaults stored by another client (not checked on the way in) win over the application's valid value.
      emu.environments.set("legacy", {
        name: "legacy",
        kubernetesNamespace: "flink-legacy",
        flinkApplicationDefaults: { spec: { jobManager: { resource: { memory: 2048 } } } },
        created_time: "2025-01-01T00:00:00Z",
      });
      expect(
        await call(
          emu,
          "POST",
          "/environments/legacy/applications",
          doc("FlinkApplication", "app", APP_SPEC),
        ),
      ).toEqual({
        status: 422,
        body: NOT_FOUND("spec/jobManager/resource/memory must be string"),
      });
      expect(emu.violations).toEqual([
        "422: spec must NOT have additional properties 'flinkConf'",
        "422: spec/jobManager/resource/memory must be string",
      ]);
    });

    it("validates the merged pool clusterSpec, and a pool state only for SHARED pools", async () => {
      emu.environments.set("legacy", {
        name: "legacy",
        kubernetesNamespace: "flink-legacy",
        computePoolDefaults: { clusterSpec: { taskManager: { replicas: "two" } } },
        created_time: "2025-01-01T00:00:00Z",
      });
      expect(
        (await call(emu, "POST", "/environments/legacy/compute-pools", doc("ComputePool", "pool", POOL_SPEC)))
          .status,
      ).toBe(422);
      await env("prod");
      const suspended = { ...POOL_SPEC, state: "SUSPENDED" };
      expect(
        (await call(emu, "POST", "/environments/prod/compute-pools", doc("ComputePool", "pool", suspended)))
          .status,
      ).toBe(422);
      expect(
        (await call(emu, "POST", "/environments/prod/compute-pools", doc("ComputePool", "pool", POOL_SPEC)))
          .status,
      ).toBe(200);
      expect(
        await call(emu, "POST", "/environments/prod/compute-pools", doc("ComputePool", "pool", POOL_SPEC)),
      ).toEqual({
        status: 409,
        body: NOT_FOUND("Compute pool 'pool' already exists"),
      });
      expect(emu.violations).toEqual([
        "422: spec.clusterSpec/taskManager/replicas must be integer",
        "422: spec.state can only be specified for SHARED compute pools",
      ]);
    });
  });

  describe("kubernetes clusters", () => {
    it("lists registered clusters and refuses to decommission one an environment uses", async () => {
      await env("prod", { kubernetesClusterName: "east" });
      const cluster = (await call(emu, "GET", "/kubernetes-clusters/east")).body as { metadata: unknown };
      expect(cluster).toMatchObject({
        metadata: { name: "east" },
        spec: { lifecycleState: "ACTIVE" },
        status: { state: "CONNECTED" },
      });
      const decommission = {
        apiVersion: "cmf.confluent.io/v1",
        kind: "KubernetesCluster",
        metadata: { name: "east", labels: { region: "eu" } },
        spec: { lifecycleState: "DECOMMISSIONED" },
      };
      expect(await call(emu, "PUT", "/kubernetes-clusters/east", decommission)).toEqual({
        status: 400,
        body: NOT_FOUND("cannot decommission cluster 'east' because it is in use by environments prod"),
      });
      await call(emu, "DELETE", "/environments/prod");
      expect((await call(emu, "PUT", "/kubernetes-clusters/east", decommission)).body).toMatchObject({
        metadata: { labels: { region: "eu" } },
        status: { state: "DECOMMISSIONED" },
      });
      // Omitted labels stay as they were.
      const relabel = { ...decommission, metadata: { name: "east" }, spec: { lifecycleState: "ACTIVE" } };
      expect((await call(emu, "PUT", "/kubernetes-clusters/east", relabel)).body).toMatchObject({
        metadata: { labels: { region: "eu" } },
      });
      expect((await call(emu, "GET", "/kubernetes-clusters/west")).status).toBe(404);
      expect(emu.violations).toEqual([]);
    });
  });

  describe("savepoints", () => {
    it("go PENDING then COMPLETED, detach into the detached savepoints and outlive their application", async () => {
      await env("prod");
      await call(emu, "POST", "/environments/prod/applications", doc("FlinkApplication", "app", APP_SPEC));
      const base = "/environments/prod/applications/app/savepoints";
      const created = await call(emu, "POST", base, savepointDoc("sp1"));
      expect(created).toMatchObject({ status: 201, body: { status: { state: "PENDING" } } });
      expect((await call(emu, "GET", `${base}/sp1`)).body).toMatchObject({ status: { state: "PENDING" } });
      expect((await call(emu, "GET", `${base}/sp1`)).body).toMatchObject({
        status: { state: "COMPLETED", path: "s3://cmf-emulator/savepoints/sp1" },
      });
      expect((await call(emu, "POST", `${base}/sp1/detach`)).status).toBe(200);
      expect((await call(emu, "GET", `${base}/sp1`)).status).toBe(404);
      await call(emu, "DELETE", "/environments/prod/applications/app");
      const detached = (await call(emu, "GET", "/detached-savepoints")).body as {
        items: { metadata: { name: string } }[];
      };
      expect(detached.items.map((i) => i.metadata.name)).toEqual(["sp1"]);
      const noPath = savepointDoc("sp2");
      expect((await call(emu, "POST", "/detached-savepoints", noPath)).status).toBe(422);
      expect((await call(emu, "DELETE", "/detached-savepoints/sp1")).status).toBe(204);
      expect(emu.inventory()).toEqual({ environments: ["prod"] });
      expect(emu.violations).toEqual([
        "422: a detached savepoint needs spec.path (there is no job to take it from)",
      ]);
    });
  });
});
