import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module without declarations (it runs before anything is built).
import * as typecheck from "../../scripts/typecheck-cache.mjs";
import { tempDir } from "../support/temp-dirs";

const { buildInfoFile, discardStaleBuildInfo, keyFile } = typecheck as {
  buildInfoFile: string;
  keyFile: string;
  discardStaleBuildInfo(root: string): boolean;
};

const root = path.resolve(__dirname, "..", "..");

/**
 * `npm run typecheck` keeps tsc's build info only for the installed tree it
 * was made with: tsc's build mode does not look at the dependencies'
 * declaration files, so after an install it would answer "up to date".
 */
describe("the typecheck's build info", () => {
  let dir: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const buildInfoKept = () => fs.existsSync(path.join(dir, buildInfoFile));

  beforeEach(() => {
    dir = tempDir("flink-platform-typecheck-");
    write("node_modules/.package-lock.json", '{"packages":{"node_modules/typescript":{"version":"5.9.3"}}}');
    write(buildInfoFile, "{}");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("GIVEN no key on record THEN the build info is discarded and the key recorded", () => {
    expect(discardStaleBuildInfo(dir)).toBe(true);
    expect(buildInfoKept()).toBe(false);
    expect(fs.readFileSync(path.join(dir, keyFile), "utf8")).toMatch(
      /^node_modules\/\.package-lock\.json [0-9a-f]{64}$/,
    );
  });

  it("GIVEN the same installed tree THEN the build info is kept", () => {
    discardStaleBuildInfo(dir);
    write(buildInfoFile, "{}");
    expect(discardStaleBuildInfo(dir)).toBe(false);
    expect(buildInfoKept()).toBe(true);
  });

  it("GIVEN another install (a dependency's version changed) THEN the build info is discarded", () => {
    discardStaleBuildInfo(dir);
    write(buildInfoFile, "{}");
    write("node_modules/.package-lock.json", '{"packages":{"node_modules/typescript":{"version":"5.9.4"}}}');
    expect(discardStaleBuildInfo(dir)).toBe(true);
    expect(buildInfoKept()).toBe(false);
  });

  it("GIVEN an install by another package manager (its lockfile changed) THEN the build info is discarded", () => {
    write("yarn.lock", "a@1\n");
    discardStaleBuildInfo(dir);
    write(buildInfoFile, "{}");
    write("yarn.lock", "a@2\n");
    expect(discardStaleBuildInfo(dir)).toBe(true);
    expect(buildInfoKept()).toBe(false);
  });

  it("GIVEN no record of the installed tree THEN the lockfile is the key", () => {
    fs.rmSync(path.join(dir, "node_modules", ".package-lock.json"));
    write("package-lock.json", "{}");
    discardStaleBuildInfo(dir);
    expect(fs.readFileSync(path.join(dir, keyFile), "utf8")).toMatch(/^package-lock\.json [0-9a-f]{64}$/);
  });

  it("is the build info tsconfig.typecheck.json writes, for tsconfig.json's project, run by `npm run typecheck`", () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.typecheck.json"), "utf8"));
    expect(config).toEqual({
      extends: "./tsconfig.json",
      compilerOptions: {
        noEmit: true,
        incremental: true,
        tsBuildInfoFile: buildInfoFile.split(path.sep).join("/"),
      },
    });
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.scripts.typecheck).toBe("node scripts/typecheck.mjs");
  });

  it("GIVEN the script run through a symbolic link to the project THEN it still runs tsc -b with its arguments and exits with its code", () => {
    // A copy of the script in a project whose tsc is a stand-in that prints its arguments and exits 3.
    for (const file of ["typecheck.mjs", "typecheck-cache.mjs"]) {
      write(`scripts/${file}`, fs.readFileSync(path.join(root, "scripts", file), "utf8"));
    }
    write(
      "node_modules/typescript/bin/tsc",
      "console.log(JSON.stringify(process.argv.slice(2))); process.exit(3);\n",
    );
    const link = `${dir}-link`;
    fs.symlinkSync(dir, link);
    try {
      const run = spawnSync(process.execPath, [path.join(link, "scripts", "typecheck.mjs"), "--force"], {
        encoding: "utf8",
      });
      expect({ status: run.status, stdout: run.stdout }).toEqual({
        status: 3,
        stdout: '["-b","tsconfig.typecheck.json","--force"]\n',
      });
    } finally {
      fs.unlinkSync(link);
    }
  });
});
