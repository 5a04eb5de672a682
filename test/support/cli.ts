import * as fs from "node:fs";
import * as path from "node:path";
import { vi } from "vitest";
import { main } from "../../lib/cli";

/**
 * The CLI run in this process (fast, for refusals) and a folder snapshot to
 * prove a refused command changed nothing. A test that calls {@link runCli}
 * registers tsx's hook first: the CLI loads its commands with `require`.
 */

/** What one in-process CLI run returned and printed. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI with `args` (after `node flink-platform`), in `cwd` when given;
 * returns its exit code and everything it printed, console lines and direct
 * writes (as commander writes) alike, each console line ending in a newline.
 */
export async function runCli(args: readonly string[], cwd?: string): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const line = (a: unknown[]) => `${a.map(String).join(" ")}\n`;
  const spies = [
    vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void stdout.push(line(a))),
    vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void stderr.push(line(a))),
    vi.spyOn(console, "warn").mockImplementation((...a: unknown[]) => void stderr.push(line(a))),
    vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
      stdout.push(String(s));
      return true;
    }),
    vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
      stderr.push(String(s));
      return true;
    }),
  ];
  const cwdBefore = process.cwd();
  if (cwd !== undefined) process.chdir(cwd);
  try {
    const code = await main(["node", "flink-platform", ...args]);
    return { code, stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    process.chdir(cwdBefore);
    for (const s of spies) s.mockRestore();
  }
}

/** Every path under `dir` with its content (folders as "<dir>", links as "-> target"). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, full);
    if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(full)}`;
    else out[rel] = e.isDirectory() ? "<dir>" : fs.readFileSync(full, "utf8");
  }
  return out;
}
