import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, snapshot } from "../support/cli";
import { scratchProject, shippedStack } from "../support/project";
import { tempDir } from "../support/temp-dirs";

/**
 * synth once had a hidden `--stack-config <file>` for `scale`, whose plan
 * after ran in a child that read the edited stack file from a temporary
 * folder. That plan is now synthesized in scale's own process, so the flag is
 * gone: no path a user gives synth can make it read (and echo in a parse
 * error) any file on the machine.
 */
const root = tempDir("stack-config-flag-");

describe("synth --stack-config", () => {
  const proj = scratchProject(path.join(root, "proj"), { dev: shippedStack("dev") });
  const outside = path.join(root, "outside.yaml");
  fs.writeFileSync(outside, "config:\n  flink-platform:environment: { name: CANARY-outside-4c1d }\n  : :\n");

  it.each([
    ["a system file", "/etc/passwd"],
    ["a file outside the project", outside],
  ])("GIVEN %s THEN it is an unknown option: nothing read, nothing written", async (_, file) => {
    const before = snapshot(root);
    const r = await runCli(["--project-dir", proj, "synth", "dev", "--stack-config", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe("error: unknown option '--stack-config'");
    expect(r.stderr).not.toMatch(/root:|CANARY-outside/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(root)).toEqual(before);
  });
});
