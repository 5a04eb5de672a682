import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCloudConfig } from "../../lib/cloud/config";
import {
  describeBytes,
  inProject,
  projectRoot,
  readBoundedFile,
  readProjectFile,
  readProjectFileOrRefuse,
  sqlFileRule,
} from "../../lib/core/files";
import { tempDir } from "../support/temp-dirs";

/** A project directory with `stacks/sql/ok.sql` and a `.env`, next to a folder `outside/`. */
function layout(): { dir: string; base: string } {
  const base = tempDir("flink-platform-files-");
  const dir = path.join(base, "project");
  fs.mkdirSync(path.join(dir, "stacks", "sql"), { recursive: true });
  fs.writeFileSync(path.join(dir, "stacks", "sql", "ok.sql"), "SELECT 1;\n");
  fs.writeFileSync(path.join(dir, ".env"), "TOKEN=do-not-leak\n");
  fs.mkdirSync(path.join(base, "outside"));
  fs.writeFileSync(path.join(base, "outside", "x.sql"), "SECRET\n");
  return { dir, base };
}

describe("readProjectFileOrRefuse", () => {
  it("reads a .sql file inside the project, also through .. that stays inside and an inside symlink", () => {
    const { dir } = layout();
    fs.symlinkSync("ok.sql", path.join(dir, "stacks", "sql", "link.sql"));
    for (const rel of ["stacks/sql/ok.sql", "stacks/../stacks/sql/ok.sql", "stacks/sql/link.sql"]) {
      expect(readProjectFileOrRefuse(dir, rel, sqlFileRule), rel).toEqual({ text: "SELECT 1;\n" });
    }
  });

  it("GIVEN a .sql symlink to a file of another name inside THEN the extension rule names the target", () => {
    const { dir } = layout();
    fs.symlinkSync(path.join(dir, ".env"), path.join(dir, "stacks", "sql", "env.sql"));
    expect(readProjectFileOrRefuse(dir, "stacks/sql/env.sql", sqlFileRule)).toEqual({
      allowed: "a file name ending in .sql",
      found: "a symbolic link to .env",
    });
  });

  it("GIVEN a folder symlink that leads outside THEN the file under it is outside", () => {
    const { dir, base } = layout();
    fs.symlinkSync(path.join(base, "outside"), path.join(dir, "stacks", "linked"));
    expect(readProjectFileOrRefuse(dir, "stacks/linked/x.sql", sqlFileRule)).toEqual({
      allowed: "a path inside the project directory (symbolic links followed)",
      found: `a path that resolves to ${path.join(base, "outside", "x.sql")}`,
    });
  });

  it("GIVEN a Windows drive path THEN it is not relative", () => {
    expect(readProjectFileOrRefuse(layout().dir, "C:\\secrets\\x.sql", sqlFileRule)).toEqual({
      allowed: "a path relative to the project directory",
    });
  });
});

describe("readProjectFile", () => {
  it("GIVEN a file outside THEN one ConfigError names the key, the value and the rule", () => {
    const { dir } = layout();
    expect(() => readProjectFile(dir, "a:key", "../outside/x.sql", sqlFileRule)).toThrow(
      [
        "Invalid flink-platform stack configuration (1 problem):",
        "  - a:key",
        '      got:     "../outside/x.sql"',
        "      allowed: a path inside the project directory (symbolic links followed)",
      ].join("\n"),
    );
  });
});

describe("statement files", () => {
  const section = (files: string[]) => ({
    cloud: "AWS",
    region: "us-east-1",
    kafka: { clusterId: "lkc-abc123" },
    pools: [{ name: "p", maxCfu: 5 }],
    statements: files.map((file, i) => ({ name: `s${i}`, file, pool: "p" })),
  });

  it("are read relative to the project the parse runs in, the cwd outside one", () => {
    const { dir } = layout();
    const parsed = inProject(dir, () =>
      parseCloudConfig(section(["stacks/sql/ok.sql", "stacks/sql/ok.sql"])),
    );
    expect(parsed.statements.map((s) => s.sql)).toEqual(["SELECT 1;\n", "SELECT 1;\n"]);
    expect(projectRoot()).toBe(process.cwd());
    expect(() => parseCloudConfig(section(["stacks/sql/ok.sql"]))).toThrow(
      "flink-platform:cloud.statements[0].file",
    );
  });
});

describe("readBoundedFile", () => {
  it.skipIf(!fs.existsSync("/dev/zero"))("GIVEN /dev/zero THEN it is refused without being read", () => {
    expect(readBoundedFile("/dev/zero", 10)).toEqual({
      allowed: "a regular file",
      found: "a character device",
    });
  });

  it.skipIf(!fs.existsSync("/proc/self/status"))(
    "GIVEN a file whose size says 0 but holds more (/proc) THEN the read stops one byte past the cap",
    () => {
      expect(fs.statSync("/proc/self/status").size).toBe(0);
      expect(readBoundedFile("/proc/self/status", 10)).toEqual({
        allowed: "a file of at most 10 bytes",
        found: "more than 10 bytes",
      });
    },
  );

  it("reads a file of exactly the cap", () => {
    const { dir } = layout();
    expect(readBoundedFile(path.join(dir, "stacks", "sql", "ok.sql"), 10)).toEqual({ text: "SELECT 1;\n" });
    expect(readBoundedFile(path.join(dir, "stacks", "sql", "ok.sql"), 9)).toEqual({
      allowed: "a file of at most 9 bytes",
      found: "10 bytes",
    });
  });

  it("describes sizes in the unit they are a whole multiple of", () => {
    expect([1048576, 262144, 1000].map(describeBytes)).toEqual([
      "1 MiB (1048576 bytes)",
      "256 KiB (262144 bytes)",
      "1000 bytes",
    ]);
  });
});
