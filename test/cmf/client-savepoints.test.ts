import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { buildKubernetesClusterBody } from "../../lib/cp/cmf/client-clusters";
import { buildSavepointBody } from "../../lib/cp/cmf/client-savepoints";
import { cmfOpenApiPath, haveReference } from "../support/reference";
import { OpenApiValidator } from "./fake-cmf-server";

const haveOpenApi = haveReference("CMF OpenAPI", cmfOpenApiPath);

/** Problems of `body` against the JSON request schema of an operation, top-level extra fields included. */
function requestProblems(template: string, method: string, body: unknown): string[] {
  const validator = OpenApiValidator.for(cmfOpenApiPath);
  const op = validator.operation(`/cmf/api/v1${template}`, method) as {
    requestBody: { content: Record<string, { schema: Record<string, unknown> }> };
  };
  return validator.validate(op.requestBody.content["application/json"].schema, body, true);
}

describe.runIf(haveOpenApi)("savepoint and cluster bodies against the CMF 2.3.1 OpenAPI", () => {
  it("an application savepoint body is a valid Savepoint, undefined fields dropped", () => {
    const body = buildSavepointBody({
      name: "pre-upgrade-1",
      formatType: "NATIVE",
      labels: { why: "upgrade" },
    });
    expect(body).toEqual({
      apiVersion: "cmf.confluent.io/v1",
      kind: "Savepoint",
      metadata: { name: "pre-upgrade-1", labels: { why: "upgrade" } },
      spec: { formatType: "NATIVE" },
    });
    expect(
      requestProblems("/environments/{envName}/applications/{appName}/savepoints", "post", body),
    ).toEqual([]);
    expect(requestProblems("/environments/{envName}/statements/{stmtName}/savepoints", "post", body)).toEqual(
      [],
    );
  });

  it("an empty savepoint spec still sends the required metadata and spec", () => {
    const body = buildSavepointBody({});
    expect(body).toEqual({ apiVersion: "cmf.confluent.io/v1", kind: "Savepoint", metadata: {}, spec: {} });
    expect(
      requestProblems("/environments/{envName}/applications/{appName}/savepoints", "post", body),
    ).toEqual([]);
  });

  it("a detached savepoint body names the savepoint path and is a valid Savepoint", () => {
    const body = buildSavepointBody({ name: "golden", path: "s3://flink/savepoints/savepoint-0a1b" }, true);
    expect(body.spec).toEqual({ path: "s3://flink/savepoints/savepoint-0a1b" });
    expect(requestProblems("/detached-savepoints", "post", body)).toEqual([]);
  });

  it("a cluster update body is a valid KubernetesCluster (ACTIVE by default)", () => {
    const body = buildKubernetesClusterBody({ name: "eu-west", labels: { region: "eu-west-1" } });
    expect(body).toEqual({
      apiVersion: "cmf.confluent.io/v1",
      kind: "KubernetesCluster",
      metadata: { name: "eu-west", labels: { region: "eu-west-1" } },
      spec: { lifecycleState: "ACTIVE" },
    });
    expect(requestProblems("/kubernetes-clusters/{kubernetesClusterName}", "put", body)).toEqual([]);
    const decommission = buildKubernetesClusterBody({ name: "eu-west", lifecycleState: "DECOMMISSIONED" });
    expect(requestProblems("/kubernetes-clusters/{kubernetesClusterName}", "put", decommission)).toEqual([]);
  });
});

describe("savepoint body problems", () => {
  it("lists every bad field in one ConfigError", () => {
    let error: unknown;
    try {
      buildSavepointBody({ name: "Bad_Name", formatType: "ZIP" as never, backoffLimit: -2 }, true);
    } catch (err) {
      error = err;
    }
    expect(ConfigError.isConfigError(error)).toBe(true);
    expect((error as ConfigError).problems.map((p) => [p.path, p.got])).toEqual([
      ["name", "Bad_Name"],
      ["formatType", "ZIP"],
      ["backoffLimit", -2],
      ["path", undefined],
    ]);
  });
});
