import { describe, expect, it } from "vitest";
import {
  FlinkStatementSpec,
  ParsedStatement,
  offsetCarryOverProperty,
  planStatement,
  statementContentHash,
  statementReplaceOnChanges,
  versionedStatementName,
} from "../../lib/cloud/statements";
import { parseConfluentCloudFlinkArgs } from "../../lib/cloud/args";
import { ConfigError, ConfigProblem } from "../../lib/core/errors";

/** The statement rules, as the section's schema applies them to the component's args (pools and a cluster from `ctx`). */
function statementProblems(
  specs: readonly FlinkStatementSpec[],
  ctx: { pools: readonly string[]; hasDatabase: boolean },
): readonly ConfigProblem[] {
  try {
    parseConfluentCloudFlinkArgs("s", {
      cloudApiKey: "k",
      cloudApiSecret: "s",
      cloud: "AWS",
      region: "us-east-1",
      ...(ctx.hasDatabase ? { kafka: { clusterId: "lkc-abc123" } } : {}),
      pools: ctx.pools.map((name) => ({ name, maxCfu: 50 })),
      statements: specs,
    });
    return [];
  } catch (err) {
    if (ConfigError.isConfigError(err)) return err.problems;
    throw err;
  }
}

const sql = "INSERT INTO enriched SELECT o.*, c.name FROM orders o JOIN customers c ON o.cid = c.id;";
const spec: ParsedStatement = { name: "orders-enrich", sql, pool: "etl" };

describe("statement versioning", () => {
  it("names a statement <name>-<8 hex of the content hash>", () => {
    const name = versionedStatementName("orders-enrich", sql);
    expect(name).toMatch(/^orders-enrich-[0-9a-f]{8}$/);
    expect(name).toBe(`orders-enrich-${statementContentHash(sql).slice(0, 8)}`);
    expect(planStatement(spec).statementName).toBe(name);
  });

  it("keeps the name when nothing changes", () => {
    expect(planStatement({ ...spec }).statementName).toBe(planStatement(spec).statementName);
    expect(versionedStatementName("a", sql, { x: "1" })).toBe(versionedStatementName("a", sql, { x: "1" }));
  });

  it("yields a new name when the SQL changes", () => {
    const changed = planStatement({ ...spec, sql: sql.replace("c.name", "c.name, c.tier") });
    expect(changed.statementName).not.toBe(planStatement(spec).statementName);
    expect(changed.statementName.startsWith("orders-enrich-")).toBe(true);
  });

  it("yields a new name when a property changes, whatever the key order", () => {
    const a = planStatement({
      ...spec,
      properties: { "sql.state-ttl": "1 d", "sql.local-time-zone": "UTC" },
    });
    const b = planStatement({
      ...spec,
      properties: { "sql.local-time-zone": "UTC", "sql.state-ttl": "1 d" },
    });
    const c = planStatement({
      ...spec,
      properties: { "sql.local-time-zone": "UTC", "sql.state-ttl": "2 d" },
    });
    expect(a.statementName).toBe(b.statementName);
    expect(c.statementName).not.toBe(a.statementName);
    expect(a.statementName).not.toBe(planStatement(spec).statementName);
    // No properties and an empty map are the same content.
    expect(planStatement({ ...spec, properties: {} }).statementName).toBe(planStatement(spec).statementName);
  });

  it("toggles stopped in place: the name stays", () => {
    const running = planStatement({ ...spec, stopped: false });
    const stopped = planStatement({ ...spec, stopped: true });
    expect(stopped.statementName).toBe(running.statementName);
    expect([running.stopped, stopped.stopped]).toEqual([false, true]);
    expect(planStatement(spec).stopped).toBe(false);
  });

  it("ignores editor noise: CRLF and surrounding whitespace; sends the normalized SQL", () => {
    const noisy = planStatement({ ...spec, sql: `\n  ${sql.replace(/ JOIN/, "\r\nJOIN")}\r\n\n` });
    const clean = planStatement({ ...spec, sql: sql.replace(/ JOIN/, "\nJOIN") });
    expect(noisy.statementName).toBe(clean.statementName);
    expect(noisy.statement).toBe(clean.statement);
    expect(noisy.statement).not.toMatch(/\r|^\s|\s$/);
  });

  it("carries offsets from the previous version without changing the name", () => {
    const previous = planStatement(spec).statementName;
    const next = { ...spec, sql: `${sql} -- v2` };
    const carried = planStatement({ ...next, carryOffsetsFrom: previous });
    expect(carried.properties).toEqual({ [offsetCarryOverProperty]: previous });
    expect(carried.statementName).toBe(planStatement(next).statementName);
    expect(planStatement(next).properties).toEqual({});
  });
});

describe("statementProblems", () => {
  const ctx = { pools: ["etl", "adhoc"], hasDatabase: true };

  it("accepts valid specs", () => {
    expect(statementProblems([spec, { ...spec, name: "other", pool: "adhoc" }], ctx)).toEqual([]);
  });

  it("reports every problem with its path", () => {
    const problems = statementProblems(
      [
        { name: "Orders_Enrich", sql: "  ", pool: "nope" },
        { ...spec, properties: { [offsetCarryOverProperty]: "x-1" } },
        { ...spec, carryOffsetsFrom: "Not A Name" },
        { ...spec, name: "self", carryOffsetsFrom: planStatement({ ...spec, name: "self" }).statementName },
      ],
      ctx,
    );
    // Field rules first, then cross-field ones: compare as sets.
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        "statements[0].name",
        "statements[0].sql",
        "statements[0].pool",
        `statements[1].properties.${offsetCarryOverProperty}`,
        "statements[2].name",
        "statements[2].carryOffsetsFrom",
        "statements[3].carryOffsetsFrom",
      ].sort(),
    );
    const at = (path: string) => problems.find((p) => p.path === path);
    expect(at("statements[0].pool")).toMatchObject({ got: "nope", allowed: "one of the pools: etl, adhoc" });
    expect(at("statements[2].name")).toMatchObject({
      got: "orders-enrich",
      allowed: "a statement name not used by another statement",
    });
  });

  it("requires a database when there is no Kafka cluster", () => {
    expect(statementProblems([spec], { pools: ["etl"], hasDatabase: false })).toEqual([
      // The section's rule names the missing cluster; a statement can set the database itself.
      expect.objectContaining({ path: "kafka", got: {} }),
    ]);
    expect(
      statementProblems([{ ...spec, properties: { "sql.current-database": "cluster_0" } }], {
        pools: ["etl"],
        hasDatabase: false,
      }),
    ).toEqual([]);
  });

  it("limits base names so the versioned name stays a 63-character label", () => {
    const long = "a".repeat(55);
    expect(statementProblems([{ ...spec, name: long }], ctx).map((p) => p.path)).toEqual([
      "statements[0].name",
    ]);
    expect(planStatement({ ...spec, name: "a".repeat(54) }).statementName).toHaveLength(63);
  });
});

describe("statementReplaceOnChanges", () => {
  it("classifies statement SQL and name changes as replacements, stopped as in place", () => {
    const fields = statementReplaceOnChanges;
    expect(fields).toEqual(expect.arrayContaining(["statement", "statementName"]));
    expect(fields).not.toContain("stopped");
    expect(fields).not.toContain("properties");
  });
});
