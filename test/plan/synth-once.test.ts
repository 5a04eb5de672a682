import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/core/errors";
import { synthStack } from "../../lib/plan/synth";
import { scratchProject } from "../support/project";
import { tempDir } from "../support/temp-dirs";

const dir = tempDir("flink-platform-once-");

describe("synthStack runs once per process, counted from the program's start", () => {
  it("GIVEN a stack file refused before the program runs THEN a second call gets the same refusal, not 'runs once'", async () => {
    scratchProject(dir, { bad: "config: [unclosed\n" }, { program: false });
    const refusal = async () => {
      const err: unknown = await synthStack("bad", { projectDir: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    };
    const first = await refusal();
    expect(first).toBe(
      [
        "Cannot read a YAML file (1 problem):",
        "  - stacks/Pulumi.bad.yaml:2:1",
        '      got:     "Flow sequence in block collection must be sufficiently indented and end with a ]"',
        "      allowed: valid YAML with one document",
      ].join("\n"),
    );
    expect(await refusal()).toBe(first);
  });
});
