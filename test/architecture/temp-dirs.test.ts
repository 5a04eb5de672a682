import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { TestProject } from "vitest/node";
import setupRun from "../support/global-synth";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

const testRoot = path.resolve(__dirname, "..");
const repoRoot = path.dirname(testRoot);

/** Every source file under test/ (TypeScript or JavaScript), relative to the repository root. */
function testFiles(dir = testRoot): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return /\.[cm]?[jt]s$/.test(e.name) ? [path.relative(repoRoot, p)] : [];
  });
}

/** A call that makes a temporary folder some other way than tempDir: mkdtemp (any form) or cdk8s's Testing app. */
const otherMaker = /\bmkdtemp\w*\s*\(|\bTesting\s*\.\s*(chart|app)\s*\(/;

/** A test run leaves nothing in the system's temporary folder (test/support/temp-dirs.ts). */
describe("test temporary folders", () => {
  it("are made only through tempDir (and the global setup's own, removed at teardown)", () => {
    // The helper, the run's folder, and this file (whose strings below spell each form).
    const allowed = [
      "test/support/temp-dirs.ts",
      "test/support/global-synth.ts",
      "test/architecture/temp-dirs.test.ts",
    ];
    const makers = testFiles().filter(
      (f) => !allowed.includes(f) && otherMaker.test(fs.readFileSync(path.join(repoRoot, f), "utf8")),
    );
    expect(makers).toEqual([]);
    // The pattern itself: each form it must catch.
    const forms = [
      "fs.mkdtempSync(p)",
      "mkdtemp (p)",
      "fsp.mkdtemp(p)",
      "Testing.app()",
      "Testing . chart()",
    ];
    expect(forms.filter((f) => !otherMaker.test(f))).toEqual([]);
  });

  it("GIVEN folders made by a file WHEN its tests end THEN they are gone, contents and all", () => {
    const dirs = [tempDir("flink-platform-temp-a-"), tempDir("flink-platform-temp-b-")];
    fs.mkdirSync(path.join(dirs[0], "nested"));
    fs.writeFileSync(path.join(dirs[0], "nested", "file"), "x");
    // Inside the run's folder, itself in the system's temporary folder and removed after the run, whatever happens.
    const run = inject("testTempRoot");
    expect(dirs.map((d) => path.dirname(d))).toEqual([run, run]);
    expect(path.dirname(run)).toBe(fs.realpathSync(os.tmpdir()));
    removeTempDirs();
    expect(dirs.filter((d) => fs.existsSync(d))).toEqual([]);
  });

  it("GIVEN a folder a file left behind (its after-hooks never ran: skipped, or failed while loading) WHEN the run ends THEN the global setup's teardown removes it", () => {
    const provided: Record<string, string> = {};
    const project = { provide: (key: string, value: string) => (provided[key] = value) };
    const teardown = setupRun(project as unknown as TestProject);
    const left = path.join(provided.testTempRoot, "flink-platform-left-", "nested");
    fs.mkdirSync(left, { recursive: true });
    expect(provided.shippedSynthDir).toBe(path.join(provided.testTempRoot, "shipped"));
    teardown();
    expect(fs.existsSync(provided.testTempRoot)).toBe(false);
  });
});
