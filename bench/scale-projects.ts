/**
 * The projects of the bench's scale series: one environment with N Flink
 * applications, on the OSS target (FlinkDeployments) and on the CP target
 * (CMF applications, plus one CMF statement per ten applications, each with
 * its own `.sql` file), so both targets' per-application cost is measured.
 * The applications are suspended, so that N of them fit a namespace's quota.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";

/** The targets with a scale series. */
export type ScaleTarget = "oss" | "cp";

const jar = "local:///opt/flink/examples/streaming/StateMachineExample.jar";

function applications(apps: number) {
  return Array.from({ length: apps }, (_, i) => ({
    name: `app-${i}`,
    jarURI: jar,
    parallelism: 1,
    upgradeMode: "stateless",
    stateful: false,
    // Suspended: the same resources per application, but no pods, so N of
    // them pass the namespace-quota guardrail (lib/core/namespace-demand.ts),
    // which refuses even 10 running ones at their default resources.
    state: "suspended",
  }));
}

/** Statements of the CP series: one per ten applications. */
export const statementsFor = (apps: number): number => Math.ceil(apps / 10);

/**
 * Writes `stacks/Pulumi.bench.yaml` (and the CP series' statement files) into
 * `dir`, a project whose program is already linked.
 */
export function writeScaleStack(root: string, dir: string, target: ScaleTarget, apps: number): void {
  const stacks = path.join(dir, "stacks");
  if (target === "oss") {
    const config = {
      "flink-platform:environment": { name: "bench", tier: "dev" },
      "flink-platform:size": "L",
      "flink-platform:applications": applications(apps),
    };
    fs.writeFileSync(path.join(stacks, "Pulumi.bench.yaml"), JSON.stringify({ config }));
    return;
  }
  // The shipped staging stack (CMF with OAuth, a SQL pool, a Kafka catalog and
  // database), with N applications and N/10 statements on its pool.
  const staging = parse(fs.readFileSync(path.join(root, "stacks", "Pulumi.staging.yaml"), "utf8")) as {
    config: Record<string, unknown>;
  };
  const config = { ...staging.config };
  const cmf = { ...(config["flink-platform:cmf"] as Record<string, unknown>) };
  fs.mkdirSync(path.join(stacks, "sql"), { recursive: true });
  cmf.statements = Array.from({ length: statementsFor(apps) }, (_, i) => {
    const file = `stacks/sql/bench-${i}.sql`;
    fs.writeFileSync(path.join(dir, file), `INSERT INTO sink_${i} SELECT * FROM orders;\n`);
    return { name: `statement-${i}`, file, pool: "sql" };
  });
  config["flink-platform:cmf"] = cmf;
  config["flink-platform:environment"] = { name: "bench", tier: "staging" };
  config["flink-platform:applications"] = applications(apps);
  fs.writeFileSync(path.join(stacks, "Pulumi.bench.yaml"), JSON.stringify({ config }));
}

/** A fresh temporary folder for one project of a series. */
export const scaleDir = (target: ScaleTarget, apps: number): string =>
  fs.mkdtempSync(path.join(os.tmpdir(), `bench-scale-${target}-${apps}-`));
