import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { vi } from "vitest";
import { main } from "../../lib/cli";
import { cliBin } from "./synth";

/**
 * The CLI run in this process (fast, for refusals) or in its own, and a folder snapshot to
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

/**
 * Runs the CLI as a process of its own (bin/flink-platform.js), in `cwd` when
 * given, with `env` added to this process's, for a command that synthesizes
 * in its own process: `diff` its working tree's plan, `scale` (`estimate
 * --apply`, `advise --apply`) its plan after. Pulumi's runtime, global to a
 * process, must not be this worker's, which other test files share.
 */
export function runCliProcess(
  args: readonly string[],
  cwd?: string,
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliBin, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => stdout.push(b));
    child.stderr.on("data", (b: Buffer) => stderr.push(b));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    );
  });
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
