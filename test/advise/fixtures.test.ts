import * as fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fixtureFile, fixturesDir, pools, scenarioOpenMetrics, start } from "../support/advise-fixtures";

/**
 * The committed OpenMetrics fixtures of the advisor's scenarios
 * (test/advise/fixtures/<pool>.om, loaded by promtool in
 * advise-prometheus.test.ts) are exactly what their recipe in
 * test/support/advise-fixtures.ts produces, with the catalog's metric and
 * label names. `UPDATE_FIXTURES=1` rewrites them.
 */

describe("advise scenario fixtures", () => {
  it("one committed file per scenario pool, and no other", () => {
    if (process.env.UPDATE_FIXTURES) {
      for (const name of fs.readdirSync(fixturesDir)) fs.rmSync(`${fixturesDir}/${name}`);
      for (const spec of pools) fs.writeFileSync(fixtureFile(spec.pool), scenarioOpenMetrics(spec));
    }
    expect(fs.readdirSync(fixturesDir).sort()).toEqual([
      "busy.om",
      "idle.om",
      "light.om",
      "skew.om",
      "tuned.om",
    ]);
  });

  it.each(pools.map((p) => [p.pool, p] as const))("%s.om is what its recipe produces", (pool, spec) => {
    const committed = fs.readFileSync(fixtureFile(pool), "utf8");
    expect(committed === scenarioOpenMetrics(spec), `${pool}.om differs: UPDATE_FIXTURES=1 rewrites it`).toBe(
      true,
    );
    // Small enough to review and to keep in the repository.
    expect(Buffer.byteLength(committed)).toBeLessThan(200_000);
    // Fixed timestamps: 2026-01-01T00:00:00Z to 02:00:00Z, whatever the clock says.
    const times = [...committed.matchAll(/ (\d+)$/gm)].map((m) => Number(m[1]));
    expect([Math.min(...times), Math.max(...times)]).toEqual([start, start + 7200]);
  });
});
