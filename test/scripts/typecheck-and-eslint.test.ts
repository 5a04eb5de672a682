import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
// @ts-expect-error: a plain .mjs module without declarations (it runs before anything is built).
import * as script from "../../scripts/typecheck-and-eslint.mjs";
import { tempDir } from "../support/temp-dirs";

const { eslint, main, typecheck } = script as {
  main(args: string[]): Promise<number>;
  typecheck(root: string): { errors: number; output: string; program: object | undefined };
  eslint(
    root: string,
    program?: object,
  ): Promise<{ errors: number; output: string; parsed: { program: number; own: number } }>;
};

/**
 * `npm run typecheck-and-eslint` (what `npm test` runs for tsc and eslint):
 * one TypeScript program for both, each with the cache its own script keeps.
 * Its two steps run here, in a small project with this repo's tsconfig files
 * and eslint config, its packages symlinked from this repo's node_modules one
 * by one (so the caches they write in node_modules/.cache are the project's,
 * never this repo's).
 */

const root = path.resolve(__dirname, "..", "..");
const linked = ["typescript", "eslint", "typescript-eslint", "eslint-config-prettier", "@pulumi"];
const eslintCache = path.join("node_modules", ".cache", "eslint");
const buildInfo = path.join("node_modules", ".cache", "tsc", "typecheck.tsbuildinfo");

let dir: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};
const copy = (file: string) => write(file, fs.readFileSync(path.join(root, file), "utf8"));

/** Both steps in the project, as the script runs them. */
async function check() {
  const types = typecheck(dir);
  const lint = await eslint(dir, types.program);
  return {
    errors: { typecheck: types.errors, eslint: lint.errors },
    output: types.output + lint.output,
    program: types.program === undefined ? "none" : "the typecheck's",
    /** How many TypeScript files eslint's rules got types for from the typecheck's program, and from one of its own. */
    parsed: lint.parsed,
  };
}

/**
 * The config hash eslint's cache keys each file's result by, by file. The cache
 * file is flatted JSON: an array whose first item maps each file to the index
 * of its entry, whose `hashOfConfig` is the index of the hash.
 */
function cachedConfigHashes(): Record<string, string> {
  const files = fs.readdirSync(path.join(dir, eslintCache));
  expect(files).toHaveLength(1);
  const items = JSON.parse(fs.readFileSync(path.join(dir, eslintCache, files[0]), "utf8")) as unknown[];
  const entries = items[0] as Record<string, string>;
  return Object.fromEntries(
    Object.entries(entries).map(([file, entry]) => [
      path.relative(dir, file),
      items[Number((items[Number(entry)] as { hashOfConfig: string }).hashOfConfig)] as string,
    ]),
  );
}

beforeAll(() => {
  dir = tempDir("flink-platform-typecheck-and-eslint-");
  for (const entry of linked) {
    fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    fs.symlinkSync(path.join(root, "node_modules", entry), path.join(dir, "node_modules", entry), "junction");
  }
  for (const file of ["eslint.config.mjs", "tsconfig.typecheck.json"]) copy(file);
  write("package.json", '{ "name": "fixture", "private": true }\n');
  write(
    "tsconfig.json",
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022"],
        strict: true,
        module: "commonjs",
        moduleResolution: "node",
        types: [],
        skipLibCheck: true,
      },
      include: ["lib/**/*.ts"],
    }),
  );
});

afterAll(() => {
  // The links first, so removing the project can never reach this repo's node_modules.
  for (const entry of linked) fs.unlinkSync(path.join(dir, "node_modules", entry));
});

describe("typecheck-and-eslint", () => {
  const clean = { errors: { typecheck: 0, eslint: 0 }, output: "" };

  it("GIVEN clean sources and no caches THEN both pass, eslint on the program the typecheck built, and both caches are kept", async () => {
    write("lib/index.ts", "export const size: number = 3;\n");
    expect(await check()).toEqual({ ...clean, program: "the typecheck's", parsed: { program: 1, own: 0 } });
    expect(fs.existsSync(path.join(dir, buildInfo))).toBe(true);
    expect(Object.keys(cachedConfigHashes()).sort()).toEqual(["eslint.config.mjs", "lib/index.ts"]);
  });

  it("GIVEN `npm run lint:eslint` after it THEN that run finds every result in the same cache: the config's hash is unchanged by the wrapped parser", () => {
    const before = cachedConfigHashes();
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const flags = (pkg.scripts["lint:eslint"] as string).split(" ").slice(1);
    const run = spawnSync(
      process.execPath,
      [path.join(dir, "node_modules", "eslint", "bin", "eslint.js"), ...flags],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 0,
      stdout: "",
      stderr: "",
    });
    expect(cachedConfigHashes()).toEqual(before);
  });

  it("GIVEN nothing changed THEN the typecheck answers from its build info, without a program", async () => {
    expect(await check()).toEqual({ ...clean, program: "none", parsed: { program: 0, own: 0 } });
  });

  it("GIVEN a file edited and one added while the typecheck ran THEN eslint lints what is on disk, not the program's copies (review finding: the cache kept a stale result)", async () => {
    write("lib/index.ts", "export const size: number = 4;\n");
    const { program } = typecheck(dir);
    expect(program).toBeDefined();
    // Saved after the program read them:
    write("lib/index.ts", "export const size: number = 4;\nconst unused = 2;\n");
    write("lib/new.ts", "export const other: number = 4;\n");
    const lint = await eslint(dir, program);
    expect(lint.output).toBe(
      [
        "",
        path.join(dir, "lib", "index.ts"),
        "  2:7  error  'unused' is assigned a value but never used. Allowed unused vars must match /^_/u  @typescript-eslint/no-unused-vars",
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "",
      ].join("\n"),
    );
    expect(lint.errors).toBe(1);
    expect(lint.parsed).toEqual({ program: 0, own: 2 });
  });

  it("GIVEN a type error and an Output in a template literal THEN both are reported, the typed rule's types from the typecheck's program; and again on the next run", async () => {
    write(
      "lib/index.ts",
      [
        // What the typed rule looks for: a value whose type is an alias named Output (as pulumi.Output is).
        "type Output<T> = { readonly value: T };",
        "declare function output<T>(value: T): Output<T>;",
        'export const size: number = "M";',
        'export const label = `app-${output("a")}`;',
        "",
      ].join("\n"),
    );
    const output = [
      "lib/index.ts(3,14): error TS2322: Type 'string' is not assignable to type 'number'.",
      "",
      "Found 1 error.",
      "",
      path.join(dir, "lib", "index.ts"),
      "  4:22  error  pulumi.Output<T> not permitted in template literals  @pulumi/no-output-in-template-literal",
      "",
      "✖ 1 problem (1 error, 0 warnings)",
      "  1 error and 0 warnings potentially fixable with the `--fix` option.",
      "",
    ].join("\n");
    const errors = { typecheck: 1, eslint: 1 };
    // `parsed` counts the program typescript-eslint handed the rules (its parser services), not a branch taken.
    expect(await check()).toEqual({
      errors,
      output,
      program: "the typecheck's",
      parsed: { program: 1, own: 0 },
    });
    // tsc's build mode says a build info with errors "needs to report errors", so it builds the
    // program again (the diagnostics come from the build info); eslint's results come from its cache.
    expect(await check()).toEqual({
      errors,
      output,
      program: "the typecheck's",
      parsed: { program: 0, own: 0 },
    });
  });

  it("GIVEN the script run with an argument THEN it refuses it, naming it and where such flags go", async () => {
    const stderr: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
      stderr.push(String(s));
      return true;
    });
    try {
      expect(await main(["--force"])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(stderr).toEqual([
      "typecheck-and-eslint: takes no arguments, got \"--force\". For tsc's flags run `npm run typecheck -- <flags>`, for eslint's `npm run lint:eslint -- <flags>`.\n",
    ]);
  });

  it("is what `npm test` runs beside prettier, by its package.json script", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.scripts["typecheck-and-eslint"]).toBe("node scripts/typecheck-and-eslint.mjs");
    expect(fs.readFileSync(path.join(root, "scripts", "test.mjs"), "utf8")).toContain(
      'const checks = ["typecheck-and-eslint", "lint:prettier"];',
    );
  });
});
