import * as fs from "node:fs";
import { parse } from "yaml";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { platformSchema } from "../../lib/core/platform-schema";
import { cpPlatformSchema } from "../../lib/cp/config-platform";
import { planCpFromArgs } from "../../lib/cp/plan-args";
import { planOssPlatform } from "../../lib/kubernetes/platform-plan";
import { planFromArgs } from "../../lib/oss/platform";
import { cloudSection, cpSection, ossSection, parseStackConfig } from "../../lib/stack-config";
import { cloudConfigSchema } from "../../lib/cloud/config";
import { parseConfluentCloudFlinkArgs } from "../../lib/cloud/args";
import { computePoolArgsSchema } from "../../lib/compute-pool/validate";
import { cpSqlStack, stack } from "../support/config";
import { record } from "../support/pulumi";
import { shippedStack } from "../support/project";

/**
 * Each rule runs once on a value: the stack program parses the config, and
 * the component it hands the parsed section to takes it as parsed. Args a
 * library user builds are validated by the same schema, once.
 */

/** The `flink-platform:` keys of a shipped stack file, namespace dropped. */
function shippedConfig(name: string): Record<string, unknown> {
  const { config } = parse(shippedStack(name)) as { config: Record<string, unknown> };
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k.replace(/^flink-platform:/, ""), v]));
}

const pick = (cfg: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(cfg).filter(([k]) => keys.includes(k)));

const cp = { target: "cp", environment: { name: "staging" }, pools: [{ name: "sql", taskManagers: 2 }] };
const credentials = { cmfCredentials: {} };
const sqlFile = "stacks/sql/orders-enriched.sql";
const sqlText = fs.readFileSync(sqlFile, "utf8");

afterEach(() => vi.restoreAllMocks());

describe("a section the stack parsed is not validated again", () => {
  it("OSS: the section is the platform schema's own output, and the component takes it as is", () => {
    const raw = shippedConfig("dev");
    const section = ossSection(parseStackConfig(stack(raw)));
    expect(section).toEqual(platformSchema.parse(pick(raw, Object.keys(section))));
    const runs = vi.spyOn(platformSchema, "safeParse");
    planFromArgs("FlinkPlatformOSS", "dev", section);
    planOssPlatform({ ...section });
    expect(runs).not.toHaveBeenCalled();
    // Frozen, so it stays what the schema accepted.
    expect(() => ((section.pools[0] as { taskManagers: number }).taskManagers = 0)).toThrow(TypeError);
  });

  it("CP: the section (with the cmf defaults) is the CP schema's output, credentials aside", () => {
    const section = cpSection(parseStackConfig(stack(cp)));
    const { target: _target, ...settings } = cp;
    expect(section).toEqual(cpPlatformSchema.parse(settings));
    const runs = vi.spyOn(cpPlatformSchema, "safeParse");
    expect(planCpFromArgs("staging", { ...section, ...credentials }).plan.pools[0].taskManagers).toBe(2);
    expect(runs).not.toHaveBeenCalled();
  });

  it("CP with statements: each statement carries the SQL of its file, read once, by the section's schema", () => {
    const section = cpSection(parseStackConfig(stack(cpSqlStack())));
    expect(section.cmf.statements).toEqual([{ name: "orders-enriched", sql: sqlText, pool: "sql" }]);
    const runs = vi.spyOn(cpPlatformSchema, "safeParse");
    const args = { ...section, cmfCredentials: { ...credentials.cmfCredentials, sqlSecrets: "{}" } };
    expect(planCpFromArgs("staging", args).sql.statements).toBe(section.cmf.statements);
    expect(runs).not.toHaveBeenCalled();
  });

  it("Cloud: the section (protect filled in for the tier) is the Cloud schema's output, credentials aside", () => {
    const raw = shippedConfig("cloud-dev");
    const config = parseStackConfig(
      stack({ ...raw, confluentCloudApiKey: "K", confluentCloudApiSecret: "S" }),
    );
    const section = cloudSection(config);
    expect(section).toEqual(
      cloudConfigSchema.parse({
        ...(raw.cloud as object),
        environment: { ...(raw.cloud as { environment: object }).environment, protect: false },
      }),
    );
    expect(section.statements.map((s) => s.sql)).toEqual([sqlText]);
    const runs = vi.spyOn(cloudConfigSchema, "safeParse");
    const credentials = {
      cloudApiKey: "K",
      cloudApiSecret: "S",
      kafkaApiKey: undefined,
      kafkaApiSecret: undefined,
    };
    // As the stack program passes them.
    const args = parseConfluentCloudFlinkArgs("cloud-dev", { ...section, ...credentials });
    expect(args.pools).toBe(section.pools);
    expect(args.statements).toBe(section.statements);
    expect(runs).not.toHaveBeenCalled();
  });

  it("a changed copy is validated, once, naming args.<key>", () => {
    const section = cpSection(parseStackConfig(stack(cp)));
    const runs = vi.spyOn(cpPlatformSchema, "safeParse");
    const changed = { ...section, pools: [{ name: "sql", taskManagers: 0 }], ...credentials };
    let error: unknown;
    try {
      planCpFromArgs("staging", changed);
    } catch (err) {
      error = err;
    }
    expect(runs).toHaveBeenCalledTimes(1);
    expect((error as ConfigError).problems.map((p) => `${p.path}: ${p.allowed}`)).toEqual([
      "args.pools[0].taskManagers: task managers: a whole number of at least 1",
    ]);
  });

  it("a platform's pools reach ComputePool as parsed: the pool rules ran once, on the config", async () => {
    const section = ossSection(parseStackConfig(stack(shippedConfig("dev"))));
    const runs = vi.spyOn(computePoolArgsSchema, "safeParse");
    const resources = await record(async () => {
      const { FlinkPlatformOSS } = await import("../../lib");
      new FlinkPlatformOSS("dev", section);
    });
    expect(resources.filter((r) => r.type === "flink-platform:index:ComputePool").map((r) => r.name)).toEqual(
      ["dev-pool-default"],
    );
    expect(runs).not.toHaveBeenCalled();
  });
});
