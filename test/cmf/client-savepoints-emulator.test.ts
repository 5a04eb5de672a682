/**
 * The savepoint and Kubernetes-cluster calls of the CMF client, and the
 * CmfKubernetesCluster provider, against the OpenAPI-driven CMF emulator:
 * every request is validated against the 2.3.1 OpenAPI (`violations` stays
 * empty) and answered with CMF's documented semantics.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CmfApiError, CmfClient, type CmfConnection } from "../../lib/cp/cmf/client";
import { CmfKubernetesClusters } from "../../lib/cp/cmf/client-clusters";
import { CmfSavepoints } from "../../lib/cp/cmf/client-savepoints";
import {
  cmfKubernetesClusterProvider,
  type CmfKubernetesClusterInputs,
  type CmfKubernetesClusterOutputs,
} from "../../lib/cp/cmf/kubernetes-cluster";
import { startFakeCmf, type CmfEmulator } from "../support/cmf-emulator";
import { ORDERS_APPLICATION as APP } from "../support/cmf-emulator/fixtures";
import { cmfOpenApiPath, haveReference } from "../support/reference";

describe.runIf(haveReference("CMF OpenAPI", cmfOpenApiPath))("CMF savepoints and clusters (emulator)", () => {
  let emu: CmfEmulator;
  let connection: CmfConnection;
  let client: CmfClient;
  beforeEach(async () => {
    emu = await startFakeCmf({ openApiPath: cmfOpenApiPath, kubernetesClusters: ["eu-west"] });
    connection = { endpoint: emu.url, retries: 0, timeoutMs: 5_000 };
    client = new CmfClient(connection);
  });
  afterEach(async () => {
    expect(emu.violations).toEqual([]);
    await emu.close();
  });

  it("application savepoints: create, list, get, detach, then the detached savepoint lives on", async () => {
    await client.upsertEnvironment({ name: "prod", kubernetesNamespace: "flink-prod" });
    await client.upsertApplication("prod", APP);
    const savepoints = new CmfSavepoints(client);
    const owner = { environment: "prod", application: "orders" };

    const created = await savepoints.create(owner, { name: "pre-upgrade", labels: { why: "upgrade" } });
    expect(created).toMatchObject({
      kind: "Savepoint",
      metadata: { name: "pre-upgrade", labels: { why: "upgrade" } },
    });
    expect((await savepoints.list(owner)).map((s) => s.metadata.name)).toEqual(["pre-upgrade"]);
    expect((await savepoints.get(owner, "pre-upgrade"))?.metadata.name).toBe("pre-upgrade");
    expect(await savepoints.get(owner, "missing")).toBeUndefined();

    const detached = await savepoints.detach("prod", "orders", "pre-upgrade");
    expect(detached.metadata.name).toBe("pre-upgrade");
    expect(await savepoints.list(owner)).toEqual([]);
    expect((await savepoints.listDetached()).map((s) => s.metadata.name)).toEqual(["pre-upgrade"]);
    expect((await savepoints.getDetached("pre-upgrade"))?.metadata.name).toBe("pre-upgrade");
    expect(await savepoints.deleteDetached("pre-upgrade")).toBe(true);
    expect(await savepoints.deleteDetached("pre-upgrade")).toBe(false);
    expect(await savepoints.getDetached("pre-upgrade")).toBeUndefined();

    expect(emu.requests.map((r) => `${r.method} ${r.path}`).filter((r) => r.includes("savepoint"))).toEqual([
      "POST /cmf/api/v1/environments/prod/applications/orders/savepoints",
      "GET /cmf/api/v1/environments/prod/applications/orders/savepoints?page=0&size=100",
      "GET /cmf/api/v1/environments/prod/applications/orders/savepoints/pre-upgrade",
      "GET /cmf/api/v1/environments/prod/applications/orders/savepoints/missing",
      "POST /cmf/api/v1/environments/prod/applications/orders/savepoints/pre-upgrade/detach",
      "GET /cmf/api/v1/environments/prod/applications/orders/savepoints?page=0&size=100",
      "GET /cmf/api/v1/detached-savepoints?page=0&size=100",
      "GET /cmf/api/v1/detached-savepoints/pre-upgrade",
      "DELETE /cmf/api/v1/detached-savepoints/pre-upgrade",
      "DELETE /cmf/api/v1/detached-savepoints/pre-upgrade",
      "GET /cmf/api/v1/detached-savepoints/pre-upgrade",
    ]);
  });

  it("deletes an application savepoint (force as a query flag), false once gone", async () => {
    await client.upsertEnvironment({ name: "prod", kubernetesNamespace: "flink-prod" });
    await client.upsertApplication("prod", APP);
    const savepoints = new CmfSavepoints(client);
    const owner = { environment: "prod", application: "orders" };
    await savepoints.create(owner, { name: "nightly" });
    expect(await savepoints.delete(owner, "nightly", true)).toBe(true);
    expect(await savepoints.delete(owner, "nightly")).toBe(false);
    expect(emu.requests.filter((r) => r.method === "DELETE").map((r) => r.path)).toEqual([
      "/cmf/api/v1/environments/prod/applications/orders/savepoints/nightly?force=true",
      "/cmf/api/v1/environments/prod/applications/orders/savepoints/nightly",
    ]);
  });

  it("registers a detached savepoint by path; a savepoint of a missing application is CMF's 404", async () => {
    const savepoints = new CmfSavepoints(client);
    const golden = await savepoints.createDetached({ name: "golden", path: "s3://flink/savepoints/sp-0a1b" });
    expect(golden.spec.path).toBe("s3://flink/savepoints/sp-0a1b");
    await client.upsertEnvironment({ name: "prod", kubernetesNamespace: "flink-prod" });
    const err = await savepoints
      .create({ environment: "prod", application: "ghost" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CmfApiError);
    expect((err as CmfApiError).status).toBe(404);
  });

  it("kubernetes clusters: list, get, update labels and lifecycle", async () => {
    const clusters = new CmfKubernetesClusters(client);
    expect((await clusters.list()).map((c) => [c.metadata.name, c.status?.state])).toEqual([
      ["eu-west", "CONNECTED"],
    ]);
    expect(await clusters.get("us-east")).toBeUndefined();
    const updated = await clusters.update({ name: "eu-west", labels: { region: "europe-west1" } });
    expect(updated.metadata.labels).toEqual({ region: "europe-west1" });
    expect((await clusters.update({ name: "eu-west", lifecycleState: "DECOMMISSIONED" })).status?.state).toBe(
      "DECOMMISSIONED",
    );
  });

  describe("CmfKubernetesCluster provider", () => {
    const inputs = (extra: Partial<CmfKubernetesClusterInputs> = {}): CmfKubernetesClusterInputs => ({
      connection,
      name: "eu-west",
      labels: { region: "europe-west1" },
      waitTimeoutMs: 2_000,
      pollIntervalMs: 20,
      ...extra,
    });

    it("create adopts CMF's registration, sets the labels, reports CONNECTED; delete decommissions", async () => {
      const created = await cmfKubernetesClusterProvider.create!(inputs());
      expect(created.id).toBe("eu-west");
      const outs = created.outs as CmfKubernetesClusterOutputs;
      expect([outs.state, outs.kubernetesVersion, outs.labels]).toEqual([
        "CONNECTED",
        "v1.31.0",
        { region: "europe-west1" },
      ]);
      const read = await cmfKubernetesClusterProvider.read!("eu-west", outs);
      expect(read.props).toMatchObject({ labels: { region: "europe-west1" }, state: "CONNECTED" });

      await cmfKubernetesClusterProvider.delete!("eu-west", outs);
      expect((await new CmfKubernetesClusters(client).get("eu-west"))?.spec.lifecycleState).toBe(
        "DECOMMISSIONED",
      );
    });

    it("create waits for CMF to register the cluster from its kubeconfig, and times out naming where to look", async () => {
      setTimeout(() => emu.registerCluster("us-east"), 100);
      const created = await cmfKubernetesClusterProvider.create!(inputs({ name: "us-east" }));
      expect((created.outs as CmfKubernetesClusterOutputs).state).toBe("CONNECTED");

      await expect(
        cmfKubernetesClusterProvider.create!(inputs({ name: "ap-south", waitTimeoutMs: 100 })),
      ).rejects.toThrow(
        "CMF Kubernetes cluster ap-south: CMF has not registered it: it registers a cluster from the kubeconfig file of that name in its kubeconfig directory (/etc/cmf/kubeconfig); check the mounted Secret and CMF's log after 100 ms",
      );
    });

    it("a refresh of a cluster CMF no longer knows drops it; delete of it is a no-op", async () => {
      const outs = { ...inputs({ name: "gone" }) } as CmfKubernetesClusterOutputs;
      expect(await cmfKubernetesClusterProvider.read!("gone", outs)).toEqual({ id: "" });
      await cmfKubernetesClusterProvider.delete!("gone", outs);
      expect(emu.requests.filter((r) => r.method === "PUT")).toEqual([]);
    });

    it("decommissioning a cluster an environment still uses fails with CMF's 400", async () => {
      await client.upsertEnvironment({
        name: "prod-eu",
        kubernetesNamespace: "flink-eu",
        kubernetesClusterName: "eu-west",
      });
      await expect(
        cmfKubernetesClusterProvider.delete!("eu-west", inputs() as CmfKubernetesClusterOutputs),
      ).rejects.toThrow(/400.*in use by environments prod-eu/);
    });
  });
});
