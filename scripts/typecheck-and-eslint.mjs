#!/usr/bin/env node
/**
 * `npm run typecheck-and-eslint` (what `npm test` runs): the typecheck of
 * `npm run typecheck` and the eslint of `npm run lint:eslint`, over one
 * TypeScript program.
 *
 * Both build the same program from tsconfig.json: tsc to check it, eslint's
 * typed rules (`@pulumi/no-output-in-template-literal`) to ask it for types.
 * Run apart, a clean clone parsed and bound the 1,800 files twice (tsc about
 * 18 s of CPU, eslint about 27 s); here eslint gets the program tsc has just
 * built and checked (typescript-eslint's `programs` parser option), about 31 s
 * for both. After an edit the typecheck rebuilds the program anyway, and
 * eslint relints the changed files on it instead of building its own.
 *
 * Each keeps its cache, the same one its own script keeps:
 * - the typecheck is tsc's build mode on tsconfig.typecheck.json, through its
 *   API (`ts.createSolutionBuilder`, what `tsc -b` runs), with the build info
 *   of scripts/typecheck.mjs, discarded as that script discards it. When the
 *   build info says "up to date", no program is built, and eslint builds its
 *   own for the files it has not cached, as `npm run lint:eslint` does.
 * - eslint runs with the flags of `npm run lint:eslint` (content cache in
 *   node_modules/.cache/eslint/). The cache keys each result by a hash of the
 *   file's config; the program reaches typescript-eslint's parser through a
 *   wrapper with the parser's own name (see onProgram), and the parser
 *   options stay the configured ones, so the hash, and the cache, are the same
 *   whichever of the two scripts wrote it.
 *
 * Output is tsc's diagnostics (or nothing), then eslint's report (stylish, as
 * its CLI prints it). Exit code: 0 when both pass, 1 when either found an
 * error, 2 when one could not run (as eslint exits on a broken config).
 *
 * Its two steps are exported for the tests (test/scripts/typecheck-and-eslint.test.ts),
 * which run them in a small project of their own.
 *
 * Plain JavaScript: it must run before anything is built or transpiled.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import ts from "typescript";
import { discardStaleBuildInfo } from "./typecheck-cache.mjs";

/**
 * `tsc -b tsconfig.typecheck.json` in `root`: returns how many errors it
 * found, its diagnostics as tsc prints them (paths from `root`), and the
 * program it built, if it built one.
 */
export function typecheck(root, pretty = false) {
  discardStaleBuildInfo(root);
  let output = "";
  const system = { ...ts.sys, getCurrentDirectory: () => root, write: (text) => (output += text) };
  const print = ts.createDiagnosticReporter(system, pretty);
  let errors = 0;
  const host = ts.createSolutionBuilderHost(system, undefined, (diagnostic) => {
    if (diagnostic.category === ts.DiagnosticCategory.Error) errors += 1;
    print(diagnostic);
  });
  const builder = ts.createSolutionBuilder(host, [path.join(root, "tsconfig.typecheck.json")], {});
  let program;
  for (
    let project = builder.getNextInvalidatedProject();
    project;
    project = builder.getNextInvalidatedProject()
  ) {
    if (project.kind === ts.InvalidatedProjectKind.Build) program = project.getProgram();
    project.done();
  }
  if (errors > 0) output += `\nFound ${errors} error${errors === 1 ? "" : "s"}.\n`;
  return { errors, output, program };
}

/**
 * `eslint --cache --cache-strategy content --cache-location node_modules/.cache/eslint/ .`
 * in `root`, its TypeScript files on `program` when given: returns how many
 * errors it found, its report as its CLI prints it, and how many TypeScript
 * files it parsed on `program` and on a program of its own.
 */
export async function eslint(root, program) {
  const options = {
    cwd: root,
    cache: true,
    cacheStrategy: "content",
    cacheLocation: path.join(root, "node_modules", ".cache", "eslint") + path.sep,
  };
  const parsed = { program: 0, own: 0 };
  let overrideConfig = [];
  const parser = program && (await configuredParser(new ESLint(options), program));
  if (parser)
    overrideConfig = [
      { files: ["**/*.ts"], languageOptions: { parser: onProgram(parser, program, parsed) } },
    ];
  const linter = new ESLint({ ...options, overrideConfig });
  const results = await linter.lintFiles(["."]);
  const report = await (await linter.loadFormatter("stylish")).format(results);
  return {
    errors: results.reduce((n, r) => n + r.errorCount, 0),
    output: report === "" || report.endsWith("\n") ? report : `${report}\n`,
    parsed,
  };
}

/** The parser `linter`'s config gives the first of `program`'s files it lints, if any. */
async function configuredParser(linter, program) {
  for (const file of program.getRootFileNames()) {
    if (!file.endsWith(".ts") || (await linter.isPathIgnored(file))) continue;
    const parser = (await linter.calculateConfigForFile(file))?.languageOptions?.parser;
    return typeof parser?.parseForESLint === "function" && parser.meta?.name ? parser : undefined;
  }
  return undefined;
}

/**
 * `parser` (typescript-eslint's), taking a file's syntax tree and types from
 * `program` when the program read the text eslint is linting, and parsing it
 * with the configured options (a program of its own) otherwise: a file saved
 * while the typecheck ran, or added since, is linted as it is on disk, never
 * on the program's old copy (whose result the cache would then keep under the
 * new text's hash). Per file, as eslint's cache is: a file whose text is
 * unchanged is linted on the types its imports had when the program read
 * them, as its cached result would be. The parser options are the configured
 * ones, and `meta` is the parser's, so the config, and the cache's hash of
 * it, are the same as the CLI's. Counts in `parsed` which program each file's
 * types came from.
 */
function onProgram(parser, program, parsed) {
  return {
    meta: parser.meta,
    parseForESLint(code, parserOptions) {
      const fresh = program.getSourceFile(parserOptions.filePath)?.text === code;
      const result = parser.parseForESLint(
        code,
        fresh ? { ...parserOptions, projectService: false, programs: [program] } : parserOptions,
      );
      if (result.services?.program === program) parsed.program += 1;
      else parsed.own += 1;
      return result;
    },
  };
}

/** The script: both steps in this repository; resolves with its exit code, as above. */
export async function main(args) {
  if (args.length > 0) {
    process.stderr.write(
      `typecheck-and-eslint: takes no arguments, got ${JSON.stringify(args.join(" "))}. ` +
        "For tsc's flags run `npm run typecheck -- <flags>`, for eslint's `npm run lint:eslint -- <flags>`.\n",
    );
    return 2;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  try {
    const types = typecheck(root, ts.sys.writeOutputIsTTY?.() ?? false);
    process.stdout.write(types.output);
    const lint = await eslint(root, types.program);
    process.stdout.write(lint.output);
    return types.errors > 0 || lint.errors > 0 ? 1 : 0;
  } catch (err) {
    process.stderr.write(`typecheck-and-eslint: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  // Not process.exit: on a pipe (npm test reads this script's output through one) a long report may still be
  // being written.
  process.exitCode = await main(process.argv.slice(2));
}
