import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Where the consumer project holds a copy of every shipped `.d.ts` as a `.ts`
 * source. tsc's skipLibCheck skips every declaration file, the package's own
 * with its dependencies'; as sources in the consumer's compile, the package's
 * declarations are checked (strict, each import resolved from the consumer
 * project) while the dependencies' are not. Their imports are relative or
 * name a dependency, so the copies resolve each other and the same
 * dependencies the installed files do.
 */
export const shippedDeclarations = "shipped-declarations";

/** Copies the installed package's `dist/lib/**\/*.d.ts` into `<project>/shipped-declarations/` as `.ts`; returns how many. */
export function copyShippedDeclarations(installedDir: string, projectDir: string): number {
  const lib = path.join(installedDir, "dist", "lib");
  const declarations = fs
    .readdirSync(lib, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".d.ts"));
  for (const file of declarations) {
    const copy = path.join(projectDir, shippedDeclarations, file.replace(/\.d\.ts$/, ".ts"));
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(path.join(lib, file), copy);
  }
  return declarations.length;
}
