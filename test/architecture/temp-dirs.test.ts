import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

const testRoot = path.resolve(__dirname, "..");

/** Every `.ts` file under test/, relative to the repository root. */
function testFiles(dir = testRoot): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return e.name.endsWith(".ts") ? [path.relative(path.dirname(testRoot), p)] : [];
  });
}

/** A test run leaves nothing in the system's temporary folder (test/support/temp-dirs.ts). */
describe("test temporary folders", () => {
  it("are made only through tempDir (and the global setup's own, removed at teardown)", () => {
    const allowed = ["test/support/temp-dirs.ts", "test/support/global-synth.ts"];
    const makers = testFiles().filter(
      (f) =>
        !allowed.includes(f) && /\bmkdtemp(Sync)?\(|Testing\.(chart|app)\(/.test(fs.readFileSync(f, "utf8")),
    );
    expect(makers).toEqual([]);
  });

  it("GIVEN folders made by a file WHEN its tests end THEN they are gone, contents and all", () => {
    const dirs = [tempDir("flink-platform-temp-a-"), tempDir("flink-platform-temp-b-")];
    fs.mkdirSync(path.join(dirs[0], "nested"));
    fs.writeFileSync(path.join(dirs[0], "nested", "file"), "x");
    expect(dirs.every((d) => path.dirname(d) === fs.realpathSync(os.tmpdir()))).toBe(true);
    removeTempDirs();
    expect(dirs.filter((d) => fs.existsSync(d))).toEqual([]);
  });
});
