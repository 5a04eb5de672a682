import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dirs";

const root = path.resolve(__dirname, "..", "..");

/**
 * `npm run synth -- <stack>` in a clone of this repository: npm puts only
 * node_modules/.bin on PATH, and a package's own bin is never linked there,
 * so the script must run the CLI by its path (it said `flink-platform synth`,
 * which failed with "flink-platform: not found").
 */
describe("npm run synth", () => {
  it("runs this repository's CLI", () => {
    const npm = process.env.npm_execpath
      ? [process.execPath, process.env.npm_execpath]
      : [process.platform === "win32" ? "npm.cmd" : "npm"];
    const run = spawnSync(npm[0], [...npm.slice(1), "run", "-s", "synth", "--", "--help"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Usage: flink-platform synth [options] <stack>");
  });
});

const scripts = (
  JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

/**
 * The command a script's words run: past `VAR=value` assignments and `npx` / `npm exec`, by its
 * file name (`node_modules/.bin/prettier` is prettier).
 */
function toolOf(words: string[]): { tool: string; args: string[] } {
  let i = 0;
  while (/^\w+=/.test(words[i] ?? "")) i++;
  if (words[i] === "npx") i++;
  else if (words[i] === "npm" && words[i + 1] === "exec") i += 2;
  return { tool: path.basename(words[i] ?? ""), args: words.slice(i + 1) };
}

/** The script and the arguments for it of an `npm run [-s] <script> [-- args]` command, if it is one. */
function npmRun(words: string[]): { script: string; extra: string[] } | undefined {
  const { tool, args } = toolOf(words);
  if (tool !== "npm" || args[0] !== "run") return undefined;
  let i = 1;
  while (args[i]?.startsWith("-")) i++; // npm's own flags (-s)
  const after = args.slice(i + 1);
  return { script: args[i], extra: after[0] === "--" ? after.slice(1) : after };
}

/**
 * The commands `script` runs (split where a shell chains or pipes them), following `npm run` into the
 * scripts it names; `extra` is appended where npm appends it, to the script's last command.
 */
function commandsOfScript(
  script: string,
  extra: string[] = [],
): { words: string[]; tool: string; args: string[] }[] {
  const parts = scripts[script].split(/&&|\|\||;|\|/).map((command) => command.trim().split(/\s+/));
  return parts.flatMap((words, i) => {
    const all = i === parts.length - 1 ? [...words, ...extra] : words;
    const run = npmRun(all);
    return run ? commandsOfScript(run.script, run.extra) : [{ words: all, ...toolOf(all) }];
  });
}

/** Every command of every script, by script name. */
const commands = Object.keys(scripts).flatMap((name) =>
  commandsOfScript(name).map((command) => ({ name, ...command })),
);

/** Every `<tool> ...` command of every script, as [script name, arguments]. */
function commandsOf(tool: string): [string, string[]][] {
  return commands.filter((c) => c.tool === tool).map((c): [string, string[]] => [c.name, c.args]);
}

/** The arguments of `script`'s `tool` command. */
function argsOf(tool: string, script: string): string[] {
  const command = commandsOf(tool).find(([name]) => name === script);
  if (!command) throw new Error(`no ${tool} command in the ${script} script`);
  return command[1];
}

/** The cache flags among `args` (`--cache`, `--cache-strategy x`, `--cache-location=x`), sorted, as `--flag=value`. */
function cacheFlags(args: string[]): string[] {
  return args
    .flatMap((arg, i) => {
      if (arg === "--cache") return [arg];
      if (!arg.startsWith("--cache-")) return [];
      return [arg.includes("=") ? arg : `${arg}=${args[i + 1]}`];
    })
    .sort();
}

/**
 * prettier deletes its cache file when it runs without `--cache` (and
 * without `--cache-location`), so `npm run format`, which ran
 * `prettier --write .`, made the next `npm test` check every file again
 * (about 14 s of CPU). Every script that runs prettier or eslint uses the
 * cache flags of its check (`lint:prettier`, `lint:eslint`): one cache each.
 * `format` runs the two check scripts themselves, with `--write` and `--fix`.
 */
describe("scripts that run prettier or eslint keep the checks' caches", () => {
  it.each([
    ["prettier", "lint:prettier"],
    ["eslint", "lint:eslint"],
  ])("every %s command carries the cache flags of %s", (tool, check) => {
    const expected = cacheFlags(argsOf(tool, check));
    expect(expected.length).toBeGreaterThan(0);
    const runs = commandsOf(tool);
    expect(runs.map(([name]) => name)).toContain("format");
    for (const [name, args] of runs) expect(cacheFlags(args), name).toEqual(expected);
  });

  it("finds every prettier and eslint command: none is run some way the check above does not read", () => {
    // A command with either tool in a word's path (`node_modules/prettier/bin/prettier.cjs`, `.bin/eslint`).
    const tools = ["prettier", "eslint"];
    const named = commands.filter(({ words }) =>
      words.some((w) => w.split("/").some((segment) => tools.includes(segment))),
    );
    const unread = named.filter((c) => !tools.includes(c.tool)).map((c) => `${c.name}: ${c.words.join(" ")}`);
    expect(unread).toEqual([]);
    expect(named.map((c) => c.name).sort()).toEqual([
      "format",
      "format",
      "lint",
      "lint",
      "lint:eslint",
      "lint:prettier",
    ]);
  });

  it("GIVEN the checks' prettier cache THEN `npm run format`'s prettier keeps it (prettier without --cache deletes it)", () => {
    // A project of its own: prettier finds its cache folder from the nearest package.json.
    const dir = tempDir("flink-platform-prettier-cache-");
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ private: true }, null, 2)}\n`);
    fs.writeFileSync(path.join(dir, "a.ts"), "const a = 1;\n");
    const cacheFile = path.join(dir, "node_modules", ".cache", "prettier", ".prettier-cache");
    const prettier = (args: string[]) =>
      spawnSync(
        process.execPath,
        [path.join(root, "node_modules", "prettier", "bin", "prettier.cjs"), ...args],
        // CACHE_DIR would move prettier's cache folder out of the project.
        { cwd: dir, encoding: "utf8", env: { ...process.env, CACHE_DIR: undefined } },
      );
    const check = argsOf("prettier", "lint:prettier");
    const first = prettier(check);
    expect([first.stdout + first.stderr, first.status]).toEqual(["", 0]);
    expect(fs.existsSync(cacheFile)).toBe(true);
    // The premise: a run without the cache flags deletes the file.
    expect(prettier(["--check", "a.ts"]).status).toBe(0);
    expect(fs.existsSync(cacheFile)).toBe(false);
    expect(prettier(check).status).toBe(0);
    const cached = fs.readFileSync(cacheFile, "utf8");
    // WHEN the format script's prettier runs
    const format = argsOf("prettier", "format");
    const run = prettier(format);
    expect([run.stdout + run.stderr, run.status]).toEqual(["", 0]);
    // THEN the checks' cache is still there, and format answered from it: not one entry rewritten
    expect(fs.readFileSync(cacheFile, "utf8")).toBe(cached);
  });
});
