import * as fs from "node:fs";
import { describe, expect, it } from "vitest";
import { cloudMetrics } from "../../lib/core/metrics";
import {
  cloudFixtureFile,
  fixtureFile,
  fixturesDir,
  pools,
  scenarioOpenMetrics,
  start,
} from "../support/advise-fixtures";

/**
 * The committed OpenMetrics fixtures of the advisor's scenarios
 * (test/advise/fixtures/<pool>.om, loaded by promtool in
 * advise-prometheus.test.ts) are exactly what their recipe in
 * test/support/advise-fixtures.ts produces, with the catalog's metric and
 * label names. `UPDATE_FIXTURES=1` rewrites them.
 */

describe("advise scenario fixtures", () => {
  it("one committed file per scenario pool and the Cloud scenarios' answers, and no other", () => {
    if (process.env.UPDATE_FIXTURES) {
      for (const name of fs.readdirSync(fixturesDir).filter((n) => n.endsWith(".om")))
        fs.rmSync(`${fixturesDir}/${name}`);
      for (const spec of pools) fs.writeFileSync(fixtureFile(spec.pool), scenarioOpenMetrics(spec));
    }
    expect(fs.readdirSync(fixturesDir).sort()).toEqual([
      "busy.om",
      "cloud-metrics.json",
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

  it("cloud-metrics.json answers the Cloud scenarios' pools with the catalog's series, fixed times, newest first", () => {
    const answers = JSON.parse(fs.readFileSync(cloudFixtureFile, "utf8")) as Record<
      string,
      Record<string, { timestamp: string }[]>
    >;
    const series = [cloudMetrics.currentCfus, cloudMetrics.cfuLimit, cloudMetrics.pendingRecords];
    expect(Object.keys(answers)).toEqual(["lfcp-full", "lfcp-spare", "lfcp-new"]);
    for (const [pool, byMetric] of Object.entries(answers)) {
      expect(Object.keys(byMetric), pool).toEqual(series);
      for (const data of Object.values(byMetric)) {
        const times = data.map((d) => Date.parse(d.timestamp));
        expect(times).toEqual([...times].sort((a, b) => b - a));
        expect(Math.max(...times)).toBe(Date.parse("2026-01-01T02:00:00Z"));
      }
    }
  });
});
