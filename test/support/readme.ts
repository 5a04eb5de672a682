import * as fs from "node:fs";
import * as path from "node:path";
import { projectRoot } from "./synth";

/** The README from `heading` up to (not including) `next`; fails loudly when either is missing. */
export function readmeSection(heading: string, next: string): string {
  const readme = fs.readFileSync(path.join(projectRoot, "README.md"), "utf8");
  const start = readme.indexOf(`\n${heading}\n`);
  const end = readme.indexOf(`\n${next}\n`, start + 1);
  if (start < 0 || end < 0) throw new Error(`README has no section ${heading} followed by ${next}`);
  return readme.slice(start, end);
}

/** The bodies of the section's fenced blocks of `lang`, in order. */
export function fencedBlocks(section: string, lang: string): string[] {
  return [...section.matchAll(/```([a-z]*)\n([\s\S]*?)```/g)].filter((m) => m[1] === lang).map((m) => m[2]);
}
