import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The version of this package, read from its package.json: the one two
 * folders up from lib/ (sources) and three from dist/lib/ (the build), found
 * by walking up to the package.json named flink-platform.
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "flink-platform" && typeof pkg.version === "string") return pkg.version;
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}
