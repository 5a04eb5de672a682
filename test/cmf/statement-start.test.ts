import { describe, expect, it } from "vitest";
import type { CmfClient } from "../../lib/cp/cmf/client";
import type { CmfStatementDocument } from "../../lib/cp/cmf/sql-bodies";
import { createFromSavepoint } from "../../lib/cp/cmf/statement-start";

/**
 * createFromSavepoint waits for the new statement to stop within the
 * resource's own bounds (`waitTimeoutMs`, `pollIntervalMs`). Merging it with
 * the shared CMF wait options once handed the loop `waitTimeoutMs` where it
 * reads `timeoutMs`, so a statement that never stopped was waited on for the
 * default ten minutes.
 */
describe("createFromSavepoint's wait for STOPPED", () => {
  it(
    "GIVEN a statement that never stops THEN the wait ends at the resource's waitTimeoutMs",
    { timeout: 20_000 },
    async () => {
      const sent: [string, unknown][] = [];
      // CMF as far as this step sees it: the statement stays PENDING.
      const client = {
        sendDocument: async (_kind: string, method: string, _path: string, body: unknown) => {
          sent.push([method, body]);
          return body;
        },
        getOrUndefined: async () =>
          ({ spec: { stopped: true }, status: { phase: "PENDING" } }) as unknown as CmfStatementDocument,
        request: async (method: string, _path: string, body: unknown) => void sent.push([method, body]),
      } as unknown as CmfClient;
      const inputs = {
        environment: "prod",
        name: "orders-v2",
        statement: "INSERT INTO t SELECT * FROM s",
        computePoolName: "pool",
        startFromSavepoint: { initialSavepointPath: "s3://flink/savepoints/savepoint-0a1b2c" },
        waitTimeoutMs: 50,
        pollIntervalMs: 20,
      };
      await expect(createFromSavepoint(client, inputs)).rejects.toThrow(
        "CMF statement prod/orders-v2 did not reach STOPPED within 50 ms: last phase PENDING",
      );
      // Created stopped, without the start point; never updated.
      expect(sent.map(([method]) => method)).toEqual(["POST"]);
    },
  );
});
