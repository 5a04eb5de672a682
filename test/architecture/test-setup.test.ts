import { describe, expect, it } from "vitest";
import { registerTsOnce } from "../support/require-ts";

/** The test setup shares one worker between files: what it installs, it installs once. */
describe("the test setup in a shared worker", () => {
  it("GIVEN the setup ran for this file THEN registering tsx again leaves Node's resolver as it was", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Module = require("node:module") as { _resolveFilename: unknown };
    const resolver = Module._resolveFilename;
    expect(registerTsOnce()).toBe(false);
    expect(Module._resolveFilename).toBe(resolver);
  });

  it("GIVEN a machine that sets NODE_EXTRA_CA_CERTS THEN the workers, and what they spawn, run without it (vitest.config.mts)", () => {
    expect(process.env.NODE_EXTRA_CA_CERTS).toBeUndefined();
  });
});
