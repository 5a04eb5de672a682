import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll } from "vitest";

/**
 * For a test file: a function that makes a fresh temporary folder named
 * `<prefix>...` (its real path, so it compares with what the code resolves),
 * each removed after the file's tests.
 */
export function tmpRoots(prefix: string): () => string {
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    roots.push(dir);
    return dir;
  };
}
