import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { readBlobs } from "../../lib/plan/git";
import { git } from "../support/git-project";
import { tempDir } from "../support/temp-dirs";

/** A repository holding `files`; returns its folder and each file's blob id. */
function repo(files: Record<string, string>): { dir: string; ids: string[] } {
  const dir = tempDir("flink-platform-git-");
  git(dir, "init", "-q");
  const ids = Object.entries(files).map(([name, text]) => {
    fs.writeFileSync(path.join(dir, name), text);
    return git(dir, "hash-object", "-w", name).trim();
  });
  return { dir, ids };
}

describe("readBlobs (one git cat-file --batch for every file a base reads)", () => {
  it("GIVEN blobs within their limits THEN their contents in order, an empty one and a repeated one included", async () => {
    const { dir, ids } = repo({ "a.sql": "SELECT 1;\n", "empty.sql": "", "b.yaml": "config:\n  x: 1\n" });
    const blobs = await readBlobs(dir, [ids[0], ids[1], ids[2], ids[0]], [10, 10, 100, 10]);
    expect(blobs?.map((b) => b.toString("utf8"))).toEqual([
      "SELECT 1;\n",
      "",
      "config:\n  x: 1\n",
      "SELECT 1;\n",
    ]);
    expect(await readBlobs(dir, [], [])).toEqual([]);
  });

  it("GIVEN a blob one byte over its limit, or far over every limit THEN undefined", async () => {
    const { dir, ids } = repo({ "a.sql": "SELECT 1;\n", "big.sql": "x".repeat(4 * 1024 * 1024) });
    expect(await readBlobs(dir, [ids[0]], [9])).toBeUndefined();
    // Stopped before 4 MiB are held: the output passes what two small limits allow.
    expect(await readBlobs(dir, [ids[1], ids[0]], [100, 100])).toBeUndefined();
  });
});
