/**
 * How the CMF client uses connections: a call never depends on a socket an
 * earlier call left open, because servers and proxies close idle keep-alive
 * connections whenever they like.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CmfClient } from "../../lib/cp/cmf/client";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { startFakeCmf, type FakeCmf } from "./fake-cmf-server";

describe.skipIf(!haveReference("CMF OpenAPI", cmfOpenApiPath))("CMF client connections", () => {
  let server: FakeCmf;

  beforeEach(async () => {
    server = await startFakeCmf({ openApiPath: cmfOpenApiPath });
  });

  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  // The flake of resource.test.ts "adopts on 409 also when run from the text Pulumi
  // stores in the state": under load serializeFunction held the event loop past the
  // emulator's keep-alive close, and the next call wrote onto the pooled socket the
  // server was closing. Here the server closes it in the same tick, every time.
  it("succeeds without retries when CMF closed the previous call's idle connection", async () => {
    const client = new CmfClient({ endpoint: server.url, retries: 0, timeoutMs: 2_000 });
    await client.upsertEnvironment({ name: "prod", kubernetesNamespace: "flink-prod" });
    server.closeIdleConnections();
    expect((await client.getEnvironment("prod"))?.name).toBe("prod");
    expect(server.calls()).toEqual(["POST /cmf/api/v1/environments", "GET /cmf/api/v1/environments/prod"]);
  });
});
