import { describe, expect, it } from "vitest";
import { parseStackConfig } from "../../lib/stack-config";
import { stack } from "../support/config";
import { configErrorOf } from "../support/errors";

/** The problems (path, got, hint) parseStackConfig reports for `config`. */
const hintsOf = (config: Record<string, unknown>) =>
  configErrorOf(() => parseStackConfig(stack(config))).problems.map((p) => ({
    path: p.path,
    got: p.got,
    hint: p.hint,
  }));

const base = { environment: { name: "dev" } };

describe("did-you-mean for near-miss keys inside lists of objects (issue 16)", () => {
  it("GIVEN taskManager: 2 in a pool THEN taskManagers, which the number fits, is suggested (the value is not echoed: it may be a secret)", () => {
    expect(hintsOf({ ...base, pools: [{ name: "a" }, { name: "b", taskManager: 2 }] })).toEqual([
      {
        path: "flink-platform:pools[1].taskManager",
        got: 2,
        hint: 'did you mean "taskManagers"? the value fits taskManagers',
      },
    ]);
  });

  it("GIVEN taskManager with an object THEN no suggestion: the value fits the key it is under", () => {
    expect(hintsOf({ ...base, pools: [{ name: "a", taskManager: { cpu: "x" } }] })).toEqual([
      { path: "flink-platform:pools[0].taskManager.cpu", got: "x", hint: undefined },
    ]);
  });

  it("GIVEN taskManagers set as well THEN taskManager: 2 gets no suggestion (the near key is taken)", () => {
    expect(hintsOf({ ...base, pools: [{ name: "a", taskManagers: 3, taskManager: 2 }] })).toEqual([
      { path: "flink-platform:pools[0].taskManager", got: 2, hint: undefined },
    ]);
  });

  it("GIVEN an unknown key in a list item THEN the near key whose type fits is suggested", () => {
    expect(hintsOf({ ...base, pools: [{ name: "a", taskManagerz: { cpu: 1 } }] })).toEqual([
      {
        path: "flink-platform:pools[0].taskManagerz",
        got: { cpu: 1 },
        hint: 'unknown key (typo?): did you mean "taskManager"?',
      },
    ]);
    expect(hintsOf({ ...base, pools: [{ name: "a", taskManagerz: 2 }] })).toEqual([
      {
        path: "flink-platform:pools[0].taskManagerz",
        got: 2,
        hint: 'unknown key (typo?): did you mean "taskManagers"?',
      },
    ]);
  });
});
