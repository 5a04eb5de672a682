import * as path from "node:path";
import ts from "typescript";

/**
 * Cross-language readiness of public Args: Pulumi's other SDKs (Python, Go,
 * .NET, Java) can only take plain data. An Args shape may hold primitives,
 * string-literal unions (Pulumi-style enums), `pulumi.Input<T>` / `Output<T>`
 * (unions and intersections internally, unwrapped here), arrays,
 * `Record<string, primitive>`, optional members, and other such interfaces.
 * Functions, non-enum unions (`string | number`), `any`/`unknown` and SDK
 * classes are not. Every member needs a doc comment, and optional ones a
 * `@default` tag (the API docs show it).
 */

export interface ShapeProblem {
  /** `Interface.member.nested`, as a user would write it. */
  readonly path: string;
  readonly problem: string;
}

export interface ShapeReport {
  /** Exported Args types that were checked, by export name. */
  readonly roots: string[];
  /** Every object type visited (roots and what they reference), by name. */
  readonly visited: string[];
  readonly problems: ShapeProblem[];
}

const repoRoot = path.resolve(__dirname, "..", "..");

/** Compiler options of the repo (tsconfig.json), for programs over lib/ or synthetic sources. */
export function repoCompilerOptions(): ts.CompilerOptions {
  const file = path.join(repoRoot, "tsconfig.json");
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(file, ts.sys.readFile).config,
    ts.sys,
    repoRoot,
  );
  return { ...parsed.options, noEmit: true };
}

/**
 * A program over real files plus in-memory ones (absolute paths inside the repo,
 * so that `@pulumi/pulumi` and friends resolve from its node_modules).
 */
export function createProgram(
  rootNames: readonly string[],
  virtualFiles: Readonly<Record<string, string>> = {},
): ts.Program {
  const options = repoCompilerOptions();
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => f in virtualFiles || fileExists.call(host, f);
  host.readFile = (f) => virtualFiles[f] ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, onError, create) =>
    f in virtualFiles
      ? ts.createSourceFile(f, virtualFiles[f], lang, true)
      : getSourceFile.call(host, f, lang, onError, create);
  return ts.createProgram([...rootNames, ...Object.keys(virtualFiles)], options, host);
}

/** Checks the exported types of `entry` whose name `select`s (by default: `*Args`). */
export function checkArgsShapes(
  program: ts.Program,
  entry: string,
  select: (exportName: string) => boolean = (n) => n.endsWith("Args"),
): ShapeReport {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`${entry} is not part of the program`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entry} is not a module`);

  const problems: ShapeProblem[] = [];
  const visited = new Set<ts.Type>();
  const visitedNames: string[] = [];
  const roots: string[] = [];
  const report = (p: string, problem: string) => problems.push({ path: p, problem });
  const show = (t: ts.Type) => checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation);

  const typeArgument = (t: ts.Type): ts.Type | undefined =>
    t.flags & ts.TypeFlags.Object && (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference
      ? checker.getTypeArguments(t as ts.TypeReference)[0]
      : undefined;
  const symbolName = (t: ts.Type) => (t.aliasSymbol ?? t.getSymbol())?.getName();
  const fromPulumi = (t: ts.Type) =>
    (t.getSymbol()?.declarations ?? []).some((d) =>
      /[\\/]@pulumi[\\/]pulumi[\\/]/.test(d.getSourceFile().fileName),
    );

  /** The alternatives of a type once `undefined`, Input/Output/Promise wrappers are peeled off. */
  function alternatives(t: ts.Type): ts.Type[] {
    if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return [];
    if (t.isUnion()) return t.types.flatMap(alternatives);
    const name = t.getSymbol()?.getName();
    const inner = typeArgument(t);
    if (inner && (name === "Promise" || (name === "OutputInstance" && fromPulumi(t))))
      return alternatives(inner);
    // pulumi.Output<T> is OutputInstance<T> & Lifted<T>.
    if (t.isIntersection()) {
      const output = t.types.find((m) => m.getSymbol()?.getName() === "OutputInstance" && fromPulumi(m));
      const lifted = output && typeArgument(output);
      if (lifted) return alternatives(lifted);
    }
    return [t];
  }

  const isPrimitive = (t: ts.Type) =>
    (t.flags &
      (ts.TypeFlags.String |
        ts.TypeFlags.Number |
        ts.TypeFlags.Boolean |
        ts.TypeFlags.StringLiteral |
        ts.TypeFlags.NumberLiteral |
        ts.TypeFlags.BooleanLiteral)) !==
    0;

  function checkType(t: ts.Type, at: string): void {
    const alts = [...new Set(alternatives(t))];
    if (alts.length === 0) return;
    if (alts.every((a) => a.flags & ts.TypeFlags.BooleanLiteral)) return; // boolean is true | false
    if (alts.length > 1) {
      if (alts.every((a) => a.flags & ts.TypeFlags.StringLiteral)) return; // an enum
      report(
        at,
        `non-enum union ${alts.map(show).join(" | ")}: use one type, or string literals for an enum`,
      );
      return;
    }
    const [single] = alts;
    if (single.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      report(at, `${show(single)} has no shape in other languages: declare the type`);
    } else if (isPrimitive(single)) {
      return;
    } else if (single.getCallSignatures().length > 0 || single.getConstructSignatures().length > 0) {
      report(at, `function type ${show(single)}: other languages cannot pass callbacks`);
    } else if (
      ["Array", "ReadonlyArray"].includes(single.getSymbol()?.getName() ?? "") &&
      typeArgument(single)
    ) {
      checkType(typeArgument(single)!, `${at}[]`);
    } else if (single.flags & ts.TypeFlags.Object) {
      checkObject(single, at);
    } else {
      report(at, `unsupported type ${show(single)}`);
    }
  }

  function checkObject(t: ts.Type, at: string): void {
    const props = checker.getPropertiesOfType(t);
    const index = checker.getIndexInfoOfType(t, ts.IndexKind.String);
    if (props.length === 0 && index) {
      const values = [...new Set(alternatives(index.type))];
      if (!(values.length > 0 && values.every(isPrimitive))) {
        report(`${at}[key]`, `map of ${show(index.type)}: only Record<string, primitive> maps are allowed`);
      }
      return;
    }
    const declaredIn = (t.getSymbol()?.declarations ?? []).map((d) => d.getSourceFile().fileName);
    if (
      declaredIn.some((f) => f.includes(`${path.sep}node_modules${path.sep}`) || f.includes("/node_modules/"))
    ) {
      report(at, `${show(t)} comes from a dependency: args take plain data, not SDK objects`);
      return;
    }
    if (index) report(`${at}[key]`, "an object type with both members and an index signature");
    visitMembers(t, at);
  }

  function visitMembers(t: ts.Type, at: string): void {
    if (visited.has(t)) return;
    visited.add(t);
    // Named interfaces report under their own name; inline object types under the path.
    const name = symbolName(t);
    const base = name && name !== "__type" ? name : at;
    visitedNames.push(base);
    for (const prop of checker.getPropertiesOfType(t)) {
      const member = `${base}.${prop.getName()}`;
      const summary = ts.displayPartsToString(prop.getDocumentationComment(checker)).trim();
      if (!summary) report(member, "no doc comment");
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      if (optional && !prop.getJsDocTags(checker).some((tag) => tag.name === "default")) {
        report(member, "optional without a @default tag");
      }
      if (prop.flags & ts.SymbolFlags.Method) {
        report(member, "a method: other languages cannot pass callbacks");
        continue;
      }
      checkType(checker.getTypeOfSymbol(prop), member);
    }
  }

  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    if (!select(name)) continue;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
    roots.push(name);
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    if (!(type.flags & ts.TypeFlags.Object) || type.getCallSignatures().length > 0) {
      report(name, `${show(type)} is not an object type of plain data`);
      continue;
    }
    visitMembers(type, name);
  }
  return { roots: roots.sort(), visited: visitedNames.sort(), problems };
}
