import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../lib/cli";
import { projectRoot } from "../support/synth";

/**
 * Issue 13's corpus: hostile input through the CLI entry `main(argv)`, in
 * this process (no child process but the one test that compares `check`
 * with a real synth). Every case must exit 1 with ONE message that names
 * the key or flag (one ConfigError block, or one `error:` line followed by
 * the command's usage), no stack trace, stdout empty, no secret value
 * printed, and the scratch project's files exactly as they were (no out
 * folder either).
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
(require("tsx/cjs/api") as { register(): void }).register();

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

const shipped = (stack: string) =>
  fs.readFileSync(path.join(projectRoot, "stacks", `Pulumi.${stack}.yaml`), "utf8");

/**
 * `<root>/proj`: this repo's Pulumi.yaml, stacks/sql and the given stack
 * files (`stacks/Pulumi.<name>.yaml`). No program: nothing here runs one.
 */
function scratch(stacks: Record<string, string>): { root: string; proj: string } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-hostile-cli-")));
  roots.push(root);
  const proj = path.join(root, "proj");
  fs.mkdirSync(path.join(proj, "stacks"), { recursive: true });
  fs.cpSync(path.join(projectRoot, "Pulumi.yaml"), path.join(proj, "Pulumi.yaml"));
  fs.cpSync(path.join(projectRoot, "stacks", "sql"), path.join(proj, "stacks", "sql"), { recursive: true });
  for (const [name, text] of Object.entries(stacks)) {
    fs.writeFileSync(path.join(proj, "stacks", `Pulumi.${name}.yaml`), text);
  }
  return { root, proj };
}

/** Every path under `dir` with its content (folders as "<dir>", links as "-> target"). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, full);
    if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(full)}`;
    else out[rel] = e.isDirectory() ? "<dir>" : fs.readFileSync(full, "utf8");
  }
  return out;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process with the given cwd; returns its exit code and
 * everything it printed (console and direct writes, as commander writes).
 */
async function run(cwd: string, ...args: string[]): Promise<Run> {
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
  process.chdir(cwd);
  try {
    const code = await main(["node", "flink-platform", ...args]);
    return { code, stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    process.chdir(cwdBefore);
    for (const s of spies) s.mockRestore();
  }
}

describe("check, scale and estimate --apply validate as synth does", () => {
  const token = "CANARY-token-7f3a9c";
  const staging = shipped("staging").replace(
    "  flink-platform:cmfToken:\n    secure: v1:REPLACE-WITH-pulumi-config-set-secret\n",
    `  flink-platform:cmfToken: ${token}\n`,
  );
  const { root, proj } = scratch({ dev: shipped("dev"), staging, "staging-ok": shipped("staging") });
  const plainToken = [
    "Invalid flink-platform stack configuration (1 problem):",
    "  - flink-platform:cmfToken",
    "      got:     (secret, not shown)",
    "      allowed: a secret set with --secret (encrypted in the stack file), not plain text",
    "      hint:    set it with: pulumi config set --secret flink-platform:cmfToken <value> (and rotate it if the plain text was ever committed)",
    "",
  ].join("\n");

  it("estimate --apply refuses a stack with a plain-text secret and writes nothing", async () => {
    const before = snapshot(root);
    const r = await run(
      proj,
      "estimate",
      "--records-per-second",
      "100",
      "--record-bytes",
      "100",
      "--pool",
      "sql",
      "--apply",
      "staging",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(plainToken);
    expect(snapshot(root)).toEqual(before);
  });

  it("scale refuses a stack with a plain-text secret before any synth, writing nothing", async () => {
    const before = snapshot(root);
    const r = await run(proj, "scale", "staging", "--pool", "sql", "--task-managers", "2");
    expect(r).toEqual({ code: 1, stdout: "", stderr: plainToken });
    expect(snapshot(root)).toEqual(before);
  });

  const unknown = (flag: string) =>
    [
      "Unknown stack (1 problem):",
      `  - ${flag}`,
      '      got:     "nope"',
      "      allowed: one of dev, staging, staging-ok",
      "      hint:    no file stacks/Pulumi.nope.yaml",
      "",
    ].join("\n");

  it("scale and estimate --apply on a missing stack say Unknown stack, as synth does", async () => {
    const before = snapshot(root);
    expect(await run(proj, "synth", "nope")).toEqual({ code: 1, stdout: "", stderr: unknown("<stack>") });
    expect(await run(proj, "scale", "nope", "--task-managers", "2")).toEqual({
      code: 1,
      stdout: "",
      stderr: unknown("<stack>"),
    });
    expect(
      await run(proj, "estimate", "--records-per-second", "100", "--record-bytes", "100", "--apply", "nope"),
    ).toEqual({ code: 1, stdout: "", stderr: unknown("--apply") });
    expect(snapshot(root)).toEqual(before);
  });
});
