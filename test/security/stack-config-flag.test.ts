import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, snapshot } from "../support/cli";
import { scratchProject, shippedStack } from "../support/project";

/**
 * synth's hidden `--stack-config` exists for `scale`, which writes its edited
 * stack file into a temporary folder of its own. A path a user gives there
 * must not make synth read (and echo in a parse error) any file on the machine.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), "stack-config-flag-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("synth --stack-config", () => {
  const proj = scratchProject(path.join(root, "proj"), { dev: shippedStack("dev") });
  const outside = path.join(root, "outside.yaml");
  fs.writeFileSync(outside, "config:\n  flink-platform:environment: { name: CANARY-outside-4c1d }\n  : :\n");

  it.each([
    ["a system file", "/etc/passwd"],
    ["a file outside scale's temporary folders", outside],
  ])("GIVEN %s THEN it is refused naming the flag, read nothing and wrote nothing", async (_, file) => {
    const before = snapshot(root);
    const r = await runCli(["--project-dir", proj, "synth", "dev", "--stack-config", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--stack-config");
    expect(r.stderr).toContain("an edited stack file that flink-platform scale wrote");
    expect(r.stderr).not.toMatch(/root:|CANARY-outside/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(root)).toEqual(before);
  });
});
