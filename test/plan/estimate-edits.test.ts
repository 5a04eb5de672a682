import { describe, expect, it } from "vitest";
import { editStackFile } from "../../lib/core/edit";
import { estimate } from "../../lib/core/estimate";
import {
  choosePool,
  cloudPoolEdits,
  declaredPools,
  kubernetesPoolEdits,
  poolsPathOf,
  proposeMaxCfu,
} from "../../lib/plan/estimate-edits";
import { configErrorOf } from "../support/errors";

const e = estimate({
  recordsPerSecond: 20_000,
  avgRecordBytes: 512,
  mix: { simple: 1, medium: 0, complex: 0 },
  jobs: 1,
});

const twoPools = [
  "config:",
  "  flink-platform:pools:",
  "    - name: critical",
  "      namespace: flink-jobs",
  "      taskManagers: 4",
  "      slots: 2",
  "    - name: analytics",
  "      taskManagers: 2",
  "",
].join("\n");

const cloudPools = [
  "config:",
  "  flink-platform:cloud:",
  "    pools:",
  "      - name: critical",
  "        maxCfu: 50",
  "      - name: shared",
  "        maxCfu: 5",
  "",
].join("\n");

describe("choosePool", () => {
  it("takes the only pool when --pool is omitted, and the named one otherwise", () => {
    expect(choosePool(["default"], undefined, false)).toEqual({ name: "default", index: 0, create: false });
    expect(choosePool(["critical", "analytics"], "analytics", false)).toEqual({
      name: "analytics",
      index: 1,
      create: false,
    });
  });

  it("adds a pool only with --create-pool, at the end of the list", () => {
    expect(choosePool(["critical", "analytics"], "batch", true)).toEqual({
      name: "batch",
      index: 2,
      create: true,
    });
    expect(choosePool([], "first", true)).toEqual({ name: "first", index: 0, create: true });
  });

  it("refuses a stack without pools unless asked to create one", () => {
    expect(configErrorOf(() => choosePool([], undefined, false)).message).toBe(
      [
        "Invalid estimate flags (1 problem):",
        "  - --pool",
        "      got:     (not set)",
        "      allowed: a declared pool (none declared)",
        "      hint:    add --create-pool --pool <name> to add one",
      ].join("\n"),
    );
  });
});

describe("kubernetesPoolEdits", () => {
  it("edits only the chosen pool's four keys, keeping its other keys and the other pools", () => {
    const choice = choosePool(declaredPools(twoPools, poolsPathOf(false)), "critical", false);
    expect(editStackFile(twoPools, kubernetesPoolEdits(choice, e))).toBe(
      twoPools.replace(
        "      taskManagers: 4\n      slots: 2\n",
        "      taskManagers: 2\n      slots: 1\n      taskManager:\n        cpu: 1\n        memory: 4Gi\n",
      ),
    );
  });

  it("appends a created pool whole", () => {
    const choice = choosePool(declaredPools(twoPools, poolsPathOf(false)), "batch", true);
    expect(editStackFile(twoPools, kubernetesPoolEdits(choice, e))).toBe(
      `${twoPools}    - name: batch\n      taskManagers: 2\n      slots: 1\n      taskManager:\n        cpu: 1\n        memory: 4Gi\n`,
    );
  });
});

describe("proposeMaxCfu and cloudPoolEdits", () => {
  it("rounds the CFUs up to the next allowed maxCfu, and caps at the largest with a note", () => {
    expect([1, 5, 6, 13, 50].map((c) => proposeMaxCfu(c).maxCfu)).toEqual([5, 5, 10, 20, 50]);
    expect(proposeMaxCfu(51)).toEqual({
      maxCfu: 50,
      note: "the estimate needs 51 CFU, more than the largest maxCfu (50): split the statements over pools",
    });
  });

  it("raises a pool's maxCfu, never lowers it, and creates a pool only when chosen so", () => {
    const names = declaredPools(cloudPools, poolsPathOf(true));
    expect(cloudPoolEdits(cloudPools, choosePool(names, "shared", false), 20)).toEqual({
      edits: [{ path: ["flink-platform:cloud", "pools", 1, "maxCfu"], value: 20 }],
    });
    expect(cloudPoolEdits(cloudPools, choosePool(names, "critical", false), 20)).toEqual({
      edits: [],
      kept: "pool critical keeps maxCfu 50 (the estimate proposes 20): Confluent Cloud does not support decreasing Max CFU",
    });
    expect(cloudPoolEdits(cloudPools, choosePool(names, "shared", false), 5)).toEqual({
      edits: [],
      kept: "pool shared already has maxCfu 5, as the estimate proposes",
    });
    expect(cloudPoolEdits(cloudPools, choosePool(names, "batch", true), 10)).toEqual({
      edits: [{ path: ["flink-platform:cloud", "pools", 2], value: { name: "batch", maxCfu: 10 } }],
    });
  });
});
